"""Matching: a shared language is required; topic, city, origin, load and reliability rank; reasons explain."""

import pytest
from django.utils import timezone, translation

from welcome.guides.matching import rank_guides
from welcome.guides.models import ContactRequest, Guide


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _busy(guide, count):
    for n in range(count):
        ContactRequest.objects.create(
            guide=guide,
            state="accepted",
            name="x",
            email=f"x{n}@e.org",
            address_hash="h",
            country="SY",
            planned_arrival="3m",
            message="m",
            message_fingerprint=str(n),
        )


def test_a_shared_language_is_required(make_guide):
    make_guide(languages=["tr"])
    assert rank_guides(["ar"]) == []


def test_no_languages_no_candidates(make_guide):
    make_guide()
    assert rank_guides([]) == []


def test_topic_city_and_origin_rank_and_explain(make_guide):
    plain = make_guide(languages=["ar"], topics=["family"], city="hagen", origin="EG")
    best = make_guide(languages=["ar"], topics=["job"], city="dortmund", origin="SY", name="Amal")
    ranked = rank_guides(["ar"], ["job"], "dortmund", "SY")
    assert [m.guide for m in ranked] == [best, plain]
    text = ranked[0].reason_text()
    for reason in (
        "speaks Arabic",
        "lives in Dortmund",
        "knows about: Job",
        "works as Engineer",
        "also comes from Syria",
    ):
        assert reason in text
    assert "lives in" not in ranked[1].reason_text()


def test_full_guides_are_left_out_and_load_ranks(make_guide):
    full = make_guide(capacity=2)
    half = make_guide(capacity=2)
    free = make_guide(capacity=2)
    _busy(full, 2)
    _busy(half, 1)
    ranked = rank_guides(["ar"])
    assert [m.guide for m in ranked] == [free, half]
    assert "has time for new questions" in ranked[0].reason_text()


def test_unavailable_paused_and_away_guides_are_left_out(make_guide):
    make_guide(accepting_requests=False)
    make_guide(status=Guide.Status.PAUSED)
    make_guide(away_until=timezone.localdate() + timezone.timedelta(days=3))
    back = make_guide(away_until=timezone.localdate() - timezone.timedelta(days=1))
    assert [m.guide for m in rank_guides(["ar"])] == [back]


def test_guides_who_answer_reliably_rank_higher(make_guide):
    unreliable = make_guide()
    reliable = make_guide()
    Guide.objects.filter(pk=unreliable.pk).update(routed_count=10, answered_count=2)
    Guide.objects.filter(pk=reliable.pk).update(routed_count=10, answered_count=10)
    ranked = rank_guides(["ar"])
    assert [m.guide for m in ranked] == [reliable, unreliable]
    assert "answers reliably" in ranked[0].reason_text()


def test_excluded_guides_are_not_offered_again(make_guide):
    first, second = make_guide(), make_guide()
    assert [m.guide for m in rank_guides(["ar"], exclude_ids=[first.pk])] == [second]


def test_reasons_are_in_the_readers_language(make_guide):
    make_guide(city="dortmund")
    with translation.override("de"):
        assert "spricht Arabisch" in rank_guides(["ar"], city="dortmund")[0].reason_text()
