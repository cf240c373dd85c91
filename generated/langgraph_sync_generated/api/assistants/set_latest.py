"""POST /assistants/{assistant_id}/latest: Set Latest Assistant Version"""

from ...models.assistant import Assistant
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="POST",
    path="/assistants/{assistant_id}/latest",
    path_parameters=("assistant_id",),
    query_parameters=("version",),
    response=Assistant,
)
