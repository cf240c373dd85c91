"""PATCH /assistants/{assistant_id}: Patch Assistant"""

from ...models.assistant import Assistant
from ...models.assistant_patch import AssistantPatch
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="PATCH",
    path="/assistants/{assistant_id}",
    path_parameters=("assistant_id",),
    body=AssistantPatch,
    response=Assistant,
)
