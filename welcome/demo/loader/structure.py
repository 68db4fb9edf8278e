"""Compares a translation's structure with its German source, so a cut-down translation shows.

Shorter wording is fine; dropped content is not. The outline of a page is what a reader could
miss: its headings, paragraphs, lists and their items, notices, steps, FAQ entries, services, the
links in the text, the sources and, on city pages, the facts and the welcome office. Paragraphs
count too because wagtail-localize pairs a translation with its source paragraph by paragraph.
"""

import difflib
import re
from collections import Counter
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from .blocks import body_blocks

LANGUAGE_PREFIX = re.compile(r"^/[a-z]{2}(/|$)")


def _keep_link(key):
    return f'href="page:{key}"'


def link_target(url):
    """What a link points to, the same in every language.

    A portal address loses its language prefix; an official site is named by its host,
    since a translation rightly links that site's version in the reader's language.
    """
    if url.startswith("page:"):
        return url
    parts = urlsplit(url)
    if not parts.netloc:
        return "portal:" + LANGUAGE_PREFIX.sub("/", parts.path)
    return parts.netloc.removeprefix("www.")


def _html_outline(html):
    """Headings and lists of a piece of rich text, in reading order."""
    soup = BeautifulSoup(html, "html.parser")
    parts = []
    for element in soup.find_all(["h2", "h3", "h4", "ul", "ol", "p"]):
        if element.find_parent(["ul", "ol"]) is not None:
            continue
        if element.name in ("ul", "ol"):
            parts.append(f"list of {len(element.find_all('li'))} items")
        elif element.name == "p":
            parts.append("paragraph")
        else:
            parts.append(f"{element.name} «{element.get_text(' ', strip=True)}»")
    return parts


def _links(html):
    return [link_target(a["href"]) for a in BeautifulSoup(html, "html.parser").find_all("a", href=True)]


def outline(page_file):
    """(structure, links): the page's parts in order, and every link target it carries."""
    structure, links = [], []
    for block in body_blocks(page_file.body, page_file.path, _keep_link):
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            structure += _html_outline(value)
            links += _links(value)
        elif kind == "notice":
            structure += ["notice", *_html_outline(value["text"])]
            links += _links(value["text"])
        elif kind in ("steps", "faq"):
            structure.append(f"{kind} with {len(value)} entries")
            text_name = "text" if kind == "steps" else "answer"
            for item in value:
                structure += _html_outline(item["value"][text_name])
                links += _links(item["value"][text_name])
        else:
            structure.append(f"service {link_target(value['url'])}")
    meta = page_file.meta
    structure += [f"source {link_target(source.get('url', ''))}" for source in meta.get("sources") or []]
    structure += ["fact" for _fact in meta.get("facts") or []]
    if meta.get("welcome_office"):
        structure.append(f"welcome office {link_target(meta['welcome_office'].get('url', ''))}")
    return structure, links


def _without_text(part):
    """Heading texts differ between languages; their level and position do not."""
    return part.split(" «", 1)[0]


def differences(source_file, translation_file):
    """What the translation lacks or adds against its source, in words an editor understands."""
    source_structure, source_links = outline(source_file)
    structure, links = outline(translation_file)
    problems = []
    matcher = difflib.SequenceMatcher(
        a=[_without_text(p) for p in source_structure], b=[_without_text(p) for p in structure], autojunk=False
    )
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            problems += [f"missing: {part}" for part in source_structure[a_start:a_end]]
        if tag in ("replace", "insert"):
            problems += [f"not in the source: {part}" for part in structure[b_start:b_end]]
    missing_links = Counter(source_links) - Counter(links)
    extra_links = Counter(links) - Counter(source_links)
    problems += [f"missing link: {target}" for target in sorted(missing_links.elements())]
    problems += [f"link not in the source: {target}" for target in sorted(extra_links.elements())]
    return problems


def share_matching(source_file, translation_file):
    """The share (0–1) of the source's parts and links that the translation carries."""
    source_structure, source_links = outline(source_file)
    structure, links = outline(translation_file)
    matcher = difflib.SequenceMatcher(
        a=[_without_text(p) for p in source_structure], b=[_without_text(p) for p in structure], autojunk=False
    )
    matched = sum(block.size for block in matcher.get_matching_blocks())
    matched += sum((Counter(source_links) & Counter(links)).values())
    total = len(source_structure) + len(source_links)
    return matched / total if total else 1.0
