"""POST /threads/{thread_id}/runs/stream: Create Run, Stream Output"""

from ...models.run_create_streaming_stateful import RunCreateStreamingStateful
from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/stream",
    path_parameters=("thread_id",),
    body=RunCreateStreamingStateful,
    response=str,
)
