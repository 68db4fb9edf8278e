"""A link to a page as a reader meets it: where it goes, and in which language the page is written.

Which page a link leads to is decided where pages are known (welcome.content.links); this is
what templates and rich text need to show it honestly: a link that leaves the reader's language
carries hreflang and says so in the reader's language ("(in English)").
"""

from dataclasses import dataclass

from django.utils.translation import get_language

from .languages import in_language


@dataclass(frozen=True)
class PageLink:
    url: str
    title: str
    language: str  # the language the linked page is written in

    @property
    def leaves_language(self):
        """True when the page is not in the language being rendered (the reader's)."""
        return self.language != get_language()

    @property
    def language_label(self):
        """ "in English", in the reader's language; empty when the page is in their language."""
        return in_language(self.language) if self.leaves_language else ""
