"""GET /assistants/{assistant_id}/schemas: Get Assistant Schemas"""

from ...models.graph_schema import GraphSchema
from ...types import Endpoint

ENDPOINT: Endpoint[GraphSchema] = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}/schemas",
    path_parameters=("assistant_id",),
    body=None,
    response=GraphSchema,
)
