"""POST /runs/crons: Create Cron"""

from ...models.cron import Cron
from ...models.cron_create import CronCreate
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="POST",
    path="/runs/crons",
    path_parameters=(),
    body=CronCreate,
    response=Cron,
)
