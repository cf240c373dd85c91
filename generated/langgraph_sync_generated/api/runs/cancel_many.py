"""POST /runs/cancel: Cancel Runs"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="POST",
    path="/runs/cancel",
    path_parameters=(),
    body=Any,
    response=Any,
)
