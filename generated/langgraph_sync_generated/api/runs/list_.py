"""GET /threads/{thread_id}/runs: List Runs"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[list[Run]] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs",
    path_parameters=("thread_id",),
    body=None,
    response=list[Run],
)
