"""GET /threads/{thread_id}/runs/{run_id}/join: Join Run"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/join",
    path_parameters=(
        "thread_id",
        "run_id",
    ),
    body=None,
    response=Any,
)
