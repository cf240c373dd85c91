from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

if TYPE_CHECKING:
    from ..models.thread_storage_channel_values import ThreadStorageChannelValues
    from ..models.thread_storage_checkpoints import ThreadStorageCheckpoints
    from ..models.thread_storage_pending_writes import ThreadStoragePendingWrites


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadStorage(Model):
    """ThreadStorage

    Bytes a thread occupies in the checkpointer, as stored."""

    thread_id: str

    total_bytes: int
    """ Sum of the three sections below. """

    checkpoints: ThreadStorageCheckpoints
    """ Checkpoint rows: serialized checkpoint plus metadata. """

    channel_values: ThreadStorageChannelValues
    """ Stored channel values, one row per channel version. """

    pending_writes: ThreadStoragePendingWrites
    """ Task writes not yet folded into a checkpoint. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
