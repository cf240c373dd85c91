"""PATCH /threads/{thread_id}: Patch Thread"""

from ...models.thread import Thread
from ...models.thread_patch import ThreadPatch
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="PATCH",
    path="/threads/{thread_id}",
    path_parameters=("thread_id",),
    body=ThreadPatch,
    response=Thread,
)
