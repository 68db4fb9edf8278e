"""What each page type costs a reader on a slow line: bytes and requests of its first view.

Prints, for every page type in English and Arabic: the HTML and the CSS, JS and images a
browser fetches before it can show the page, compressed as served (gzip; brotli where the
static file has a .br copy), and how many requests that takes. Budget: 14 KB compressed (what
fits in the first round trips of a new connection), nothing from another host.
"""

import gzip
import re
import statistics
import time

from _setup import portal

BUDGET = 14 * 1024
PAGE_TYPES = {
    "home": "/{lang}/",
    "section": "/{lang}/visa/",
    "article": "/{lang}/visa/overview/",
    "city": "/{lang}/cities/dortmund/",
    "search": "/{lang}/search/?q=blue+card",
    "guides list": "/{lang}/guides/",
    "guide profile": "/{lang}/guides/{guide}/",
    "places": "/{lang}/places/",
    "events": "/{lang}/events/",
    "path question": "/{lang}/path/",
    "path result": "/{lang}/path/result/?purpose=work_offer&where_now=abroad&citizenship=IN&qualification=degree&qualification_country=other&field=other"
    "&recognised=no&salary=50700&german=none&family=none&city=dortmund",
    "not found": "/{lang}/no-such-page/",
}


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def first_view(client, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    html_gz = body_of(response)
    html = gzip.decompress(html_gz) if response.get("Content-Encoding") == "gzip" else html_gz
    text = html.decode()
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text) + re.findall(r'<script[^>]+src="([^"]+)"', text)
    assets += [src for tag, src in re.findall(r'(<img[^>]+src="([^"]+)")', text) if 'loading="lazy"' not in tag]
    external = [asset for asset in assets if asset.startswith("http")]
    gzip_sizes, brotli_sizes = {}, {}
    for asset in assets:
        if asset.startswith("/"):
            gzip_sizes[asset] = len(body_of(client.get(asset, HTTP_ACCEPT_ENCODING="gzip")))
            brotli_sizes[asset] = len(body_of(client.get(asset, HTTP_ACCEPT_ENCODING="br, gzip")))
    return response.status_code, len(html_gz), len(html), gzip_sizes, brotli_sizes, external


def main():
    client = portal(sample_data=True)
    from welcome.guides.models import Guide

    guide = Guide.objects.filter(status="active").first().pk
    print(f"budget for a first view: {BUDGET:,} bytes compressed")
    print(
        f"{'page':28} {'status':>6} {'html gz':>8} {'html raw':>9} {'css+js gz':>10} {'css+js br':>10} {'total':>7} {'req':>4}"
    )
    over = []
    for lang in ("en", "ar"):
        for name, pattern in PAGE_TYPES.items():
            url = pattern.format(lang=lang, guide=guide)
            status, html_gz, html_raw, gzip_sizes, brotli_sizes, external = first_view(client, url)
            total = html_gz + sum(brotli_sizes.values())
            flag = "  OVER BUDGET" if total > BUDGET else ""
            flag += f"  EXTERNAL: {external}" if external else ""
            print(
                f"{name + ' (' + lang + ')':28} {status:6} {html_gz:8,} {html_raw:9,} {sum(gzip_sizes.values()):10,}"
                f" {sum(brotli_sizes.values()):10,} {total:7,} {1 + len(gzip_sizes):4}{flag}"
            )
            if total > BUDGET:
                over.append(url)
    print(f"over budget: {', '.join(over) if over else 'none'}")
    timings = []
    for _ in range(30):
        start = time.perf_counter()
        client.get("/en/visa/overview/")
        timings.append((time.perf_counter() - start) * 1000)
    print(
        f"render /en/visa/overview/ (page cache on): median {statistics.median(timings):.1f} ms, "
        f"p95 {sorted(timings)[int(len(timings) * 0.95) - 1]:.1f} ms over {len(timings)} requests"
    )


if __name__ == "__main__":
    main()
