"""PATCH /threads/{thread_id}: Patch Thread"""

from ...models.thread import Thread
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="PATCH",
    path="/threads/{thread_id}",
    path_parameters=("thread_id",),
    query_parameters=(),
    response=Thread,
)
