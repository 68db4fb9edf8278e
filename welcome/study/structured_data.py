"""schema.org EducationalOccupationalProgram data for a programme page, for search engines and apps."""

import json

from django.utils.safestring import mark_safe


def programme_json_ld(programme, translated, request):
    """A dict for json_script: only the facts we know; an unknown field is left out, never guessed."""
    data = {
        "@context": "https://schema.org",
        "@type": "EducationalOccupationalProgram",
        "name": programme.name,
        "url": request.build_absolute_uri(),
        "sameAs": programme.official_url,
        "provider": {
            "@type": "CollegeOrUniversity",
            "name": programme.university.name,
            "url": programme.university.website,
        },
    }
    if translated and translated.name_translation:
        data["alternateName"] = translated.name_translation
    if translated and translated.description:
        data["description"] = translated.description
    if programme.degree:
        data["educationalCredentialAwarded"] = programme.get_degree_display()
    if programme.teaching_language:
        data["inLanguage"] = programme.teaching_language.split("-")
    if programme.standard_semesters:
        data["timeToComplete"] = f"P{programme.standard_semesters * 6}M"
    if programme.city:
        data["location"] = {"@type": "Place", "name": programme.city_label}
    return data


# The characters that could end a <script> element, written as JSON escapes (as Django's json_script does).
SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def json_ld_script_body(data):
    """The JSON text to put inside <script type="application/ld+json">, safe against "</script>"."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))
