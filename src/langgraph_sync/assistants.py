"""client.assistants: the assistants endpoints, with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs
import requests
from langgraph_sync_generated.api.assistants import (
    count,
    create,
    delete,
    get,
    get_graph,
    get_schemas,
    get_subgraphs,
    get_subgraphs_in_namespace,
    get_versions,
    search,
    set_latest,
    update,
)
from langgraph_sync_generated.models import Assistant, AssistantVersion, GraphSchema, GraphSchemaNoId
from langgraph_sync_generated.models import AssistantCreateIfExists as OnConflictBehavior
from langgraph_sync_generated.models import AssistantSearchRequestSortBy as AssistantSortBy
from langgraph_sync_generated.models import AssistantSearchRequestSortOrder as SortOrder
from langgraph_sync_generated.types import Model

from ._http import QueryParams, Timeout, paginate, without_empty
from ._resource import Id, Json, Resource, SearchFilters, without_none
from ._validate import checked

if TYPE_CHECKING:
    from typing_extensions import Unpack


@attrs.define(repr=False, eq=False)
class AssistantsSearchResponse(Model):
    """One page of `assistants.search(response_format="object")`: the assistants and the next cursor.

    A dict as langgraph-sdk's is, too: `page["assistants"]`, `page["next"]`."""

    assistants: list[Assistant]
    next: str | None


class AssistantFilters(SearchFilters, total=False):
    """The filters of `assistants.search`, which `iter_search` takes too."""

    graph_id: str | None
    name: str | None
    sort_by: AssistantSortBy | None


class AssistantsClient(Resource):
    """Create, read, search and version assistants, and read their graphs and schemas.

    Every method also takes `headers=`, `params=` and `timeout=` for that call, and raises as "Errors" says.
    An `assistant_id` is an assistant's id (a str or `uuid.UUID`; a graph's default assistant has an id of its own
    and the graph's name); a method given one raises `NotFoundError` when no assistant has it.
    """

    @checked
    def get(
        self,
        assistant_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Assistant:
        """Get an assistant by id.

        Sends `GET /assistants/{assistant_id}`.

        Args:
            assistant_id: The assistant's id (a graph's default assistant has the graph's id as its name, and an id of
                its own).

        Returns:
            The `Assistant`.
        """
        return self._http.call(
            get.ENDPOINT, {"assistant_id": assistant_id}, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def get_graph(
        self,
        assistant_id: Id,
        *,
        xray: int | bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """The assistant's graph as JSON.

        Sends `GET /assistants/{assistant_id}/graph`.

        Args:
            xray: Show subgraphs' nodes too: `True`, or how many levels deep.

        Returns:
            A dict `{"nodes": [...], "edges": [...]}`.
        """
        return self._http.call(
            get_graph.ENDPOINT,
            {"assistant_id": assistant_id},
            params={"xray": xray},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def get_schemas(
        self,
        assistant_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> GraphSchema:
        """The JSON schemas of the assistant's graph.

        Sends `GET /assistants/{assistant_id}/schemas`.

        Returns:
            A `GraphSchema`: `input_schema`, `output_schema`, `state_schema`, `config_schema`, `context_schema`.
        """
        return self._http.call(
            get_schemas.ENDPOINT, {"assistant_id": assistant_id}, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def get_subgraphs(
        self,
        assistant_id: Id,
        namespace: str | None = None,
        recurse: bool = False,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> dict[str, GraphSchemaNoId]:
        """The schemas of the graph's subgraphs, by namespace.

        Sends `GET /assistants/{assistant_id}/subgraphs`, or `.../subgraphs/{namespace}` with `namespace`.

        Args:
            namespace: Only this subgraph's.
            recurse: Include the subgraphs of subgraphs.

        Returns:
            A `dict[str, GraphSchemaNoId]`.
        """
        query = {"recurse": recurse}
        if namespace is not None:
            subgraphs = self._http.call(
                get_subgraphs_in_namespace.ENDPOINT,
                {"assistant_id": assistant_id, "namespace": namespace},
                params=query,
                extra_params=params,
                headers=headers,
                timeout=timeout,
            )
        else:
            subgraphs = self._http.call(
                get_subgraphs.ENDPOINT,
                {"assistant_id": assistant_id},
                params=query,
                extra_params=params,
                headers=headers,
                timeout=timeout,
            )
        if not isinstance(subgraphs, Mapping):
            return subgraphs  # type: ignore[no-any-return]
        return {name: GraphSchemaNoId.from_dict(schema) for name, schema in subgraphs.items()}

    @checked
    def create(
        self,
        graph_id: str | None,
        config: Mapping[str, Any] | None = None,
        *,
        context: Mapping[str, Any] | None = None,
        metadata: Json = None,
        assistant_id: str | None = None,
        if_exists: OnConflictBehavior | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Assistant:
        """Create an assistant: a graph with its own config, context and metadata.

        Sends `POST /assistants`.

        Args:
            graph_id: The graph, as named in `langgraph.json`.
            config: Its `RunnableConfig` (`{"configurable": {...}, "tags": [...]}`).
            context: Its static context.
            metadata: Its metadata, to search by later.
            assistant_id: Its id; the server makes one when not given.
            if_exists: With `assistant_id`, `"raise"` (409) or `"do_nothing"` (the one there is returned).
            name: Its name.
            description: Its description.

        Returns:
            The new `Assistant`.

        Raises:
            ConflictError: an assistant with `assistant_id` exists and `if_exists` is `"raise"`.
            NotFoundError: no graph is named `graph_id`.
        """
        payload = {
            "graph_id": graph_id,
            **without_empty(
                {
                    "config": config,
                    "context": context,
                    "metadata": metadata,
                    "assistant_id": assistant_id,
                    "if_exists": if_exists,
                    "name": name,
                    "description": description,
                }
            ),
        }
        return self._http.call(create.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def update(
        self,
        assistant_id: Id,
        *,
        graph_id: str | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        metadata: Json = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        description: str | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Assistant:
        """Change an assistant: the server keeps the old version and makes the new one latest.

        Sends `PATCH /assistants/{assistant_id}`.

        Args:
            graph_id: Another graph.
            config: A new config.
            context: A new context.
            metadata: Keys to merge into its metadata.
            name: A new name.
            description: A new description.

        Returns:
            The updated `Assistant`, with its new `version`.
        """
        payload = without_empty({"graph_id": graph_id, "metadata": metadata, "name": name, "description": description})
        # An empty config or context is sent: it clears the assistant's (langgraph-sdk does the same).
        payload.update(without_none({"config": config, "context": context}))
        return self._http.call(
            update.ENDPOINT,
            {"assistant_id": assistant_id},
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def delete(
        self,
        assistant_id: Id,
        *,
        delete_threads: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete an assistant.

        Sends `DELETE /assistants/{assistant_id}`.

        Args:
            delete_threads: Also delete the threads it ran on.
        """
        self._http.call(
            delete.ENDPOINT,
            {"assistant_id": assistant_id},
            params={"delete_threads": True if delete_threads else None},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @overload
    def search(
        self,
        *,
        limit: int = 10,
        offset: int = 0,
        response_format: Literal["array"] = "array",
        **filters: Unpack[AssistantFilters],
    ) -> list[Assistant]: ...

    @overload
    def search(
        self,
        *,
        limit: int = 10,
        offset: int = 0,
        response_format: Literal["object"],
        **filters: Unpack[AssistantFilters],
    ) -> AssistantsSearchResponse: ...

    @checked
    def search(
        self,
        *,
        metadata: Json = None,
        graph_id: str | None = None,
        name: str | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: AssistantSortBy | None = None,
        sort_order: SortOrder | None = None,
        select: Sequence[str] | None = None,
        response_format: Literal["array", "object"] = "array",
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> list[Assistant] | AssistantsSearchResponse:
        """Assistants matching every filter given, one page of them.

        Sends `POST /assistants/search`.

        Args:
            metadata: Assistants whose metadata contains these keys and values.
            graph_id: Assistants of this graph.
            name: Assistants whose name contains this.
            limit: At most this many.
            offset: Skip this many first.
            sort_by: The field to sort by.
            sort_order: `"asc"` or `"desc"`.
            select: Only these fields; the others are `UNSET` on the returned models.
            response_format: `"array"`, or `"object"` to get the next page's cursor too.

        Returns:
            A `list[Assistant]`, or with `response_format="object"` an `AssistantsSearchResponse` (`assistants`,
            `next`).
        """
        if response_format not in ("array", "object"):
            raise ValueError(f"response_format must be 'array' or 'object', not {response_format!r}")
        payload = {
            "limit": limit,
            "offset": offset,
            **without_empty(
                {
                    "metadata": metadata,
                    "graph_id": graph_id,
                    "name": name,
                    "sort_by": sort_by,
                    "sort_order": sort_order,
                    "select": list(select or ()),
                }
            ),
        }
        next_cursor: list[str | None] = [None]

        def read_cursor(response: requests.Response) -> None:
            next_cursor[0] = response.headers.get("X-Pagination-Next")

        assistants = self._http.call(
            search.ENDPOINT,
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
            partial=bool(select),
            on_response=read_cursor,
        )
        if response_format == "object":
            return AssistantsSearchResponse(assistants=assistants, next=next_cursor[0])
        return assistants

    def iter_search(self, *, page_size: int = 100, **filters: Unpack[AssistantFilters]) -> Iterator[Assistant]:
        """Every assistant that `search` finds with these filters, a page at a time as you iterate.

        Sends `POST /assistants/search` for each page, when the previous one is used up.

        Args:
            page_size: Assistants per request.
            **filters: `search`'s other keywords.

        Returns:
            An iterator of `Assistant`.
        """
        return paginate(lambda limit, offset: self.search(limit=limit, offset=offset, **filters), page_size)

    @checked
    def count(
        self,
        *,
        metadata: Json = None,
        graph_id: str | None = None,
        name: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> int:
        """How many assistants match every filter given.

        Sends `POST /assistants/count`.

        Args:
            metadata: Assistants whose metadata contains these keys and values.
            graph_id: Assistants of this graph.
            name: Assistants whose name contains this.

        Returns:
            The number, an `int`.
        """
        payload = without_empty({"metadata": metadata, "graph_id": graph_id, "name": name})
        return self._http.call(count.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def get_versions(
        self,
        assistant_id: Id,
        metadata: Json = None,
        limit: int = 10,
        offset: int = 0,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> list[AssistantVersion]:
        """The assistant's versions, newest first.

        Sends `POST /assistants/{assistant_id}/versions`.

        Args:
            metadata: Versions whose metadata contains these.
            limit: At most this many.
            offset: Skip this many first.

        Returns:
            A `list[AssistantVersion]`.
        """
        payload = {"limit": limit, "offset": offset, **without_empty({"metadata": metadata})}
        return self._http.call(
            get_versions.ENDPOINT,
            {"assistant_id": assistant_id},
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def set_latest(
        self,
        assistant_id: Id,
        version: int,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Assistant:
        """Make an earlier (or later) version the assistant's current one.

        Sends `POST /assistants/{assistant_id}/latest`.

        Args:
            version: The version number.

        Returns:
            The `Assistant` at that version.

        Raises:
            NotFoundError: no assistant has that id, or it has no such version.
        """
        return self._http.call(
            set_latest.ENDPOINT,
            {"assistant_id": assistant_id},
            json={"version": version},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )
