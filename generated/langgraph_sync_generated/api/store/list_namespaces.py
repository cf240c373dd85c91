"""POST /store/namespaces: List namespaces with optional match conditions."""

from ...models.list_namespace_response import ListNamespaceResponse
from ...models.store_list_namespaces_request import StoreListNamespacesRequest
from ...types import Endpoint

ENDPOINT: Endpoint[ListNamespaceResponse] = Endpoint(
    method="POST",
    path="/store/namespaces",
    path_parameters=(),
    body=StoreListNamespacesRequest,
    response=ListNamespaceResponse,
)
