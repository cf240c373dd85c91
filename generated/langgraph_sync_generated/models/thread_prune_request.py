from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_prune_request_strategy import ThreadPruneRequestStrategy
from ..types import Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadPruneRequest(Model):
    """ThreadPruneRequest

    Payload for pruning threads."""

    thread_ids: list[str]
    """ List of thread IDs to prune. """

    strategy: ThreadPruneRequestStrategy | Unset = "delete"
    """ The prune strategy. 'delete' removes threads entirely. 'keep_latest' prunes old checkpoints but keeps
    threads and their latest state. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
