"""POST /assistants/count: Count Assistants"""

from ...models.assistant_count_request import AssistantCountRequest
from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/assistants/count",
    path_parameters=(),
    body=AssistantCountRequest,
    response=int,
)
