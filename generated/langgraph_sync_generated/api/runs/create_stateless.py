"""POST /runs: Create Background Run"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[Run] = Endpoint(
    method="POST",
    path="/runs",
    path_parameters=(),
    query_parameters=(),
    response=Run,
)
