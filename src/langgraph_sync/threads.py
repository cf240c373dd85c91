"""client.threads: the threads endpoints, with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from langgraph_sync_generated.api.threads import (
    copy,
    count,
    create,
    delete,
    get,
    get_history,
    get_state,
    get_state_at_checkpoint,
    get_state_at_checkpoint_id,
    join_stream,
    prune,
    search,
    update,
    update_state,
)
from langgraph_sync_generated.models import (
    Thread,
    ThreadPruneResponse,
    ThreadState,
    ThreadStateUpdateResponse,
    ThreadStatus,
)
from langgraph_sync_generated.models import ThreadCreateIfExists as OnConflictBehavior
from langgraph_sync_generated.models import ThreadSearchRequestSortBy as ThreadSortBy
from langgraph_sync_generated.models import ThreadSearchRequestSortOrder as SortOrder

from ._http import QueryParams, Timeout, paginate, without_empty
from ._resource import CallOptions, Id, Json, Resource, SearchFilters
from ._sse import StreamPart
from ._validate import checked
from .thread_stream import ThreadStream, check_websockets_installed

if TYPE_CHECKING:
    from typing_extensions import Unpack


class ThreadFilters(SearchFilters, total=False):
    """The filters of `threads.search`, which `iter_search` takes too."""

    values: Json
    ids: Sequence[Id] | None
    status: ThreadStatus | None
    sort_by: ThreadSortBy | None
    extract: Mapping[str, str] | None


def _ttl(ttl: int | Mapping[str, Any] | None) -> Any:
    # A number of minutes is short for the "delete" strategy, as in langgraph-sdk.
    if ttl is None or isinstance(ttl, Mapping):
        return ttl
    return {"ttl": ttl, "strategy": "delete"}


class ThreadsClient(Resource):
    """Create, read, search and change threads and their state.

    Every method also takes `headers=`, `params=` and `timeout=` for that call, and raises as "Errors" says.
    A `thread_id` is a thread's id (a str or `uuid.UUID`); a method given one raises `NotFoundError` when no
    thread has it.
    """

    @checked
    def create(
        self,
        *,
        metadata: Json = None,
        thread_id: str | None = None,
        if_exists: OnConflictBehavior | None = None,
        supersteps: Sequence[Mapping[str, Sequence[Mapping[str, Any]]]] | None = None,
        graph_id: str | None = None,
        ttl: int | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Thread:
        """Create a thread.

        Sends `POST /threads`.

        Args:
            metadata: The thread's metadata, to search by later.
            thread_id: Its id; the server makes one when not given.
            if_exists: With `thread_id`, what a thread of that id already there does: `"raise"` (409) or
                `"do_nothing"` (it is returned).
            supersteps: Updates to apply as the thread's first checkpoints, as langgraph-sdk's `supersteps`.
            graph_id: Stored in the metadata as `graph_id`.
            ttl: Minutes until the thread is deleted, or a TTL object (`{"ttl": 60, "strategy": "delete"}`).

        Returns:
            The new `Thread` (with `if_exists="do_nothing"`, the one already there).

        Raises:
            ConflictError: a thread with `thread_id` exists and `if_exists` is `"raise"`.
        """
        payload = without_empty(
            {
                "thread_id": thread_id,
                "metadata": {**(metadata or {}), **({"graph_id": graph_id} if graph_id else {})},
                "if_exists": if_exists,
                "supersteps": [
                    {
                        "updates": [
                            {"values": u["values"], "command": u.get("command"), "as_node": u["as_node"]}
                            for u in step["updates"]
                        ]
                    }
                    for step in supersteps or ()
                ],
            }
        )
        if ttl is not None:
            payload["ttl"] = _ttl(ttl)
        return self._http.call(create.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def get(
        self,
        thread_id: Id,
        *,
        include: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Thread:
        """Get a thread by id.

        Sends `GET /threads/{thread_id}`.

        Args:
            include: Fields the server leaves out by default, e.g. `["ttl"]`.

        Returns:
            The `Thread`.
        """
        return self._http.call(
            get.ENDPOINT,
            {"thread_id": thread_id},
            params={"include": ",".join(include) if include else None},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @overload
    def update(
        self,
        thread_id: Id,
        *,
        metadata: Mapping[str, Any],
        ttl: int | Mapping[str, Any] | None = None,
        return_minimal: Literal[False] = False,
        **options: Unpack[CallOptions],
    ) -> Thread: ...

    @overload
    def update(
        self,
        thread_id: Id,
        *,
        metadata: Mapping[str, Any],
        ttl: int | Mapping[str, Any] | None = None,
        return_minimal: Literal[True],
        **options: Unpack[CallOptions],
    ) -> None: ...

    @checked
    def update(
        self,
        thread_id: Id,
        *,
        metadata: Mapping[str, Any],
        ttl: int | Mapping[str, Any] | None = None,
        return_minimal: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Thread | None:
        """Merge `metadata` into the thread's metadata, and change its TTL.

        Sends `PATCH /threads/{thread_id}`.

        Args:
            metadata: Keys to add or replace.
            ttl: Minutes until deletion, or a TTL object.
            return_minimal: Ask the server for no body back (`Prefer: return=minimal`).

        Returns:
            The updated `Thread`, or `None` with `return_minimal=True`.
        """
        payload: dict[str, Any] = {"metadata": metadata}
        if ttl is not None:
            payload["ttl"] = _ttl(ttl)
        request_headers = {**(headers or {}), **({"Prefer": "return=minimal"} if return_minimal else {})}
        thread = self._http.call(
            update.ENDPOINT,
            {"thread_id": thread_id},
            json=payload,
            extra_params=params,
            headers=request_headers,
            timeout=timeout,
        )
        return None if return_minimal else thread

    @checked
    def delete(
        self,
        thread_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete a thread, with its state and runs.

        Sends `DELETE /threads/{thread_id}`.
        """
        self._http.call(
            delete.ENDPOINT, {"thread_id": thread_id}, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def search(
        self,
        *,
        metadata: Json = None,
        values: Json = None,
        ids: Sequence[Id] | None = None,
        status: ThreadStatus | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: ThreadSortBy | None = None,
        sort_order: SortOrder | None = None,
        select: Sequence[str] | None = None,
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> list[Thread]:
        """Threads matching every filter given, one page of them.

        Sends `POST /threads/search`.

        Args:
            metadata: Threads whose metadata contains these keys and values.
            values: Threads whose state values contain these.
            ids: Only these threads.
            status: `"idle"`, `"busy"`, `"interrupted"` or `"error"`.
            limit: At most this many.
            offset: Skip this many first.
            sort_by: The field to sort by.
            sort_order: `"asc"` or `"desc"`.
            select: Only these fields; the others are `UNSET` on the returned models.
            extract: Values to extract from each thread, by JSON path, into `extracted`.

        Returns:
            A `list[Thread]`.
        """
        payload = {
            "limit": limit,
            "offset": offset,
            **without_empty(
                {
                    "metadata": metadata,
                    "values": values,
                    "ids": [str(thread_id) for thread_id in ids or ()],
                    "status": status,
                    "sort_by": sort_by,
                    "sort_order": sort_order,
                    "select": list(select or ()),
                    "extract": extract,
                }
            ),
        }
        return self._http.call(
            search.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout, partial=bool(select)
        )

    def iter_search(self, *, page_size: int = 100, **filters: Unpack[ThreadFilters]) -> Iterator[Thread]:
        """Every thread that `search` finds with these filters, a page at a time as you iterate.

        Sends `POST /threads/search` for each page, when the previous one is used up.

        Args:
            page_size: Threads per request.
            **filters: `search`'s other keywords.

        Returns:
            An iterator of `Thread`. Sort (`sort_by`) so that pages do not shift while threads are created.
        """
        return paginate(lambda limit, offset: self.search(limit=limit, offset=offset, **filters), page_size)

    @checked
    def count(
        self,
        *,
        metadata: Json = None,
        values: Json = None,
        status: ThreadStatus | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> int:
        """How many threads match every filter given.

        Sends `POST /threads/count`.

        Args:
            metadata: Threads whose metadata contains these keys and values.
            values: Threads whose state values contain these.
            status: Threads with this status.

        Returns:
            The number, an `int`.
        """
        payload = without_empty({"metadata": metadata, "values": values, "status": status})
        return self._http.call(count.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def copy(
        self,
        thread_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Thread:
        """Copy a thread, with its state and checkpoints.

        Sends `POST /threads/{thread_id}/copy`.

        Args:
            thread_id: The thread to copy.

        Returns:
            The new `Thread` (langgraph-sdk returns `None`).
        """
        return self._http.call(
            copy.ENDPOINT, {"thread_id": thread_id}, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def prune(
        self,
        thread_ids: Sequence[Id],
        *,
        strategy: Literal["delete", "keep_latest"] = "delete",
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> ThreadPruneResponse:
        """Delete threads, or only their older checkpoints.

        Sends `POST /threads/prune`.

        Args:
            thread_ids: The threads (a list, even of one).
            strategy: `"delete"` the threads, or `"keep_latest"` checkpoint of each.

        Returns:
            A `ThreadPruneResponse` with the number pruned.
        """
        payload: dict[str, Any] = {"thread_ids": [str(thread_id) for thread_id in thread_ids]}
        if strategy != "delete":
            payload["strategy"] = strategy
        return self._http.call(prune.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def get_state(
        self,
        thread_id: Id,
        checkpoint: Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        *,
        subgraphs: bool = False,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> ThreadState:
        """The thread's state: the latest, or at a given checkpoint.

        Sends `GET /threads/{thread_id}/state`, `GET /threads/{thread_id}/state/{checkpoint_id}` with `checkpoint_id`,
            or `POST /threads/{thread_id}/state/checkpoint` with `checkpoint`.

        Args:
            checkpoint: A checkpoint object (`{"checkpoint_id": ..., "checkpoint_ns": ...}`).
            checkpoint_id: A checkpoint's id.
            subgraphs: Include the states of subgraphs in the tasks.
            select: Only these fields.

        Returns:
            A `ThreadState` (`values`, `next_`, `tasks`, `checkpoint`, `metadata`, ...).
        """
        select_list = list(select) if select else None
        if checkpoint:
            payload = {"checkpoint": checkpoint, "subgraphs": subgraphs, **without_empty({"select": select_list})}
            return self._http.call(
                get_state_at_checkpoint.ENDPOINT,
                {"thread_id": thread_id},
                json=payload,
                extra_params=params,
                headers=headers,
                timeout=timeout,
            )
        query = {"subgraphs": subgraphs, "select": select_list}
        if checkpoint_id:
            return self._http.call(
                get_state_at_checkpoint_id.ENDPOINT,
                {"thread_id": thread_id, "checkpoint_id": checkpoint_id},
                params=query,
                extra_params=params,
                headers=headers,
                timeout=timeout,
            )
        return self._http.call(
            get_state.ENDPOINT,
            {"thread_id": thread_id},
            params=query,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def update_state(
        self,
        thread_id: Id,
        values: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None,
        *,
        as_node: str | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> ThreadStateUpdateResponse:
        """Write values to the thread's state, as if a node had returned them.

        Sends `POST /threads/{thread_id}/state`.

        Args:
            values: The update (or a list of updates), applied through the graph's reducers.
            as_node: The node the update comes from; it decides what runs next.
            checkpoint: Update from this checkpoint instead of the latest.
            checkpoint_id: Update from the checkpoint with this id.

        Returns:
            A `ThreadStateUpdateResponse` with the new checkpoint.
        """
        payload = {
            "values": values,
            **without_empty({"checkpoint_id": checkpoint_id, "checkpoint": checkpoint, "as_node": as_node}),
        }
        return self._http.call(
            update_state.ENDPOINT,
            {"thread_id": thread_id},
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def get_history(
        self,
        thread_id: Id,
        *,
        limit: int = 10,
        before: str | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> list[ThreadState]:
        """The thread's past states, newest first.

        Sends `POST /threads/{thread_id}/history`.

        Args:
            limit: At most this many states.
            before: Only states before this checkpoint (an id or a checkpoint object).
            metadata: Only checkpoints whose metadata contains these.
            checkpoint: Only states under this checkpoint (e.g. a subgraph's namespace).
            select: Only these fields.

        Returns:
            A `list[ThreadState]`.
        """
        payload = {
            "limit": limit,
            **without_empty(
                {
                    "before": before,
                    "metadata": metadata,
                    "checkpoint": checkpoint,
                    "select": list(select) if select else None,
                }
            ),
        }
        return self._http.call(
            get_history.ENDPOINT,
            {"thread_id": thread_id},
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def join_stream(
        self,
        thread_id: Id,
        *,
        stream_mode: str | Sequence[str] = "run_modes",
        last_event_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[StreamPart]:
        """Follow the thread: the events of its runs, as they happen.

        Sends `GET /threads/{thread_id}/stream` (server-sent events).

        Args:
            stream_mode: `"run_modes"` for what each run asked to stream, or modes (`"values"`, `"updates"`, ...,
                `"lifecycle"`, `"state_update"`).
            last_event_id: Resume after this event.

        Returns:
            An iterator of `StreamPart` that never ends by itself: stop iterating, or `.close()` it, to release the
            connection.
        """
        return self._http.stream(
            join_stream.ENDPOINT,
            {"thread_id": thread_id},
            params={"stream_mode": stream_mode, **(params or {})},
            headers={**({"Last-Event-ID": last_event_id} if last_event_id else {}), **(headers or {})},
            timeout=timeout,
        )

    @checked
    def stream(
        self,
        thread_id: Id | None = None,
        *,
        assistant_id: str,
        headers: Mapping[str, str] | None = None,
        run_start_timeout: float | None = None,
        transport: Literal["sse", "websocket"] = "sse",
    ) -> ThreadStream:
        """A streaming session on a thread (langgraph-sdk's thread-centric protocol, over
        server-sent events), to use as a context manager:

            with client.threads.stream(assistant_id="agent") as thread:
                thread.run.start(input={"messages": ["hi"]})
                for values in thread.values: ...        # until it stops or is interrupted
                if thread.interrupted:
                    thread.run.respond("yes")
                print(thread.output)                    # the final state values

        `thread_id=None` makes a new thread (created by `run.start`). `headers` go with every
        request of the session; `run_start_timeout` bounds the wait for `run.start`'s answer.
        `transport="websocket"` reads the events over the server's websocket instead of
        server-sent events (commands are still POSTs): it needs the `websocket` extra (ImportError
        naming it otherwise). Another transport raises ValueError."""
        if transport not in ("sse", "websocket"):
            raise ValueError(f"transport must be 'sse' or 'websocket', not {transport!r}")
        if transport == "websocket":
            check_websockets_installed()
        return ThreadStream(
            self._http,
            thread_id=str(thread_id) if thread_id is not None else str(uuid.uuid4()),
            assistant_id=assistant_id,
            headers=headers,
            explicit_thread_id=thread_id is not None,
            run_start_timeout=run_start_timeout,
            transport=transport,
        )
