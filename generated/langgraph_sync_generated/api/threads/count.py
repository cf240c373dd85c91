"""POST /threads/count: Count Threads"""

from ...models.thread_count_request import ThreadCountRequest
from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/threads/count",
    path_parameters=(),
    body=ThreadCountRequest,
    response=int,
)
