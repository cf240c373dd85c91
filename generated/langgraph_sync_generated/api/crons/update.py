"""PATCH /runs/crons/{cron_id}: Update Cron"""

from ...models.cron import Cron
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="PATCH",
    path="/runs/crons/{cron_id}",
    path_parameters=("cron_id",),
    query_parameters=(),
    response=Cron,
)
