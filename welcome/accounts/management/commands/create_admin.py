"""Creates the first administrator. The password is asked for, or read from WELCOME_ADMIN_PASSWORD; never stored.

With DEBUG on, `--dev` creates it with the documented development password instead, so that
`make run` gives a person a login at once.
"""

import getpass
import os
import sys

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

# Documented in README; accepted only with DEBUG on.
DEV_ADMIN_PASSWORD = "welcome-admin-dev"
PASSWORD_VARIABLE = "WELCOME_ADMIN_PASSWORD"


class Command(BaseCommand):
    help = f"Creates an administrator (superuser). Password: asked, or from {PASSWORD_VARIABLE}."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="")
        parser.add_argument("--dev", action="store_true", help="DEBUG only: use the documented development password.")

    def handle(self, *args, username, email, dev, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            hint = f" (development password '{DEV_ADMIN_PASSWORD}' unless you changed it)" if dev else ""
            self.stdout.write(f"Administrator '{username}' exists already{hint}; nothing changed.")
            return
        if dev and not settings.DEBUG:
            raise CommandError("--dev works only with DEBUG on. Give the password in WELCOME_ADMIN_PASSWORD instead.")
        password = DEV_ADMIN_PASSWORD if dev else self._password(User(username=username, email=email))
        user = User.objects.create_superuser(username, email, password)
        administrators = Group.objects.filter(name="Administrators").first()
        if administrators:
            user.groups.add(administrators)
        login = f"{settings.SITE_URL}/admin/"
        if dev:
            self.stdout.write(f"Admin: {login}  user '{username}'  password '{DEV_ADMIN_PASSWORD}' (development only)")
        else:
            self.stdout.write(f"Administrator '{username}' created. Log in at {login}")
        self.stdout.write("At the first login the portal asks to set up an authenticator app (second factor).")

    def _password(self, user):
        password = os.environ.get(PASSWORD_VARIABLE, "")
        if not password:
            if not sys.stdin.isatty():
                raise CommandError(f"Set {PASSWORD_VARIABLE}, or run this command in a terminal to be asked.")
            password = getpass.getpass("Password for the administrator: ")
            if password != getpass.getpass("The same password again: "):
                raise CommandError("The two passwords differ; nothing was created.")
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        return password
