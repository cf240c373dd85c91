"""POST /threads/search: Search Threads"""

from ...models.thread import Thread
from ...types import Endpoint

ENDPOINT: Endpoint[list[Thread]] = Endpoint(
    method="POST",
    path="/threads/search",
    path_parameters=(),
    query_parameters=(),
    response=list[Thread],
)
