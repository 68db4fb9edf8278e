"""The embedded default: `make run` on one machine."""

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY, VAR_DIR, env_bool

DEBUG = env_bool("DEBUG", True)
if not SECRET_KEY:
    # A per-checkout key kept under var/, so sessions survive a restart.
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        import secrets

        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
    SECRET_KEY = key_file.read_text().strip()
