"""GET /assistants/{assistant_id}/graph: Get Assistant Graph"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}/graph",
    path_parameters=("assistant_id",),
    body=None,
    response=Any,
)
