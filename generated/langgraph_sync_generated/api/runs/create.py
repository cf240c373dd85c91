"""POST /threads/{thread_id}/runs: Create Background Run"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[Run] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs",
    path_parameters=("thread_id",),
    query_parameters=(),
    response=Run,
)
