from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "welcome.accounts"
    label = "accounts"
    verbose_name = "Staff accounts: second factor, login throttle"
