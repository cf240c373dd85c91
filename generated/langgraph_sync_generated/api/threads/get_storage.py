"""GET /threads/{thread_id}/storage: Get Thread Storage"""

from ...models.thread_storage import ThreadStorage
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadStorage] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/storage",
    path_parameters=("thread_id",),
    body=None,
    response=ThreadStorage,
)
