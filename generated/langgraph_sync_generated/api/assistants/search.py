"""POST /assistants/search: Search Assistants"""

from ...models.assistant import Assistant
from ...types import Endpoint

ENDPOINT: Endpoint[list[Assistant]] = Endpoint(
    method="POST",
    path="/assistants/search",
    path_parameters=(),
    query_parameters=(),
    response=list[Assistant],
)
