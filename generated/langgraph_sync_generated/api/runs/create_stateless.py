"""POST /runs: Create Background Run"""

from ...models.run import Run
from ...models.run_create_stateless import RunCreateStateless
from ...types import Endpoint

ENDPOINT: Endpoint[Run] = Endpoint(
    method="POST",
    path="/runs",
    path_parameters=(),
    body=RunCreateStateless,
    response=Run,
)
