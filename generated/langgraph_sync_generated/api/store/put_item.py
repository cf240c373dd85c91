"""PUT /store/items: Store or update an item."""

from typing import Any

from ...models.store_put_request import StorePutRequest
from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="PUT",
    path="/store/items",
    path_parameters=(),
    body=StorePutRequest,
    response=Any,
)
