"""A crawl of the running portal: every page of the sitemap in every language, every internal
link on those pages, and every GET form submitted with the choices it offers.

No page may answer 5xx and no internal link may be dead (any 4xx, a 404 always), and no link may
lead into another language without saying so: it needs hreflang and, in its text, the target
language's own name (the language switcher) or the reader's "(in English)" label. Plain HTTP,
no browser, several requests at once, so the whole crawl stays within a few minutes.
Bounds: each URL is fetched once; /admin/ and /django-admin/ are left to the role matrix;
newcomers' private links (/<lang>/guides/c/…) are never followed; a form is submitted with every
choice it offers in the first language it is met in, and with a spread of them in the others.
"""

import http.client
import queue
import threading
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import pytest
from django.utils import translation

from welcome.core.languages import in_language, language_codes, language_name

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SKIPPED_PREFIXES = ("/admin/", "/django-admin/")
PRIVATE_PARTS = ("/guides/c/",)
SAMPLE_OPTIONS = 2
PARALLEL = 8
MAX_PARSE_DEPTH = 2  # sitemap pages, what they link to (the app pages), and one step further (matching)
# Past the sitemap pages, links that differ only in their query's values (filter combinations, pages of
# results) are followed this many times per address and set of parameters; every form choice is
# still submitted from the pages that offer it.
QUERY_SAMPLES = 3


@dataclass
class Link:
    href: str
    hreflang: str = ""
    text: str = ""
    labelled: bool = False  # it, or an element in it, is marked as naming the language (class link-language)


@dataclass
class Form:
    action: str
    fields: dict = field(default_factory=dict)  # name: default value
    choices: dict = field(default_factory=dict)  # name: offered values (select options, radios, checkboxes)


class PageParser(HTMLParser):
    """The links and the GET forms of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms = [], []
        self.language = ""
        self._form = self._select = self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._link is not None and "link-language" in (attrs.get("class") or "").split():
            self._link.labelled = True
        if tag == "html":
            self.language = attrs.get("lang", "")
        elif tag == "a" and attrs.get("href"):
            self._link = Link(attrs["href"], attrs.get("hreflang", ""))
            self._link.labelled = "link-language" in (attrs.get("class") or "").split()
            self.links.append(self._link)
        elif tag == "form" and attrs.get("method", "get").lower() == "get":
            self._form = Form(action=attrs.get("action") or "")
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "option" and self._select:
            self._form.choices[self._select].append(attrs.get("value", ""))
        elif not attrs.get("name"):
            return
        elif tag == "input" and attrs.get("type", "text") in ("radio", "checkbox"):
            self._form.choices.setdefault(attrs["name"], []).append(attrs.get("value", "on"))
            if "checked" in attrs:
                self._form.fields[attrs["name"]] = attrs.get("value", "on")
        elif tag == "input" and attrs.get("type") not in ("submit", "button", "reset", "image"):
            self._form.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "select":
            self._select = attrs["name"]
            self._form.choices.setdefault(self._select, [])
        elif tag == "textarea":
            self._form.fields[attrs["name"]] = ""

    def handle_data(self, data):
        if self._link is not None:
            self._link.text += data

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None
        elif tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def unlabelled_language_change(page_language, target_path, link):
    """Why a link leaves the reader's language without saying so, or None when it is honest.

    A link says so when it carries hreflang for the target's language and names that language:
    its own name ("English", as the language switcher does), the reader's label ("(in English)"
    in their language), or an element marked class="link-language".
    """
    target_language = target_path.split("/")[1] if target_path.count("/") >= 2 else ""
    if page_language not in language_codes() or target_language not in language_codes():
        return None
    if target_language == page_language:
        return None
    with translation.override(page_language):
        label = in_language(target_language)
    named = link.labelled or language_name(target_language) in link.text or label in link.text
    if link.hreflang == target_language and named:
        return None
    return (
        f"leaves {page_language} for {target_language} without saying so: {link.href} "
        f'(text "{" ".join(link.text.split())}"; needs hreflang="{target_language}" and "({label})")'
    )


class Crawler:
    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.seen = set()
        self.lock = threading.Lock()
        self.failures = []
        self.counts = {"pages": 0, "links": 0, "submissions": 0}
        self.forms = set()
        self.query_patterns = {}

    def _fetch(self, path):
        """One request on a connection of its own. The portal's workers each listen on a socket of
        their own, and the kernel gives each new connection to one of them: kept alive, the
        crawl's few connections could all land on one worker (a third slower)."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response, response.read()
        finally:
            connection.close()

    def get(self, path, redirects=5):
        """(status, body, final path) of a GET, following redirects within the portal."""
        for _ in range(redirects + 1):
            response, body = self._fetch(path)
            if response.status in (301, 302, 303, 307, 308):
                location = urlsplit(urljoin(path, response.getheader("Location")))
                if location.hostname not in (None, self.host):
                    return response.status, b"", path
                path = urlunsplit(("", "", location.path, location.query, ""))
                continue
            return response.status, body, path
        return 310, b"", path

    def internal_path(self, page_path, href):
        """The portal path an href leads to, or None for other hosts, private links and the admin."""
        target = urlsplit(urljoin(f"http://{self.host}:{self.port}{page_path}", href))
        if target.scheme not in ("http", "https") or (target.hostname, target.port) != (self.host, self.port):
            return None
        if target.path.startswith(SKIPPED_PREFIXES) or any(part in target.path for part in PRIVATE_PARTS):
            return None
        return urlunsplit(("", "", target.path, target.query, ""))

    def sampled(self, target, depth):
        """Whether to follow a link: always from the sitemap's pages, past them a few per query pattern."""
        parts = urlsplit(target)
        if depth == 0 or not parts.query:
            return True
        pattern = (parts.path, tuple(sorted(parse_qs(parts.query, keep_blank_values=True))))
        with self.lock:
            seen = self.query_patterns.get(pattern, 0)
            self.query_patterns[pattern] = seen + 1
        return seen < QUERY_SAMPLES

    def claim(self, path):
        with self.lock:
            if path in self.seen:
                return False
            self.seen.add(path)
            return True

    def check(self, path, referrer, kind):
        """Fetches a path; returns its body when it answered 200 with HTML."""
        status, body, final = self.get(path)
        with self.lock:
            self.counts[kind] += 1
            if status >= 400:
                self.failures.append(f"{status} {path} (from {referrer})")
        return body if status == 200 else None

    def submissions(self, page_path, form):
        """One query per offered choice, the other fields at their defaults.

        The first language a form is met in gets every choice; the others a spread of
        SAMPLE_OPTIONS choices per field (the values are the same in every language).
        """
        action = self.internal_path(page_path, form.action or page_path)
        if action is None:
            return []
        base = action.split("?")[0]
        form_key = base.split("/", 2)[-1]
        queries = [dict(form.fields)]
        for name, values in form.choices.items():
            with self.lock:
                first_time = (form_key, name) not in self.forms
                self.forms.add((form_key, name))
            if not first_time and len(values) > SAMPLE_OPTIONS:
                step = len(values) / SAMPLE_OPTIONS
                values = [values[int(i * step)] for i in range(SAMPLE_OPTIONS)] + [values[-1]]
            queries += [{**form.fields, name: value} for value in values]
        return [f"{base}?{urlencode(query)}" for query in queries]

    def visit(self, path, referrer, depth, kind):
        """Checks one page. Pages of the sitemap (depth 0) and the pages they link to (depth 1)
        also have their links and GET forms checked; what those lead to is only fetched."""
        body = self.check(path, referrer, kind)
        if body is None or depth >= MAX_PARSE_DEPTH + 1:
            return []
        parser = PageParser()
        parser.feed(body.decode("utf-8", "replace"))
        links = set()
        for link in parser.links:
            target = self.internal_path(path, link.href)
            if target is None:
                continue
            if self.sampled(target, depth):
                links.add(target)
            if problem := unlabelled_language_change(parser.language, target, link):
                with self.lock:
                    self.failures.append(f"{path}: {problem}")
        follow = [(link, path, depth + 1, "links") for link in links]
        for form in parser.forms:
            follow += [(query, path, MAX_PARSE_DEPTH + 1, "submissions") for query in self.submissions(path, form)]
        return follow

    def run(self, start_paths):
        """Visits the start paths and everything they lead to, PARALLEL at a time; each path once.

        A path is claimed as it is queued, so the queue only ever holds paths not yet fetched (waiting
        on a set of futures, one per link found, had cost more CPU than the parsing).
        """
        work, errors, stop = queue.Queue(), [], threading.Event()

        def enqueue(path, referrer, depth, kind):
            if self.claim(path):
                work.put((path, referrer, depth, kind))

        def worker():
            while not stop.is_set():
                try:
                    item = work.get(timeout=0.5)
                except queue.Empty:
                    continue
                try:
                    for follow in self.visit(*item):
                        enqueue(*follow)
                except Exception as error:  # raised in the test's thread below
                    errors.append(error)
                finally:
                    work.task_done()

        for path in start_paths:
            enqueue(path, "the sitemap", 0, "pages")
        threads = [threading.Thread(target=worker, daemon=True) for _ in range(PARALLEL)]
        for thread in threads:
            thread.start()
        try:
            with work.all_tasks_done:
                while work.unfinished_tasks and not errors:
                    work.all_tasks_done.wait(1)
        finally:
            # On a failure or a timeout, stop at once instead of working off the queue.
            stop.set()
        if errors:
            raise errors[0]
        return self


def sitemap_paths(crawler, address="/sitemap.xml"):
    """Every page of the sitemap, in every language it lists (its hreflang alternates too); a
    sitemap index (one sitemap per language) is followed into each of its sitemaps."""
    status, body, _ = crawler.get(address)
    assert status == 200, f"{address} answered {status}"
    root = ElementTree.fromstring(body)
    paths = set()
    for sitemap in root.iterfind("s:sitemap/s:loc", SITEMAP_NS):
        paths |= set(sitemap_paths(crawler, crawler.internal_path("/", sitemap.text)))
    urls = [loc.text for loc in root.iterfind("s:url/s:loc", SITEMAP_NS)]
    urls += [link.get("href") for link in root.iterfind("s:url/x:link", SITEMAP_NS)]
    return sorted(paths | {crawler.internal_path("/", url) for url in urls} - {None})


# The first test of a session also starts the portal (migrate, load the Ruhr content).
@pytest.mark.timeout(1800)
@pytest.mark.pages_as_read
def test_every_page_link_and_get_form_answers(portal):
    crawler = Crawler(portal.url)
    started = time.monotonic()
    start = sitemap_paths(crawler)
    assert len(start) >= 10 * 50, f"the sitemap lists only {len(start)} pages"
    crawler.run(start)
    elapsed = time.monotonic() - started
    counts = crawler.counts
    print(
        f"\ncrawl: {len(start)} sitemap pages in every language; fetched {counts['pages']} pages, "
        f"{counts['links']} further links, {counts['submissions']} submissions of GET forms ({len(crawler.forms)} fields at "
        f"{len({form for form, _field in crawler.forms})} addresses); "
        f"{len(crawler.failures)} failures; {elapsed:.0f} s"
    )
    assert crawler.failures == [], "dead links, errors or unlabelled language changes:\n" + "\n".join(
        sorted(crawler.failures)
    )


def _links(html):
    parser = PageParser()
    parser.feed(html)
    return parser.language, parser.links


@pytest.mark.parametrize(
    "html",
    [
        '<html lang="uk"><a href="/en/work/">Робота</a></html>',
        '<html lang="uk"><a href="/en/work/" hreflang="en">Робота</a></html>',
        '<html lang="uk"><a href="/de/work/" hreflang="de">Робота <span>(англійською)</span></a></html>',
    ],
)
def test_the_crawl_fails_on_a_link_into_another_language_that_does_not_say_so(html):
    language, (link,) = _links(html)
    assert "leaves uk for" in unlabelled_language_change(language, link.href, link)


@pytest.mark.parametrize(
    "html",
    [
        '<html lang="uk"><a href="/en/work/" hreflang="en">Робота <span class="link-language">(англійською)</span></a>',
        '<html lang="uk"><a href="/en/work/" hreflang="en" lang="en">English</a></html>',
        '<html lang="uk"><a href="/uk/work/">Робота</a></html>',
        '<html lang="uk"><a href="/static/core/css/welcome.css">CSS</a></html>',
    ],
)
def test_the_crawl_accepts_links_that_stay_or_say_where_they_lead(html):
    language, (link,) = _links(html)
    assert unlabelled_language_change(language, link.href, link) is None
