"""PATCH /assistants/{assistant_id}: Patch Assistant"""

from ...models.assistant import Assistant
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="PATCH",
    path="/assistants/{assistant_id}",
    path_parameters=("assistant_id",),
    query_parameters=(),
    response=Assistant,
)
