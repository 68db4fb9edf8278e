"""Reads the content folder: one Markdown file per page and language."""

import datetime
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
KEY_NAMESPACE = uuid.UUID("6f1c0d1e-8a55-4b0e-9a1e-2f5a7c3b9d10")


def translation_key_for(key):
    """The same content key gives the same Wagtail translation key on every machine."""
    return uuid.uuid5(KEY_NAMESPACE, key)


class ContentFileError(ValueError):
    """A content file that cannot be imported; the message names the file and the problem."""


@dataclass
class PageFile:
    key: str
    language: str
    path: Path
    meta: dict
    body: str
    page_type: str = field(init=False)

    def __post_init__(self):
        name = self.key.rsplit("/", 1)[-1]
        if self.key == "_home":
            self.page_type = "home"
        elif name == "_index":
            self.page_type = "section"
        else:
            self.page_type = self.meta.get("type", "article")

    @property
    def translation_key(self):
        return translation_key_for(self.key)

    @property
    def slug(self):
        if self.page_type == "home":
            return f"home-{self.language}"
        if self.page_type == "section":
            return self.key.split("/")[0]
        return self.key.rsplit("/", 1)[-1]

    @property
    def parent_key(self):
        if self.page_type == "home":
            return None
        if self.page_type == "section":
            return "_home"
        return self.key.split("/")[0] + "/_index"

    @property
    def depth(self):
        return {"home": 0, "section": 1}.get(self.page_type, 2)

    @property
    def reviewed(self):
        value = self.meta.get("reviewed")
        return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def _split_front_matter(path):
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ContentFileError(f"{path}: the file must start with a YAML front matter between '---' lines")
    try:
        _start, front, body = text.split("---\n", 2)
    except ValueError as error:
        raise ContentFileError(f"{path}: the front matter is not closed with '---'") from error
    try:
        meta = yaml.safe_load(front) or {}
    except yaml.YAMLError as error:
        raise ContentFileError(f"{path}: the front matter is not valid YAML: {error}") from error
    for required in ("title", "summary", "reviewed"):
        if not meta.get(required):
            raise ContentFileError(f"{path}: '{required}' is missing in the front matter")
    return meta, body.strip()


def read_content(content_dir=CONTENT_DIR):
    """All page files, parents before children, German (the source) before translations."""
    languages = [code for code, _name in settings.LANGUAGES]
    files = []
    for path in sorted(content_dir.rglob("*.md")):
        stem, _dot, language = path.stem.rpartition(".")
        if language not in languages:
            raise ContentFileError(f"{path}: unknown language '{language}' (expected one of {', '.join(languages)})")
        key = str(path.relative_to(content_dir).with_name(stem).as_posix())
        meta, body = _split_front_matter(path)
        files.append(PageFile(key=key, language=language, path=path, meta=meta, body=body))
    source = settings.LANGUAGE_CODE
    files.sort(
        key=lambda f: (f.depth, f.language != source, languages.index(f.language), f.meta.get("order", 999), f.key)
    )
    return files
