"""The example app's tests run against a real LangGraph server: langgraph_sync's pytest plugin.

With `pip install 'langgraph-sync[testing]'`, pytest gets two fixtures: `langgraph_url`, a real
in-memory `langgraph dev` for the project's langgraph.json (started once per session; say which
file with `langgraph_config` under [tool.pytest.ini_options]), and `langgraph_client`. Here the
Django settings point the app at that server, as a project's test settings would.
"""

from __future__ import annotations

import django
import pytest
from django.conf import settings


@pytest.fixture(scope="session", autouse=True)
def django_settings(langgraph_url: str) -> None:
    if not settings.configured:  # once per process; with pytest-django, set LANGGRAPH_URL in a fixture instead
        settings.configure(
            LANGGRAPH_URL=langgraph_url,
            ROOT_URLCONF="django_app.views",
            ALLOWED_HOSTS=["testserver"],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        django.setup()
    assert settings.LANGGRAPH_URL == langgraph_url
