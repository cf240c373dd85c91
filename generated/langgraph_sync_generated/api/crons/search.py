"""POST /runs/crons/search: Search Crons"""

from ...models.cron import Cron
from ...models.cron_search import CronSearch
from ...types import Endpoint

ENDPOINT: Endpoint[list[Cron]] = Endpoint(
    method="POST",
    path="/runs/crons/search",
    path_parameters=(),
    body=CronSearch,
    response=list[Cron],
)
