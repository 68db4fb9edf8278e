"""Turns a content file's Markdown body into the page's StreamField blocks.

Plain Markdown becomes rich text; `:::notice`, `:::steps`, `:::faq` and `:::service`
sections become the matching blocks (docs/content-format.md).

Block ids come from the page's translation key and the block's position, so the n-th block of a
translation has the same id as the n-th block of its German source: that is how wagtail-localize
knows which translated text belongs to which source segment.
"""

import re
import uuid

import markdown
import yaml

from .files import ContentFileError

BLOCK_START = re.compile(r"^:::(notice|steps|faq|service)\s*$")
BLOCK_END = re.compile(r"^:::\s*$")
PAGE_LINK = re.compile(r'href="page:([^"]+)"')
HEADING = re.compile(r"^### +(.+)$", re.MULTILINE)


def to_html(text, resolve_link):
    """Markdown to Wagtail's rich text format; `page:` links become page links."""
    html = markdown.markdown(text.strip(), extensions=["sane_lists"], output_format="html")
    html = html.replace("<strong>", "<b>").replace("</strong>", "</b>").replace("<em>", "<i>").replace("</em>", "</i>")
    return PAGE_LINK.sub(lambda match: resolve_link(match.group(1)), html)


class BlockIds:
    """Stable block ids: the same page key and position give the same id in every language."""

    def __init__(self, translation_key):
        self.namespace = uuid.UUID(str(translation_key))

    def __call__(self, *position):
        return str(uuid.uuid5(self.namespace, "/".join(str(part) for part in position)))


def _titled_items(text, path, title_name, text_name, resolve_link, item_id):
    parts = HEADING.split(text.strip())
    if parts[0].strip():
        raise ContentFileError(f"{path}: text before the first '### ' heading in a steps or faq block")
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    return [
        {"type": "item", "value": {title_name: title.strip(), text_name: to_html(body, resolve_link)}, "id": item_id(n)}
        for n, (title, body) in enumerate(pairs)
    ]


def _block(kind, text, path, resolve_link, block_id):
    if kind == "notice":
        value = {"text": to_html(text, resolve_link)}
    elif kind == "steps":
        value = _titled_items(text, path, "title", "text", resolve_link, block_id)
    elif kind == "faq":
        value = _titled_items(text, path, "question", "answer", resolve_link, block_id)
    else:
        data = yaml.safe_load(text) or {}
        if not data.get("title") or not data.get("url"):
            raise ContentFileError(f"{path}: a service block needs 'title' and 'url'")
        value = {"title": data["title"], "url": data["url"], "description": data.get("description", "")}
    return {"type": kind, "value": value, "id": block_id()}


def _random_id(*position):
    return str(uuid.uuid4())


def body_blocks(body, path, resolve_link, ids=_random_id):
    """The StreamField data (a list of raw blocks) for a Markdown body; `ids` names each block."""
    blocks, prose, inside, kind = [], [], None, None

    def block_id(*item):
        return ids("body", len(blocks), *item)

    def flush_prose():
        text = "\n".join(prose).strip()
        if text:
            blocks.append({"type": "paragraph", "value": to_html(text, resolve_link), "id": block_id()})
        prose.clear()

    for line in body.splitlines():
        if inside is None and (match := BLOCK_START.match(line)):
            flush_prose()
            inside, kind = [], match.group(1)
        elif inside is not None and BLOCK_END.match(line):
            blocks.append(_block(kind, "\n".join(inside), path, resolve_link, block_id))
            inside, kind = None, None
        elif inside is not None:
            inside.append(line)
        else:
            prose.append(line)
    if inside is not None:
        raise ContentFileError(f"{path}: a ':::{kind}' block is not closed with ':::'")
    flush_prose()
    return blocks


def source_blocks(sources, path, ids=_random_id):
    if not sources:
        raise ContentFileError(f"{path}: every page needs at least one official source")
    blocks = []
    for source in sources:
        if not source.get("title") or not source.get("url"):
            raise ContentFileError(f"{path}: every source needs a title and a url")
        value = {"title": source["title"], "publisher": source.get("publisher", ""), "url": source["url"]}
        blocks.append({"type": "source", "value": value, "id": ids("sources", len(blocks))})
    return blocks


def fact_blocks(facts, ids=_random_id):
    return [
        {"type": "fact", "value": {"label": str(f["label"]), "value": str(f["value"])}, "id": ids("facts", n)}
        for n, f in enumerate(facts or [])
    ]
