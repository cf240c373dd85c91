"""GET /threads/{thread_id}/stream: Join Thread Stream"""

from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="GET",
    path="/threads/{thread_id}/stream",
    path_parameters=("thread_id",),
    body=None,
    response=str,
)
