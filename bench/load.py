"""Throughput of the production stack for the pages of a real visit, three ways in one run.

Starts gunicorn as `make run` does (gunicorn.conf.py, DEBUG off) on the portal's database and drives it with wrk
(Debian's `wrk`, 16 connections): first the app alone with its page cache off, then with the
page cache, then through nginx (deploy/nginx.conf) in front; nginx serving a static file is
the yardstick. Prints req/s, p50/p99 and the app's CPU time per request for each page type
(the last is what the machine's other work changes least), and the server time of an uncached
article (one request at a time, p50).

    python bench/load.py                 # a fresh SQLite portal under a temp folder
    WELCOME_VAR_DIR=var python bench/load.py      # an already loaded portal
    DATABASE_URL=postgres://… REDIS_URL=… python bench/load.py
    BENCH_COMPARE="other home=http://127.0.0.1:9000/,other blog=http://127.0.0.1:9000/blog/x/" python bench/load.py
        # also drives another site, already running, the same way in the same run (a yardstick)

Everything runs on 127.0.0.1 and stops by itself; numbers depend on what else the machine does.
"""

import getpass
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
# The method is the median of 5 rounds; one round is enough to see a change.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
CONNECTIONS = 16
VISIT = {
    "home": "/en/",
    "section": "/en/visa/",
    "article": "/en/visa/overview/",
    "article ar": "/ar/visa/overview/",
    "city": "/en/cities/dortmund/",
    "search": "/en/search/?q=blue+card",
    "guides": "/en/guides/",
    "path result": "/en/path/result/?purpose=work_offer&where_now=abroad&citizenship=IN&qualification=degree&qualification_country=other&field=other&recognised=no"
    "&salary=50700&german=none&family=none&city=dortmund",
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"{url} did not answer") from None
            time.sleep(0.3)


def environment():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "welcome.settings.dev", "DEBUG": "0", "LOG_LEVEL": "ERROR"}
    if not env.get("WELCOME_VAR_DIR"):
        env["WELCOME_VAR_DIR"] = tempfile.mkdtemp(prefix="welcome-load-")
        env["TASKS_BACKEND"] = "immediate"
        for command in (["migrate", "--no-input"], ["load_ruhr_content"], ["collectstatic", "--no-input"]):
            subprocess.run(
                [PYTHON, "manage.py", *command, "-v", "0"], env=env, cwd=ROOT, check=True, capture_output=True
            )
    return env


class Gunicorn:
    def __init__(self, env, page_cache):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**env, "PAGE_CACHE": "1" if page_cache else "0"}
        config = str(ROOT / "gunicorn.conf.py")
        command = [PYTHON, "-m", "gunicorn", "welcome.wsgi", "--config", config, "--bind", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for(self.url + "/healthz", self.process)

    def cpu_seconds(self):
        """User and system CPU of gunicorn and its workers so far."""
        pids = [self.process.pid, *_children(self.process.pid)]
        return sum(_cpu_seconds(pid) for pid in pids)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


def _children(pid):
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _cpu_seconds(pid):
    # Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Nginx:
    def __init__(self, upstream, static_root):
        self.folder = Path(tempfile.mkdtemp(prefix="welcome-nginx-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = (ROOT / "deploy" / "nginx.conf").read_text()
        values = {
            "listen": f"127.0.0.1:{self.port}",
            "upstream": upstream.removeprefix("http://"),
            "cache_dir": str(self.folder / "cache"),
            "temp_dir": str(self.folder),
            "static_root": str(static_root),
        }
        for name, value in values.items():
            config = config.replace("{" + name + "}", value)
        (self.folder / "nginx.conf").write_text(f"user {getpass.getuser()};\n" + config)
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        conf = str(self.folder / "nginx.conf")
        command = [nginx, "-p", str(self.folder), "-e", str(self.folder / "error.log"), "-c", conf]
        self.process = subprocess.Popen(command)
        wait_for(self.url + "/healthz", self.process)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


def wrk(url, app=None):
    """(req/s, p50 ms, p99 ms, the app's CPU ms per request or None): each the median of ROUNDS wrk runs."""
    rounds = [_wrk_once(url, app) for _ in range(ROUNDS)]
    return tuple(None if None in values else statistics.median(values) for values in zip(*rounds, strict=True))


def _wrk_once(url, app):
    cpu_before = app.cpu_seconds() if app else 0
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "10s", "--latency", url],
        capture_output=True,
        text=True,
    ).stdout
    if "Requests/sec" not in output:
        raise SystemExit(f"wrk got no answer from {url}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    cpu = (app.cpu_seconds() - cpu_before) * 1000 / requests if app and requests else None
    return rate, _latency(output, "50%"), _latency(output, "99%"), cpu


def _latency(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def server_time(url, rounds=40):
    """p50 of one request at a time, in ms."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        urllib.request.urlopen(url).read()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _compared_sites():
    """(label, url) pairs from BENCH_COMPARE ("label=url,label=url")."""
    pairs = [item.split("=", 1) for item in os.environ.get("BENCH_COMPARE", "").split(",") if "=" in item]
    return [(label.strip(), url.strip()) for label, url in pairs]


def load_average():
    """The machine's 1-minute load average: the numbers mean little without it on a shared machine."""
    return os.getloadavg()[0]


def run_visit(base, label, app):
    results = {}
    for name, path in VISIT.items():
        urllib.request.urlopen(base + path).read()  # the first view fills the caches
        results[name] = wrk(base + path, app)
        rate, p50, p99, cpu = results[name]
        cpu = f"{cpu:8.2f}" if cpu is not None else f"{'–':>8}"
        print(f"{label:22} {name:12} {rate:9,.0f} {p50:8.1f} {p99:8.1f} {cpu} {load_average():6.2f}", flush=True)
    return results


def main():
    if not shutil.which("wrk"):
        raise SystemExit("bench/load.py needs Debian's wrk: apt-get install wrk")
    env = environment()
    database = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    cache = "Redis" if env.get("REDIS_URL") else "files"
    print(
        f"{database}, cache on {cache}; gunicorn as in gunicorn.conf.py; wrk -c{CONNECTIONS} for {SECONDS} s per page"
    )
    print(f"{'stack':22} {'page':12} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'app CPU':>8} {'load':>6}")
    app = Gunicorn(env, page_cache=False)
    try:
        article = app.url + VISIT["article"]
        urllib.request.urlopen(article).read()
        print(
            f"uncached article, one request at a time: p50 {server_time(article):.1f} ms (load {load_average():.2f})",
            flush=True,
        )
        uncached = run_visit(app.url, "app, no page cache", app)
    finally:
        app.stop()
    app = Gunicorn(env, page_cache=True)
    proxy = None
    try:
        cached = run_visit(app.url, "app + page cache", app)
        proxy = Nginx(app.url, Path(env["WELCOME_VAR_DIR"]) / "static")
        proxied = run_visit(proxy.url, "nginx + app", app)
        html = urllib.request.urlopen(proxy.url + "/en/").read().decode()
        stylesheet = re.search(r'rel="stylesheet" href="([^"]+)"', html).group(1)
        static = wrk(proxy.url + stylesheet)
        print(
            f"{'nginx static file':22} {'welcome.css':12} {static[0]:9,.0f} {static[1]:8.1f} {static[2]:8.1f}"
            f" {'':8} {load_average():6.2f}"
        )
    finally:
        if proxy:
            proxy.stop()
        app.stop()
    for label, url in _compared_sites():
        rate, p50, p99, _cpu = wrk(url)
        print(f"{'compared':22} {label:12} {rate:9,.0f} {p50:8.1f} {p99:8.1f} {'':8} {load_average():6.2f}", flush=True)
    print("\nrelative to the uncached app (req/s):")
    for name in VISIT:
        base = uncached[name][0]
        print(
            f"  {name:12} page cache {cached[name][0] / base:6.1f}x   proxy {proxied[name][0] / base:7.1f}x"
            f"   proxy / nginx static {proxied[name][0] / static[0]:5.0%}"
        )


if __name__ == "__main__":
    main()
