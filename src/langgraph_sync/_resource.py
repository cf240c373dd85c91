"""What the resource clients (threads, assistants, runs, crons, store) share.

Each resource is a class over the one `HttpClient` of its `Client`; its methods build a request
from their arguments (langgraph-sdk's names and defaults), send it with `HttpClient.call` (or
`HttpClient.stream`), and return the reply typed. Every method also takes `headers=`, `params=` and
`timeout=` for that call (`CallOptions`), and raises as README "Errors" says: `TypeError` or
`ValueError` for an argument that cannot be sent, before anything is sent (`_validate`, and the
body's request model), an `APIError` for any other failure.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from langgraph_sync_generated.models import ThreadSearchRequestSortOrder as SortOrder

from ._http import HttpClient, QueryParams, Timeout

# A path id: the server's ids are UUIDs, sent as their str.
Id = str | uuid.UUID
# A JSON object argument (metadata, values), or None for "not given".
Json = Mapping[str, Any] | None


class CallOptions(TypedDict, total=False):
    """What every method takes for one call: `headers=` (sent with that request), `params=`
    (extra query parameters, which win over the method's own) and `timeout=` (seconds, or
    `(connect, read)`)."""

    headers: Mapping[str, str] | None
    params: QueryParams | None
    timeout: Timeout | None


class SearchFilters(CallOptions, total=False):
    """What the searches of threads, assistants and crons all filter and sort by."""

    metadata: Json
    sort_order: SortOrder | None
    select: Sequence[str] | None


class Resource:
    def __init__(self, http: HttpClient) -> None:
        self._http = http


def without_none(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload less the arguments not given (None), as langgraph-sdk leaves them out."""
    return {key: value for key, value in payload.items() if value is not None}
