"""POST /threads/{thread_id}/state: Update Thread State"""

from ...models.thread_state_update import ThreadStateUpdate
from ...models.thread_state_update_response import ThreadStateUpdateResponse
from ...types import Endpoint

ENDPOINT: Endpoint[ThreadStateUpdateResponse] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/state",
    path_parameters=("thread_id",),
    body=ThreadStateUpdate,
    response=ThreadStateUpdateResponse,
)
