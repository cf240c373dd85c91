"""POST /runs/wait: Create Run, Wait for Output"""

from typing import Any

from ...models.run_create_streaming_stateless import RunCreateStreamingStateless
from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="POST",
    path="/runs/wait",
    path_parameters=(),
    body=RunCreateStreamingStateless,
    response=Any,
)
