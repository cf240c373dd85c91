"""POST /store/namespaces: List namespaces with optional match conditions."""

from ...models.list_namespace_response import ListNamespaceResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ListNamespaceResponse] = Endpoint(
    method="POST",
    path="/store/namespaces",
    path_parameters=(),
    query_parameters=(),
    response=ListNamespaceResponse,
)
