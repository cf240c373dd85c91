from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_search_select_item import CronSearchSelectItem
from ..models.cron_search_sort_by import CronSearchSortBy
from ..models.cron_search_sort_order import CronSearchSortOrder
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class CronSearch(Model):
    """CronSearch

    Payload for listing crons"""

    assistant_id: str | Unset = UNSET
    """ The assistant ID or graph name to filter by using exact match. """

    thread_id: str | Unset = UNSET
    """ The thread ID to search for. """

    enabled: bool | Unset = UNSET
    """ Filter by enabled status. If not provided, returns both enabled and disabled crons. """

    metadata: Any | Unset = UNSET
    """ Metadata to filter by. Exact match filter for each KV pair. """

    limit: int | Unset = 10
    """ The maximum number of results to return. """

    offset: int | Unset = 0
    """ The number of results to skip. """

    sort_by: CronSearchSortBy | Unset = "created_at"
    """ The field to sort by. """

    sort_order: CronSearchSortOrder | Unset = "desc"
    """ The order to sort by. """

    select: list[CronSearchSelectItem] | Unset = UNSET
    """ Specify which fields to return. If not provided, all fields are returned. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
