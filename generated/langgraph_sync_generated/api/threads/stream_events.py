"""POST /threads/{thread_id}/stream/events: Protocol v2 Event Stream (SSE)"""

from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/stream/events",
    path_parameters=("thread_id",),
    query_parameters=(),
    response=str,
)
