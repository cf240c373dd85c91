"""POST /store/items/search: Search or list items within a namespace prefix."""

from ...models.search_items_response import SearchItemsResponse
from ...models.store_search_request import StoreSearchRequest
from ...types import Endpoint

ENDPOINT: Endpoint[SearchItemsResponse] = Endpoint(
    method="POST",
    path="/store/items/search",
    path_parameters=(),
    body=StoreSearchRequest,
    response=SearchItemsResponse,
)
