"""Settings shared by every way of running welcome.ruhr.

All configuration comes from environment variables, read here and nowhere else.
The embedded default (SQLite, local memory cache, database task queue, mail as files)
needs none of them; production sets DATABASE_URL, REDIS_URL and friends.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("WELCOME_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in ("1", "true", "yes", "on")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# WELCOME_FEATURES switches feature apps off per deployment; events link to places, so events run
# only with places.
# Core, content and search always run; templates show a feature's links only while it is on.
FEATURE_APPS = ["pathfinder", "guides", "places", "events", "study"]
WELCOME_FEATURES = [name for name in env_list("WELCOME_FEATURES", ",".join(FEATURE_APPS)) if name in FEATURE_APPS]
if "places" not in WELCOME_FEATURES and "events" in WELCOME_FEATURES:
    WELCOME_FEATURES.remove("events")

INSTALLED_APPS = [
    "welcome.core",
    "welcome.content",
    "welcome.search",
    *[f"welcome.{name}" for name in WELCOME_FEATURES],
    "welcome.demo",
    "welcome.accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    # The operator's details (welcome.content.operator) are a generic setting.
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    # Installed for its catalogues: country names in the reader's language.
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtailcache",
]

# The page cache stores what GZip made (one entry per encoding) and answers before the session,
# language and CSRF layers run; ConditionalGet answers 304 to cached and fresh pages alike.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "welcome.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the page cache: input no database can store never reaches a cache key or a view.
    "welcome.core.storable_input.RejectUnstorableInputMiddleware",
    "wagtailcache.cache.UpdateCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale: the key of a stored page names its language, which only the locale
    # middleware knows; before it, a lookup took the language the thread served last.
    "welcome.core.page_cache.FetchFromPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "welcome.accounts.middleware.SecondFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside the session middleware: only what the view saves counts, not the session.
    "welcome.core.commits.CommittedChangesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Before Wagtail's page view: the site and home page from the cache, not four queries.
    "welcome.content.serving.ServeFromCachedHomeMiddleware",
    "welcome.core.page_cache.CacheHeadersMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "welcome.urls"
WSGI_APPLICATION = "welcome.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "welcome.core.context_processors.portal",
                "welcome.content.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite file under var/ unless DATABASE_URL says otherwise. Each process keeps its
# connection (DB_CONN_MAX_AGE seconds, checked before reuse): a new PostgreSQL connection per
# request cost more than the page itself.
# An empty DATABASE_URL (as a .env template leaves it) means the default too.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'welcome.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DB_PREPARED_STATEMENTS", True):
    # Parameters bound by the server, and a statement prepared once a connection has run it five
    # times (psycopg's threshold; Django turns preparing off unless told): PostgreSQL then parses
    # and plans a page's statements once per connection, not on every request, and an uncached
    # page's database time fell by a third to two thirds (docs/decisions/0024). Not on first use:
    # a migration's multi-statement SQL cannot be prepared. A pooler in transaction mode (PgBouncer
    # without max_prepared_statements) cannot keep prepared statements: set this to 0 there.
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the task worker write while the web process reads.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis shared by all app processes when REDIS_URL is set; otherwise files under var/cache/,
# which the gunicorn workers of one machine share (a publish clears them for every worker).
# "pages" holds rendered pages for anonymous readers (wagtail-cache); it is cleared on its own.
# When Redis does not answer, both degrade to no cache (IGNORE_EXCEPTIONS) instead of failing every
# page; /readyz says so.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "welcome")


def redis_cache(url, key_prefix):
    """The cache on Redis; the fault tests use the same definition."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }


def redis_database(url, offset):
    """The same Redis server, `offset` databases further on (a server has 16): tests keep apart this way."""
    parsed = urlparse(url)
    number = int(parsed.path.lstrip("/") or 0)
    return urlunparse(parsed._replace(path=f"/{(number + offset) % 16}"))


# "local" is each process's own memory, for values under versioned keys (welcome.core.versioned_cache).
LOCAL_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "versioned",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}

if REDIS_URL:
    # django-redis clears by key pattern, so clearing pages leaves everything else alone.
    CACHES = {
        "default": redis_cache(REDIS_URL, CACHE_KEY_PREFIX),
        "pages": redis_cache(REDIS_URL, f"{CACHE_KEY_PREFIX}-pages"),
        "local": LOCAL_CACHE,
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "welcome.core.file_cache.FileCache",
            "LOCATION": VAR_DIR / "cache",
            "OPTIONS": {"MAX_ENTRIES": 10000},
        },
        "pages": {
            "BACKEND": "welcome.core.file_cache.FileCache",
            "LOCATION": VAR_DIR / "page-cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        "local": LOCAL_CACHE,
    }
# Sessions live in the database; the cache only speeds them up, so a Redis outage logs no one out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous pages: browsers keep HTML briefly, the page cache and the proxy until a publish purges it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "60"))
WAGTAIL_CACHE = env_bool("PAGE_CACHE", True)
WAGTAIL_CACHE_BACKEND = "pages"
# Keep the reader's cookies as they are (the language choice is one); pages vary on them.
WAGTAIL_CACHE_IGNORE_COOKIES = False
# wagtail-cache's list of tracking parameters (utm_source, fbclid, ...), which do not change a page,
# as one pattern: it tries every pattern on every parameter, and its twenty separate ones took a
# third of the time of a stored path-check result (eleven parameters).
WAGTAIL_CACHE_IGNORE_QS = [
    r"^(_bta_.*|_ga|_gl|affiliate|ck_subscriber_id|dm_i|ef_.*|epik|fb_source|fbclid|gclid|gclsrc|hsa_.*"
    r"|matomo_.*|mc_.*|msclkid|mtm_.*|s_kwcid|trk_.*|utm_.*)$"
]
# Pages that are personal or carry a form token: never stored by a cache, whoever asks.
PRIVATE_PATHS = [
    r"^/(django-)?admin/",
    r"^/documents/",
    r"^/[^/]+/guides/(?!(\d+/)?$)",
]
# Data that pages show besides pages themselves: a change to any of these clears the page cache.
PAGE_CACHE_CLEARED_BY = [
    "places",
    "events",
    "pathfinder",
    "guides.Guide",
    "search.SynonymGroup",
    "content.Figure",
    "content.OperatorDetails",
]
# The caching proxy in front (deploy/nginx.conf), purged by Wagtail when a page is published.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}
    }

# Background work: database queue by default, RQ on Redis in production. Mail has its own queue,
# which workers serve before the default queue (indexing and everything else): see runportal.
TASK_QUEUES = ["mail", "default"]
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "rq" if REDIS_URL else "database")
if TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": TASK_QUEUES}}
elif TASKS_BACKEND == "rq":
    INSTALLED_APPS.append("django_tasks_rq")
    INSTALLED_APPS.append("django_rq")
    # The fallback runs work at once when Redis cannot take it, so a request is never lost to an outage.
    TASKS = {"default": {"BACKEND": "welcome.core.tasks.FallbackRQBackend", "QUEUES": TASK_QUEUES}}
    RQ_QUEUES = {name: {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"} for name in TASK_QUEUES}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}

# Mail: one file per message under var/mail/ unless EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "welcome.ruhr <no-reply@welcome.ruhr>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: adding one is configuration here plus translation files.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("es", "Español"),
    ("fr", "Français"),
]
FALLBACK_LANGUAGE = "en"
# Where a page or result is missing in the reader's language, these languages are offered next, in
# this order (the link says so in the reader's language). Languages not named fall back to en, de.
LANGUAGE_FALLBACKS = {"de": ["en"], "en": ["de"]}
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["welcome.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed file names never change, so browsers and proxies keep them for a year.
WHITENOISE_MAX_AGE = 365 * 24 * 3600
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "querystring_auth": False,
        },
    }

WAGTAIL_SITE_NAME = "welcome.ruhr"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILIMAGES_FORMAT_CONVERTERS = {"png": "webp", "jpeg": "webp"}

LOGIN_URL = "guides:login"

# Every login (Wagtail admin, Django admin, guides) goes through django-axes first: it refuses
# a password check once an account has failed too often from one network (LOGIN_FAILURE_LIMIT), or
# from all networks together (LOGIN_ACCOUNT_FAILURE_LIMIT, higher, so a stranger elsewhere cannot
# lock a person out quickly). Counts fade LOGIN_COOLOFF_MINUTES after the last failure.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "welcome.accounts.throttle.LoginThrottle"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ACCOUNT_FAILURE_LIMIT = int(os.environ.get("LOGIN_ACCOUNT_FAILURE_LIMIT", "30"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "60")))
AXES_RESET_ON_SUCCESS = False  # a right password alone is half a login; the second factor resets
AXES_LOCKOUT_CALLABLE = "welcome.accounts.throttle.lockout_response"
AXES_CLIENT_IP_CALLABLE = "welcome.core.client.client_ip"
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True  # no history of successful logins and their addresses
# Masked in axes' records and logs (passwords always are): a wrong code may be one digit off a right one.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code", "recovery_code"]

# Behind N reverse proxies (each appending to X-Forwarded-For), the client is the address the
# outermost one saw. 0: clients connect directly and REMOTE_ADDR is theirs.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Every account reads personal data or publishes: each needs a second factor (welcome.accounts).
OTP_TOTP_ISSUER = "welcome.ruhr"
# django-axes is the one throttle, for codes as for passwords; django-otp's own delays would refuse
# a right code typed soon after a wrong one, with a message that cannot say why.
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Portal rules editors and operators may want to change without code.
# The retention periods (…_DAYS) are listed, with what deletes the data, in docs/operations.md and
# in the privacy statement: change them there too.
WELCOME_DEFAULTS = {
    "UNCONFIRMED_REQUEST_DAYS": 7,
    "UNANSWERED_REQUEST_RETENTION_DAYS": 90,
    "CLOSED_CONVERSATION_RETENTION_DAYS": 180,
    "UNANSWERED_ALERT_HOURS": 72,
    "IDLE_CONVERSATION_DAYS": 60,
    "PENDING_APPLICATION_RETENTION_DAYS": 180,
    "DECLINED_APPLICATION_RETENTION_DAYS": 30,
    "ABUSE_REPORT_RETENTION_DAYS": 365,
    "AUDIT_LOG_RETENTION_DAYS": 365,
    "MAIL_RETENTION_DAYS": 30,
    "ACCESSIBILITY_FEEDBACK_RETENTION_DAYS": 365,
    "MAIL_RETRY_MAX_SECONDS": 60,
}
WELCOME = {name: int(os.environ.get(name, default)) for name, default in WELCOME_DEFAULTS.items()}

CSRF_FAILURE_VIEW = "welcome.core.views.csrf_failure"
