from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class StoreSearchRequest(Model):
    """StoreSearchRequest

    Request to list or search for items within a namespace prefix. Without a query, lists items by last updated
    time. With a query, performs natural language search."""

    namespace_prefix: list[str] | None | Unset = UNSET
    """ List of strings representing the namespace prefix. """

    filter_: Any | Unset = _attrs_field(default=UNSET, metadata={"json": "filter"})
    """ Optional dictionary of key-value pairs to filter results. """

    limit: int | Unset = 10
    """ Maximum number of items to return (default is 10). """

    offset: int | Unset = 0
    """ Number of items to skip before returning results (default is 0). """

    query: None | str | Unset = UNSET
    """ Optional natural language search query. If not provided, items are returned ordered by last updated time
    (listing mode). If provided, performs a natural language search over item contents. """

    refresh_ttl: bool | None | Unset = UNSET
    """ Whether to refresh the TTL on items returned by this search. If null, uses the store's default behavior. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
