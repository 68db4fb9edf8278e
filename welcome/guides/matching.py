"""Which guides fit a newcomer best, and why.

A shared language is required: a guide who cannot read the question cannot answer it.
Then topic, city and origin count, and so do the guide's free capacity and how reliably
they have answered so far. Every point a guide gets comes with a reason a person can
read ("speaks Arabic", "lives in Dortmund"), shown to newcomers and coordinators.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from welcome.core.region import city_label

from .models import TOPIC_LABELS, ContactRequest, Guide, GuideLanguage, GuideTopic
from .spoken_languages import spoken_language_name

WEIGHTS = {"language": 40, "extra_language": 4, "topic": 12, "city": 15, "origin": 8, "capacity": 15, "answer_rate": 20}
# A new guide starts as if two of two requests were answered at this rate.
PRIOR_RATE, PRIOR_WEIGHT = 0.8, 2


@dataclass
class Match:
    guide: Guide
    score: float
    reasons: list = field(default_factory=list)
    open_count: int = 0

    def reason_text(self):
        return ", ".join(str(reason) for reason in self.reasons)


def answer_rate(guide):
    """Share of routed requests the guide answered, pulled towards PRIOR_RATE while there are few."""
    return (guide.answered_count + PRIOR_RATE * PRIOR_WEIGHT) / (guide.routed_count + PRIOR_WEIGHT)


@dataclass
class Candidate:
    """What scoring needs of one guide, read without building model objects (fast for thousands)."""

    pk: int
    city: str
    origin: str
    capacity: int
    routed_count: int
    answered_count: int
    profession: str
    language_codes: list = field(default_factory=list)
    topic_codes: list = field(default_factory=list)


def score_guide(guide, languages, topics, city, origin, open_count, explain=True):
    """Score and reasons for one guide (or Candidate), or None when they cannot take this request.

    Without `explain` only the score is computed: ranking thousands of guides needs no words.
    """
    shared = [code for code in languages if code in guide.language_codes]
    if not shared or open_count >= guide.capacity:
        return None
    shared_topics = [code for code in topics if code in guide.topic_codes]
    same_city = bool(city) and guide.city == city
    same_origin = bool(origin) and guide.origin == origin
    rate = answer_rate(guide)
    score = (
        WEIGHTS["language"]
        + WEIGHTS["extra_language"] * (len(shared) - 1)
        + WEIGHTS["city"] * same_city
        + WEIGHTS["topic"] * len(shared_topics)
        + WEIGHTS["origin"] * same_origin
        + WEIGHTS["capacity"] * (1 - open_count / guide.capacity)
        + WEIGHTS["answer_rate"] * rate
    )
    match = Match(guide=guide, score=round(score, 2), open_count=open_count)
    if not explain:
        return match
    match.reasons.append(_("speaks %(language)s") % {"language": spoken_language_name(shared[0])})
    if same_city:
        match.reasons.append(_("lives in %(city)s") % {"city": city_label(city)})
    if shared_topics:
        names = ", ".join(str(TOPIC_LABELS[code]) for code in shared_topics)
        match.reasons.append(_("knows about: %(topics)s") % {"topics": names})
        if {"job", "business"} & set(shared_topics):
            match.reasons.append(_("works as %(profession)s") % {"profession": guide.profession})
    if same_origin:
        match.reasons.append(_("also comes from %(country)s") % {"country": countries.name(origin)})
    if open_count == 0:
        match.reasons.append(_("has time for new questions"))
    if guide.routed_count >= 3 and rate >= 0.8:
        match.reasons.append(_("answers reliably"))
    return match


def _candidates(languages, topics, exclude_ids, queryset):
    """Available guides who share a language, as Candidates with their load: five flat queries."""
    available = (
        (queryset if queryset is not None else Guide.objects.all())
        .taking_requests()
        .filter(pk__in=GuideLanguage.objects.filter(code__in=languages).values("guide_id"))
        .exclude(pk__in=list(exclude_ids))
    )
    fields = ("pk", "city", "origin", "capacity", "routed_count", "answered_count", "profession")
    candidates = {row[0]: Candidate(*row) for row in available.values_list(*fields)}
    ids = available.values("pk")
    for guide_id, code in GuideLanguage.objects.filter(guide_id__in=ids, code__in=languages).values_list(
        "guide_id", "code"
    ):
        candidates[guide_id].language_codes.append(code)
    if topics:
        for guide_id, code in GuideTopic.objects.filter(guide_id__in=ids, code__in=topics).values_list(
            "guide_id", "code"
        ):
            candidates[guide_id].topic_codes.append(code)
    load = dict(
        ContactRequest.objects.in_hand().filter(guide_id__in=ids).values_list("guide_id").annotate(n=Count("id"))
    )
    return candidates, load


def rank_guides(languages, topics=(), city="", origin="", exclude_ids=(), limit=5, queryset=None):
    """The best guides for a request, best first, each with the reasons it was chosen.

    Returns an empty list when no available guide speaks one of the languages: the
    caller then hands the request to the coordinators.
    """
    if not languages:
        return []
    languages, topics, origin = list(languages), list(topics), str(origin or "")
    candidates, load = _candidates(languages, topics, exclude_ids, queryset)
    matches = []
    for candidate in candidates.values():
        match = score_guide(candidate, languages, topics, city, origin, load.get(candidate.pk, 0), explain=False)
        if match:
            matches.append(match)
    # Ties go to the guide with fewer open conversations, then the longest-serving one.
    matches.sort(key=lambda m: (-m.score, m.open_count, m.guide.pk))
    matches = [score_guide(m.guide, languages, topics, city, origin, m.open_count) for m in matches[:limit]]
    guides = Guide.objects.prefetch_related("languages", "topics", "stories").in_bulk([m.guide.pk for m in matches])
    for match in matches:
        match.guide = guides[match.guide.pk]
    return matches
