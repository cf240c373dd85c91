"""GET /info: Server Information"""

from ...models.server_info import ServerInfo
from ...types import Endpoint

ENDPOINT: Endpoint[ServerInfo] = Endpoint(
    method="GET",
    path="/info",
    path_parameters=(),
    body=None,
    response=ServerInfo,
)
