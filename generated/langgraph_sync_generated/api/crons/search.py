"""POST /runs/crons/search: Search Crons"""

from ...models.cron import Cron
from ...types import Endpoint

ENDPOINT: Endpoint[list[Cron]] = Endpoint(
    method="POST",
    path="/runs/crons/search",
    path_parameters=(),
    query_parameters=(),
    response=list[Cron],
)
