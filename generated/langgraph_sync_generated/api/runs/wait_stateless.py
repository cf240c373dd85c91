"""POST /runs/wait: Create Run, Wait for Output"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="POST",
    path="/runs/wait",
    path_parameters=(),
    query_parameters=(),
    response=Any,
)
