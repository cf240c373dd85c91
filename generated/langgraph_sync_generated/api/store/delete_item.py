"""DELETE /store/items: Delete an item."""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/store/items",
    path_parameters=(),
    query_parameters=(),
    response=Any,
)
