"""POST /threads: Create Thread"""

from ...models.thread import Thread
from ...models.thread_create import ThreadCreate
from ...types import Endpoint

ENDPOINT: Endpoint[Thread] = Endpoint(
    method="POST",
    path="/threads",
    path_parameters=(),
    body=ThreadCreate,
    response=Thread,
)
