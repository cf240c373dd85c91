"""langgraph-sync: a synchronous, typed client for the LangGraph server API.

from langgraph_sync import get_client

client = get_client("http://localhost:8123")
thread = client.threads.create()
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)

from . import errors
from ._sse import StreamPart
from .client import Client, get_client
from .errors import *  # every error, as errors.__all__ lists them
from .thread_stream import ThreadStream, ThreadStreamError
from .typed import StateValidationError, TypedGraph, TypedState

# Like requests and urllib3: without logging configured by the application, the retry warnings
# of the "langgraph_sync" logger go nowhere, instead of to stderr through logging's last resort.
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Client",
    "StateValidationError",
    "StreamPart",
    "ThreadStream",
    "ThreadStreamError",
    "TypedGraph",
    "TypedState",
    "__version__",
    "get_client",
]
__all__ += errors.__all__  # every error, at the top level too
