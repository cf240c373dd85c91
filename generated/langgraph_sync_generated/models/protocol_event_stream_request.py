from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_channel_type_0 import ProtocolChannelType0
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ProtocolEventStreamRequest(Model):
    """ProtocolEventStreamRequest

    Body of `POST /threads/{thread_id}/stream/events`. Filters the connection-scoped SSE stream."""

    channels: list[ProtocolChannelType0 | str]
    """ Channels to subscribe to for the lifetime of this connection. """

    namespaces: list[list[str]] | Unset = UNSET
    """ Prefix-match filter. An event matches if its namespace starts with any of these prefixes. Omit for all
    namespaces. """

    depth: int | Unset = UNSET
    """ Max depth below the namespace prefix. Omit for unbounded depth. """

    since: int | Unset = UNSET
    """ Replay events with `seq` greater than this value before streaming live events. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
