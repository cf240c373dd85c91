"""PATCH /runs/crons/{cron_id}: Update Cron"""

from ...models.cron import Cron
from ...models.cron_patch import CronPatch
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="PATCH",
    path="/runs/crons/{cron_id}",
    path_parameters=("cron_id",),
    body=CronPatch,
    response=Cron,
)
