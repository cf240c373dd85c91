"""POST /threads/{thread_id}/runs/{run_id}/cancel: Cancel Run"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    path_parameters=(
        "thread_id",
        "run_id",
    ),
    body=None,
    response=Any,
)
