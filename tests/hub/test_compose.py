"""Checks that docker-compose.yml and the Dockerfile match what the settings read.

No container runs here. The compose file is only parsed as YAML, so these tests
need neither a Docker engine nor a database.
"""

import re
from pathlib import Path

import pytest
import yaml

from hub.settings.env import SCHEMA

PROJECT_ROOT = Path(__file__).resolve().parents[2]
APP_SERVICES = ["web", "worker", "beat"]
ALL_SERVICES = [*APP_SERVICES, "db", "redis", "elasticsearch", "mailpit"]
# Read by Django itself rather than through hub.settings.env.
DJANGO_OWN_VARIABLES = {"DJANGO_SETTINGS_MODULE"}


@pytest.fixture(scope="module")
def services():
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    return compose["services"]


def read_environment(service):
    """Return a service's environment as a dict, also when it is a list of KEY=VALUE strings."""
    environment = service.get("environment", {})
    if isinstance(environment, dict):
        return environment

    pairs = (entry.split("=", 1) for entry in environment)
    return {pair[0]: pair[1] if len(pair) == 2 else None for pair in pairs}


@pytest.mark.parametrize("name", ALL_SERVICES)
def test_compose_defines_service(services, name):
    assert name in services, f"no service {name!r}; found {sorted(services)}"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_compose_sets_only_variables_settings_read(services, name):
    environment = read_environment(services[name])

    unknown = set(environment) - set(SCHEMA) - DJANGO_OWN_VARIABLES

    assert environment, f"{name} sets no environment variables"
    assert not unknown, f"{name} sets variables missing from SCHEMA: {sorted(unknown)}"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_service_uses_production_settings(services, name):
    environment = read_environment(services[name])

    assert environment.get("DJANGO_SETTINGS_MODULE") == "hub.settings.production"


def test_app_services_share_one_environment(services):
    web, worker, beat = (read_environment(services[name]) for name in APP_SERVICES)

    assert worker == web
    assert beat == web


@pytest.mark.parametrize("variable", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_compose_stops_without_required_secret(services, variable):
    value = read_environment(services["web"]).get(variable, "")

    # ${NAME:?message} makes compose exit with the message when NAME is unset or empty.
    assert re.fullmatch(rf"\$\{{{variable}:\?[^}}]+\}}", value), value


def test_dockerfile_runs_on_python_3_11():
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text()
    base_images = re.findall(r"^FROM\s+(\S+)", dockerfile, flags=re.MULTILINE | re.IGNORECASE)

    assert base_images, "Dockerfile has no FROM line"
    # The last stage is the image that runs.
    assert re.fullmatch(r"python:3\.11(\.\d+)?(-[\w.]+)?", base_images[-1]), base_images[-1]
