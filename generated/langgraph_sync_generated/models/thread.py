from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.thread_ttl_info import ThreadTTLInfo


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Thread(Model):
    """Thread"""

    thread_id: str
    """ The ID of the thread. """

    created_at: datetime.datetime
    """ The time the thread was created. """

    updated_at: datetime.datetime
    """ The last time the thread was updated. """

    metadata: Any
    """ The thread metadata. """

    status: ThreadStatus
    """ The status of the thread. """

    state_updated_at: datetime.datetime | Unset = UNSET
    """ The last time the thread state was updated. """

    config: Any | Unset = UNSET
    """ The thread config. """

    values: Any | Unset = UNSET
    """ The current state of the thread. """

    interrupts: Any | Unset = UNSET
    """ The current interrupts of the thread. """

    ttl: ThreadTTLInfo | Unset = UNSET
    """ TTL information if set for this thread. Only present when ?include=ttl is passed. """

    extracted: Any | Unset = UNSET
    """ Extracted values from thread JSONB columns, populated when extract is specified in search request. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
