"""Fixtures for the path check: the real rules from data/, and a checklist for given answers."""

import pytest
from django.http import QueryDict
from django.utils import translation

from welcome.pathfinder.checklist import build_checklist, salary_thresholds
from welcome.pathfinder.models import ChecklistStep
from welcome.pathfinder.questions import read_answers
from welcome.pathfinder.seed import load_rules

# A complete set of answers; personas change what matters for them.
BASE_ANSWERS = {
    "purpose": "work_offer",
    "where_now": "abroad",
    "citizenship": "IN",
    "qualification": "degree",
    "qualification_country": "other",
    "field": "other",
    "recognised": "no",
    "salary": "none",
    "german": "none",
    "family": "",
    "city": "dortmund",
}


@pytest.fixture
def rules(db, django_db_setup):
    """The real rules, loaded once per session by the root conftest; again after a flush."""
    if not ChecklistStep.objects.exists():
        return load_rules()
    return django_db_setup["rules"]


def answers_from(values):
    params = QueryDict(mutable=True)
    for name, value in {**BASE_ANSWERS, **values}.items():
        params.setlist(name, value if isinstance(value, list) else [value])
    return read_answers(params, {"salary_thresholds": salary_thresholds()})


@pytest.fixture
def checklist_for(rules):
    def build(language="en", **values):
        answers = answers_from(values)
        assert answers.first_open_question() is None, f"incomplete answers: {answers}"
        with translation.override(language):
            return build_checklist(answers, language)

    return build


def step_keys(checklist):
    return [item.key for _label, items in checklist.phases for item in items]
