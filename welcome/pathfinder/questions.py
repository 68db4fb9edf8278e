"""The path check's questions, and the reader's answers read from the address.

Nothing is stored: the answers live in the query string, so a result can be bookmarked, shared or
printed. The questions and their answer codes are code (the rules refer to them); what follows
from an answer is data that editors maintain (see models.py).
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from welcome.content.figures import euros
from welcome.core.region import city_label_choices

# EU member states, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland: free movement.
FREE_MOVEMENT_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH".split()
)

PURPOSES = [
    ("work_offer", _("Work: I have a job offer")),
    ("job_search", _("Work: I want to look for a job in Germany")),
    ("training", _("Vocational training in a company or a vocational school")),
    ("study", _("Study, or prepare for studying")),
    ("research", _("Research or a doctorate")),
    ("business", _("Start a business or work as a freelancer")),
    ("partner", _("Join my spouse or registered partner who lives in Germany")),
    ("family", _("Join other family members who live in Germany, for example my parents")),
]
WHERE_NOW = [
    ("abroad", _("Abroad")),
    ("germany_study", _("In Germany: I study or train here, or have just finished")),
    ("germany_permit", _("In Germany with another residence permit or a visa")),
    ("protection", _("In Germany with temporary protection (section 24), for example after fleeing Ukraine")),
]
PARTNER_PERMITS = [
    ("german", _("German citizenship")),
    ("eu", _("Citizenship of another EU country, the EEA or Switzerland")),
    ("skilled", _("EU Blue Card, skilled worker or researcher permit")),
    ("other", _("Another permit, for example a settlement permit, protection or a study permit")),
]
QUALIFICATIONS = [
    ("degree", _("A university degree")),
    ("vocational", _("A vocational qualification (at least two years of training)")),
    ("school", _("A school-leaving certificate")),
    ("none", _("No formal qualification yet")),
]
FIELDS = [
    ("health", _("Health: medicine, nursing, therapy, pharmacy or another health profession")),
    ("teaching", _("Teaching at a school")),
    ("law", _("Law")),
    ("engineering", _("Engineering")),
    ("crafts", _("A craft trade, for example electrician or baker")),
    ("other", _("Another field, for example business, IT, industry or trade")),
]
QUALIFICATION_COUNTRIES = [
    ("germany", _("In Germany")),
    ("eu", _("In another EU country, the EEA or Switzerland")),
    ("other", _("In another country")),
]
# Before the field question, the qualification answer named level and field in one code; shared links keep working.
LEGACY_QUALIFICATIONS = {
    "degree_health": ("degree", "health"),
    "degree_teacher": ("degree", "teaching"),
    "degree_other": ("degree", "other"),
    "vocational_health": ("vocational", "health"),
    "vocational_craft": ("vocational", "crafts"),
    "vocational_other": ("vocational", "other"),
}
RECOGNITION = [
    ("yes", _("Yes, it is recognised in Germany")),
    ("started", _("I have applied, or the procedure has started")),
    ("no", _("No, not yet")),
    ("unsure", _("I do not know")),
]
GERMAN_LEVELS = [
    ("none", _("None yet")),
    ("a1", _("Beginner (A1)")),
    ("a2", _("Elementary (A2)")),
    ("b1", _("Intermediate (B1)")),
    ("b2", _("Upper intermediate (B2)")),
    ("c1", _("Advanced (C1 or higher)")),
]
FAMILY = [
    ("partner", _("My partner (spouse or registered partner)")),
    ("under3", _("Children under 3")),
    ("age3to5", _("Children from 3 to 5")),
    ("school", _("Children from 6 to 17")),
]
# Offered first in the citizenship list, then every country again in the reader's alphabet. An editorial
# choice, not a statistic: countries editors expect often, and some whose citizens may apply without a visa.
COMMON_COUNTRIES = "UA SY TR IN AF IQ IR RU NG PK EG MA VN CN BR PH US GB".split()
NO_OFFER = "none"
UNDECIDED = "undecided"
NOBODY = "none"


def country_choices():
    """All countries, named in the reader's language and sorted for it by django-countries."""
    return list(countries)


def country_groups():
    """The citizenship list as the select shows it: common countries first, then all in the reader's alphabet."""
    every = country_choices()
    return [
        (_("Common choices"), [(code, name) for code, name in every if code in COMMON_COUNTRIES]),
        (_("All countries"), every),
    ]


def salary_choices(boundaries):
    """Bands from the salary figures the rules compare with: a new one makes a new band.

    Each band's code is its lower bound in euros, so a rule "salary at least T" compares numbers.
    """
    amounts = sorted({figure.value for figure in boundaries})
    choices = [(NO_OFFER, _("No job offer yet"))]
    lower = Decimal(0)
    for amount in amounts:
        choices.append(
            (
                _amount_code(lower),
                _("Below %(amount)s a year") % {"amount": euros(amount)}
                if lower == 0
                else _("%(low)s to below %(high)s a year") % {"low": euros(lower), "high": euros(amount)},
            )
        )
        lower = amount
    choices.append((_amount_code(lower), _("%(amount)s a year or more") % {"amount": euros(lower)}))
    return choices


def _amount_code(amount):
    return f"{amount.normalize():f}"


@dataclass(frozen=True)
class Question:
    """One step of the path check: one field, one kind of input."""

    name: str
    label: str
    explanation: str
    kind: str  # "radio", "select" or "checkboxes" (which may stay empty)

    def choices(self, context):
        return CHOICES[self.name](context)

    def choice_groups(self):
        """For the long citizenship list: (group label, choices) to show as groups; None for the others."""
        return country_groups() if self.name == "citizenship" else None

    def is_asked(self, answers):
        """Whether the question matters for these answers; its condition lives in ASKED_WHEN."""
        return ASKED_WHEN.get(self.name, lambda answers: True)(answers)


def _has_qualification(answers):
    # Until the qualification is answered, its follow-up questions count: the progress never grows on the way.
    return answers.get("qualification") not in ("school", "none")


ASKED_WHEN = {
    "partner_permit": lambda answers: answers.get("purpose") == "partner",
    "qualification_country": _has_qualification,
    "field": _has_qualification,
    # A qualification gained in Germany is German: there is nothing to recognise.
    "recognised": lambda answers: _has_qualification(answers) and answers.get("qualification_country") != "germany",
    "salary": lambda answers: answers.get("purpose") not in ("study", "training"),
}

CHOICES = {
    "purpose": lambda context: PURPOSES,
    "where_now": lambda context: WHERE_NOW,
    "citizenship": lambda context: [("", _("Choose a country")), *country_choices()],
    "partner_permit": lambda context: PARTNER_PERMITS,
    "qualification": lambda context: QUALIFICATIONS,
    "qualification_country": lambda context: QUALIFICATION_COUNTRIES,
    "field": lambda context: FIELDS,
    "recognised": lambda context: RECOGNITION,
    "salary": lambda context: salary_choices(context["salary_thresholds"]),
    "german": lambda context: GERMAN_LEVELS,
    "family": lambda context: FAMILY,
    "city": lambda context: [*city_label_choices(), (UNDECIDED, _("Not decided yet"))],
}

QUESTIONS = [
    Question(
        "purpose",
        _("Why do you want to come to the Ruhr?"),
        _("Choose what matters most now. The residence route depends on it."),
        "radio",
    ),
    Question(
        "where_now",
        _("Where do you live now?"),
        _("People who already live in Germany often apply here, at the foreigners' office, instead of at an embassy."),
        "radio",
    ),
    Question(
        "citizenship",
        _("Which citizenship do you have?"),
        _(
            "Citizens of the EU, the EEA and Switzerland need no visa. If you have two citizenships, choose the one that helps more."
        ),
        "select",
    ),
    Question(
        "partner_permit",
        _("Which citizenship or residence permit does your spouse or partner in Germany have?"),
        _("What you need for the visa depends on it, for example whether you must show basic German."),
        "radio",
    ),
    Question(
        "qualification",
        _("What is your highest qualification?"),
        _("It decides which routes are open to you. A school-leaving certificate counts if it is your highest one."),
        "radio",
    ),
    Question(
        "qualification_country",
        _("Where did you gain this qualification?"),
        _("A qualification from abroad is checked by a German office; the office can depend on where you gained it."),
        "radio",
    ),
    Question(
        "field",
        _("In which field is your qualification?"),
        _(
            "Some professions are regulated: you may only work in them, or use their title, once an office has recognised your qualification."
        ),
        "radio",
    ),
    Question(
        "recognised",
        _("Is your qualification already recognised in Germany?"),
        _(
            "Recognised means a German office has confirmed that it is equivalent or comparable to a German qualification."
        ),
        "radio",
    ),
    Question(
        "salary",
        _("Do you have a job offer, and what is the gross annual salary?"),
        _(
            "Gross means before tax and social insurance. Some routes need a minimum salary; the amounts change every year."
        ),
        "radio",
    ),
    Question(
        "german",
        _("How good is your German?"),
        _("A guess is enough. Many jobs need little German at the start, but everyday life is easier with it."),
        "radio",
    ),
    Question(
        "family",
        _("Who comes with you?"),
        _("Tick everyone who comes with you or joins you later. Leave everything empty if you come alone."),
        "checkboxes",
    ),
    Question(
        "city",
        _("Where in the Ruhr will you live?"),
        _("We then show you the offices in your city or district."),
        "radio",
    ),
]
QUESTION_NAMES = [question.name for question in QUESTIONS]


@dataclass
class Answers:
    """The reader's answers, as far as they are valid; `invalid` names the ones we could not use."""

    values: dict = field(default_factory=dict)
    invalid: set = field(default_factory=set)

    def get(self, name, default=""):
        return self.values.get(name, default)

    def asked_questions(self):
        return [question for question in QUESTIONS if question.is_asked(self.values)]

    def first_open_question(self):
        """The first question still to answer (unanswered or invalid), or None when all are done."""
        for question in self.asked_questions():
            if question.name in self.invalid or question.name not in self.values:
                return question
        return None

    def facts(self):
        """What the rules look at: the answers plus a few facts derived from them."""
        citizenship = self.get("citizenship")
        salary = self.get("salary", NO_OFFER)
        asked = {question.name for question in self.asked_questions()}

        def answer(name):
            return self.get(name) if name in asked else ""

        recognised = answer("recognised")
        if "field" in asked and self.get("qualification_country") == "germany":
            recognised = "yes"  # a German qualification needs no recognition
        return {
            "purpose": self.get("purpose"),
            "where_now": self.get("where_now"),
            "citizenship": citizenship,
            "citizenship_group": "eu" if citizenship in FREE_MOVEMENT_COUNTRIES else "other",
            "partner_permit": answer("partner_permit"),
            "qualification": self.get("qualification"),
            "qualification_country": answer("qualification_country"),
            "field": answer("field"),
            "recognised": recognised,
            "job_offer": "no" if salary in ("", NO_OFFER) else "yes",
            "salary": None if salary in ("", NO_OFFER) else Decimal(salary),
            "german": self.get("german"),
            "family": [code for code in self.get("family", []) if code != NOBODY],
            "city": self.get("city"),
        }

    def query(self, without=()):
        """The answers as a query string, in question order, for links and the shareable address."""
        query = QueryDict(mutable=True)
        for name in QUESTION_NAMES:
            if name in self.values and name not in without:
                value = self.values[name]
                query.setlist(name, value if isinstance(value, list) else [value])
        return query.urlencode()


def read_answers(params, context):
    """Reads the answers from a query string; unknown values are reported, never fatal."""
    answers = Answers()
    params = _with_legacy_qualification(params)
    for question in QUESTIONS:
        if question.name not in params:
            continue
        allowed = {code for code, _label in question.choices(context) if code}
        if question.kind == "checkboxes":
            picked = [value for value in params.getlist(question.name) if value]
            if any(value not in allowed | {NOBODY} for value in picked):
                answers.invalid.add(question.name)
            answers.values[question.name] = [value for value in picked if value in allowed] or [NOBODY]
            continue
        value = params.get(question.name, "")
        if question.name == "salary" and value not in allowed:
            value = _salary_code(value)
        if value in allowed or (question.name == "salary" and value):
            answers.values[question.name] = value
        else:
            answers.invalid.add(question.name)
    return answers


def _with_legacy_qualification(params):
    """An old combined code such as vocational_health becomes qualification=vocational and field=health."""
    legacy = LEGACY_QUALIFICATIONS.get(params.get("qualification", ""))
    if legacy is None:
        return params
    params = params.copy()
    params["qualification"] = legacy[0]
    params.setdefault("field", legacy[1])
    return params


def _salary_code(value):
    """A salary band from an older threshold (a shared link from last year) is still a number we can compare."""
    if value == NO_OFFER:
        return value
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError):
        return ""
    return _amount_code(amount) if amount.is_finite() and 0 <= amount < 10_000_000 else ""
