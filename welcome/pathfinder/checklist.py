"""Turns a reader's answers into their checklist, by the rules editors maintain."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.db.models import F, Prefetch, Q, prefetch_related_objects
from django.urls import reverse
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Page

from welcome.content.figure_tokens import figure_text
from welcome.content.figures import Figure
from welcome.content.links import reading_order
from welcome.content.models import CityPage
from welcome.core.links import PageLink
from welcome.core.region import city_choices, city_label

from . import questions
from .models import PLACEHOLDER, ROUTE_GROUP, ChecklistStep, Fact, Operator, Phase, PortalLink, StepText

PHASE_ORDER = [phase for phase, _label in Phase.choices]
GERMAN_BELOW_B2 = ("none", "a1", "a2", "b1")


@dataclass
class Link:
    title: str
    url: str
    language: str = ""


@dataclass
class ChecklistItem:
    key: str
    title: str
    paragraphs: list
    language: str
    reviewed: bool
    reasons: list
    links: list = field(default_factory=list)


@dataclass
class Checklist:
    route: ChecklistItem | None
    phases: list  # [(label, [ChecklistItem, …])]
    thresholds: list  # the figures the checklist names
    city_page: PageLink | None
    unreviewed_text: bool

    @property
    def thresholds_outdated(self):
        return any(not figure.is_in_force() for figure in self.thresholds)


def phase_labels(facts):
    """(phase, label) in order; someone who already lives in Germany has no departure to prepare."""
    if facts["where_now"] in ("", "abroad"):
        return [(phase, str(label)) for phase, label in Phase.choices]
    return [
        (Phase.BEFORE_DEPARTURE, _("Now")),
        (Phase.FIRST_WEEKS, _("In the next weeks")),
        (Phase.FIRST_MONTHS, _("In the coming months")),
    ]


def salary_thresholds():
    """The figures the salary rules compare with: the salary question offers a band below and above each."""
    return list(Figure.objects.filter(path_conditions__fact=Fact.SALARY).distinct())


def build_checklist(answers, language, request=None):
    """The steps that apply to these answers, grouped by phase, in the reader's language."""
    facts = answers.facts()
    thresholds = {figure.key: figure for figure in Figure.objects.all()}
    # The linked page's translation key is all a step needs of it: links are read for all steps at once.
    steps = (
        ChecklistStep.objects.filter(active=True)
        .annotate(page_key=F("page__translation_key"))
        .prefetch_related("conditions__figure")
    )
    steps = sorted(steps, key=lambda step: (PHASE_ORDER.index(step.phase), step.position, step.key))
    applying, taken_groups = [], set()
    for step in steps:
        if step.group and step.group in taken_groups:
            continue
        if not step.applies_to(facts):
            continue
        if step.group:
            taken_groups.add(step.group)
        applying.append(step)
    # Texts only for the steps that apply: reading a text's translation state is the costly part.
    prefetch_related_objects(applying, Prefetch("texts", queryset=StepText.objects.readable_in(language)))
    links = _LinkFinder(language, facts, request, applying)
    route, by_phase, used_thresholds = None, {phase: [] for phase in PHASE_ORDER}, set()
    for step in applying:
        item = _item(step, facts, language, thresholds, links, used_thresholds)
        if item is None:
            continue
        if step.group == ROUTE_GROUP:
            route = item
        else:
            by_phase[step.phase].append(item)
    items = [route, *[item for phase in by_phase.values() for item in phase]]
    return Checklist(
        route=route,
        phases=[(label, by_phase[phase]) for phase, label in phase_labels(facts) if by_phase[phase]],
        thresholds=sorted((thresholds[key] for key in used_thresholds), key=lambda figure: figure.value),
        city_page=links.city_page(),
        unreviewed_text=any(item and not item.reviewed for item in items),
    )


def _item(step, facts, language, thresholds, links, used_thresholds):
    text, text_language = step.text_for(language)
    if text is None:
        return None

    def fill(string):
        def amount(match):
            figure = thresholds.get(match.group(1))
            if figure is None:
                return match.group(0)
            used_thresholds.add(figure.key)
            return _figure_with_year(figure)

        return PLACEHOLDER.sub(amount, string)

    for condition in step.conditions.all():
        if condition.figure_id:
            used_thresholds.add(condition.figure.key)
    return ChecklistItem(
        key=step.key,
        title=fill(text.title),
        # Line breaks inside a paragraph are only how the text was typed.
        paragraphs=[fill(" ".join(paragraph.split())) for paragraph in text.text.split("\n\n") if paragraph.strip()],
        language=text_language,
        reviewed=not text.unreviewed,
        reasons=reasons_for(step, facts),
        links=[link for link in (links.page(step.page_key), links.place(step), links.portal(step.portal_link)) if link],
    )


def _figure_with_year(figure):
    """As the pages show it ("figure for 2025" when not in force), with the year it is set for, if any."""
    text = figure_text(figure)
    return f"{text} ({figure.year})" if figure.year and figure.is_in_force() else text


def reasons_for(step, facts):
    """Why a step applies, in the reader's words: the answers its conditions looked at."""
    reasons = []
    for condition in step.conditions.all():
        for reason in _describe(condition, facts):
            if reason not in reasons:
                reasons.append(reason)
    return reasons


def _describe(condition, facts):
    fact = condition.fact
    if fact == Fact.SALARY:
        amount = _figure_with_year(condition.figure)
        if condition.operator == Operator.AT_LEAST:
            return [_("gross salary of at least %(amount)s") % {"amount": amount}]
        return [_("gross salary below %(amount)s") % {"amount": amount}]
    if fact in (Fact.CITIZENSHIP, Fact.CITIZENSHIP_GROUP):
        return [
            _("citizenship: %(country)s") % {"country": countries.name(facts["citizenship"]) or facts["citizenship"]}
        ]
    if fact == Fact.JOB_OFFER:
        return [_("you have a job offer") if facts["job_offer"] == "yes" else _("no job offer yet")]
    if fact == Fact.CITY:
        return [city_label(facts["city"]) if facts["city"] in dict(city_choices()) else _("city not decided yet")]
    if fact == Fact.FAMILY:
        labels = dict(questions.FAMILY)
        chosen = [
            labels[code]
            for code in facts["family"]
            if code in condition.codes or condition.operator == Operator.IS_NONE_OF
        ]
        return [str(label) for label in chosen] or [_("you come alone")]
    labels = dict(
        {
            Fact.PURPOSE: questions.PURPOSES,
            Fact.WHERE_NOW: questions.WHERE_NOW,
            Fact.PARTNER_PERMIT: questions.PARTNER_PERMITS,
            Fact.QUALIFICATION: questions.QUALIFICATIONS,
            Fact.QUALIFICATION_COUNTRY: questions.QUALIFICATION_COUNTRIES,
            Fact.FIELD: questions.FIELDS,
            Fact.RECOGNISED: questions.RECOGNITION,
            Fact.GERMAN: questions.GERMAN_LEVELS,
        }[fact]
    )
    code = facts[fact]
    if not code:
        return []
    label = labels.get(code, code)
    if fact == Fact.GERMAN:
        return [_("German: %(level)s") % {"level": label}]
    worded = {
        Fact.RECOGNISED: _("recognition: %(answer)s"),
        Fact.WHERE_NOW: _("where you live now: %(answer)s"),
        Fact.PARTNER_PERMIT: _("your partner: %(answer)s"),
        Fact.QUALIFICATION_COUNTRY: _("where you gained your qualification: %(answer)s"),
    }.get(fact)
    return [worded % {"answer": label} if worded else str(label)]


class _LinkFinder:
    """Finds a step's links in the reader's language: a portal page, an office, a part of the portal.

    Pages and offices for all steps are read in one query each, not one per step.
    """

    def __init__(self, language, facts, request, steps):
        self.language = language
        self.city = facts["city"] if facts["city"] in dict(city_choices()) else ""
        self.german = facts.get("german", "")
        self.request = request
        # The reader's language, then its fallback chain (welcome.content.links decides for every link).
        self.languages = reading_order(language)
        self.city_key = (
            CityPage.objects.filter(slug=self.city, locale__language_code=settings.LANGUAGE_CODE)
            .values_list("translation_key", flat=True)
            .first()
            if self.city
            else None
        )
        self.pages = self._load_pages(steps)
        self.places = self._load_places(steps)

    def _load_pages(self, steps):
        keys = ({step.page_key for step in steps} | {self.city_key}) - {None}
        pages = Page.objects.live().filter(translation_key__in=keys, locale__language_code__in=self.languages)
        return {(page.translation_key, page.locale.language_code): page for page in pages.select_related("locale")}

    def _load_places(self, steps):
        if not apps.is_installed("welcome.places"):
            return []
        slugs = {step.place_slug for step in steps if step.place_slug}
        kinds = {step.city_place_kind for step in steps if step.city_place_kind}
        query = Q(slug__in=slugs) | Q(kind__in=kinds, city__in={self.city, ""})
        return list(apps.get_model("places", "Place").objects.filter(query))

    def _page_by(self, key):
        for code in self.languages:
            page = self.pages.get((key, code))
            if page is not None:
                return PageLink(page.get_url(self.request), page.title, code)
        return None

    def page(self, translation_key):
        return self._page_by(translation_key) if translation_key else None

    def place(self, step):
        place = None
        if step.place_slug:
            place = next((place for place in self.places if place.slug == step.place_slug), None)
        elif step.city_place_kind:
            # The office in the reader's city; else one that serves the whole region (online counselling).
            candidates = [
                place for place in self.places if place.kind == step.city_place_kind and place.city in (self.city, "")
            ]
            place = min(
                candidates, key=lambda place: (place.city != self.city, not place.verified, place.name), default=None
            )
        if place is None:
            return None
        label = f"{place.name}, {place.town}" if place.town else place.name
        return Link(label, place.get_absolute_url(), settings.LANGUAGE_CODE)

    def portal(self, portal_link):
        if not portal_link or portal_link not in settings.WELCOME_FEATURES:
            return None
        city = {"city": self.city} if self.city else {}
        if portal_link == PortalLink.GUIDES:
            query = urlencode({"languages": self.language, **city})
            return Link(_("Find a Welcome.Guide who speaks your language"), f"{reverse('guides:match')}?{query}")
        if portal_link == PortalLink.PLACES:
            return Link(
                _("Offices and services in your city"), f"{reverse('places:index')}?{urlencode(city)}".rstrip("?")
            )
        if portal_link == PortalLink.STUDY:
            return self._study_programmes()
        return Link(_("Events near you"), f"{reverse('events:index')}?{urlencode(city)}".rstrip("?"))

    def _study_programmes(self):
        # Programmes taught in German ask for about C1; below B2 the English-taught ones are the realistic start.
        if self.german in GERMAN_BELOW_B2:
            return Link(_("Study programmes taught in English"), f"{reverse('study:index')}?teaching_language=en")
        return Link(_("Find a study programme"), reverse("study:index"))

    def city_page(self):
        return self._page_by(self.city_key) if self.city_key else None
