"""GET /assistants/{assistant_id}/subgraphs: Get Assistant Subgraphs"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}/subgraphs",
    path_parameters=("assistant_id",),
    body=None,
    response=Any,
)
