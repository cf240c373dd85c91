"""POST /assistants/{assistant_id}/versions: Get Assistant Versions"""

from ...models.assistant_version import AssistantVersion
from ...models.search_request import SearchRequest
from ...types import Endpoint

ENDPOINT: Endpoint[list[AssistantVersion]] = Endpoint(
    method="POST",
    path="/assistants/{assistant_id}/versions",
    path_parameters=("assistant_id",),
    body=SearchRequest,
    response=list[AssistantVersion],
)
