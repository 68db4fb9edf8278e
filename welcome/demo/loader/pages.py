"""Imports content files as Wagtail pages with their translations.

Existing pages are never touched: a page that exists (same translation key and
language) belongs to the editors. Only what is new in the repository is created.
"""

import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from welcome.content.figure_seed import load_figures, read_figures
from welcome.content.figures import TOKEN as FIGURE_TOKEN
from welcome.content.models import ArticlePage, CityPage, HomePage, SectionPage
from welcome.search.indexing import paused as search_indexing_paused

from .blocks import BlockIds, body_blocks, fact_blocks, source_blocks
from .bulk import indexes_updated_once
from .files import ContentFileError, translation_key_for
from .localize import RegisterReport, register_translations

MARKDOWN_PAGE_LINK = re.compile(r"\]\(page:([^)\s]+)\)")
PAGE_MODELS = {"home": HomePage, "section": SectionPage, "article": ArticlePage, "city": CityPage}


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    kept: int = 0
    figures: int = 0
    skipped: list = field(default_factory=list)
    localize: RegisterReport = field(default_factory=RegisterReport)

    def count_by_language(self):
        counts = {}
        for page_file in self.created:
            counts[page_file.language] = counts.get(page_file.language, 0) + 1
        return counts


def check_links(files):
    """Every `page:` link must name a page the content folder has, every figure token a figure of figures.yaml."""
    keys = {f.key for f in files}
    figure_keys = {figure.key for figure in read_figures()}
    for page_file in files:
        for target in MARKDOWN_PAGE_LINK.findall(page_file.body):
            if target not in keys:
                raise ContentFileError(f"{page_file.path}: link to unknown page key 'page:{target}'")
        for figure_key in FIGURE_TOKEN.findall(page_file.body):
            if figure_key not in figure_keys:
                raise ContentFileError(f"{page_file.path}: unknown figure '{{{{figure:{figure_key}}}}}'")


class ContentImporter:
    def __init__(self, files):
        self.files = files
        self.locales = {}
        self.report = ImportReport()
        self.needs_relink = []
        # {(translation key, language): page id} of every page, read once: links and parents are looked up
        # thousands of times, and a query each made lookups a seventh of the load's time.
        self.page_ids = {}

    def run(self):
        """Creates the missing pages; the caller rebuilds the search index afterwards."""
        with indexes_updated_once(), transaction.atomic(), search_indexing_paused():
            # Page texts name figures by key: the figures come first.
            self.report.figures = load_figures()
            self._ensure_locales()
            self._ensure_site()
            self._read_page_ids()
            for page_file in self.files:
                self._import(page_file)
            for page, page_file in self.needs_relink:
                self._relink(page, page_file)
            self.report.localize = register_translations(self._created_translations())
        return self.report

    def _created_translations(self):
        """(German source, translation) for each translation this run created, fresh from the database."""
        source_language = settings.LANGUAGE_CODE
        for page_file in self.report.created:
            if page_file.language == source_language:
                continue
            source = self._find(page_file.translation_key, source_language)
            if source is not None:
                yield source, self._find(page_file.translation_key, page_file.language)

    def _ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)

    def _ensure_site(self):
        """The default site must point at the German home page; Wagtail's welcome page goes."""
        self.site = Site.objects.filter(is_default_site=True).first()
        root_page = self.site.root_page.specific if self.site else None
        self.placeholder = root_page if root_page is not None and type(root_page) is Page else None

    def _read_page_ids(self):
        languages = {locale.pk: code for code, locale in self.locales.items()}
        for pk, key, locale_id in Page.objects.values_list("pk", "translation_key", "locale_id"):
            if locale_id in languages:
                self.page_ids[(key, languages[locale_id])] = pk

    def _find_id(self, key_uuid, language):
        return self.page_ids.get((key_uuid, language))

    def _find(self, key_uuid, language):
        pk = self._find_id(key_uuid, language)
        return None if pk is None else Page.objects.get(pk=pk)

    def _parent_for(self, page_file):
        if page_file.page_type == "home":
            return Page.get_first_root_node()
        return self._find(translation_key_for(page_file.parent_key), page_file.language)

    def _resolver(self, language, record_missing):
        def resolve(key):
            target = self._find_id(translation_key_for(key), language) or self._find_id(
                translation_key_for(key), settings.LANGUAGE_CODE
            )
            if target is None:
                record_missing()
                return 'href="#"'
            return f'linktype="page" id="{target}"'

        return resolve

    def _fields(self, page_file, resolve):
        meta = page_file.meta
        ids = BlockIds(page_file.translation_key)
        values = {
            "title": meta["title"],
            "slug": page_file.slug,
            "summary": str(meta["summary"]).strip(),
            "last_reviewed": page_file.reviewed,
            "review_interval_days": int(meta.get("review_interval_days", 365)),
            "editor_note": str(meta.get("editor_note", "") or "").strip(),
            "sources": json.dumps(source_blocks(meta.get("sources"), page_file.path, ids)),
            "body": json.dumps(body_blocks(page_file.body, page_file.path, resolve, ids)),
        }
        if page_file.page_type == "city":
            office = meta.get("welcome_office") or {}
            values.update(
                city_kind=meta.get("city_kind", "independent"),
                facts=json.dumps(fact_blocks(meta.get("facts"), ids)),
                welcome_office_title=office.get("title", ""),
                welcome_office_url=office.get("url", ""),
            )
        return values

    def _import(self, page_file):
        if self._find_id(page_file.translation_key, page_file.language):
            self.report.kept += 1
            return
        parent = self._parent_for(page_file)
        if parent is None:
            self.report.skipped.append((page_file, "its parent page does not exist in this language"))
            return
        missing = []
        resolve = self._resolver(page_file.language, lambda: missing.append(True))
        model = PAGE_MODELS[page_file.page_type]
        page = model(
            locale=self.locales[page_file.language],
            translation_key=page_file.translation_key,
            **self._fields(page_file, resolve),
        )
        if page_file.page_type == "section":
            page.show_in_menus = True
        parent.add_child(instance=page)
        self.page_ids[(page.translation_key, page_file.language)] = page.pk
        page.save_revision().publish()
        if page_file.page_type == "home" and page_file.language == settings.LANGUAGE_CODE:
            self._make_site_root(page)
        if missing:
            self.needs_relink.append((page, page_file))
        self.report.created.append(page_file)

    def _make_site_root(self, home):
        if self.site is None:
            self.site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="welcome.ruhr"
            )
        else:
            self.site.root_page = home
            self.site.site_name = "welcome.ruhr"
            self.site.save()
        if self.placeholder is not None:
            self.placeholder.delete()
            self.placeholder = None

    def _relink(self, page, page_file):
        """Second pass: links to pages created later in the same run."""
        page = Page.objects.get(pk=page.pk).specific  # fresh: children were added since it was created
        resolve = self._resolver(page_file.language, lambda: None)
        page.body = json.dumps(
            body_blocks(page_file.body, page_file.path, resolve, BlockIds(page_file.translation_key))
        )
        page.save_revision().publish()
