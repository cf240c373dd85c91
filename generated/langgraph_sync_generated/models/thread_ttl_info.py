from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_ttl_info_strategy import ThreadTTLInfoStrategy
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadTTLInfo(Model):
    """ThreadTTLInfo

    TTL information if set for this thread. Only present when ?include=ttl is passed."""

    strategy: ThreadTTLInfoStrategy | Unset = UNSET
    """ The TTL strategy. """

    ttl_minutes: float | Unset = UNSET
    """ The TTL in minutes. """

    expires_at: datetime.datetime | Unset = UNSET
    """ When the thread will expire. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
