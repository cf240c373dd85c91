"""langgraph-sync: a synchronous, typed client for the LangGraph server API.

from langgraph_sync import get_client

client = get_client("http://localhost:8123")
thread = client.threads.create()
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)

from . import errors
from ._convert import JsonMismatchError, converter
from ._sse import StreamPart
from .client import Client, get_client
from .errors import *  # every error, as errors.__all__ lists them

if TYPE_CHECKING:
    from .thread_stream import ThreadRunError, ThreadStream, ThreadStreamError
    from .typed import StateValidationError, TypedGraph, TypedState

# Imported when first asked for (PEP 562), with the resources that need them (see Client): a
# program that never streams a thread or types a graph does not pay for importing them.
_LAZY = {
    "ThreadRunError": ".thread_stream",
    "ThreadStream": ".thread_stream",
    "ThreadStreamError": ".thread_stream",
    "StateValidationError": ".typed",
    "TypedGraph": ".typed",
    "TypedState": ".typed",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


# Like requests and urllib3: without logging configured by the application, the retry warnings
# of the "langgraph_sync" logger go nowhere, instead of to stderr through logging's last resort.
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Client",
    "JsonMismatchError",
    "StateValidationError",
    "StreamPart",
    "ThreadRunError",
    "ThreadStream",
    "ThreadStreamError",
    "TypedGraph",
    "TypedState",
    "__version__",
    "converter",
    "get_client",
]
__all__ += errors.__all__  # every error, at the top level too
