"""GET /threads/{thread_id}/runs/{run_id}/stream: Join Run Stream"""

from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/stream",
    path_parameters=(
        "thread_id",
        "run_id",
    ),
    body=None,
    response=str,
)
