"""GET /assistants/{assistant_id}/subgraphs/{namespace}: Get Assistant Subgraphs by Namespace"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}/subgraphs/{namespace}",
    path_parameters=(
        "assistant_id",
        "namespace",
    ),
    body=None,
    response=Any,
)
