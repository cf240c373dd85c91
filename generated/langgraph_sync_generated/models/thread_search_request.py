from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_search_request_select_item import (
    ThreadSearchRequestSelectItem,
)
from ..models.thread_search_request_sort_by import ThreadSearchRequestSortBy
from ..models.thread_search_request_sort_order import (
    ThreadSearchRequestSortOrder,
)
from ..models.thread_search_request_status import ThreadSearchRequestStatus
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class ThreadSearchRequest(Model):
    """ThreadSearchRequest

    Payload for listing threads."""

    ids: list[str] | Unset = UNSET
    """ List of thread IDs to include. Others are excluded. """

    metadata: Any | Unset = UNSET
    """ Thread metadata to filter on. """

    values: Any | Unset = UNSET
    """ State values to filter on. """

    status: ThreadSearchRequestStatus | Unset = UNSET
    """ Thread status to filter on. """

    limit: int | Unset = 10
    """ Maximum number to return. """

    offset: int | Unset = 0
    """ Offset to start from. """

    sort_by: ThreadSearchRequestSortBy | Unset = UNSET
    """ Sort by field. """

    sort_order: ThreadSearchRequestSortOrder | Unset = UNSET
    """ Sort order. """

    select: list[ThreadSearchRequestSelectItem] | Unset = UNSET
    """ Specify which fields to return. If not provided, all fields are returned. """

    extract: Any | Unset = UNSET
    """ Map of alias to JSONB path for extracting specific values. Paths must start with values, metadata, config,
    or interrupts. Example: {"last_msg": "values.messages[-1]"}. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
