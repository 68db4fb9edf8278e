"""Where an uncached page's time goes: in-process wall and CPU time, database time and queries.

Renders each page type of bench/load.py's visit in this process with the page cache off (the
shared cache on, as in production), 30 times after 3 warm-ups, and prints the medians. The
database time is measured around each statement, so on PostgreSQL it includes the server's
parsing, planning and executing, and the round trip.

    python bench/page_time.py                      # a fresh SQLite portal under a temp folder
    DATABASE_URL=postgres://… REDIS_URL=… python bench/page_time.py
"""

import os
import statistics
import time

os.environ["PAGE_CACHE"] = "0"

from _setup import portal  # noqa: E402
from load import VISIT, load_average  # noqa: E402

ROUNDS = 30


def main():
    client = portal()
    from django.db import connection

    spent = {"seconds": 0.0, "queries": 0}

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["seconds"] += time.perf_counter() - start
            spent["queries"] += 1

    print(f"{connection.vendor}; medians of {ROUNDS} uncached requests (load {load_average():.2f})")
    print(f"{'page':12} {'wall ms':>8} {'CPU ms':>8} {'db ms':>8} {'queries':>8}")
    with connection.execute_wrapper(timed):
        for name, path in VISIT.items():
            for _ in range(3):
                client.get(path)
            walls, cpus, databases, queries = [], [], [], []
            for _ in range(ROUNDS):
                spent.update(seconds=0.0, queries=0)
                wall, cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
                databases.append(spent["seconds"])
                queries.append(spent["queries"])
                assert response.status_code == 200, (path, response.status_code)
            print(
                f"{name:12} {statistics.median(walls) * 1000:8.2f} {statistics.median(cpus) * 1000:8.2f}"
                f" {statistics.median(databases) * 1000:8.2f} {statistics.median(queries):8.0f}"
            )


if __name__ == "__main__":
    main()
