"""What the path check costs: bytes of a question and of a result page, and how long the rules take.

Prints the gzip size of a question page and of three result pages, and the server time to build a
result (rules evaluated, links found, page rendered) over repeated requests.
"""

import gzip
import statistics
import time

from _setup import portal

RESULTS = {
    "developer, Blue Card": "purpose=work_offer&where_now=abroad&citizenship=IN&qualification=degree&qualification_country=other&field=other&recognised=no&salary=50700&german=none&family=none&city=dortmund",
    "nurse, family, Essen": "purpose=work_offer&where_now=abroad&citizenship=SY&qualification=vocational&qualification_country=other&field=health&recognised=no&salary=0&german=a2&family=school&family=partner&city=essen",
    "student, no city yet": "purpose=study&where_now=abroad&citizenship=NG&qualification=school&german=a1&family=none&city=undecided",
}


def size(client, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (url, response.status_code)
    body = response.content
    raw = gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body
    return len(body), len(raw)


def main():
    client = portal()
    print(f"{'page':36} {'html gz':>8} {'html raw':>9}")
    gz, raw = size(client, "/ar/path/?purpose=work_offer")
    print(f"{'question 2 (ar)':36} {gz:8,} {raw:9,}")
    for name, query in RESULTS.items():
        gz, raw = size(client, f"/en/path/result/?{query}")
        print(f"{'result: ' + name:36} {gz:8,} {raw:9,}")
    for name, query in RESULTS.items():
        timings = []
        for _ in range(30):
            start = time.perf_counter()
            client.get(f"/ar/path/result/?{query}")
            timings.append((time.perf_counter() - start) * 1000)
        print(
            f"build result ({name}, ar): median {statistics.median(timings):.1f} ms, "
            f"p95 {sorted(timings)[int(len(timings) * 0.95) - 1]:.1f} ms over {len(timings)} requests"
        )


if __name__ == "__main__":
    main()
