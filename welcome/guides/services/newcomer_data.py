"""What a newcomer can take with them: their request and conversation as data (GDPR art. 15 and 20)."""

from django.utils import timezone


def _time(value):
    return value.isoformat() if value else None


def export_request_data(request):
    """Everything we hold about one request, as a JSON-ready dict; guides appear by display name only."""
    rating = getattr(request, "rating", None)
    return {
        "exported_at": timezone.now().isoformat(),
        "request": {
            "name": request.name,
            "email": request.email,
            "country": request.country.code,
            "city": request.city,
            "languages": request.languages,
            "topics": request.topics,
            "planned_arrival": request.planned_arrival,
            "message": request.message,
            "language": request.language,
            "state": request.state,
            "created_at": _time(request.created_at),
            "confirmed_at": _time(request.confirmed_at),
            "accepted_at": _time(request.accepted_at),
            "closed_at": _time(request.closed_at),
            "summary": request.summary,
        },
        "guide": request.guide.display_name if request.guide else None,
        "messages": [
            {
                "from": message.sender,
                "guide": message.guide.display_name if message.guide else None,
                "sent_at": _time(message.created_at),
                "text": message.body,
            }
            for message in request.messages.select_related("guide")
        ],
        "rating": (
            {"helpful": rating.helpful, "comment": rating.comment, "created_at": _time(rating.created_at)}
            if rating
            else None
        ),
        "reports": [
            {"reason": report.reason, "created_at": _time(report.created_at)}
            for report in request.abuse_reports.filter(reporter="newcomer")
        ],
    }
