"""Production never creates sample accounts or prints passwords; the first administrator is asked for."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from conftest import FIXTURE_CONTENT
from welcome.demo.loader.files import read_content


@pytest.fixture
def load(db, settings, tmp_path, monkeypatch):
    """Runs load_ruhr_content on the small fixture content; returns what it printed."""
    settings.VAR_DIR = tmp_path
    command = "welcome.demo.management.commands.load_ruhr_content"
    monkeypatch.setattr(f"{command}.read_content", lambda: read_content(FIXTURE_CONTENT))
    # Accounts are what these tests are about: the directory, the path rules, the programmes and the sample
    # events have tests of their own, and loading them made this module a minute slower.
    monkeypatch.setattr(f"{command}.FEATURE_LOADERS", [])
    monkeypatch.setattr(f"{command}.SAMPLE_LOADERS", [])

    def run(*args):
        out = io.StringIO()
        call_command("load_ruhr_content", *args, stdout=out, stderr=io.StringIO())
        return out.getvalue()

    return run


def test_without_debug_no_sample_account_and_no_password(load, settings, tmp_path):
    settings.DEBUG = False
    (tmp_path / "admin-password.txt").write_text("left by an old version\n")
    out = load()
    User = get_user_model()
    assert not User.objects.filter(username__startswith="sample-").exists()
    assert not User.objects.filter(is_superuser=True).exists()
    assert "password '" not in out and "python manage.py create_admin" in out
    assert not list(tmp_path.rglob("*password*"))


def test_with_the_flag_sample_accounts_exist_with_their_documented_passwords(load, settings):
    settings.DEBUG = False
    out = load("--sample-accounts")
    User = get_user_model()
    assert User.objects.get(username="sample-amal").check_password("welcome-guide-demo")
    assert User.objects.get(username="sample-coordinator").check_password("welcome-coordinator-demo")
    assert not User.objects.filter(is_superuser=True).exists() and "welcome-admin-dev" not in out


def test_with_debug_make_run_gets_the_documented_development_admin(load, settings, tmp_path):
    settings.DEBUG = True
    out = load()
    load()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("welcome-admin-dev")
    assert admin.groups.filter(name="Administrators").exists()
    assert "password 'welcome-admin-dev'" in out and "second factor" in out
    assert not list(tmp_path.rglob("*password*"))


def test_create_admin_reads_the_password_from_the_environment(db, settings, tmp_path, monkeypatch):
    settings.VAR_DIR = tmp_path
    monkeypatch.setenv("WELCOME_ADMIN_PASSWORD", "a-Long-admin-passw0rd")
    out = io.StringIO()
    call_command("create_admin", "--username", "first", stdout=out)
    user = get_user_model().objects.get(username="first")
    assert user.is_superuser and user.check_password("a-Long-admin-passw0rd")
    assert "a-Long-admin-passw0rd" not in out.getvalue() and not list(tmp_path.iterdir())
    call_command("create_admin", "--username", "first", stdout=out)
    assert "exists already" in out.getvalue()


def test_create_admin_refuses_weak_missing_or_development_passwords(db, settings, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.delenv("WELCOME_ADMIN_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="WELCOME_ADMIN_PASSWORD"):
        call_command("create_admin")
    monkeypatch.setenv("WELCOME_ADMIN_PASSWORD", "12345678")
    with pytest.raises(CommandError):
        call_command("create_admin")
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("create_admin", "--dev")
    assert not get_user_model().objects.exists()


def test_the_load_reports_in_a_few_lines_and_says_nothing_at_verbosity_0(load, settings):
    settings.DEBUG = False
    assert load("--verbosity=0") == ""
    report = load()
    assert "Pages: 0 created" in report and "Search index:" in report
    assert "Rebuilding" not in report and "<class" not in report
