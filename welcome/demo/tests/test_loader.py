import shutil

import pytest
from wagtail.models import Page

from conftest import FIXTURE_CONTENT
from welcome.content.models import ArticlePage
from welcome.demo.loader.files import ContentFileError, read_content
from welcome.demo.loader.pages import ContentImporter, check_links
from welcome.search.indexing import rebuild_index
from welcome.search.query import search


def _import(directory):
    files = read_content(directory)
    check_links(files)
    report = ContentImporter(files).run()
    rebuild_index()
    return report


def test_import_creates_every_page_with_its_translations(site_content):
    assert site_content.count_by_language() == {"de": 5, "en": 3, "ar": 1, "uk": 3}
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    languages = {page.locale.language_code for page in source.get_translations(inclusive=True)}
    assert languages == {"de", "en", "uk"}


def test_a_second_run_creates_nothing(site_content):
    before = Page.objects.count()
    report = _import(FIXTURE_CONTENT)
    assert report.created == []
    assert report.kept == len(site_content.created)
    assert Page.objects.count() == before


def test_editor_changes_survive_a_reload(site_content):
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    page.title = "EU Blue Card (checked by the Essen team)"
    page.save_revision().publish()
    _import(FIXTURE_CONTENT)
    page.refresh_from_db()
    assert page.title == "EU Blue Card (checked by the Essen team)"
    assert search("checked Essen team", "en").in_language[0].title == page.title


def _content_with(tmp_path, pages):
    """A copy of the fixture content plus the given {relative path: (title, summary)} pages."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    for relative, (title, summary) in pages.items():
        (content / relative).write_text(
            f"---\ntitle: {title}\nsummary: {summary}\nreviewed: 2026-11-24\n"
            "sources:\n  - title: AufenthG\n    url: https://www.gesetze-im-internet.de/aufenthg_2004/\n---\nنص.\n",
            encoding="utf-8",
        )
    return content


def test_new_files_in_the_repository_are_added_on_the_next_run(site_content, tmp_path):
    content = _content_with(
        tmp_path,
        {
            "work/blue-card.ar.md": ("البطاقة الزرقاء", "تصريح إقامة لأصحاب الشهادات الجامعية."),
            "work/_index.ar.md": ("العمل", "العمل في منطقة الرور."),
        },
    )
    report = _import(content)
    assert sorted((f.key, f.language) for f in report.created) == [("work/_index", "ar"), ("work/blue-card", "ar")]
    assert ArticlePage.objects.get(locale__language_code="ar", slug="blue-card").title == "البطاقة الزرقاء"


def test_a_translation_without_its_parent_is_skipped_and_reported(site_content, tmp_path):
    content = _content_with(tmp_path, {"work/blue-card.ar.md": ("البطاقة الزرقاء", "تصريح إقامة.")})
    report = _import(content)
    assert report.created == []
    assert "parent page does not exist" in report.skipped[0][1]


def test_links_resolve_to_pages_created_later_in_the_same_run(client, site_content):
    assert 'href="/de/work/"' in client.get("/de/").content.decode()


def _write(
    tmp_path,
    body,
    front="title: T\nsummary: S\nreviewed: 2026-11-24\nsources:\n  - title: X\n    url: https://example.org/\n",
):
    # A new section: the test portal's home exists already, and existing pages are never read again.
    (tmp_path / "fresh").mkdir()
    (tmp_path / "fresh" / "_index.de.md").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "body, front, message",
    [
        (":::notice\nnever closed", None, "is not closed"),
        ("See [x](page:nowhere/at-all).", None, "unknown page key"),
        ("Text.", "title: T\nsummary: S\nreviewed: 2026-11-24\n", "at least one official source"),
        ("Text.", "title: T\nreviewed: 2026-11-24\n", "'summary' is missing"),
        (":::steps\nno heading first\n### Step\nText\n:::", None, "before the first '### ' heading"),
    ],
)
def test_broken_content_files_are_named_with_their_problem(db, tmp_path, body, front, message):
    directory = _write(tmp_path, body, front) if front else _write(tmp_path, body)
    with pytest.raises(ContentFileError, match=message):
        _import(directory)


def test_an_import_queues_no_task_per_save_and_leaves_both_admin_indexes_complete(site_content, tmp_path, settings):
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import ReferenceIndex

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}}
    content = _content_with(
        tmp_path,
        {
            "work/blue-card.ar.md": ("البطاقة الزرقاء", "تصريح إقامة لأصحاب الشهادات الجامعية."),
            "work/_index.ar.md": ("العمل", "العمل في منطقة الرور."),
        },
    )
    section_file = content / "work" / "_index.ar.md"
    section_file.write_text(section_file.read_text() + "\n[البطاقة الزرقاء](page:work/blue-card)\n", encoding="utf-8")
    _import(content)
    assert not DBTaskResult.objects.exists()
    section = Page.objects.get(locale__language_code="ar", slug="work")
    blue_card = ArticlePage.objects.get(locale__language_code="ar", slug="blue-card")
    # Wagtail's reference index ("Usage" in the admin) knows the link, and the admin search finds the page.
    # (The link names the German page, the one that existed when the section was made; it is shown in Arabic.)
    german_blue_card = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    assert ReferenceIndex.get_references_for_object(section).filter(to_object_id=str(german_blue_card.pk)).exists()
    assert blue_card.pk in {page.pk for page in Page.objects.search("البطاقة")}


def test_an_import_leaves_postgresql_with_planner_statistics(site_content, tmp_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        _import(_content_with(tmp_path, {}))
    analysed = [query["sql"] for query in queries if query["sql"].strip().upper() == "ANALYZE"]
    assert len(analysed) == (1 if connection.vendor == "postgresql" else 0)
