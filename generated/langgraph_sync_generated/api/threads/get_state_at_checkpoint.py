"""POST /threads/{thread_id}/state/checkpoint: Get Thread State At Checkpoint"""

from ...models.thread_state import ThreadState
from ...models.thread_state_checkpoint_request import ThreadStateCheckpointRequest
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadState] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/state/checkpoint",
    path_parameters=("thread_id",),
    body=ThreadStateCheckpointRequest,
    response=ThreadState,
)
