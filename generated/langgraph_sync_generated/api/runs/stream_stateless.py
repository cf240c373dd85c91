"""POST /runs/stream: Create Run, Stream Output"""

from ...models.run_create_streaming_stateless import RunCreateStreamingStateless
from ...types import Endpoint

ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/runs/stream",
    path_parameters=(),
    body=RunCreateStreamingStateless,
    response=str,
)
