"""POST /assistants: Create Assistant"""

from ...models.assistant import Assistant
from ...types import Endpoint

ENDPOINT: Endpoint[Assistant] = Endpoint(
    method="POST",
    path="/assistants",
    path_parameters=(),
    query_parameters=(),
    response=Assistant,
)
