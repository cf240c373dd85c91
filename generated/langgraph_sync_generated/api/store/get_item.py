"""GET /store/items: Retrieve a single item."""

from ...models.item import Item
from ...types import Endpoint

ENDPOINT: Endpoint[Item | None] = Endpoint(
    method="GET",
    path="/store/items",
    path_parameters=(),
    body=None,
    response=Item | None,
)
