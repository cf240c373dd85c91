"""POST /assistants/{assistant_id}/versions: Get Assistant Versions"""

from ...models.assistant_version import AssistantVersion
from ...types import Endpoint

ENDPOINT: Endpoint[list[AssistantVersion]] = Endpoint(
    method="POST",
    path="/assistants/{assistant_id}/versions",
    path_parameters=("assistant_id",),
    query_parameters=(),
    response=list[AssistantVersion],
)
