"""A relay for your web app: your users' browsers speak the LangGraph API to your Django or Flask
app (LangGraph's JS SDK, React's `useStream`), which checks each request against your users'
logins and sends it on to the LangGraph server with the server's key (docs/guides/relay.md).

    relay = Relay(get_client("http://langgraph:8123"))
    app.register_blueprint(relay_blueprint(relay, user=current_username))   # Flask
    path("langgraph/", include(relay_urls(relay)))                           # Django
    RelayApp(relay, user=lambda environ: ...)                                # any WSGI server

Flask and Django are imported only by their adapters (`langgraph_sync.relay.flask`,
`langgraph_sync.relay.django`).
"""

from ._core import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_RULES,
    OWNER_KEY,
    Relay,
    RelayRequest,
    RelayResponse,
    Rule,
    RuleContext,
    RuleResult,
)
from ._routes import ROUTES, RULE_NAMES, Route
from .wsgi import RelayApp

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_RULES",
    "OWNER_KEY",
    "ROUTES",
    "RULE_NAMES",
    "Relay",
    "RelayApp",
    "RelayRequest",
    "RelayResponse",
    "Route",
    "Rule",
    "RuleContext",
    "RuleResult",
]
