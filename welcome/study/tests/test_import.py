"""manage.py import_programmes FILE --university SLUG: a valid file, and a file with broken rows."""

import pytest
from django.core.management import CommandError, call_command

from welcome.study.models import Programme

pytestmark = pytest.mark.django_db

HEADER = "name,name_language,degree,subject_area,teaching_language,city,standard_semesters,start,admission,application_route,official_url,source_url,checked_on,confirmed\n"
VALID = HEADER + (
    "Informatik,de,bachelor,computer-science,de,dortmund,6,winter,open,direct,https://tu.example/inf,https://tu.example/inf,2026-12-01,yes\n"
    "Data Science,en,master,mathematics,en,dortmund,4,winter-summer,aptitude,uni-assist,https://tu.example/ds,,,no\n"
)
BROKEN = HEADER + (
    "Informatik,de,bachelor,computer-science,de,dortmund,6,winter,open,direct,https://tu.example/inf,https://tu.example/inf,2026-12-01,yes\n"
    "Physik,de,diploma,natural-sciences,de,dortmund,6,winter,open,direct,https://tu.example/phy,,,no\n"
    "Chemie,de,bachelor,natural-sciences,de,dortmund,six,winter,open,direct,not-a-url,,,no\n"
    "Statistik,de,master,mathematics,de,dortmund,4,winter,open,direct,https://tu.example/st,,,yes\n"
)


def write(tmp_path, text):
    path = tmp_path / "programmes.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_valid_file_is_imported(tmp_path, universities, capsys):
    call_command("import_programmes", write(tmp_path, VALID), university="tu-test")
    programmes = Programme.objects.filter(university=universities["tu"]).order_by("name")
    assert [(p.name, p.degree, p.confirmed) for p in programmes] == [
        ("Data Science", "master", False),
        ("Informatik", "bachelor", True),
    ]
    assert programmes[1].standard_semesters == 6
    assert "2 programmes added, 0 updated" in capsys.readouterr().out


def test_importing_again_updates_instead_of_duplicating(tmp_path, universities, capsys):
    call_command("import_programmes", write(tmp_path, VALID), university="tu-test")
    call_command("import_programmes", write(tmp_path, VALID.replace(",6,winter,", ",7,winter,")), university="tu-test")
    assert Programme.objects.filter(university=universities["tu"]).count() == 2
    assert Programme.objects.get(name="Informatik").standard_semesters == 7
    assert "0 programmes added, 2 updated" in capsys.readouterr().out


def test_broken_rows_are_reported_with_line_and_reason_and_nothing_is_imported(tmp_path, universities, capsys):
    with pytest.raises(CommandError, match="Nothing imported: 3 broken row"):
        call_command("import_programmes", write(tmp_path, BROKEN), university="tu-test")
    errors = capsys.readouterr().err
    assert "line 3: degree: Select a valid choice. diploma" in errors
    assert "line 4: standard_semesters: Enter a whole number." in errors
    assert "line 4" in errors and "official_url: Enter a valid URL." in errors
    assert "line 5: confirmed: Give the university's page where you checked it" in errors
    assert "line 2" not in errors
    assert not Programme.objects.filter(university=universities["tu"]).exists()


def test_a_missing_column_and_an_unknown_university_are_clear(tmp_path, universities, capsys):
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_programmes", write(tmp_path, "title,degree\nX,master\n"), university="tu-test")
    assert "line 1: missing columns: name, name_language, official_url" in capsys.readouterr().err
    with pytest.raises(CommandError, match="No university 'nowhere'. Known: fh-test, tu-test"):
        call_command("import_programmes", write(tmp_path, VALID), university="nowhere")


def test_the_same_programme_twice_in_a_file_is_a_broken_row(tmp_path, universities, capsys):
    text = VALID + VALID.splitlines()[1] + "\n"
    with pytest.raises(CommandError):
        call_command("import_programmes", write(tmp_path, text), university="tu-test")
    assert "line 4: the same programme (name and degree) appears twice" in capsys.readouterr().err
