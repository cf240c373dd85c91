"""GET /threads/{thread_id}/runs: List Runs"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[list[Run]] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs",
    path_parameters=("thread_id",),
    query_parameters=(
        "limit",
        "offset",
        "status",
        "select",
    ),
    response=list[Run],
)
