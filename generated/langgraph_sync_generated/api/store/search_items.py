"""POST /store/items/search: Search or list items within a namespace prefix."""

from ...models.search_items_response import SearchItemsResponse
from ...types import Endpoint

ENDPOINT: Endpoint[SearchItemsResponse] = Endpoint(
    method="POST",
    path="/store/items/search",
    path_parameters=(),
    query_parameters=(),
    response=SearchItemsResponse,
)
