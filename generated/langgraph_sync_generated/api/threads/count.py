"""POST /threads/count: Count Threads"""

from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/threads/count",
    path_parameters=(),
    query_parameters=(),
    response=int,
)
