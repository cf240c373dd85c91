"""POST /threads/{thread_id}/runs: Create Background Run"""

from ...models.run import Run
from ...models.run_create_stateful import RunCreateStateful
from ...types import Endpoint

ENDPOINT: Endpoint[Run] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs",
    path_parameters=("thread_id",),
    body=RunCreateStateful,
    response=Run,
)
