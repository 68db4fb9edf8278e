"""Conditions editors wrote with the old combined qualification codes keep their meaning after migration 0003."""

import importlib

from django.apps import apps

from welcome.pathfinder.models import ChecklistStep, StepCondition

split = importlib.import_module("welcome.pathfinder.migrations.0003_path_check_routes").split_qualification_conditions


def conditions_of(step):
    return sorted((condition.fact, condition.values) for condition in step.conditions.all())


def test_old_qualification_conditions_become_field_and_level_conditions(db):
    health = ChecklistStep.objects.create(key="old-health", phase="before")
    StepCondition.objects.create(step=health, fact="qualification", values="degree_health, vocational_health")
    teacher = ChecklistStep.objects.create(key="old-teacher", phase="before")
    StepCondition.objects.create(step=teacher, fact="qualification", values="degree_teacher")
    level = ChecklistStep.objects.create(key="old-level", phase="before")
    StepCondition.objects.create(step=level, fact="qualification_level", values="degree, vocational")
    split(apps, None)
    assert conditions_of(health) == [("field", "health")]
    assert conditions_of(teacher) == [("field", "teaching"), ("qualification", "degree")]
    assert conditions_of(level) == [("qualification", "degree, vocational")]
