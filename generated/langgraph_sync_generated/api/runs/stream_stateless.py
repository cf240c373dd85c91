"""POST /runs/stream: Create Run, Stream Output"""

from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/runs/stream",
    path_parameters=(),
    query_parameters=(),
    response=str,
)
