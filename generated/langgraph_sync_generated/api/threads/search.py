"""POST /threads/search: Search Threads"""

from ...models.thread import Thread
from ...models.thread_search_request import ThreadSearchRequest
from ...types import Endpoint

ENDPOINT: Endpoint[list[Thread]] = Endpoint(
    method="POST",
    path="/threads/search",
    path_parameters=(),
    body=ThreadSearchRequest,
    response=list[Thread],
)
