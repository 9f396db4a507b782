"""Settings shared by every environment. Each value comes from the
environment with a documented default (see the README's table)."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from collaboratory.env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # daphne first: it makes runserver an ASGI server that speaks websockets.
    "daphne",
    "kernel.apps.KernelConfig",
    "community.apps.CommunityConfig",
    "resources.apps.ResourcesConfig",
    "toolkit.apps.ToolkitConfig",
    "webinars.apps.WebinarsConfig",
    "forums.apps.ForumsConfig",
    "measures.apps.MeasuresConfig",
    "pdsa.apps.PdsaConfig",
    "meetings.apps.MeetingsConfig",
    "checklists.apps.ChecklistsConfig",
    "search.apps.SearchConfig",
    # The task queue's tables; used when TASKS_BACKEND names its backend.
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    # Editors translate a page by copying it into Spanish and rewriting the
    # copy (docs/languages.md says why this and not wagtail-localize).
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
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
    "django_filters",
    # django-ninja's own copy of Swagger UI, served from /static/: without the
    # app, /api/docs/ loads it from a CDN and is blank offline.
    "ninja",
    "django_tasks",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy with a nonce per request, and private pages not stored.
    "collaboratory.security.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address (/es/…); kernel.languages below sends a
    # bare address on to the language the person reads in.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kernel.languages.LanguagePreferenceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Refuses a request larger than its form accepts before its body is read.
    "kernel.request_limits.RequestSizeLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "collaboratory.urls"
WSGI_APPLICATION = "collaboratory.wsgi.application"
ASGI_APPLICATION = "collaboratory.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "community.context_processors.site_frame",
            ],
        },
    },
]

# --- Database: an SQLite file unless DATABASE_URL names another. ---
# Connections are not kept between requests by default: under ASGI each
# request may run on another thread, and persistent connections leak there.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
# DATABASE_POOL keeps a pool of PostgreSQL connections in each process
# (psycopg_pool), for the websocket processes: with no pool each
# database_sync_to_async call opens and closes a connection of its own
# (13-20 ms with password authentication), five of them to open a socket.
if env_bool("DATABASE_POOL", False) and "postgresql" in DATABASES["default"]["ENGINE"]:
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # a pooled connection goes back at each close
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": env_int("DATABASE_POOL_SIZE", 10),
        "timeout": 10,  # seconds to wait for a free connection before the request fails
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: channel layer and cache when REDIS_URL is set, in-process otherwise. ---
REDIS_URL = env_str("REDIS_URL", "")
REDIS_SOCKET_TIMEOUT = env_int("REDIS_SOCKET_TIMEOUT", 30)
# channels_redis's layer: "core" (a queue per process, kept in Redis) or
# "pubsub" (Redis PUBLISH; nothing kept). Either way discussions catch up
# by sequence number (docs/performance.md, "Discussions: fan-out").
CHANNEL_LAYER = env_str("CHANNEL_LAYER", "core")
_CHANNEL_LAYER_BACKENDS = {
    "core": "channels_redis.core.RedisChannelLayer",
    "pubsub": "channels_redis.pubsub.RedisPubSubChannelLayer",
}
if CHANNEL_LAYER not in _CHANNEL_LAYER_BACKENDS:
    raise ImproperlyConfigured(
        f"CHANNEL_LAYER is {CHANNEL_LAYER!r}; use one of {', '.join(_CHANNEL_LAYER_BACKENDS)}."
    )
if REDIS_URL:
    _layer_config: dict[str, object] = {
        # channels_redis waits up to 5 s on each read; a socket timeout of
        # the same 5 s (redis-py's) would cut idle websockets every 5 s.
        "hosts": [{"address": REDIS_URL, "socket_timeout": REDIS_SOCKET_TIMEOUT}],
        "prefix": "collaboratory",
    }
    if CHANNEL_LAYER == "core":
        # Messages waiting per process before the layer drops more (the
        # default, 100, overflows when a busy space fills up at once).
        _layer_config["capacity"] = env_int("CHANNEL_LAYER_CAPACITY", 1000)
    CHANNEL_LAYERS = {
        "default": {"BACKEND": _CHANNEL_LAYER_BACKENDS[CHANNEL_LAYER], "CONFIG": _layer_config}
    }
    CACHES = {
        "default": {
            # Pages keep serving while Redis is away (kernel/cache.py);
            # short timeouts so a page waits half a second for it, not thirty.
            "BACKEND": "kernel.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "collaboratory",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database and are read through the cache (kernel/sessions.py),
# whose copy of one lasts at most SESSION_CACHE_SECONDS.
SESSION_ENGINE = "kernel.sessions"
SESSION_CACHE_SECONDS = env_int("SESSION_CACHE_SECONDS", 300)

# --- Search: the site's own index (search/) on the database, or a cluster. ---
# SEARCH_URL names a cluster (Elasticsearch 9, or OpenSearch 2 with
# SEARCH_BACKEND=opensearch2), or several of its nodes, comma-separated: the
# site search and Wagtail's admin search both move to it. Without it, both
# use the database.
SEARCH_URL = env_str("SEARCH_URL", "")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "collaboratory_")
SEARCH_TIMEOUT = env_int("SEARCH_TIMEOUT", 5)
# A search counts its matches exactly up to this many, then says "10,000+".
SEARCH_COUNT_CAP = env_int("SEARCH_COUNT_CAP", 10_000)
# How long a search's facet counts are kept for the narrower search that
# chooses one of them (any change to the stored documents drops them).
SEARCH_FACET_CACHE_SECONDS = env_int("SEARCH_FACET_CACHE_SECONDS", 120)
# On every view of a team's figures but the team's own, counts from 1 to this are hidden.
MEASURES_SMALL_NUMBER_THRESHOLD = env_int("MEASURES_SMALL_NUMBER_THRESHOLD", 10)
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends." + env_str("SEARCH_BACKEND", "elasticsearch9"),
            "URLS": env_list("SEARCH_URL"),
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX + "admin_",
            "TIMEOUT": SEARCH_TIMEOUT,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Background work: Django tasks, run at once unless a worker backend is named. ---
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

# --- Accounts ---
AUTHENTICATION_BACKENDS = ["community.auth_backends.UsernameOrEmailBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
ACCOUNT_CONFIRMATION_DAYS = env_int("ACCOUNT_CONFIRMATION_DAYS", 3)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Email ---
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Collaboratory <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ---
# English at the bare addresses, Spanish under /es/ (collaboratory/urls.py).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Pages have a tree per language; one without a Spanish copy is shown in
# English under /es/ and says so (kernel/page_languages.py).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

# --- Static and media files ---
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "kernel.storage.UnguessableStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads members make: an avatar is small; the library sets its own limit.
AVATAR_MAX_UPLOAD_BYTES = env_int("AVATAR_MAX_UPLOAD_BYTES", 5 * 1024 * 1024)
AVATAR_SIZE = 256
# The largest file a member may share in the resource library.
RESOURCE_MAX_UPLOAD_BYTES = env_int("RESOURCE_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
# How long the library's facet counts are kept (any change to a resource drops them).
LIBRARY_FACET_CACHE_SECONDS = env_int("LIBRARY_FACET_CACHE_SECONDS", 120)
# Parts of signed-in pages shared by everyone with the same access
# (kernel/fragments.py); any content change makes them stale at once.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 600)
# Pillow refuses images whose pixel count suggests a decompression bomb.
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)

# Discussions: the longest message, and how many one person may send a minute.
DISCUSSION_MESSAGE_MAX_CHARS = env_int("DISCUSSION_MESSAGE_MAX_CHARS", 10_000)
DISCUSSION_MESSAGES_PER_MINUTE = env_int("DISCUSSION_MESSAGES_PER_MINUTE", 20)
# Discussion websockets (docs/realtime.md, "Limits"). The largest frame read:
# a message of the longest length still fits when JSON escapes every
# character (6 bytes each), with room for the title and the envelope.
DISCUSSION_SOCKET_MAX_FRAME_BYTES = env_int(
    "DISCUSSION_SOCKET_MAX_FRAME_BYTES", max(64 * 1024, 6 * DISCUSSION_MESSAGE_MAX_CHARS + 4096)
)
# Requests one connection may make a minute (token buckets; sends use
# DISCUSSION_MESSAGES_PER_MINUTE), and the most changes one `resume` answers.
DISCUSSION_SOCKET_PINGS_PER_MINUTE = env_int("DISCUSSION_SOCKET_PINGS_PER_MINUTE", 12)
DISCUSSION_SOCKET_RESUMES_PER_MINUTE = env_int("DISCUSSION_SOCKET_RESUMES_PER_MINUTE", 6)
DISCUSSION_SOCKET_RESUME_MAX_EVENTS = env_int("DISCUSSION_SOCKET_RESUME_MAX_EVENTS", 200)
# Open discussion sockets per account, across processes; one more closes the oldest.
DISCUSSION_SOCKETS_PER_ACCOUNT = env_int("DISCUSSION_SOCKETS_PER_ACCOUNT", 20)

# Limits on guessing and on forms that send mail (kernel/throttle.py,
# docs/rate-limits.md), counted in the cache. An account is locked after
# LOGIN_FAILURES_PER_ACCOUNT failures (first for a minute, doubling per
# further failure, at most LOGIN_LOCKOUT_MAX_SECONDS); an address after
# LOGIN_FAILURES_PER_ADDRESS failures in a window.
LOGIN_FAILURES_PER_ACCOUNT = env_int("LOGIN_FAILURES_PER_ACCOUNT", 5)
LOGIN_FAILURES_PER_ADDRESS = env_int("LOGIN_FAILURES_PER_ADDRESS", 30)
LOGIN_FAILURE_WINDOW_SECONDS = env_int("LOGIN_FAILURE_WINDOW_SECONDS", 15 * 60)
LOGIN_LOCKOUT_MAX_SECONDS = env_int("LOGIN_LOCKOUT_MAX_SECONDS", 15 * 60)
API_TOKEN_FAILURES_PER_ADDRESS = env_int("API_TOKEN_FAILURES_PER_ADDRESS", 20)
API_TOKEN_FAILURE_WINDOW_SECONDS = env_int("API_TOKEN_FAILURE_WINDOW_SECONDS", 10 * 60)
SIGNUPS_PER_ADDRESS_PER_HOUR = env_int("SIGNUPS_PER_ADDRESS_PER_HOUR", 10)
ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR = env_int("ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR", 5)
ACCOUNT_EMAILS_PER_RECIPIENT_PER_HOUR = env_int("ACCOUNT_EMAILS_PER_RECIPIENT_PER_HOUR", 5)
# How many proxies in front of the app append to X-Forwarded-For (nginx: 1;
# a load balancer in front of nginx that appends too: 2). 0: the client's
# address is REMOTE_ADDR and X-Forwarded-For is ignored (it can be forged).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Uploaded files go to disk, never into memory, and stop being written past the
# largest file their form accepts (kernel/request_limits.py).
FILE_UPLOAD_HANDLERS = ["kernel.request_limits.LimitedTemporaryFileUploadHandler"]

# `seed_demo` makes accounts with a published password: never by accident in production.
DEMO_CONTENT_ALLOWED = True

# --- Wagtail ---
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Collaboratory")
# No avatars fetched from a third party in the admin: it would tell Gravatar
# who uses the admin, and the content security policy refuses other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "gif",
    "jpg",
    "mp4",
    "pdf",
    "png",
    "pptx",
    "srt",
    "txt",
    "vtt",
    "webm",
    "webp",
    "xlsx",
]
# Documents are always streamed by Wagtail's view, which asks the document
# policy first (kernel/document_access.py); never a redirect to storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's default handlers on "django" (a console one under DEBUG,
        # mail_admins, which needs ADMINS, never set) printed each record a
        # second time beside the root's: every request under runserver
        # (django.channels.server) twice. Its records now go to the root only.
        "django": {"handlers": [], "level": "INFO"},
        # One line per task run is noise; failures are still logged.
        "django_tasks": {"level": "WARNING"},
    },
}
