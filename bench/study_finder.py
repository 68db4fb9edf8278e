"""Study finder response time with 5,000 programmes (median and p95 per request), and page weight."""

import itertools
import re
import statistics
import time

from _setup import portal

PROGRAMMES = 5000
RUNS = 40
REQUESTS = [
    ("en", ""),
    ("en", "degree=master"),
    ("en", "teaching_language=en&start=summer"),
    ("en", "degree=bachelor&teaching_language=de&subject_area=engineering&city=bochum&admission=open"),
    ("de", "q=informatik"),
    ("ar", "q=علوم+الحاسوب"),
    ("en", "q=computer+science&degree=master&teaching_language=en"),
    ("uk", "q=машинобудування&page=3"),
    ("en", "page=200"),
]


def make_programmes():
    """5,000 confirmed programmes spread over the seeded universities and every filter value."""
    import datetime

    from wagtail.models import Locale

    from welcome.core.region import city_choices
    from welcome.study.models import Admission, Degree, Programme, Start, SubjectArea, TeachingLanguage, University
    from welcome.study.search import programme_terms

    names = ["Informatik", "Maschinenbau", "Data Science", "Physik", "Wirtschaft", "Soziologie", "Musik", "Medizin"]
    combinations = itertools.cycle(
        itertools.product(Degree.values, TeachingLanguage.values, SubjectArea.values, Start.values, Admission.values)
    )
    universities = list(University.objects.all())
    cities = [slug for slug, _name in city_choices()]
    locale = Locale.get_default()
    programmes = []
    for number in range(PROGRAMMES):
        degree, language, subject, start, admission = next(combinations)
        programme = Programme(
            university=universities[number % len(universities)],
            locale=locale,
            name=f"{names[number % len(names)]} {number}",
            name_language="de",
            degree=degree,
            teaching_language=language,
            subject_area=subject,
            start=start,
            admission=admission,
            city=cities[number % len(cities)],
            standard_semesters=6,
            official_url=f"https://example.org/{number}",
            source_url=f"https://example.org/{number}",
            checked_on=datetime.date(2026, 12, 1),
            confirmed=True,
        )
        programme.search_terms = programme_terms(programme)
        programmes.append(programme)
    Programme.objects.bulk_create(programmes, batch_size=500)
    return Programme.objects.count()


def main():
    client = portal()
    print(f"programmes: {make_programmes()}")
    for language, query in REQUESTS:
        url = f"/{language}/study/programmes/?{query}"
        client.get(url)  # warm up
        timings = []
        for _run in range(RUNS):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        count = re.search(r'role="status">\D*(\d[\d.,]*)', response.content.decode()).group(1)
        print(
            f"{url:90} {count:>6} found  {len(response.content) / 1024:5.1f} KB  "
            f"median {statistics.median(timings):6.1f} ms  p95 {statistics.quantiles(timings, n=20)[-1]:6.1f} ms"
        )
    from welcome.study.models import Programme

    programme = Programme.objects.filter(confirmed=True).first()
    detail = client.get(f"/ar/study/programmes/{programme.translation_key}/")
    print(f"programme page (ar): {len(detail.content) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
