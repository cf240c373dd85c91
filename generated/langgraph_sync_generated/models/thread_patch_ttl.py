from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_patch_ttl_strategy import ThreadPatchTTLStrategy
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadPatchTTL(Model):
    """ThreadPatchTTL

    The time-to-live for the thread."""

    strategy: ThreadPatchTTLStrategy | Unset = "delete"
    """ The TTL strategy. 'delete' removes the entire thread. 'keep_latest' prunes old checkpoints but keeps the
    thread and its latest state. """

    ttl: float | Unset = UNSET
    """ The time-to-live in minutes from now until thread should be swept. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
