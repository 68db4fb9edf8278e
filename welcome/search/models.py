"""The portal's search index and the synonyms editors maintain."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class SynonymGroup(models.Model):
    """Words that mean the same thing to a reader, in any language.

    A search for one of them finds pages that use any other: "Blue Card" finds
    "Blaue Karte EU" and "البطاقة الزرقاء".
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    terms = models.TextField(_("terms"), help_text=_("One word or phrase per line, in any language."))

    panels = [FieldPanel("name"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]


class SearchEntry(models.Model):
    """One live page as the search sees it: folded, stemmed terms plus what a result shows.

    The three term columns are matched and ranked by the database's full-text engine
    (see fulltext.py): an FTS5 table on SQLite, a weighted tsvector column on PostgreSQL.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="+")
    language_code = models.CharField(max_length=10, db_index=True)
    translation_key = models.UUIDField(db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    section_title = models.CharField(max_length=255, blank=True)
    url = models.CharField(max_length=500)
    title_terms = models.TextField()
    summary_terms = models.TextField()
    all_terms = models.TextField()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["translation_key", "language_code"], name="search_entry_key_language"),
            # Lets the search read a match's translation without touching the long term columns.
            models.Index(fields=["id", "translation_key", "language_code"], name="search_entry_id_key_language"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language_code})"


class SearchTerm(models.Model):
    """One word of the index vocabulary: what typo correction and compound splitting compare against.

    `display` is the word as a page wrote it (lowercase), shown in "Showing results for …".
    """

    term = models.CharField(max_length=100, unique=True)
    display = models.CharField(max_length=100)
    first_letter = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        indexes = [models.Index(fields=["first_letter", "length"], name="search_term_letter_length")]

    def __str__(self):
        return self.term
