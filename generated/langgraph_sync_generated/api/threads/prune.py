"""POST /threads/prune: Prune Threads"""

from ...models.thread_prune_request import ThreadPruneRequest
from ...models.thread_prune_response import ThreadPruneResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadPruneResponse] = Endpoint(
    method="POST",
    path="/threads/prune",
    path_parameters=(),
    body=ThreadPruneRequest,
    response=ThreadPruneResponse,
)
