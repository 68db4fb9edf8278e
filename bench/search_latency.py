"""Search latency over the real content in several languages (median and p95 per query)."""

import statistics
import time

from _setup import portal

QUERIES = [
    ("de", "Anmeldung"),
    ("en", "blue card"),
    ("ar", "البطاقة الزرقاء"),
    ("uk", "реєстрація"),
    ("en", "health insurance students"),
    ("tr", "oturum izni"),
    ("de", "Gebuehren Anerkennung"),
]


def main():
    portal()
    from welcome.search.models import SearchEntry
    from welcome.search.query import search

    print(f"index: {SearchEntry.objects.count()} entries")
    for lang, query in QUERIES:
        timings = []
        for _ in range(50):
            start = time.perf_counter()
            results = search(query, lang)
            timings.append((time.perf_counter() - start) * 1000)
        print(
            f"{lang} {query!r:32} {results.count:3} results  median {statistics.median(timings):6.2f} ms"
            f"  p95 {sorted(timings)[47]:6.2f} ms"
        )


if __name__ == "__main__":
    main()
