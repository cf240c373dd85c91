"""POST /runs/crons/count: Count Crons"""

from ...models.cron_count_request import CronCountRequest
from ...types import Endpoint

ENDPOINT: Endpoint[int] = Endpoint(
    method="POST",
    path="/runs/crons/count",
    path_parameters=(),
    body=CronCountRequest,
    response=int,
)
