"""POST /threads: Create Thread"""

from ...models.thread import Thread
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="POST",
    path="/threads",
    path_parameters=(),
    query_parameters=(),
    response=Thread,
)
