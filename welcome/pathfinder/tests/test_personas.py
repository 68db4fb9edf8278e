"""The real rules (data/rules.yaml) on personas: the residence route, the steps and the offices each must get.

The salary answers are band codes: the lower bound of the band in euros. "50700" is the band from
the 2026 EU Blue Card threshold up, "45934.2" the band from the lower threshold, "0" the lowest band.
Answers a persona does not name come from conftest.BASE_ANSWERS (abroad, Indian citizen, a degree
gained abroad in another field, not recognised, no job offer, no German, Dortmund).
"""

import datetime

import pytest

from welcome.content.figures import Figure

from .conftest import step_keys

# The states of section 41 (1) AufenthV: their citizens enter without a visa and apply in Germany.
VISA_FREE = ["AU", "IL", "JP", "CA", "KR", "NZ", "GB", "US"]

# persona: (answers, route, steps it must get, steps it must not get, {step: office slug in the directory})
PERSONAS = {
    "software developer with a degree and an offer above the Blue Card threshold": (
        {"citizenship": "IN", "recognised": "no", "salary": "50700", "german": "none"},
        "route-blue-card",
        [
            "visa",
            "fast-track",
            "recognition-degree",
            "recognition-advice",
            "german-start",
            "registration",
            "residence-permit",
            "health-insurance",
        ],
        ["childcare", "school", "partner-visa", "job-german", "visa-free-entry", "permit-change"],
        {
            "recognition-degree": "zab",
            "recognition-advice": "zsba",
            "residence-permit": "buergerdienste-international-dortmund",
        },
    ),
    "nurse with vocational training, not yet recognised": (
        {
            "citizenship": "PH",
            "qualification": "vocational",
            "field": "health",
            "recognised": "no",
            "salary": "45934.2",
            "german": "b1",
            "city": "essen",
        },
        "route-licence-first",
        ["recognition-health", "recognition-advice", "welcome-centre", "job-german", "residence-permit"],
        ["recognition-vocational", "german-start", "integration-course"],
        {"recognition-health": "bezirksregierung-muenster-gesundheitsberufe", "welcome-centre": "welcomecenter-essen"},
    ),
    "nurse with a bachelor's degree": (
        {"citizenship": "PH", "qualification": "degree", "field": "health", "recognised": "no", "salary": "0"},
        "route-licence-first",
        ["recognition-health", "recognition-advice"],
        ["recognition-degree", "route-skilled-degree"],
        {"recognition-health": "bezirksregierung-muenster-gesundheitsberufe"},
    ),
    "school-leaver from Nigeria who wants to study": (
        {"purpose": "study", "citizenship": "NG", "qualification": "school", "german": "a1", "city": "bochum"},
        "route-study-preparation",
        [
            "visa",
            "school-certificate",
            "university-admission",
            "enrolment",
            "health-insurance-student",
            "german-start",
            "integration-course",
        ],
        ["health-insurance", "fast-track", "recognition-degree", "recognition-advice", "employment-agency"],
        {},
    ),
    "graduate applying for a master's programme": (
        {"purpose": "study", "citizenship": "BD", "field": "engineering", "german": "b2"},
        "route-study",
        ["university-admission", "enrolment", "health-insurance-student", "visa"],
        ["school-certificate", "recognition-engineering", "recognition-degree", "health-insurance"],
        {},
    ),
    "founder from Brazil with a partner": (
        {"purpose": "business", "citizenship": "BR", "recognised": "no", "family": "partner", "city": "bochum"},
        "route-business",
        ["business-plan", "business-registration", "partner-visa", "welcome-centre"],
        ["recognition-degree", "fast-track", "childcare"],
        {"welcome-centre": "welcome-office-bochum", "registration": "buergerbuero-bochum"},
    ),
    "EU citizen with small and school-age children": (
        {
            "citizenship": "PL",
            "qualification": "vocational",
            "qualification_country": "eu",
            "field": "crafts",
            "recognised": "no",
            "salary": "0",
            "german": "a2",
            "family": ["under3", "school"],
            "city": "gelsenkirchen",
        },
        "route-eu",
        ["childcare", "school", "international-school", "recognition-craft", "registration", "integration-course"],
        ["visa", "residence-permit", "partner-visa", "migration-counselling", "fast-track", "recognition-advice"],
        {},
    ),
    "someone with a recognised degree below every salary threshold": (
        {"citizenship": "EG", "recognised": "yes", "salary": "0", "german": "b2"},
        "route-skilled-degree",
        ["visa", "fast-track", "job-german"],
        ["recognition-degree", "recognition-advice", "german-start"],
        {},
    ),
    "engineer with an offer between the two Blue Card thresholds": (
        {"citizenship": "TR", "field": "engineering", "recognised": "yes", "salary": "45934.2", "german": "c1"},
        "route-blue-card-shortage",
        ["visa", "residence-permit"],
        ["job-german", "integration-course", "recognition-engineering"],
        {},
    ),
    "engineer whose degree is not yet recognised": (
        {"citizenship": "EG", "field": "engineering", "recognised": "no", "salary": "50700"},
        "route-blue-card",
        ["recognition-engineering", "recognition-advice"],
        ["recognition-degree"],
        {"recognition-engineering": "zab"},
    ),
    "lawyer looking for work": (
        {"purpose": "job_search", "citizenship": "IR", "field": "law", "recognised": "unsure"},
        "route-opportunity-points",
        ["recognition-law", "recognition-advice"],
        ["recognition-degree"],
        {"recognition-law": "zab"},
    ),
    "recognised electrician looking for work": (
        {
            "purpose": "job_search",
            "citizenship": "UA",
            "qualification": "vocational",
            "field": "crafts",
            "recognised": "yes",
            "german": "b1",
            "city": "hamm",
        },
        "route-opportunity-recognised",
        ["job-search-preparation", "employment-agency", "job-german"],
        ["recognition-craft", "fast-track"],
        {"employment-agency": "agentur-fuer-arbeit-hamm"},
    ),
    "job seeker whose degree is not yet recognised": (
        {"purpose": "job_search", "citizenship": "VN", "recognised": "unsure"},
        "route-opportunity-points",
        ["recognition-degree", "recognition-advice", "job-search-preparation"],
        ["fast-track"],
        {},
    ),
    "researcher with a contract, city not decided": (
        {"purpose": "research", "citizenship": "CN", "recognised": "no", "salary": "50700", "city": "undecided"},
        "route-research",
        ["hosting-agreement", "research-arrival", "visa"],
        ["enrolment", "university-admission", "recognition-degree", "recognition-advice", "welcome-centre"],
        {},
    ),
    "mother joining her family, with a school child": (
        {
            "purpose": "family",
            "citizenship": "MA",
            "qualification": "vocational",
            "recognised": "no",
            "german": "a1",
            "family": ["school"],
            "city": "herne",
        },
        "route-family",
        ["school", "recognition-vocational", "visa", "integration-course"],
        ["partner-visa", "fast-track", "childcare"],
        {"recognition-vocational": "ihk-fosa"},
    ),
    "wife joining her husband, a German citizen": (
        {"purpose": "partner", "partner_permit": "german", "citizenship": "TR", "qualification": "school"},
        "route-partner-german",
        ["visa", "german-start", "registration", "residence-permit"],
        ["partner-visa", "fast-track", "recognition-advice"],
        {},
    ),
    "husband joining his wife, a Polish citizen working in Essen": (
        {"purpose": "partner", "partner_permit": "eu", "citizenship": "IN", "city": "essen"},
        "route-partner-eu",
        ["recognition-degree", "visa"],
        ["partner-visa"],
        {},
    ),
    "wife joining her husband who has an EU Blue Card": (
        {"purpose": "partner", "partner_permit": "skilled", "citizenship": "IN", "german": "none"},
        "route-partner-skilled",
        ["recognition-degree", "german-start", "visa"],
        ["partner-visa", "fast-track"],
        {},
    ),
    "husband joining his wife, a recognised refugee": (
        {"purpose": "partner", "partner_permit": "other", "citizenship": "SY", "qualification": "none"},
        "route-partner-other",
        ["visa", "migration-counselling"],
        ["partner-visa", "recognition-advice"],
        {},
    ),
    "doctor whose licence procedure has started": (
        {"citizenship": "SY", "field": "health", "recognised": "started", "salary": "50700", "german": "b2"},
        "route-licence-first",
        ["recognition-health", "job-german"],
        ["recognition-degree", "recognition-advice"],
        {},
    ),
    "teacher from the EU": (
        {"purpose": "job_search", "citizenship": "ES", "qualification_country": "eu", "field": "teaching"},
        "route-eu",
        ["recognition-teacher-eu"],
        ["recognition-teacher", "visa"],
        {"recognition-teacher-eu": "bezirksregierung-arnsberg-lehrkraefte"},
    ),
    "Spanish teacher who qualified in Colombia": (
        {"purpose": "job_search", "citizenship": "ES", "qualification_country": "other", "field": "teaching"},
        "route-eu",
        ["recognition-teacher"],
        ["recognition-teacher-eu"],
        {"recognition-teacher": "bezirksregierung-detmold-lehrkraefte"},
    ),
    "Iranian teacher who qualified in Austria": (
        {"purpose": "job_search", "citizenship": "IR", "qualification_country": "eu", "field": "teaching"},
        "route-opportunity-points",
        ["recognition-teacher-eu"],
        ["recognition-teacher"],
        {"recognition-teacher-eu": "bezirksregierung-arnsberg-lehrkraefte"},
    ),
    "worker with a job offer but no formal qualification": (
        {"citizenship": "GH", "qualification": "none", "salary": "0", "german": "none"},
        "route-no-qualification",
        ["visa", "migration-counselling", "guide"],
        ["recognition-advice", "recognition-vocational"],
        {},
    ),
    "Ukrainian with temporary protection looking for work": (
        {
            "purpose": "job_search",
            "where_now": "protection",
            "citizenship": "UA",
            "qualification": "vocational",
            "recognised": "no",
            "german": "a2",
            "city": "essen",
        },
        "route-protection",
        ["permit-change", "recognition-vocational", "recognition-advice-germany", "employment-agency"],
        ["visa", "registration", "health-insurance", "documents", "housing", "fast-track", "recognition-advice"],
        {
            "permit-change": "auslaenderbehoerde-essen",
            "recognition-advice-germany": "diakoniewerk-essen-migrationsberatung",
        },
    ),
    "Ukrainian engineer with temporary protection and a job offer": (
        {
            "where_now": "protection",
            "citizenship": "UA",
            "field": "engineering",
            "recognised": "no",
            "salary": "45934.2",
            "city": "bochum",
        },
        "route-protection-switch",
        ["recognition-engineering", "permit-change", "welcome-centre"],
        ["visa", "fast-track", "registration", "recognition-advice"],
        {"permit-change": "auslaenderbehoerde-bochum"},
    ),
    "graduate of a German university looking for work": (
        {"purpose": "job_search", "where_now": "germany_study", "qualification_country": "germany", "german": "b2"},
        "route-job-search-after-study",
        ["permit-change", "job-search-preparation", "employment-agency"],
        ["visa", "registration", "recognition-degree", "recognition-advice", "recognition-advice-germany"],
        {"permit-change": "buergerdienste-international-dortmund"},
    ),
    "student in Germany with a job offer": (
        {"where_now": "germany_study", "qualification_country": "germany", "salary": "50700"},
        "route-change-of-purpose",
        ["permit-change"],
        ["visa", "fast-track", "recognition-degree", "health-insurance", "tax-id"],
        {},
    ),
    "trainee from Vietnam with a training contract": (
        {"purpose": "training", "citizenship": "VN", "qualification": "school", "german": "b1", "city": "dortmund"},
        "route-training",
        ["training-place", "visa", "health-insurance", "job-german", "residence-permit"],
        ["health-insurance-student", "recognition-vocational", "university-admission"],
        {"training-place": "hwk-dortmund"},
    ),
    "software developer from the USA": (
        {"citizenship": "US", "salary": "50700", "german": "a1"},
        "route-blue-card",
        ["visa-free-entry", "registration"],
        ["visa", "residence-permit"],
        {"visa-free-entry": "buergerdienste-international-dortmund"},
    ),
}


@pytest.mark.parametrize("persona", PERSONAS, ids=list(PERSONAS))
def test_persona_gets_the_expected_route_and_steps(checklist_for, persona):
    answers, route, included, excluded, _offices = PERSONAS[persona]
    checklist = checklist_for(**answers)
    keys = step_keys(checklist)
    assert checklist.route.key == route
    assert set(included) <= set(keys), f"missing: {set(included) - set(keys)}"
    assert not set(excluded) & set(keys), f"should not apply: {set(excluded) & set(keys)}"


OFFICE_PERSONAS = [persona for persona, expected in PERSONAS.items() if expected[4]]


@pytest.mark.parametrize("persona", OFFICE_PERSONAS, ids=OFFICE_PERSONAS)
def test_persona_is_sent_to_the_office_that_decides(checklist_for, places, persona):
    answers, _route, _included, _excluded, offices = PERSONAS[persona]
    checklist = checklist_for(**answers)
    items = {
        item.key: item for item in [checklist.route, *[item for _label, phase in checklist.phases for item in phase]]
    }
    for key, slug in offices.items():
        urls = [link.url for link in items[key].links]
        assert f"/places/{slug}/" in " ".join(urls), f"{key}: {urls}"


@pytest.mark.parametrize("citizenship", VISA_FREE)
def test_citizens_of_the_section_41_states_enter_without_a_visa(checklist_for, citizenship):
    keys = step_keys(checklist_for(citizenship=citizenship))
    assert "visa-free-entry" in keys and "visa" not in keys


def test_people_abroad_get_the_steps_that_apply_to_all_newcomers(checklist_for):
    for answers, _route, _included, _excluded, _offices in PERSONAS.values():
        if answers.get("where_now", "abroad") != "abroad":
            continue
        keys = step_keys(checklist_for(**answers))
        assert {"registration", "tax-id", "bank-account", "guide"} <= set(keys)
        assert len({"health-insurance", "health-insurance-student"} & set(keys)) == 1


def test_people_in_germany_get_steps_for_now_not_for_a_departure(checklist_for):
    checklist = checklist_for(where_now="protection", purpose="job_search")
    assert [label for label, _items in checklist.phases] == ["Now", "In the next weeks", "In the coming months"]


def test_only_one_recognition_body_is_named(checklist_for):
    """A doctor is sent to Münster, not also to the ZAB: steps in one group exclude each other."""
    keys = step_keys(checklist_for(citizenship="SY", field="health", recognised="no", salary="50700"))
    assert [key for key in keys if key.startswith("recognition-") and not key.startswith("recognition-advice")] == [
        "recognition-health"
    ]


def test_the_health_recognition_names_the_german_level_of_the_licence(checklist_for):
    checklist = checklist_for(field="health", recognised="no")
    step = next(item for _label, items in checklist.phases for item in items if item.key == "recognition-health")
    assert "B2" in " ".join(step.paragraphs) and "C1" in " ".join(step.paragraphs)


def test_a_qualification_gained_in_germany_needs_no_recognition(checklist_for):
    checklist = checklist_for(qualification_country="germany", recognised="no", field="health")
    assert not [key for key in step_keys(checklist) if key.startswith("recognition")]


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
