"""GET /ok: Health Check"""

from ...models.health_response import HealthResponse
from ...types import Endpoint

ENDPOINT: Endpoint[HealthResponse] = Endpoint(
    method="GET",
    path="/ok",
    path_parameters=(),
    body=None,
    response=HealthResponse,
)
