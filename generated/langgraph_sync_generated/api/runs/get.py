"""GET /threads/{thread_id}/runs/{run_id}: Get Run"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[Run] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}",
    path_parameters=(
        "thread_id",
        "run_id",
    ),
    body=None,
    response=Run,
)
