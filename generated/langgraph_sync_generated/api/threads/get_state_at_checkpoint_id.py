"""GET /threads/{thread_id}/state/{checkpoint_id}: Get Thread State At Checkpoint"""

from ...models.thread_state import ThreadState
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadState] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/state/{checkpoint_id}",
    path_parameters=(
        "thread_id",
        "checkpoint_id",
    ),
    body=None,
    response=ThreadState,
)
