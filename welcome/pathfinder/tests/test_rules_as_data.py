"""Rules are data: editors change figures, conditions and steps in the admin, and the checklist follows."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from welcome.content.figures import Figure
from welcome.core.testing import log_in
from welcome.pathfinder.checklist import salary_thresholds
from welcome.pathfinder.models import ChecklistStep, StepCondition, StepText
from welcome.pathfinder.questions import salary_choices
from welcome.pathfinder.seed import load_rules

from .conftest import step_keys

DEVELOPER = {"citizenship": "IN", "qualification": "degree", "salary": "50700"}


def test_a_new_salary_figure_changes_the_route_without_a_developer(checklist_for):
    assert checklist_for(**DEVELOPER).route.key == "route-blue-card"
    year = datetime.date.today().year
    Figure.objects.filter(key="blue-card").update(
        value=Decimal("52000"), valid_from=datetime.date(year, 1, 1), valid_to=datetime.date(year, 12, 31)
    )
    checklist = checklist_for(**DEVELOPER)
    assert checklist.route.key == "route-blue-card-shortage"
    raised = checklist_for(**{**DEVELOPER, "salary": "52000"})
    assert raised.route.key == "route-blue-card"
    assert f"EUR 52,000 ({year})" in " ".join(raised.route.paragraphs)


def test_a_figure_past_its_end_says_which_year_it_was_set_for(checklist_for):
    Figure.objects.filter(key="blue-card").update(
        valid_from=datetime.date(2020, 1, 1), valid_to=datetime.date(2020, 12, 31)
    )
    checklist = checklist_for(**DEVELOPER)
    assert "EUR 50,700 (figure for 2020)" in " ".join(checklist.route.paragraphs)
    assert checklist.thresholds_outdated


def test_salary_bands_follow_the_figures_the_rules_compare_with(rules):
    codes = [code for code, _label in salary_choices(salary_thresholds())]
    assert codes == ["none", "0", "45934.2", "50700"]
    over_45 = Figure.objects.create(key="over-45", label="Age 45 and over", value=Decimal("55000"))
    assert "55000" not in [code for code, _label in salary_choices(salary_thresholds())]
    StepCondition.objects.create(
        step=ChecklistStep.objects.get(key="route-skilled-degree"), fact="salary", operator="at_least", figure=over_45
    )
    codes = [code for code, _label in salary_choices(salary_thresholds())]
    assert codes == ["none", "0", "45934.2", "50700", "55000"]


def test_a_new_condition_removes_a_step_for_those_it_no_longer_fits(checklist_for):
    assert "transport" in step_keys(checklist_for(german="c1"))
    StepCondition.objects.create(
        step=ChecklistStep.objects.get(key="transport"), fact="german", operator="below", values="b1"
    )
    assert "transport" not in step_keys(checklist_for(german="c1"))
    assert "transport" in step_keys(checklist_for(german="a2"))


def test_a_switched_off_step_disappears(checklist_for):
    ChecklistStep.objects.filter(key="bank-account").update(active=False)
    assert "bank-account" not in step_keys(checklist_for())


def test_a_new_step_with_its_text_appears_where_it_belongs(checklist_for):
    step = ChecklistStep.objects.create(key="library-card", phase="months", position=1)
    StepText.objects.create(step=step, title="Bibliotheksausweis holen", text="Bücher und Deutschkurse.")
    StepCondition.objects.create(step=step, fact="city", operator="in", values="bochum")
    assert "library-card" in step_keys(checklist_for(city="bochum"))
    assert "library-card" not in step_keys(checklist_for(city="essen"))
    months = dict(checklist_for(city="bochum").phases)["In your first months"]
    assert (months[0].title, months[0].language) == ("Bibliotheksausweis holen", "de")


def test_a_reader_without_texts_in_their_language_gets_english_marked_as_such(checklist_for):
    item = checklist_for(language="ar").route
    assert item.language in ("ar", "en")
    StepText.objects.filter(locale__language_code="ar").delete()
    item = checklist_for(language="ar").route
    assert item.language == "en"
    assert checklist_for(language="ar").unreviewed_text


def test_german_source_texts_need_no_review_notice(checklist_for):
    assert not checklist_for(language="de").unreviewed_text


@pytest.mark.parametrize(
    "fact, operator, values, message",
    [
        ("purpose", "in", "holiday", "Unknown values: holiday"),
        ("german", "at_least", "b1, b2", "one German level"),
        ("salary", "at_least", "", "compares with a figure"),
        ("purpose", "in", "", "at least one value"),
    ],
)
def test_editors_get_a_clear_message_for_a_broken_condition(rules, fact, operator, values, message):
    condition = StepCondition(step=ChecklistStep.objects.get(key="visa"), fact=fact, operator=operator, values=values)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            condition.full_clean()
        assert message in " ".join(error.value.messages)


def test_a_text_naming_an_unknown_figure_is_refused(rules):
    text = StepText(
        step=ChecklistStep.objects.get(key="visa"),
        locale=Locale.get_default(),
        title="Salary",
        text="At least {blue-crad}.",
    )
    with pytest.raises(ValidationError) as error:
        text.full_clean()
    assert "blue-crad" in " ".join(error.value.messages)


def test_loading_again_keeps_what_editors_changed_and_creates_nothing_twice(rules):
    assert len(rules.steps) == ChecklistStep.objects.count()
    Figure.objects.filter(key="blue-card").update(value=Decimal("51000"))
    StepText.objects.filter(step__key="visa", locale__language_code="en").update(title="Edited by an editor")
    report = load_rules()
    assert (report.steps, report.texts) == ([], 0)
    assert Figure.objects.get(key="blue-card").value == Decimal("51000")
    assert StepText.objects.get(step__key="visa", locale__language_code="en").title == "Edited by an editor"


def test_loading_adds_a_language_a_step_lacks(rules):
    StepText.objects.filter(locale__language_code="ar", step__key="visa").delete()
    report = load_rules()
    assert report.texts == 1
    assert StepText.objects.filter(locale__language_code="ar", step__key="visa").exists()


def test_loading_gives_a_step_its_german_text_again_and_keeps_its_translations(rules):
    StepText.objects.filter(locale__language_code="de", step__key="visa").delete()
    assert load_rules().texts == 1
    german = StepText.objects.get(locale__language_code="de", step__key="visa")
    assert german.get_translations().count() == len(settings.LANGUAGES) - 1


def test_every_step_has_a_text_in_every_language_and_known_placeholders(rules):
    for step in ChecklistStep.objects.prefetch_related("texts__locale"):
        languages = {text.locale.language_code for text in step.texts.all()}
        assert languages == {code for code, _name in settings.LANGUAGES}, step.key
        for text in step.texts.all():
            text.full_clean()


def test_editors_open_steps_and_the_figures_they_compare_with_in_the_admin(client, rules, django_user_model):
    from django.contrib.auth.models import Group
    from wagtail.admin.admin_url_finder import AdminURLFinder

    from welcome.demo.loader.accounts import setup_roles

    setup_roles()
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    log_in(client, editor)
    finder = AdminURLFinder(editor)
    step = ChecklistStep.objects.get(key="route-blue-card")
    html = client.get(finder.get_edit_url(step)).content.decode()
    assert 'name="conditions-TOTAL_FORMS" value="3"' in html
    german = step.texts.get(locale__language_code=settings.LANGUAGE_CODE)
    assert client.get(finder.get_edit_url(german)).status_code == 200
    assert client.get(finder.get_edit_url(Figure.objects.get(key="blue-card"))).status_code == 200
    assert client.get(finder.get_edit_url(step).replace(f"edit/{step.pk}/", "")).status_code == 200
