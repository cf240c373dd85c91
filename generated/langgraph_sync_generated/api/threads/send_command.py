"""POST /threads/{thread_id}/commands: Protocol v2 Command"""

from ...models.protocol_command import ProtocolCommand
from ...models.protocol_error import ProtocolError
from ...models.protocol_success import ProtocolSuccess
from ...types import Endpoint

ENDPOINT: Endpoint[ProtocolError | ProtocolSuccess] = Endpoint(
    method="POST",
    path="/threads/{thread_id}/commands",
    path_parameters=("thread_id",),
    body=ProtocolCommand,
    response=ProtocolError | ProtocolSuccess,
)
