"""GET /runs/crons/{cron_id}: Get Cron"""

from ...models.cron import Cron
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="GET",
    path="/runs/crons/{cron_id}",
    path_parameters=("cron_id",),
    body=None,
    response=Cron,
)
