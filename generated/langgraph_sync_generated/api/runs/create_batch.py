"""POST /runs/batch: Create Run Batch"""

from ...models.run import Run
from ...models.run_create_stateless import RunCreateStateless
from ...types import Endpoint

ENDPOINT: Endpoint[list[Run]] = Endpoint(
    method="POST",
    path="/runs/batch",
    path_parameters=(),
    body=list[RunCreateStateless],
    response=list[Run],
)
