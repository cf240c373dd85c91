"""POST /assistants/{assistant_id}/latest: Set Latest Assistant Version"""

from ...models.assistant import Assistant
from ...models.assistant_version_change import AssistantVersionChange
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="POST",
    path="/assistants/{assistant_id}/latest",
    path_parameters=("assistant_id",),
    body=AssistantVersionChange,
    response=Assistant,
)
