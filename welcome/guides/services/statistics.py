"""Numbers for coordinators: demand, answers, and where guides are missing.

Requests store their languages and topics as lists, so counting happens here in
Python over the period asked for; that stays quick for the tens of thousands of
requests a year a region like the Ruhr can expect.
"""

import datetime
import statistics
from collections import Counter

from django.db.models import Count, Sum
from django.utils import timezone
from django_countries import countries

from welcome.core.region import CITIES

from ..models import TOPIC_LABELS, ContactRequest, Guide, GuideLanguage
from ..spoken_languages import spoken_language_name

WEEKS = 12


def bars(counter, label=lambda key: key, limit=12):
    """Rows for a bar chart: label, value and length in percent of the largest value."""
    items = counter.most_common(limit) if isinstance(counter, Counter) else list(counter)[:limit]
    top = max((value for _key, value in items), default=0) or 1
    return [
        {"key": key, "label": label(key), "value": value, "percent": round(100 * value / top)} for key, value in items
    ]


def median_hours(pairs):
    """Median hours between each (start, end) pair, or None without data."""
    hours = [(end - start).total_seconds() / 3600 for start, end in pairs if start and end]
    return round(statistics.median(hours), 1) if hours else None


def guide_median_hours(guide_ids):
    """Median time to first answer per guide, in hours: {guide_id: hours}."""
    rows = ContactRequest.objects.filter(guide_id__in=guide_ids, first_answer_at__isnull=False).values_list(
        "guide_id", "assigned_at", "first_answer_at"
    )
    by_guide = {}
    for guide_id, start, end in rows:
        by_guide.setdefault(guide_id, []).append((start, end))
    return {guide_id: median_hours(pairs) for guide_id, pairs in by_guide.items()}


def overview(days=90):
    """Everything the statistics page shows, for requests confirmed in the last `days` days."""
    since = timezone.now() - datetime.timedelta(days=days)
    confirmed = list(
        ContactRequest.objects.filter(confirmed_at__gte=since).values(
            "languages", "topics", "city", "country", "confirmed_at", "assigned_at", "first_answer_at", "state"
        )
    )
    weeks = Counter()
    start_of_week = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    week_starts = [start_of_week - datetime.timedelta(weeks=n) for n in reversed(range(WEEKS))]
    for row in confirmed:
        day = timezone.localtime(row["confirmed_at"]).date()
        weeks[day - datetime.timedelta(days=day.weekday())] += 1
    languages = Counter(code for row in confirmed for code in row["languages"])
    topics = Counter(code for row in confirmed for code in row["topics"])
    cities = Counter(row["city"] for row in confirmed if row["city"])
    country_counts = Counter(row["country"] for row in confirmed if row["country"])
    return {
        "days": days,
        "total": len(confirmed),
        "answered": sum(1 for row in confirmed if row["first_answer_at"]),
        "median_first_answer_hours": median_hours((row["assigned_at"], row["first_answer_at"]) for row in confirmed),
        "per_week": bars(
            [(week, weeks.get(week, 0)) for week in week_starts], label=lambda week: week.isoformat(), limit=WEEKS
        ),
        "by_language": bars(languages, spoken_language_name),
        "by_topic": bars(topics, lambda code: str(TOPIC_LABELS.get(code, code))),
        "by_city": bars(cities, lambda slug: dict((s, n) for s, n, _k in CITIES).get(slug, slug)),
        "by_country": bars(country_counts, lambda code: countries.name(code) or code),
        "language_gaps": language_gaps(languages),
        "city_gaps": city_gaps(cities),
    }


def language_gaps(demand):
    """Per requested language: requests against active guides and their free places, worst first."""
    active = Guide.objects.active()
    guides = Counter(
        dict(GuideLanguage.objects.filter(guide__in=active).values_list("code").annotate(n=Count("guide")))
    )
    capacity = dict(
        GuideLanguage.objects.filter(guide__in=active).values_list("code").annotate(n=Sum("guide__capacity"))
    )
    rows = []
    for code, requests in demand.items():
        rows.append(
            {
                "label": spoken_language_name(code),
                "requests": requests,
                "guides": guides.get(code, 0),
                "capacity": capacity.get(code, 0),
                "lacking": guides.get(code, 0) == 0 or requests > 2 * capacity.get(code, 0),
            }
        )
    return sorted(rows, key=lambda row: (not row["lacking"], -row["requests"] / (row["capacity"] + 1)))


def city_gaps(demand):
    """Per city of the Ruhr: requests against active guides living there."""
    guides = Counter(dict(Guide.objects.active().values_list("city").annotate(n=Count("id"))))
    rows = [
        {
            "label": name,
            "requests": demand.get(slug, 0),
            "guides": guides.get(slug, 0),
            "lacking": demand.get(slug, 0) > 0 and guides.get(slug, 0) == 0,
        }
        for slug, name, _kind in CITIES
    ]
    return sorted(rows, key=lambda row: (not row["lacking"], -row["requests"]))
