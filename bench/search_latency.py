"""Search latency as the index grows: the real entries (about 700), then 5,000 and 50,000 (p50/p95 per language).

The extra entries are real pages' terms, shuffled, plus three new words each (so the
vocabulary grows too): each query matches the same share of the index as on the real content. They are added inside a transaction that is
rolled back at the end. Each timing is one search as the page runs it: plan, counts, and the
first result page of both lists, uncached. SQLite by default; DATABASE_URL=postgres://… for
PostgreSQL. The "cpu" figures are this process's CPU time: on SQLite that is the whole search and
hardly depends on how busy the machine is; on PostgreSQL it leaves out the server's share.
"""

import os
import random
import statistics
import time
import uuid

from _setup import portal

QUERIES = [
    ("de", "Anmeldung"),
    ("de", "Gebuehren Anerkennung"),
    ("de", "Kinderbetreuungsplatz"),
    ("en", "blue card"),
    ("en", "health insurance students"),
    ("en", "oportunity card"),
    ("en", "where do I register in Essen"),
    ("ar", "البطاقة الزرقاء"),
    ("tr", "oturum izni"),
    ("uk", "реєстрація"),
    ("ru", "регистрация"),
    ("pl", "rejestracja"),
    ("ro", "înregistrare"),
    ("es", "registro"),
    ("fr", "inscription"),
]
SIZES = [5_000, 50_000]
ROUNDS = 30
BATCH = 2_000


def _timed(search, query, lang):
    start, cpu = time.perf_counter(), time.process_time()
    results = search(query, lang)
    results.in_language[0:20]
    results.other_languages[0:20]
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, results


def measure(search, size):
    print(f"\nindex: {size} entries")
    by_language, cpu_times = {}, []
    for lang, query in QUERIES:
        timings = []
        for _ in range(ROUNDS):
            elapsed, cpu, results = _timed(search, query, lang)
            timings.append(elapsed)
            cpu_times.append(cpu)
        by_language.setdefault(lang, []).extend(timings)
        print(
            f"  {lang} {query!r:34} {results.count:5}{' ' if results.counted_all else '+'} results  p50 {statistics.median(timings):6.2f} ms"
            f"  p95 {statistics.quantiles(timings, n=20)[-1]:6.2f} ms"
        )
    print("  per language:", end="")
    for lang, timings in by_language.items():
        print(f"  {lang} {statistics.median(timings):.1f}/{statistics.quantiles(timings, n=20)[-1]:.1f}", end="")
    everything = [t for timings in by_language.values() for t in timings]
    print(
        f"\n  all: p50 {statistics.median(everything):.2f} ms  p95 {statistics.quantiles(everything, n=20)[-1]:.2f} ms"
        f"  (cpu p50 {statistics.median(cpu_times):.2f} ms  p95 {statistics.quantiles(cpu_times, n=20)[-1]:.2f} ms)"
        f"  load average {os.getloadavg()[0]:.1f}"
    )


def grow(target, real, SearchEntry, vocabulary, rng):
    """Adds synthetic entries until the index holds `target`."""
    count = SearchEntry.objects.count()
    next_page_id = 10_000_000 + count
    while count < target:
        batch, new_words = [], []
        for _ in range(min(BATCH, target - count)):
            base = rng.choice(real)
            words = base.all_terms.split()
            rng.shuffle(words)
            fresh = [rng.choice(words) + rng.choice("abcdefghijklmnopqrstuvwxyz") * 2 for _ in range(3)]
            new_words += fresh
            batch.append(
                SearchEntry(
                    page_id=next_page_id,
                    language_code=base.language_code,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                    title=f"{base.title} {count}",
                    summary=base.summary,
                    url=base.url,
                    title_terms=" ".join(base.title_terms.split() + fresh[:1]),
                    summary_terms=base.summary_terms,
                    all_terms=" ".join(words + fresh),
                )
            )
            next_page_id += 1
            count += 1
        SearchEntry.objects.bulk_create(batch)
        vocabulary.record((word, word) for word in new_words)


def main():
    portal()
    from django.db import connection, transaction

    from welcome.search import vocabulary
    from welcome.search.models import SearchEntry, SearchTerm
    from welcome.search.query import search

    print(f"database: {connection.vendor}")
    rng = random.Random(11)
    real = list(SearchEntry.objects.all())
    with transaction.atomic():
        measure(search, len(real))
        for size in SIZES:
            grow(size, real, SearchEntry, vocabulary, rng)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE search_searchentry; ANALYZE search_searchterm")
            print(f"(vocabulary: {SearchTerm.objects.count()} terms)", end="")
            measure(search, size)
        transaction.set_rollback(True)  # the synthetic entries point to no page


if __name__ == "__main__":
    main()
