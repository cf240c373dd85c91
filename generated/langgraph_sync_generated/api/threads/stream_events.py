"""POST /threads/{thread_id}/stream/events: Protocol v2 Event Stream (SSE)"""

from ...models.protocol_event_stream_request import ProtocolEventStreamRequest
from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/stream/events",
    path_parameters=("thread_id",),
    body=ProtocolEventStreamRequest,
    response=str,
)
