"""The real rules (data/rules.yaml) on personas: the residence route and the steps each one must get.

The salary answers are band codes: the lower bound of the band in euros. "50700" is the band from
the 2026 EU Blue Card threshold up, "45934.2" the band from the lower threshold, "0" the lowest band.
"""

import datetime

import pytest

from welcome.content.figures import Figure

from .conftest import step_keys

PERSONAS = {
    "software developer with a degree and an offer above the Blue Card threshold": (
        {"citizenship": "IN", "qualification": "degree_other", "recognised": "no", "salary": "50700", "german": "none"},
        "route-blue-card",
        [
            "visa",
            "fast-track",
            "recognition-degree",
            "recognition-advice",
            "german-start",
            "registration",
            "residence-permit",
        ],
        ["childcare", "school", "partner-visa", "job-german"],
    ),
    "nurse whose qualification is not yet recognised": (
        {
            "citizenship": "PH",
            "qualification": "vocational_health",
            "recognised": "no",
            "salary": "45934.2",
            "german": "b1",
            "city": "essen",
        },
        "route-recognition-first",
        ["recognition-health", "recognition-advice", "welcome-centre", "job-german", "residence-permit"],
        ["recognition-vocational", "german-start", "integration-course"],
    ),
    "student from outside the EU": (
        {"purpose": "study", "citizenship": "NG", "qualification": "none", "german": "a1", "city": "bochum"},
        "route-study",
        ["visa", "university-admission", "enrolment", "german-start", "integration-course"],
        ["fast-track", "recognition-degree", "recognition-advice", "employment-agency"],
    ),
    "founder from Brazil with a partner": (
        {
            "purpose": "business",
            "citizenship": "BR",
            "qualification": "degree_other",
            "recognised": "no",
            "family": "partner",
            "city": "bochum",
        },
        "route-business",
        ["business-plan", "business-registration", "partner-visa", "welcome-centre"],
        ["recognition-degree", "fast-track", "childcare"],
    ),
    "EU citizen with small and school-age children": (
        {
            "citizenship": "PL",
            "qualification": "vocational_craft",
            "recognised": "no",
            "salary": "0",
            "german": "a2",
            "family": ["under3", "school"],
            "city": "gelsenkirchen",
        },
        "route-eu",
        ["childcare", "school", "international-school", "recognition-craft", "registration", "integration-course"],
        ["visa", "residence-permit", "partner-visa", "migration-counselling", "fast-track", "recognition-advice"],
    ),
    "someone with a recognised degree below every salary threshold": (
        {"citizenship": "EG", "qualification": "degree_other", "recognised": "yes", "salary": "0", "german": "b2"},
        "route-skilled-degree",
        ["visa", "fast-track", "job-german"],
        ["recognition-degree", "recognition-advice", "german-start"],
    ),
    "engineer with an offer between the two Blue Card thresholds": (
        {
            "citizenship": "TR",
            "qualification": "degree_other",
            "recognised": "yes",
            "salary": "45934.2",
            "german": "c1",
        },
        "route-blue-card-shortage",
        ["visa", "residence-permit"],
        ["job-german", "integration-course"],
    ),
    "recognised electrician looking for work": (
        {
            "purpose": "job_search",
            "citizenship": "UA",
            "qualification": "vocational_craft",
            "recognised": "yes",
            "german": "b1",
            "city": "hamm",
        },
        "route-opportunity-recognised",
        ["job-search-preparation", "employment-agency", "job-german"],
        ["recognition-craft", "fast-track"],
    ),
    "job seeker whose degree is not yet recognised": (
        {"purpose": "job_search", "citizenship": "VN", "qualification": "degree_other", "recognised": "unsure"},
        "route-opportunity-points",
        ["recognition-degree", "recognition-advice", "job-search-preparation"],
        ["fast-track"],
    ),
    "researcher with a contract, city not decided": (
        {
            "purpose": "research",
            "citizenship": "CN",
            "qualification": "degree_other",
            "recognised": "no",
            "salary": "50700",
            "city": "undecided",
        },
        "route-research",
        ["hosting-agreement", "enrolment", "visa"],
        ["recognition-degree", "recognition-advice", "welcome-centre", "fast-track"],
    ),
    "spouse joining family, with a school child": (
        {
            "purpose": "family",
            "citizenship": "MA",
            "qualification": "vocational_other",
            "recognised": "no",
            "german": "a1",
            "family": ["school"],
            "city": "herne",
        },
        "route-family",
        ["school", "recognition-vocational", "visa", "integration-course"],
        ["partner-visa", "fast-track", "childcare"],
    ),
    "doctor whose licence procedure has started": (
        {
            "citizenship": "SY",
            "qualification": "degree_health",
            "recognised": "started",
            "salary": "50700",
            "german": "b2",
        },
        "route-blue-card",
        ["recognition-health", "job-german"],
        ["recognition-degree", "recognition-advice"],
    ),
    "teacher from the EU": (
        {"purpose": "job_search", "citizenship": "ES", "qualification": "degree_teacher", "recognised": "no"},
        "route-eu",
        ["recognition-teacher-eu"],
        ["recognition-teacher", "visa"],
    ),
    "teacher from outside the EU": (
        {"purpose": "job_search", "citizenship": "IR", "qualification": "degree_teacher", "recognised": "no"},
        "route-opportunity-points",
        ["recognition-teacher"],
        ["recognition-teacher-eu"],
    ),
    "worker with a job offer but no formal qualification": (
        {"citizenship": "GH", "qualification": "none", "salary": "0", "german": "none"},
        "route-no-qualification",
        ["visa", "migration-counselling", "guide"],
        ["recognition-advice", "recognition-vocational"],
    ),
}


@pytest.mark.parametrize("persona", PERSONAS, ids=list(PERSONAS))
def test_persona_gets_the_expected_route_and_steps(checklist_for, persona):
    answers, route, included, excluded = PERSONAS[persona]
    checklist = checklist_for(**answers)
    keys = step_keys(checklist)
    assert checklist.route.key == route
    assert set(included) <= set(keys), f"missing: {set(included) - set(keys)}"
    assert not set(excluded) & set(keys), f"should not apply: {set(excluded) & set(keys)}"


def test_everyone_gets_the_steps_that_apply_to_all(checklist_for):
    for answers, _route, _included, _excluded in PERSONAS.values():
        keys = step_keys(checklist_for(**answers))
        assert {"registration", "health-insurance", "tax-id", "bank-account", "guide"} <= set(keys)


def test_only_one_recognition_body_is_named(checklist_for):
    """A doctor is sent to Münster, not also to the ZAB: steps in one group exclude each other."""
    keys = step_keys(checklist_for(citizenship="SY", qualification="degree_health", recognised="no", salary="50700"))
    assert [key for key in keys if key.startswith("recognition-") and key != "recognition-advice"] == [
        "recognition-health"
    ]


def test_steps_come_in_phases_in_order(checklist_for):
    checklist = checklist_for(family=["under3"])
    assert [label for label, _items in checklist.phases] == [
        "Before you leave",
        "In your first two weeks",
        "In your first months",
    ]
    assert step_keys(checklist).index("registration") < step_keys(checklist).index("childcare")


def test_the_blue_card_step_names_the_figure_and_its_year(checklist_for):
    year = datetime.date.today().year
    Figure.objects.filter(key="blue-card").update(
        valid_from=datetime.date(year, 1, 1), valid_to=datetime.date(year, 12, 31)
    )
    checklist = checklist_for(salary="50700")
    assert f"EUR 50,700 ({year})" in " ".join(checklist.route.paragraphs)
    assert f"gross salary of at least EUR 50,700 ({year})" in checklist.route.reasons
    assert [threshold.key for threshold in checklist.thresholds] == ["blue-card"]
