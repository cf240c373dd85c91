"""POST /assistants/search: Search Assistants"""

from ...models.assistant import Assistant
from ...models.assistant_search_request import AssistantSearchRequest
from ...types import Endpoint

ENDPOINT: Endpoint[list[Assistant]] = Endpoint(
    method="POST",
    path="/assistants/search",
    path_parameters=(),
    body=AssistantSearchRequest,
    response=list[Assistant],
)
