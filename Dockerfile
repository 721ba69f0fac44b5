# Image for the web, worker and beat services in docker-compose.yml.
FROM python:3.11-slim

# The uv version that wrote uv.lock; a much older uv may not read the lock file.
ARG UV_VERSION=0.13.9

# The virtualenv lives outside /app so that compilemessages, which searches the
# working directory for locale folders, skips the installed packages.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PATH="/opt/venv/bin:${PATH}"

# gettext provides msgfmt for compilemessages.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir "uv==${UV_VERSION}"

WORKDIR /app

# Dependencies get their own layer, rebuilt only when the lock file changes.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .

# The dev settings need no secrets, and compilemessages reads only
# LOCALE_PATHS from them.
RUN DJANGO_SETTINGS_MODULE=hub.settings.dev python manage.py compilemessages

# The app user owns only the folders written at run time: collectstatic fills
# /app/static, public uploads go to /app/media and private ones to /app/private_media.
RUN useradd --system --uid 10001 --no-create-home --home-dir /app app \
    && mkdir -p /app/static /app/media /app/private_media \
    && chown app:app /app/static /app/media /app/private_media

# Without this, hub.wsgi and hub.celery fall back to the dev settings, which
# turn DEBUG on and use a published SECRET_KEY.
ENV DJANGO_SETTINGS_MODULE=hub.settings.production \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/media \
    PRIVATE_MEDIA_ROOT=/app/private_media

USER app

EXPOSE 8000

CMD ["gunicorn", "hub.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-"]
