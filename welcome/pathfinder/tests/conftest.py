"""Fixtures for the path check: a checklist for given answers (the real rules are the root conftest's `rules`) and the directory."""

import pytest
from django.http import QueryDict
from django.utils import translation

from welcome.core.testing import kept_for_the_module
from welcome.pathfinder.checklist import build_checklist, salary_thresholds
from welcome.pathfinder.questions import read_answers

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


@pytest.fixture(scope="module")
def places_loaded(django_db_setup, django_db_blocker):
    from welcome.places.seed import load_places

    with kept_for_the_module(django_db_blocker):
        load_places()
        yield


@pytest.fixture
def places(places_loaded, db):
    """The real directory, for steps that link an office: loaded once per module (its texts come in ten
    languages through wagtail-localize, which made loading it per test the slowest part of these tests)."""


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
