"""POST /threads/{thread_id}/runs/wait: Create Run, Wait for Output"""

from typing import Any

from ...models.run_create_streaming_stateful import RunCreateStreamingStateful
from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/wait",
    path_parameters=("thread_id",),
    body=RunCreateStreamingStateful,
    response=Any,
)
