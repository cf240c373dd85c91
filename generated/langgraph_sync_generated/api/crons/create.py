"""POST /runs/crons: Create Cron"""

from ...models.cron import Cron
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="POST",
    path="/runs/crons",
    path_parameters=(),
    query_parameters=(),
    response=Cron,
)
