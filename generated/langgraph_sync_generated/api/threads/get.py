"""GET /threads/{thread_id}: Get Thread"""

from ...models.thread import Thread
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="GET",
    path="/threads/{thread_id}",
    path_parameters=("thread_id",),
    body=None,
    response=Thread,
)
