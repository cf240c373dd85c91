"""POST /assistants/count: Count Assistants"""

from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/assistants/count",
    path_parameters=(),
    query_parameters=(),
    response=int,
)
