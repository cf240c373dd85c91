"""client.store: the server's long-term key-value store, with langgraph-sdk's method names,
arguments and defaults.

Items live under namespaces: tuples (or lists) of labels such as `("users", "u1", "memories")`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from langgraph_sync_generated.api.store import delete_item, get_item, list_namespaces, put_item, search_items
from langgraph_sync_generated.models import Item, ListNamespaceResponse, SearchItem, SearchItemsResponse

from ._http import QueryParams, Timeout, paginate
from ._resource import CallOptions, Resource, without_none
from ._validate import checked

if TYPE_CHECKING:
    from typing_extensions import Unpack

Namespace = Sequence[str]


def checked_namespace(namespace: Sequence[str], argument: str = "namespace") -> list[str]:
    """The namespace as the list of labels sent, or a ValueError before anything is sent.

    The server joins labels with "." (a get's `?namespace=users.u1`), so a label may not contain
    one, and may not be empty; it would answer 422 to either, as it does to langgraph-sdk.
    """
    if isinstance(namespace, str | bytes) or not isinstance(namespace, Sequence):
        # ("users") is the string "users", not a one-label namespace: the easiest slip to make.
        raise TypeError(f"{argument} must be a tuple or list of labels, not {type(namespace).__name__} {namespace!r}")
    for label in namespace:
        if not isinstance(label, str):
            raise TypeError(f"{argument} labels must be str, not {type(label).__name__} {label!r}")
        if not label:
            raise ValueError(f"invalid {argument} {tuple(namespace)!r}: labels cannot be empty")
        if "." in label:
            raise ValueError(f"invalid {argument} label {label!r}: labels cannot contain periods ('.')")
    return list(namespace)


class ItemFilters(CallOptions, total=False):
    """The filters of `store.search_items`, which `iter_search_items` takes too."""

    filter: Mapping[str, Any] | None
    query: str | None
    refresh_ttl: bool | None


class StoreClient(Resource):
    """Put, get, search and delete items of the store, and list its namespaces.

    Every method also takes `headers=`, `params=` and `timeout=` for that call, and raises as "Errors" says.
    """

    @checked
    def put_item(
        self,
        namespace: Namespace,
        key: str,
        value: Mapping[str, Any],
        index: Literal[False] | Sequence[str] | None = None,
        ttl: float | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """Store `value` under `namespace` and `key`, replacing what was there.

        Sends PUT /store/items. `index`: None indexes the server's default fields for semantic
        search, False none, or a list of field paths; `ttl`: minutes until the item expires.
        Raises ValueError for a namespace label that is empty or contains a period."""
        payload = {
            "namespace": checked_namespace(namespace),
            "key": key,
            "value": value,
            "index": list(index) if index else index,
            "ttl": ttl,
        }
        self._http.call(
            put_item.ENDPOINT,
            json=without_none(payload),
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def get_item(
        self,
        namespace: Namespace,
        key: str,
        *,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Item | None:
        """The item stored under `namespace` and `key`, or None if there is none (the server
        answers 200 null). `refresh_ttl` restarts the item's TTL (None: the server's default)."""
        query = {"key": key, "namespace": ".".join(checked_namespace(namespace)), "refresh_ttl": refresh_ttl}
        return self._http.call(get_item.ENDPOINT, params=query, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def delete_item(
        self,
        namespace: Namespace,
        key: str,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        *,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete the item under `namespace` and `key` (nothing happens if there is none).
        Sends DELETE /store/items with the namespace and key as its JSON body."""
        self._http.call(
            delete_item.ENDPOINT,
            json={"key": key, "namespace": checked_namespace(namespace)},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def search_items(
        self,
        namespace_prefix: Namespace,
        filter: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        query: str | None = None,
        refresh_ttl: bool | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        *,
        timeout: Timeout | None = None,
    ) -> SearchItemsResponse:
        """Items whose namespace starts with `namespace_prefix` (`()` for all), matching every
        key-value pair of `filter`; newest first, or by relevance to `query` on a server with
        semantic search. `.items_` (the key "items") holds the `SearchItem`s, each with its `score`."""
        payload = {
            "namespace_prefix": checked_namespace(namespace_prefix, "namespace_prefix"),
            "filter": filter,
            "limit": limit,
            "offset": offset,
            "query": query,
            "refresh_ttl": refresh_ttl,
        }
        return self._http.call(
            search_items.ENDPOINT,
            json=without_none(payload),
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    def iter_search_items(
        self, namespace_prefix: Namespace, *, page_size: int = 100, **filters: Unpack[ItemFilters]
    ) -> Iterator[SearchItem]:
        """Every item `search_items` would find with these `filters` (its other keywords), fetched
        `page_size` at a time as you iterate."""
        return paginate(
            lambda limit, offset: self.search_items(namespace_prefix, limit=limit, offset=offset, **filters).items_,
            page_size,
        )

    @checked
    def list_namespaces(
        self,
        prefix: Namespace | None = None,
        suffix: Namespace | None = None,
        max_depth: int | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> ListNamespaceResponse:
        """The namespaces that start with `prefix` and end with `suffix`, cut to `max_depth`
        labels; `.namespaces` is a list of lists of labels."""
        payload = {
            "prefix": None if prefix is None else checked_namespace(prefix, "prefix"),
            "suffix": None if suffix is None else checked_namespace(suffix, "suffix"),
            "max_depth": max_depth,
            "limit": limit,
            "offset": offset,
        }
        return self._http.call(
            list_namespaces.ENDPOINT,
            json=without_none(payload),
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )
