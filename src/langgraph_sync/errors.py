"""Every error the client raises, named as langgraph-sdk names them.

LangGraphError
└── APIError                      method, url, message, body
    ├── APIStatusError            the server answered 4xx/5xx: status_code, response
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │   └── RateLimitError 429, InternalServerError 5xx
    ├── APIConnectionError        no answer: refused, reset, DNS, TLS
    │   └── APITimeoutError
    │       └── PoolTimeoutError  no pooled connection came free within the connect timeout
    └── APIResponseValidationError  a 2xx whose body is not what the API promises
RunError (a LangGraphError)       runs.wait ended with the run's error

When the program has imported httpx, each status error is also an httpx.HTTPStatusError, as
langgraph-sdk's are (`except httpx.HTTPStatusError as e: e.response.status_code`).
"""

from __future__ import annotations

import json
import sys
from typing import Any
from urllib.parse import urlsplit

import requests

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "LangGraphError",
    "NotFoundError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "RunError",
    "UnprocessableEntityError",
]

# How much of a non-JSON error body (a proxy's HTML page, say) goes into the message.
_EXCERPT_CHARS = 200


class LangGraphError(Exception):
    """Base of every error raised by langgraph_sync."""


class APIError(LangGraphError):
    """A request to the API failed. `str(e)` reads `METHOD /path: message`, but for a status
    error, whose `str(e)` is the server's message, as langgraph-sdk's."""

    status_code: int | None = None

    def __init__(self, message: str, *, method: str, url: str, body: Any = None, attempts: int = 1) -> None:
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        self.attempts = attempts
        # Exception's own: with httpx imported, a status error's class also derives from
        # httpx.HTTPStatusError (see status_error), whose __init__ takes other arguments.
        Exception.__init__(self, message)

    def __str__(self) -> str:
        status = f"{self.status_code} " if self.status_code is not None else ""
        tries = f" (after {self.attempts} attempts)" if self.attempts > 1 else ""
        return f"{status}{self.method} {urlsplit(self.url).path}: {self.message}{tries}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__: rebuild from the instance dict so errors pickle (multiprocessing,
        # Celery). A class made with httpx.HTTPStatusError is made again where it is unpickled.
        return (_rebuild, (getattr(type(self), "_without_httpx", type(self)), self.__dict__))


def _rebuild(cls: type[APIError], state: dict[str, Any]) -> APIError:
    if issubclass(cls, APIStatusError):
        cls = _as_httpx_error(cls)
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, state.get("message"))
    return error


class APIStatusError(APIError):
    """The server answered with an error status."""

    status_code: int

    def __init__(self, message: str, *, response: requests.Response, body: Any, attempts: int = 1) -> None:
        super().__init__(message, method=response.request.method or "", url=response.url, body=body, attempts=attempts)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        self._request = response.request  # what httpx.HTTPError's `request` gives (see status_error)

    def __str__(self) -> str:
        # The server's message, as langgraph-sdk's `str(e)` (programs show it to their users):
        # method, url, status_code and attempts are attributes.
        return self.message


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class APIConnectionError(APIError):
    """The request got no answer: connection refused or dropped, DNS or TLS failure."""


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class PoolTimeoutError(APITimeoutError):
    """Every pooled connection (`max_connections`) stayed busy for the whole connect timeout;
    nothing was sent."""


class APIResponseValidationError(APIError):
    """A successful response whose body is not what the API promises: empty, not JSON, not the
    model, nested too deep, not decompressible, or a stream that ends in the middle of an event."""

    def __init__(self, message: str, *, response: requests.Response, body: Any) -> None:
        super().__init__(message, method=response.request.method or "", url=response.url, body=body)
        self.response = response
        self.status_code = response.status_code


class RunError(LangGraphError):
    """`runs.wait` finished with the run's error (the server sends it as `__error__`)."""

    def __init__(self, error: str, message: str) -> None:
        self.error = error
        self.message = message
        super().__init__(f"{error}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.error, self.message))


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: requests.Response, *, attempts: int = 1) -> APIStatusError:
    """The typed error for a 4xx/5xx response (or a redirect that was not followed), with the
    server's own message."""
    body: Any
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        body = response.text
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    cls = _as_httpx_error(cls)
    message = _message(body, response)
    if response.is_redirect:
        message = (
            f"redirected to {response.headers['location']!r}, which is not within this client's base URL:"
            " not followed, so that the API key and the request stay with the server you configured"
        )
    return cls(message, response=response, body=body, attempts=attempts)


# A status error class of ours -> the same class, also derived from httpx.HTTPStatusError.
_HTTPX_ERRORS: dict[type[APIStatusError], type[APIStatusError]] = {}


def _as_httpx_error(cls: type[APIStatusError]) -> type[APIStatusError]:
    """`cls`, also an httpx.HTTPStatusError when the program has imported httpx: code written for
    langgraph-sdk, whose status errors are httpx's, catches `httpx.HTTPStatusError` and reads
    `e.response.status_code` and `e.request`. Without httpx, nothing imports it."""
    httpx = sys.modules.get("httpx")
    if httpx is None:
        return cls
    both = _HTTPX_ERRORS.get(cls)
    if both is None:
        namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "_without_httpx": cls}
        both = _HTTPX_ERRORS.setdefault(cls, type(cls.__name__, (cls, httpx.HTTPStatusError), namespace))
    return both


def _message(body: Any, response: requests.Response) -> str:
    """langgraph-sdk's message for the reply: the server's own (its `message`, `detail` or
    `error`, or those of an `error` object), else `404 Not Found`; to which we add what else
    the body says (a validation error's list, a proxy's page), as langgraph-sdk does not."""
    if isinstance(body, dict):
        found = [body.get(key) for key in ("message", "detail", "error")]
        nested = body.get("error")
        if isinstance(nested, dict):
            found += [nested.get("message"), nested.get("detail")]
        for value in found:
            if isinstance(value, str) and value:
                return value
    status = f"{response.status_code} {response.reason or 'HTTP Error'}"
    detail = ""
    if isinstance(body, dict):
        detail = next(
            (json.dumps(body[key], ensure_ascii=False) for key in ("message", "detail", "error") if body.get(key)), ""
        )
    elif isinstance(body, str) and body.strip():
        text = " ".join(body.split())
        detail = text[:_EXCERPT_CHARS] + ("…" if len(text) > _EXCERPT_CHARS else "")
    return f"{status}: {detail}" if detail else status
