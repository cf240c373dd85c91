"""POST /threads/{thread_id}/runs/crons: Create Thread Cron"""

from ...models.cron import Cron
from ...models.thread_cron_create import ThreadCronCreate
from ...types import Endpoint

ENDPOINT: Endpoint[Cron] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/runs/crons",
    path_parameters=("thread_id",),
    body=ThreadCronCreate,
    response=Cron,
)
