"""GET /threads/{thread_id}/history: Get Thread History"""

from ...models.thread_state import ThreadState
from ...types import Endpoint

ENDPOINT: Endpoint[list[ThreadState]] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/history",
    path_parameters=("thread_id",),
    body=None,
    response=list[ThreadState],
)
