"""POST /assistants: Create Assistant"""

from ...models.assistant import Assistant
from ...models.assistant_create import AssistantCreate
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="POST",
    path="/assistants",
    path_parameters=(),
    body=AssistantCreate,
    response=Assistant,
)
