"""Matching over 10,000 guides: median and p95 time of one `rank_guides` call.

Builds a throwaway SQLite database (migrations only, no content), fills it with 10,000
active guides speaking 2–4 of the portal's spoken languages, some of them busy, and
times the calls a newcomer's "find me a guide" makes.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDES = 10_000
RUNS = 40
QUERIES = [
    (["ar"], ["job"], "dortmund", "SY"),
    (["uk", "ru"], ["family"], "bochum", "UA"),
    (["tr"], ["recognition", "job"], "essen", "TR"),
    (["fa"], ["study"], "", ""),
    (["en"], [], "", ""),
]


def setup():
    sys.path.insert(0, str(ROOT))
    os.environ["WELCOME_VAR_DIR"] = tempfile.mkdtemp(prefix="welcome-bench-guides-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "welcome.settings.dev"
    os.environ["DEBUG"] = "0"
    os.environ["TASKS_BACKEND"] = "immediate"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill():
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from welcome.core.region import city_choices
    from welcome.guides.models import TOPICS, ContactRequest, Guide, GuideLanguage, GuideTopic
    from welcome.guides.spoken_languages import SPOKEN_LANGUAGES

    rng = random.Random(7)
    cities = [slug for slug, _name in city_choices()]
    topics = [code for code, _label in TOPICS]
    common = SPOKEN_LANGUAGES[:12]
    with transaction.atomic():
        users = get_user_model().objects.bulk_create(
            [get_user_model()(username=f"bench{n}", email=f"bench{n}@example.org") for n in range(GUIDES)]
        )
        guides = Guide.objects.bulk_create(
            [
                Guide(
                    user=user,
                    display_name=f"Guide {n}",
                    city=rng.choice(cities),
                    origin=rng.choice(["SY", "TR", "UA", "IR", "IN", "ES"]),
                    profession="Engineer",
                    capacity=rng.randint(1, 5),
                    routed_count=(r := rng.randint(0, 30)),
                    answered_count=rng.randint(0, r),
                )
                for n, user in enumerate(users)
            ]
        )
        GuideLanguage.objects.bulk_create(
            [
                GuideLanguage(guide=g, code=code)
                for g in guides
                for code in {"de", *rng.sample(common, rng.randint(1, 3))}
            ]
        )
        GuideTopic.objects.bulk_create(
            [GuideTopic(guide=g, code=code) for g in guides for code in rng.sample(topics, 2)]
        )
        ContactRequest.objects.bulk_create(
            [
                ContactRequest(
                    guide=g,
                    state="accepted",
                    name="x",
                    email="x@example.org",
                    address_hash="h",
                    country="SY",
                    planned_arrival="3m",
                    message="m",
                    message_fingerprint=str(n),
                )
                for n, g in enumerate(rng.sample(guides, GUIDES // 3))
            ]
        )


def main():
    setup()
    started = time.perf_counter()
    fill()
    print(f"built {GUIDES} guides in {time.perf_counter() - started:.1f} s")
    from welcome.guides.matching import rank_guides

    all_timings = []
    for languages, topics, city, origin in QUERIES:
        timings = []
        for _ in range(RUNS):
            start = time.perf_counter()
            matches = rank_guides(languages, topics, city, origin)
            timings.append((time.perf_counter() - start) * 1000)
        all_timings += timings
        p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
        print(
            f"{'+'.join(languages):6} {','.join(topics) or '-':18} {city or '-':10} {len(matches)} matches  "
            f"median {statistics.median(timings):7.1f} ms  p95 {p95:7.1f} ms"
        )
    p95 = sorted(all_timings)[int(len(all_timings) * 0.95) - 1]
    print(f"all queries: median {statistics.median(all_timings):.1f} ms, p95 {p95:.1f} ms per matching call")


if __name__ == "__main__":
    main()
