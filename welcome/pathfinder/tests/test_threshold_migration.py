"""Migration 0004: the thresholds editors kept become figures, and their rules compare with those."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("pathfinder", "0003_path_check_routes"), ("content", "0003_figure")]
AFTER = [("pathfinder", "0004_figures_replace_thresholds")]


@pytest.mark.django_db(transaction=True)
def test_each_threshold_becomes_a_figure_and_its_conditions_follow():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    old.get_model("content", "Figure").objects.filter(key="blue-card").delete()
    threshold = old.get_model("pathfinder", "Threshold").objects.create(
        key="blue-card", label="EU Blue Card", amount=Decimal("48300"), valid_for_year=2025, verified=True
    )
    step = old.get_model("pathfinder", "ChecklistStep").objects.create(key="old-route", phase="before")
    old.get_model("pathfinder", "StepCondition").objects.create(
        step=step, fact="salary", operator="at_least", threshold=threshold
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    figure = new.get_model("content", "Figure").objects.get(key="blue-card")
    assert figure.value == Decimal("48300")
    assert (figure.valid_from, figure.valid_to) == (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    # The law it named states the rule, not the amount: the figure waits for a checked source.
    assert figure.source_url == "" and figure.checked_on is None
    condition = new.get_model("pathfinder", "StepCondition").objects.get(step__key="old-route")
    assert condition.figure_id == figure.pk
