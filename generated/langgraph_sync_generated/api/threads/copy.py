"""POST /threads/{thread_id}/copy: Copy Thread"""

from ...models.thread import Thread
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/copy",
    path_parameters=("thread_id",),
    body=None,
    response=Thread,
)
