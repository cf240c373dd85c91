"""POST /threads/{thread_id}/history: Get Thread History Post"""

from ...models.thread_state import ThreadState
from ...models.thread_state_search import ThreadStateSearch
from ...types import Endpoint

ENDPOINT: Endpoint[list[ThreadState]] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/history",
    path_parameters=("thread_id",),
    body=ThreadStateSearch,
    response=list[ThreadState],
)
