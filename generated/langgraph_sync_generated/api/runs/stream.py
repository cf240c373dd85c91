"""POST /threads/{thread_id}/runs/stream: Create Run, Stream Output"""

from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/stream",
    path_parameters=("thread_id",),
    query_parameters=(),
    response=str,
)
