"""The transport: where every request is built, sent and parsed, on a requests.Session.

One place each, for the resources' sake: `build_path` and `_encode_json` build, `send` sends
(and is where retries belong), `parse` turns the reply into the endpoint's type or a typed error.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from langgraph_sync_generated.types import Endpoint

from ._convert import structure
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)

ResponseT = TypeVar("ResponseT")

# (connect, read) seconds, as langgraph-sdk's defaults: runs can take minutes to answer.
DEFAULT_TIMEOUT = (5.0, 300.0)
Timeout = float | tuple[float, float]
QueryParams = Mapping[str, Any]


class _NoBody:
    """The body of a request that sends none (not even `null`)."""


NO_BODY: Any = _NoBody()


def quote_path_param(name: str, value: str | uuid.UUID) -> str:
    """A path segment that can only ever be that: `../x` or `a/b` never reach another endpoint."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or uuid.UUID, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    quoted = quote(value, safe="")
    # quote() leaves dots alone, and a path segment of only dots means "this/parent folder".
    return "%2E" * len(quoted) if quoted.strip(".") == "" else quoted


def build_path(endpoint: Endpoint[Any], path_params: Mapping[str, str | uuid.UUID]) -> str:
    if set(path_params) != set(endpoint.path_parameters):
        raise AssertionError(f"{endpoint.path} takes {endpoint.path_parameters}, got {tuple(path_params)}")
    return endpoint.path.format(**{name: quote_path_param(name, value) for name, value in path_params.items()})


def _query_value(value: Any) -> Any:
    # The server reads booleans as JSON does; requests would send "True".
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return [_query_value(item) for item in value]
    return value


def _encode_query(*parts: QueryParams | None) -> dict[str, Any] | None:
    query: dict[str, Any] = {}
    for part in parts:
        if part:
            query.update((key, _query_value(value)) for key, value in part.items() if value is not None)
    return query or None


def _encode_json(body: Any) -> bytes:
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as error:
        # Name the argument that cannot be sent, rather than json's bare "not serializable".
        if isinstance(body, Mapping):
            for key, value in body.items():
                try:
                    json.dumps(value, allow_nan=False)
                except (TypeError, ValueError) as field_error:
                    raise TypeError(f"{key} is not JSON-serializable: {field_error}") from None
        raise TypeError(f"request body is not JSON-serializable: {error}") from None


def _as_timeout(timeout: Timeout | None) -> tuple[float, float]:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, tuple):
        return timeout
    return (float(timeout), float(timeout))


class HttpClient:
    """Sends requests to one LangGraph server and parses its replies."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str],
        timeout: Timeout | None = None,
        session: requests.Session | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"url must be an http(s) URL such as http://localhost:8123, not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.headers = dict(headers)
        self.timeout = _as_timeout(timeout)
        self.session = session if session is not None else requests.Session()

    def close(self) -> None:
        self.session.close()

    def call(
        self,
        endpoint: Endpoint[ResponseT],
        path_params: Mapping[str, str | uuid.UUID] | None = None,
        *,
        json: Any = NO_BODY,
        params: QueryParams | None = None,
        extra_params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
        partial: bool = False,
        on_response: Callable[[requests.Response], None] | None = None,
    ) -> ResponseT:
        """Send one operation and return its response as the endpoint's type.

        `params` are the method's own query parameters; `extra_params` are the caller's `params=`,
        which win, as in langgraph-sdk. `partial` accepts models that lack required fields (the
        reply to a `select=`). `on_response` sees the response first, for its headers.
        """
        response = self.send(
            endpoint.method,
            build_path(endpoint, path_params or {}),
            json=json,
            params=_encode_query(params, extra_params),
            headers=headers,
        )
        if on_response is not None:
            on_response(response)
        return self.parse(response, endpoint.response, partial=partial)  # type: ignore[no-any-return]

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = NO_BODY,
        params: QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Send a request; return the response if its status is 2xx, else raise the typed error."""
        request_headers = dict(self.headers)
        data = None
        if json is not NO_BODY:
            data = _encode_json(json)
            request_headers["Content-Type"] = "application/json"
        if headers:
            request_headers.update(headers)
        url = self.base_url + path
        try:
            response = self.session.request(
                method, url, params=params, data=data, headers=request_headers, timeout=self.timeout
            )
        except requests.Timeout as error:
            raise APITimeoutError(f"no answer in time ({error})", method=method, url=url) from error
        except requests.RequestException as error:
            raise APIConnectionError(f"could not connect ({error})", method=method, url=url) from error
        if response.status_code >= 400:
            raise status_error(response)
        return response

    def parse(self, response: requests.Response, response_type: Any, *, partial: bool = False) -> Any:
        """The response's JSON as `response_type`; None for an empty body."""
        if not response.content:
            return None
        try:
            data = json.loads(response.content)
        except ValueError as error:
            raise APIResponseValidationError(
                f"response is not valid JSON ({error})", response=response, body=response.text
            ) from None
        try:
            return structure(data, response_type, partial=partial)
        except Exception as error:  # noqa: BLE001 - cattrs and the hooks raise several kinds
            name = getattr(response_type, "__name__", str(response_type))
            raise APIResponseValidationError(
                f"response does not match {name}: {type(error).__name__}: {error}", response=response, body=data
            ) from None


def without_empty(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload less the arguments left empty (None, {}, [], "", False).

    langgraph-sdk leaves those out of the body (`if metadata: ...`); so do we, so that the
    server applies its own defaults exactly as it does for langgraph-sdk.
    """
    return {key: value for key, value in payload.items() if value}
