"""DELETE /assistants/{assistant_id}: Delete Assistant"""

from typing import Any

from ...types import Endpoint

ENDPOINT: Endpoint[Any] = Endpoint(
    method="DELETE",
    path="/assistants/{assistant_id}",
    path_parameters=("assistant_id",),
    body=None,
    response=Any,
)
