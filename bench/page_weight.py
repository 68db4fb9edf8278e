"""What an article page costs a reader on a slow line: bytes and requests of its first view.

Prints, for a few article pages: the HTML, CSS, JS and image bytes a browser fetches before
it can show the page (gzip, as served), and how many requests that takes. Budget: 50 KB, 6
requests, nothing from another host.
"""

import gzip
import re
import statistics
import time

from _setup import portal

PAGES = [
    "/en/visa/blue-card/",
    "/ar/visa/overview/",
    "/de/recognition/overview/",
    "/uk/first-steps/checklist/",
    "/de/cities/dortmund/",
]


def first_view(client, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    html_gz = response.content
    html = gzip.decompress(html_gz) if response.get("Content-Encoding") == "gzip" else html_gz
    text = html.decode()
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text) + re.findall(r'<script[^>]+src="([^"]+)"', text)
    assets += [src for tag, src in re.findall(r'(<img[^>]+src="([^"]+)")', text) if 'loading="lazy"' not in tag]
    external = [a for a in assets if a.startswith("http")]
    sizes = {}
    for asset in assets:
        if asset.startswith("/"):
            asset_response = client.get(asset, HTTP_ACCEPT_ENCODING="gzip")
            body = b"".join(asset_response.streaming_content) if asset_response.streaming else asset_response.content
            sizes[asset] = len(body)
    return len(html_gz), len(html), sizes, external


def main():
    client = portal()
    print(f"{'page':36} {'html gz':>8} {'html raw':>9} {'assets gz':>10} {'total gz':>9} {'requests':>9}")
    for url in PAGES:
        html_gz, html_raw, sizes, external = first_view(client, url)
        total = html_gz + sum(sizes.values())
        print(
            f"{url:36} {html_gz:8,} {html_raw:9,} {sum(sizes.values()):10,} {total:9,} {1 + len(sizes):9}"
            + (f"  EXTERNAL: {external}" if external else "")
        )
    timings = []
    for _ in range(30):
        start = time.perf_counter()
        client.get("/en/visa/blue-card/")
        timings.append((time.perf_counter() - start) * 1000)
    print(
        f"render /en/visa/blue-card/: median {statistics.median(timings):.1f} ms, "
        f"p95 {sorted(timings)[int(len(timings) * 0.95) - 1]:.1f} ms over {len(timings)} requests"
    )


if __name__ == "__main__":
    main()
