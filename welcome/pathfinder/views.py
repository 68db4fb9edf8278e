"""The path check: one question per page, then the checklist. GET only, so it works without JavaScript,
and the address holds every answer (nothing is stored on the server)."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from .checklist import build_checklist, salary_thresholds
from .questions import NOBODY, read_answers


def _address(name, query="", change=None):
    if change:
        query = f"{query}&change={change}" if query else f"change={change}"
    url = reverse(name)
    return f"{url}?{query}" if query else url


def question(request):
    """GET /<lang>/path/: the start page, then the first open question (or `?change=<name>`), then the result.

    A form sends `answered=<name>`; if that answer is still missing, the same question comes back with an error.
    """
    context = {"salary_thresholds": salary_thresholds()}
    answers = read_answers(request.GET, context)
    asked = answers.asked_questions()
    current = next((q for q in asked if q.name == request.GET.get("change")), None) or answers.first_open_question()
    if current is None:
        return redirect(_address("pathfinder:result", answers.query()))
    if not request.GET:
        return render(
            request,
            "pathfinder/start.html",
            {
                "question_count": len(asked),
                "first_question": _address("pathfinder:question", change=current.name),
            },
        )
    number = asked.index(current) + 1
    chosen = answers.get(current.name, [])
    previous = asked[number - 2] if number > 1 else None
    return render(
        request,
        "pathfinder/question.html",
        {
            "question": current,
            "choices": current.choices(context),
            "choice_groups": current.choice_groups(),
            "chosen": [code for code in chosen if code != NOBODY] if isinstance(chosen, list) else [chosen],
            "number": number,
            "count": len(asked),
            "error": current.name in answers.invalid or request.GET.get("answered") == current.name,
            "hidden": _hidden_fields(answers, without=current.name),
            "back": _address("pathfinder:question", answers.query(), change=previous.name) if previous else "",
        },
    )


def _hidden_fields(answers, without):
    """Earlier answers travel along in hidden fields, so the next page knows them without a session."""
    fields = []
    for name, value in answers.values.items():
        if name != without:
            fields.extend((name, item) for item in (value if isinstance(value, list) else [value]))
    return fields


def result(request):
    """GET /<lang>/path/result/?…: the personal checklist; with an answer missing, back to that question."""
    context = {"salary_thresholds": salary_thresholds()}
    answers = read_answers(request.GET, context)
    open_question = answers.first_open_question()
    if open_question is not None:
        # An answer we could not use comes back as an error on its question; a missing one is simply asked.
        marker = f"answered={open_question.name}" if open_question.name in answers.invalid else ""
        return redirect(_address("pathfinder:question", "&".join(part for part in (answers.query(), marker) if part)))
    query = answers.query()
    summary = []
    for question in answers.asked_questions():
        labels = dict(question.choices(context))
        value = answers.get(question.name)
        codes = value if isinstance(value, list) else [value]
        summary.append(
            {
                "question": question,
                "answers": [labels.get(code, code) for code in codes if code in labels or question.name == "salary"],
                "change": _address("pathfinder:question", query, change=question.name),
            }
        )
    return render(
        request,
        "pathfinder/result.html",
        {
            "checklist": build_checklist(answers, get_language(), request),
            "summary": summary,
            "share_url": request.build_absolute_uri(_address("pathfinder:result", query)),
        },
    )
