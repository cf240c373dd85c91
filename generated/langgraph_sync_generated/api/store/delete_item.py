"""DELETE /store/items: Delete an item."""

from typing import Any

from ...models.store_delete_request import StoreDeleteRequest
from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/store/items",
    path_parameters=(),
    body=StoreDeleteRequest,
    response=Any,
)
