"""DELETE /threads/{thread_id}/runs/{run_id}: Delete Run"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/threads/{thread_id}/runs/{run_id}",
    path_parameters=(
        "thread_id",
        "run_id",
    ),
    body=None,
    response=Any,
)
