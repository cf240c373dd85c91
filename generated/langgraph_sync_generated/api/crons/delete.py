"""DELETE /runs/crons/{cron_id}: Delete Cron"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/runs/crons/{cron_id}",
    path_parameters=("cron_id",),
    body=None,
    response=Any,
)
