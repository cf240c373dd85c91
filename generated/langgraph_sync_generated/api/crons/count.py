"""POST /runs/crons/count: Count Crons"""

from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/runs/crons/count",
    path_parameters=(),
    query_parameters=(),
    response=int,
)
