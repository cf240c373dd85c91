"""GET /threads/{thread_id}/state: Get Thread State"""

from ...models.thread_state import ThreadState
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadState] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/state",
    path_parameters=("thread_id",),
    body=None,
    response=ThreadState,
)
