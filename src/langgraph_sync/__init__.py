"""langgraph-sync: a synchronous, typed client for the LangGraph server API.

from langgraph_sync import get_client

client = get_client("http://localhost:8123")
thread = client.threads.create()
"""

from __future__ import annotations

__version__ = "0.1.0"

from ._sse import StreamPart
from .client import Client, get_client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LangGraphError,
    NotFoundError,
    PermissionDeniedError,
    PoolTimeoutError,
    RateLimitError,
    RunError,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "LangGraphError",
    "NotFoundError",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "RateLimitError",
    "RunError",
    "StreamPart",
    "UnprocessableEntityError",
    "__version__",
    "get_client",
]
