"""Settings shared by every environment; secure unless a later module relaxes them."""

from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from .env import BASE_DIR, env

SECRET_KEY = env("SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "hub",
    "community",
    "challenges",
    "trainings",
    "ambassadors",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "anymail",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hub.security.HubCSPMiddleware",
    "hub.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the session and compression, so a stored page skips them on a hit.
    "hub.page_cache.AnonymousPageCacheMiddleware",
    "hub.compression.CompressionMiddleware",
    # Above sessions, CSRF and messages, so it sees the cookies they set.
    "hub.security.PrivateCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "community.middleware.StaffSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "hub" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db_url("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Accounts (django-allauth): email is the login and must be verified before use.
ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "community.forms.SignupForm"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "5/h/ip,3/h/key",
    "confirm_email": "3/10m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Središče za soustvarjanje"
# Staff must have a second factor before they can use the admin.
STAFF_REQUIRE_SECOND_FACTOR = env("STAFF_REQUIRE_SECOND_FACTOR")
WAGTAILADMIN_LOGIN_URL = "account_login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Slovenian is the default and has no URL prefix; English lives under /en/.
LANGUAGE_CODE = "sl"
LANGUAGES = [("sl", _("Slovenian")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
# Files that only some people may read (such as attachments of draft challenges).
# No URL serves this folder: views check permissions and stream each file.
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": env("MEDIA_STORAGE_BACKEND")},
    "private": {"BACKEND": "hub.storage.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

# Caching: Redis when configured, otherwise memory local to each process.
CACHE_URL = env("CACHE_URL")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "hub",
            "TIMEOUT": 600,
            "OPTIONS": {"socket_timeout": 2, "socket_connect_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "hub",
            "TIMEOUT": 600,
            # Room for the stored pages of a demo site; Django's default is 300 entries.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }
# Wagtail looks renditions up in this cache before it asks the database.
CACHES["renditions"] = {**CACHES["default"], "TIMEOUT": 3600}
if not CACHE_URL:
    CACHES["renditions"]["LOCATION"] = "hub-renditions"

# Whole pages for anonymous visitors, stored in the cache above (see hub.page_cache).
PAGE_CACHE_ENABLED = env("PAGE_CACHE_ENABLED")
PAGE_CACHE_TIMEOUT = env("PAGE_CACHE_TIMEOUT")

# Celery: a broker URL switches from eager in-process tasks to a real worker.
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://"
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL")
# An eager task that fails must not break the request that queued it: the outbox
# row stays pending and the periodic sweep retries it.
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-emails": {
        "task": "hub.email.tasks.requeue_stuck_emails",
        "schedule": 300.0,
    },
    # Hourly, so a missed run catches up; the task itself sends only from 9:00
    # to 20:59 in TIME_ZONE, the day before each session.
    "send-training-reminders": {
        "task": "trainings.tasks.send_session_reminders",
        "schedule": crontab(minute=5),
    },
    "remind-commitment-owners": {
        "task": "challenges.tasks.remind_commitment_owners",
        "schedule": crontab(hour=7, minute=0),
    },
    "send-challenge-update-digests": {
        "task": "challenges.tasks.send_update_digests",
        "schedule": crontab(hour=17, minute=0),
    },
    "delete-stale-pending-attachments": {
        "task": "challenges.tasks.delete_stale_pending_attachments",
        "schedule": crontab(hour=3, minute=30),
    },
    # Mondays at 8:00: newly opened challenges that fit each facilitator who asked.
    "send-weekly-facilitator-suggestions": {
        "task": "challenges.matching.tasks.send_weekly_facilitator_suggestions",
        "schedule": crontab(hour=8, minute=0, day_of_week=1),
    },
}

# Search: Wagtail's database backend unless an Elasticsearch URL is given. Words
# are lemmatised, stemmed and folded in Python (search.analysis) before they
# reach either backend, so both index and query with plain lower-case words and
# neither stems again: PostgreSQL uses its "simple" configuration, Elasticsearch
# the analyzers below.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX"),
            "TIMEOUT": 5,
            # update_index builds a new index and swaps the alias when it is complete.
            "ATOMIC_REBUILD": True,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_shards": 1},
                    "analysis": {
                        "analyzer": {
                            # Every text field without its own analyzer: words in lower
                            # case without diacritics, no stemming.
                            "default": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": ["lowercase", "asciifolding"],
                            },
                            # The analysed terms: already lower case and folded.
                            "hub_terms": {
                                "type": "custom",
                                "tokenizer": "whitespace",
                                "filter": ["lowercase", "asciifolding"],
                            },
                        },
                    },
                }
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
    }

# Email: every message goes through the outbox (hub.email); the backend below
# is what the outbox task hands the message to.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = env("SERVER_EMAIL")
EMAIL_PROVIDER = env("EMAIL_PROVIDER")
ANYMAIL_BACKENDS = {
    "brevo": "anymail.backends.brevo.EmailBackend",
    "mailgun": "anymail.backends.mailgun.EmailBackend",
    "mailjet": "anymail.backends.mailjet.EmailBackend",
    "postmark": "anymail.backends.postmark.EmailBackend",
    "sendgrid": "anymail.backends.sendgrid.EmailBackend",
}
if EMAIL_PROVIDER == "smtp":
    # Plain SMTP, for a development mail catcher or a relay without an API.
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_SMTP_HOST") or "localhost"
    EMAIL_PORT = env("EMAIL_SMTP_PORT")
    EMAIL_HOST_USER = env("EMAIL_SMTP_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_SMTP_PASSWORD")
    EMAIL_USE_TLS = env("EMAIL_SMTP_USE_TLS")
    EMAIL_TIMEOUT = 10
elif EMAIL_PROVIDER:
    from django.core.exceptions import ImproperlyConfigured

    if EMAIL_PROVIDER not in ANYMAIL_BACKENDS:
        raise ImproperlyConfigured(
            f"EMAIL_PROVIDER={EMAIL_PROVIDER!r} is not supported; "
            f"use smtp or one of: {', '.join(sorted(ANYMAIL_BACKENDS))}."
        )
    if not env("EMAIL_PROVIDER_API_KEY"):
        raise ImproperlyConfigured(
            f"EMAIL_PROVIDER={EMAIL_PROVIDER!r} needs EMAIL_PROVIDER_API_KEY."
        )
    EMAIL_BACKEND = ANYMAIL_BACKENDS[EMAIL_PROVIDER]
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

ANYMAIL = {
    "WEBHOOK_SECRET": env("EMAIL_WEBHOOK_SECRET") or None,
    "MAILGUN_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "MAILGUN_SENDER_DOMAIN": env("EMAIL_PROVIDER_DOMAIN") or None,
    "MAILGUN_WEBHOOK_SIGNING_KEY": env("EMAIL_WEBHOOK_SIGNING_KEY") or None,
    "POSTMARK_SERVER_TOKEN": env("EMAIL_PROVIDER_API_KEY"),
    "SENDGRID_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "BREVO_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "MAILJET_API_KEY": env("EMAIL_PROVIDER_API_KEY"),
    "MAILJET_SECRET_KEY": env("EMAIL_WEBHOOK_SIGNING_KEY"),
    "REQUESTS_TIMEOUT": 10,
}
# Outbox rows stuck unsent for longer than this are queued again by the sweep.
EMAIL_OUTBOX_STUCK_AFTER_SECONDS = 600
EMAIL_OUTBOX_MAX_ATTEMPTS = 8

WAGTAIL_SITE_NAME = "Središče za soustvarjanje"
WAGTAILADMIN_BASE_URL = env("SITE_BASE_URL")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_HITS_MAX_AGE = 30
TAGGIT_CASE_INSENSITIVE = True
# A web address typed without a scheme is taken as https, Django 6's default.
FORMS_URLFIELD_ASSUME_HTTPS = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's live preview shows the page in a same-origin frame, so DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Content-Security-Policy (django-csp): the public site runs no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # NOTE: media on another host (MEDIA_STORAGE_BACKEND) would need its origin here.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin (8.0) still relies on inline scripts, inline styles and eval in choosers.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
# Avatars in the admin would otherwise load from gravatar.com and tell it who is signed in.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Throttles on the hub's own forms, counted per member (or per address when signed out)
# in the default cache. Sign-in, sign-up and password reset are throttled by
# ACCOUNT_RATE_LIMITS and the contact relay by community.relay.
# django_ratelimit stays out of INSTALLED_APPS: its system check rejects the local-memory
# cache of the embedded default (one process, so per-process counts are exact there) and
# warns on Django's own RedisCache, which does support the atomic increment it needs.
HUB_RATE_LIMITS = {
    "challenge_submission": "20/h",
    "enrolment": "30/h",
}
RATELIMIT_VIEW = "hub.security.too_many_requests"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its reference-index updates as tasks and logs each one.
        "django_tasks": {"level": "WARNING"},
    },
}
