from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_create_if_exists import ThreadCreateIfExists
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.thread_create_supersteps_item import ThreadCreateSuperstepsItem
    from ..models.thread_create_ttl import ThreadCreateTTL


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadCreate(Model):
    """ThreadCreate

    Payload for creating a thread."""

    thread_id: str | Unset = UNSET
    """ The ID of the thread. If not provided, a random UUID will be generated. """

    metadata: Any | Unset = UNSET
    """ Metadata to add to thread. """

    if_exists: ThreadCreateIfExists | Unset = "raise"
    """ How to handle duplicate creation. Must be either 'raise' (raise error if duplicate), or 'do_nothing' (return
    existing thread). """

    ttl: ThreadCreateTTL | Unset = UNSET
    """ The time-to-live for the thread. """

    supersteps: list[ThreadCreateSuperstepsItem] | Unset = UNSET

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
