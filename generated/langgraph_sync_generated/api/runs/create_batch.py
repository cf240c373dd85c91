"""POST /runs/batch: Create Run Batch"""

from ...models.run import Run
from ...types import Endpoint

ENDPOINT: Endpoint[list[Run]] = Endpoint(
    method="POST",
    path="/runs/batch",
    path_parameters=(),
    query_parameters=(),
    response=list[Run],
)
