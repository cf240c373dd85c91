from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ProtocolCommand(Model):
    """ProtocolCommand

    A client → server command envelope. Known methods: `run.start`, `input.respond`, `subscription.subscribe` (WS
    only), `subscription.unsubscribe` (WS only), `agent.getTree`."""

    id: int
    """ Client-assigned command id; echoed in the response. """

    method: str
    """ Command method name (e.g. `run.start`). """

    params: Any | Unset = UNSET
    """ Method-specific parameters. See the CDDL spec for per-method shapes. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
