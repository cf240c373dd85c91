"""PUT /store/items: Store or update an item."""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="PUT",
    path="/store/items",
    path_parameters=(),
    query_parameters=(),
    response=Any,
)
