"""GET /assistants/{assistant_id}: Get Assistant"""

from ...models.assistant import Assistant
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="GET",
    path="/assistants/{assistant_id}",
    path_parameters=("assistant_id",),
    body=None,
    response=Assistant,
)
