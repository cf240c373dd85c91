"""DELETE /threads/{thread_id}: Delete Thread"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/threads/{thread_id}",
    path_parameters=("thread_id",),
    body=None,
    response=Any,
)
