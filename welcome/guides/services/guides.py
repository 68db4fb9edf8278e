"""Becoming a guide, being one, and leaving: applications, availability, export, deletion."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from ..mail import queue_mail
from ..models import Guide, GuideApplication, GuideLanguage, GuideStory, GuideTopic
from ..privacy import normalise_address
from .protection import Rejected, check_rate, count_use, is_blocked
from .requests import _mail_coordinators, route_request

GUIDES = "Guides"


@transaction.atomic
def apply(data, language, client_ip=""):
    """Stores an application to become a guide and tells the coordinators."""
    email = normalise_address(data["email"])
    if is_blocked(email):
        raise Rejected(_("We cannot accept an application from this e-mail address."), field="email")
    check_rate("application", client_ip, email)
    if GuideApplication.objects.filter(email=email, state=GuideApplication.State.PENDING).exists():
        raise Rejected(
            _("We already have an application from this e-mail address. A coordinator will answer it soon."),
            field="email",
        )
    if get_user_model().objects.filter(email__iexact=email).exists():
        raise Rejected(
            _("There is already an account with this e-mail address. Log in, or ask for a new password."), field="email"
        )
    application = GuideApplication.objects.create(
        display_name=data["display_name"],
        email=email,
        city=data["city"],
        origin=data["origin"],
        profession=data["profession"],
        languages=list(data["languages"]),
        topics=list(data["topics"]),
        story=data["story"],
        story_language=data["story_language"],
        email_language=language,
        accepted_code_of_conduct=True,
    )
    count_use("application", client_ip, email)
    queue_mail(email, "application_received", {"application": application}, language)
    _mail_coordinators("application_waiting", {"application": application})
    return application


def create_guide(
    user, *, display_name, city, origin, profession, languages, topics, stories, email_language="de", **extra
):
    """A guide profile with its languages, topics and stories (a dict language → text)."""
    guide = Guide.objects.create(
        user=user,
        display_name=display_name,
        city=city,
        origin=origin,
        profession=profession,
        email_language=email_language,
        **extra,
    )
    GuideLanguage.objects.bulk_create([GuideLanguage(guide=guide, code=code) for code in languages])
    GuideTopic.objects.bulk_create([GuideTopic(guide=guide, code=code) for code in topics])
    GuideStory.objects.bulk_create(
        [GuideStory(guide=guide, language=lang, text=text) for lang, text in stories.items()]
    )
    user.groups.add(Group.objects.get_or_create(name=GUIDES)[0])
    return guide


def password_link_parts(user):
    """uidb64 and token for Django's one-time "set your password" link."""
    return urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)


@transaction.atomic
def approve_application(application, coordinator):
    """Creates the guide's account and profile and e-mails a link to set a password."""
    from .coordination import audit

    if application.state != GuideApplication.State.PENDING:
        raise Rejected(_("This application has already been decided."))
    User = get_user_model()
    username = application.email
    user = User.objects.create_user(username=username, email=application.email, password=secrets.token_urlsafe(24))
    guide = create_guide(
        user,
        display_name=application.display_name,
        city=application.city,
        origin=application.origin,
        profession=application.profession,
        languages=application.languages,
        topics=application.topics,
        stories={application.story_language: application.story},
        email_language=application.email_language,
    )
    application.state = GuideApplication.State.APPROVED
    application.decided_at = timezone.now()
    application.guide = guide
    application.save()
    uid, token = password_link_parts(user)
    queue_mail(
        user.email, "application_approved", {"guide": guide, "uid": uid, "token": token}, application.email_language
    )
    audit(coordinator, "approve_application", application, f"guide {guide.pk}")
    return guide


@transaction.atomic
def decline_application(application, coordinator, note):
    from .coordination import audit

    if application.state != GuideApplication.State.PENDING:
        raise Rejected(_("This application has already been decided."))
    application.state = GuideApplication.State.DECLINED
    application.decided_at = timezone.now()
    application.decision_note = note.strip()
    application.save()
    queue_mail(application.email, "application_declined", {"application": application}, application.email_language)
    audit(coordinator, "decline_application", application, note)
    # The applicant's data is kept only for the decision.
    application.email = ""
    application.story = ""
    application.save()


@transaction.atomic
def update_profile(guide, *, display_name, city, origin, profession, languages, topics, story_language, story):
    """The guide's own corrections to their public profile; the story replaces the one in that language."""
    guide.display_name, guide.city, guide.origin, guide.profession = display_name, city, origin, profession
    guide.save(update_fields=["display_name", "city", "origin", "profession"])
    guide.languages.exclude(code__in=languages).delete()
    GuideLanguage.objects.bulk_create(
        [GuideLanguage(guide=guide, code=code) for code in languages], ignore_conflicts=True
    )
    guide.topics.exclude(code__in=topics).delete()
    GuideTopic.objects.bulk_create([GuideTopic(guide=guide, code=code) for code in topics], ignore_conflicts=True)
    # A story in a language the guide no longer offers would promise what they cannot give.
    guide.stories.exclude(language__in=languages).delete()
    GuideStory.objects.update_or_create(guide=guide, language=story_language, defaults={"text": story})
    return guide


@transaction.atomic
def update_availability(guide, capacity, accepting_requests, away_until):
    """The guide's own settings: how many conversations at once, and whether they take new ones."""
    if away_until and away_until <= timezone.localdate():
        raise Rejected(
            _("The return date must be in the future. Leave it empty if you are not away."), field="away_until"
        )
    guide.capacity = capacity
    guide.accepting_requests = accepting_requests
    guide.away_until = away_until
    guide.save(update_fields=["capacity", "accepting_requests", "away_until"])
    return guide


def export_guide_data(guide):
    """Everything we hold about the guide, as a JSON-ready dict (GDPR art. 15 and 20)."""
    requests = guide.contact_requests.prefetch_related("messages")
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": guide.user.username,
            "email": guide.user.email,
            "date_joined": guide.user.date_joined.isoformat(),
        },
        "profile": {
            "display_name": guide.display_name,
            "city": guide.city,
            "origin": guide.origin.code,
            "profession": guide.profession,
            "languages": guide.language_codes,
            "topics": guide.topic_codes,
            "stories": {story.language: story.text for story in guide.stories.all()},
            "photo_alt": guide.photo_alt,
            "capacity": guide.capacity,
            "accepting_requests": guide.accepting_requests,
            "away_until": guide.away_until.isoformat() if guide.away_until else None,
            "status": guide.status,
            "email_language": guide.email_language,
        },
        "conversations": [
            {
                "state": request.state,
                "created_at": request.created_at.isoformat(),
                "summary": request.summary,
                "my_messages": [
                    {"sent_at": m.created_at.isoformat(), "text": m.body}
                    for m in request.messages.all()
                    if m.guide_id == guide.pk
                ],
            }
            for request in requests
        ],
        "ratings": [
            {"helpful": r.helpful, "comment": r.comment, "created_at": r.created_at.isoformat()}
            for r in guide.ratings.all()
        ],
    }


@transaction.atomic
def delete_guide_account(guide):
    """Deletes the guide's account, profile, stories and application. Their open requests go to other guides.

    Their messages stay in the newcomers' conversations (signed "a former guide"), so a
    newcomer does not lose the answers they were given.
    """
    open_requests = list(guide.contact_requests.awaiting_answer().select_for_update())
    user = guide.user
    for request in open_requests:
        request.assignments.filter(guide=guide).update(guide=None)
    guide.delete()
    user.delete()
    for request in open_requests:
        request.refresh_from_db()
        if request.allows("release"):
            request.perform("release")  # the accepted guide has left: route again
        route_request(request)
    return len(open_requests)
