"""client.runs: run a graph on a thread (or statelessly, with thread_id=None), wait for it,
stream it, resume it; with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

import builtins
import re
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, overload

import attrs
import requests
from langgraph_sync_generated.api.runs import (
    cancel,
    cancel_many,
    create,
    create_batch,
    create_stateless,
    delete,
    get,
    join,
    join_stream,
    list_,
    stream,
    stream_stateless,
    wait,
    wait_stateless,
)
from langgraph_sync_generated.models import CancelAction, Run
from langgraph_sync_generated.models import ListStatus as RunStatus
from langgraph_sync_generated.models import RunCreateStatefulStreamModeType0Item as StreamMode
from langgraph_sync_generated.models import RunMultitaskStrategy as MultitaskStrategy
from langgraph_sync_generated.types import Endpoint, Model

from ._http import QueryParams, Timeout, paginate
from ._resource import CallOptions, Id, Resource, without_none
from ._sse import StreamPart as StreamPart
from ._validate import checked
from .errors import RunError

if TYPE_CHECKING:
    from typing_extensions import Unpack


ResponseT = TypeVar("ResponseT")

_CREATED_RUN = re.compile(r"(?:/threads/(?P<thread_id>[^/]+))?/runs/(?P<run_id>[^/?]+)")


class StreamPartV2(TypedDict):
    """One event of `runs.stream(..., version="v2")`, the shape langgraph-sdk gives it: `type`
    is the stream mode ("values", "updates", ..., "metadata"), `ns` the subgraph's namespace
    ([] for the graph itself), `data` the payload; for "values", `interrupts` holds what the
    state's `__interrupt__` held (taken out of `data`), else []."""

    type: str
    ns: list[str]
    data: Any
    interrupts: list[Any]


def _as_v2(parts: Iterator[StreamPart]) -> Iterator[StreamPartV2]:
    """The v1 parts as v2 dicts; the "end" event ends the stream and is not yielded."""
    for part in parts:
        if part.event == "end":
            continue
        mode, *namespace = part.event.split("|")
        data = part.data
        interrupts = data.pop("__interrupt__", []) if mode == "values" and isinstance(data, dict) else []
        yield StreamPartV2(type=mode, ns=namespace, data=data, interrupts=interrupts)


@attrs.define(repr=False, eq=False)
class RunCreateMetadata(Model):
    """What `on_run_created` is told as soon as the server has created the run: a dict, as
    langgraph-sdk's (`metadata["run_id"]`), with typed attributes (`metadata.run_id`)."""

    run_id: str
    thread_id: str | None


# The JSON body of create, wait and stream: their keywords, in the order langgraph-sdk sends them.
_CREATE_BODY = (
    "input", "command", "stream_mode", "stream_subgraphs", "stream_resumable", "config", "context", "metadata",
    "assistant_id", "interrupt_before", "interrupt_after", "webhook", "checkpoint", "checkpoint_id",
    "checkpoint_during", "multitask_strategy", "if_not_exists", "on_completion", "after_seconds", "durability",
    "strict_resume", "langsmith_tracing",
)  # fmt: skip
_WAIT_BODY = (
    "input", "command", "config", "context", "metadata", "assistant_id", "interrupt_before", "interrupt_after",
    "webhook", "checkpoint", "checkpoint_id", "multitask_strategy", "if_not_exists", "on_disconnect",
    "checkpoint_during", "on_completion", "after_seconds", "durability", "strict_resume", "langsmith_tracing",
)  # fmt: skip
_STREAM_BODY = (
    "input", "command", "config", "context", "metadata", "stream_mode", "stream_subgraphs", "stream_resumable",
    "assistant_id", "interrupt_before", "interrupt_after", "feedback_keys", "webhook", "checkpoint", "checkpoint_id",
    "checkpoint_during", "multitask_strategy", "if_not_exists", "on_disconnect", "on_completion", "after_seconds",
    "durability", "strict_resume", "langsmith_tracing",
)  # fmt: skip


def _run_payload(arguments: Mapping[str, Any], body: tuple[str, ...]) -> dict[str, Any]:
    """The JSON body: the method's arguments (its `locals()`, taken before it sets any of its own)
    named in `body`, None left out, as langgraph-sdk sends them. Only the names listed are read, so
    a new local variable is never sent."""
    if arguments["checkpoint_during"] is not None:
        warnings.warn(
            "`checkpoint_during` is deprecated and will be removed in a future version. Use `durability` instead.",
            DeprecationWarning,
            stacklevel=3,
        )
    payload = {key: arguments[key] for key in body}
    command = payload["command"]
    payload["command"] = without_none(command) if command else None
    payload["langsmith_tracer"] = payload.pop("langsmith_tracing")  # the last key, under the API's name
    return without_none(payload)


def _on_thread(
    thread_id: Id | None, stateful: Endpoint[ResponseT], stateless: Endpoint[ResponseT]
) -> tuple[Endpoint[ResponseT], dict[str, Id]]:
    """The operation and its path parameters: on the thread, or stateless if thread_id is None."""
    if thread_id is None:
        return stateless, {}
    return stateful, {"thread_id": thread_id}


def _notify(on_run_created: Callable[[RunCreateMetadata], None] | None) -> Callable[[requests.Response], None] | None:
    if on_run_created is None:
        return None

    def read_location(response: requests.Response) -> None:
        match = _CREATED_RUN.search(response.headers.get("Content-Location", ""))
        if match:
            on_run_created(RunCreateMetadata(run_id=match["run_id"], thread_id=match["thread_id"]))

    return read_location


class RunStreamKeywords(CallOptions, total=False):
    """The keywords of `runs.stream` (its signature has them with their defaults)."""

    input: Any
    command: Mapping[str, Any] | None
    stream_mode: StreamMode | Sequence[StreamMode]
    stream_subgraphs: bool
    stream_resumable: bool
    metadata: Mapping[str, Any] | None
    config: Mapping[str, Any] | None
    context: Mapping[str, Any] | None
    checkpoint: Mapping[str, Any] | None
    checkpoint_id: str | None
    checkpoint_during: bool | None
    interrupt_before: Literal["*"] | Sequence[str] | None
    interrupt_after: Literal["*"] | Sequence[str] | None
    feedback_keys: Sequence[str] | None
    on_disconnect: Literal["cancel", "continue"] | None
    on_completion: Literal["delete", "keep"] | None
    webhook: str | None
    multitask_strategy: MultitaskStrategy | None
    if_not_exists: Literal["create", "reject"] | None
    after_seconds: int | None
    langsmith_tracing: Mapping[str, Any] | None
    on_run_created: Callable[[RunCreateMetadata], None] | None
    durability: Literal["sync", "async", "exit"] | None
    strict_resume: bool | None


class RunFilters(CallOptions, total=False):
    """The filters of `runs.list`, which `iter_list` takes too."""

    status: RunStatus | None
    select: Sequence[str] | None


class RunsClient(Resource):
    """Run graphs: create, wait, stream, join, cancel, list and delete runs.

    Every method also takes `headers=`, `params=` and `timeout=` for that call, and raises as "Errors" says.
    `thread_id` and `run_id` are the run's thread and its id (each a str or `uuid.UUID`); a method given them
    raises `NotFoundError` when no thread, assistant or run has them.
    """

    @checked
    def create(
        self,
        thread_id: Id | None,
        assistant_id: str,
        *,
        input: Any = None,
        command: Mapping[str, Any] | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: Literal["create", "reject"] | None = None,
        on_completion: Literal["delete", "keep"] | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        on_run_created: Callable[[RunCreateMetadata], None] | None = None,
        durability: Literal["sync", "async", "exit"] | None = None,
        strict_resume: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Run:
        """Start a run in the background and return it at once.

        Sends `POST /threads/{thread_id}/runs`, or `POST /runs` without a thread.

        The other keywords are langgraph-sdk's and go into the JSON body as they are: `metadata`, `config`, `context`,
        `checkpoint`, `checkpoint_id`, `interrupt_before`, `interrupt_after`, `webhook`, `multitask_strategy`,
        `if_not_exists`, `after_seconds`, `durability`, ...

        Args:
            thread_id: The thread to run on; `None` for a stateless run (a thread that lives only as long as the run).
            assistant_id: The assistant, or a graph's id for its default assistant.
            input: The graph's input.
            command: Instead of `input`: resume an interrupt (`{"resume": ...}`), update the state, or go to a node.
            stream_mode: What a later `join_stream` gets.
            stream_resumable: Keep the events, so that a stream of this run can be resumed.
            on_run_created: Called with a `RunCreateMetadata` (run and thread ids) as soon as the server has created
                the run.

        Returns:
            The `Run`, pending.

        Raises:
            ConflictError: the thread is busy and `multitask_strategy` is `"reject"`.
        """
        payload = _run_payload(locals(), _CREATE_BODY)
        endpoint, path_params = _on_thread(thread_id, create.ENDPOINT, create_stateless.ENDPOINT)
        return self._http.call(
            endpoint,
            path_params,
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
            on_response=_notify(on_run_created),
        )

    @checked
    def create_batch(
        self,
        payloads: Sequence[Mapping[str, Any]],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> builtins.list[Run]:
        """Start several stateless runs in one request.

        Sends `POST /runs/batch`.

        Args:
            payloads: One mapping per run, with `create`'s keywords (`assistant_id`, `input`, ...).

        Returns:
            A `list[Run]`, in the order given.
        """
        body = [without_none(payload) for payload in payloads]
        return self._http.call(create_batch.ENDPOINT, json=body, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def wait(
        self,
        thread_id: Id | None,
        assistant_id: str,
        *,
        input: Any = None,
        command: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint_during: bool | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        webhook: str | None = None,
        on_disconnect: Literal["cancel", "continue"] | None = None,
        on_completion: Literal["delete", "keep"] | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: Literal["create", "reject"] | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        raise_error: bool = True,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        on_run_created: Callable[[RunCreateMetadata], None] | None = None,
        durability: Literal["sync", "async", "exit"] | None = None,
        strict_resume: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Run the graph and block until the run ends.

        Sends `POST /threads/{thread_id}/runs/wait`, or `POST /runs/wait` without a thread.

        A POST: if the reply is lost on the way, it is not sent again (that would run the graph twice). The other
        keywords are langgraph-sdk's and go into the JSON body as they are: `metadata`, `config`, `context`,
        `checkpoint`, `checkpoint_id`, `interrupt_before`, `interrupt_after`, `webhook`, `multitask_strategy`,
        `if_not_exists`, `after_seconds`, `durability`, ...

        Args:
            thread_id: The thread to run on; `None` for a stateless run (a thread that lives only as long as the run).
            assistant_id: The assistant, or a graph's id for its default assistant.
            input: The graph's input.
            command: Instead of `input`: resume an interrupt (`{"resume": ...}`), update the state, or go to a node.
            raise_error: Raise `RunError` when the run fails (else the error is returned as the result).
            on_disconnect: What the server does with the run if this request goes away: `"cancel"` or `"continue"`.
            on_run_created: Called with a `RunCreateMetadata` (run and thread ids) as soon as the server has created
                the run.

        Returns:
            The final state values (a dict, as the graph's output), with `__interrupt__` if the run stopped at an
            interrupt.

        Raises:
            RunError: the run failed, with the graph's error (`raise_error=True`).
            APITimeoutError: no reply within the read timeout (300 s by default).
        """
        payload = _run_payload(locals(), _WAIT_BODY)
        endpoint, path_params = _on_thread(thread_id, wait.ENDPOINT, wait_stateless.ENDPOINT)
        result = self._http.call(
            endpoint,
            path_params,
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
            on_response=_notify(on_run_created),
        )
        failure = result.get("__error__") if isinstance(result, dict) else None
        if raise_error and isinstance(failure, dict):
            raise RunError(str(failure.get("error")), str(failure.get("message")))
        return result

    @overload
    def stream(
        self,
        thread_id: Id | None,
        assistant_id: str,
        *,
        version: Literal["v1"] = "v1",
        **keywords: Unpack[RunStreamKeywords],
    ) -> Iterator[StreamPart]: ...

    @overload
    def stream(
        self, thread_id: Id | None, assistant_id: str, *, version: Literal["v2"], **keywords: Unpack[RunStreamKeywords]
    ) -> Iterator[StreamPartV2]: ...

    @checked
    def stream(
        self,
        thread_id: Id | None,
        assistant_id: str,
        *,
        input: Any = None,
        command: Mapping[str, Any] | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] = "values",
        stream_subgraphs: bool = False,
        stream_resumable: bool = False,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint: Mapping[str, Any] | None = None,
        checkpoint_id: str | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        feedback_keys: Sequence[str] | None = None,
        on_disconnect: Literal["cancel", "continue"] | None = None,
        on_completion: Literal["delete", "keep"] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        if_not_exists: Literal["create", "reject"] | None = None,
        after_seconds: int | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        on_run_created: Callable[[RunCreateMetadata], None] | None = None,
        durability: Literal["sync", "async", "exit"] | None = None,
        strict_resume: bool | None = None,
        timeout: Timeout | None = None,
        version: Literal["v1", "v2"] = "v1",
    ) -> Iterator[StreamPart] | Iterator[StreamPartV2]:
        """Run the graph and yield its events as they happen.

        Sends `POST /threads/{thread_id}/runs/stream`, or `POST /runs/stream` without a thread (server-sent events).

        Nothing is sent until you start iterating. The other keywords are langgraph-sdk's and go into the JSON body as
        they are: `metadata`, `config`, `context`, `checkpoint`, `checkpoint_id`, `interrupt_before`,
        `interrupt_after`, `webhook`, `multitask_strategy`, `if_not_exists`, `after_seconds`, `durability`, ...

        Args:
            thread_id: The thread to run on; `None` for a stateless run (a thread that lives only as long as the run).
            assistant_id: The assistant, or a graph's id for its default assistant.
            input: The graph's input.
            command: Instead of `input`: resume an interrupt (`{"resume": ...}`), update the state, or go to a node.
            stream_mode: `"values"`, `"updates"`, `"messages-tuple"`, `"custom"`, `"debug"`, ..., or a list of them.
            stream_subgraphs: Include the events of subgraphs (their `StreamPart.namespace` says which).
            stream_resumable: Number the events, so that a dropped stream is resumed where it broke (with `Last-Event-
                ID`).
            on_run_created: Called with a `RunCreateMetadata` (run and thread ids) as soon as the server has created
                the run.
            version: `"v1"` (the default) yields `StreamPart`s; `"v2"` yields `StreamPartV2` dicts (`type`, `ns`,
                `data`, `interrupts`), as langgraph-sdk's v2.

        Returns:
            An iterator of `StreamPart` (`StreamPartV2` with `version="v2"`). Stop iterating, or `.close()` it, to release the connection.

        Raises:
            APIConnectionError: the stream dropped and could not be resumed (no event ids).
            ValueError: `version` is neither "v1" nor "v2".
        """
        if version not in ("v1", "v2"):
            raise ValueError(f"version must be 'v1' or 'v2', not {version!r}")
        payload = _run_payload(locals(), _STREAM_BODY)
        endpoint, path_params = _on_thread(thread_id, stream.ENDPOINT, stream_stateless.ENDPOINT)
        parts = self._http.stream(
            endpoint,
            path_params,
            json=payload,
            params=params,
            headers=headers,
            timeout=timeout,
            on_response=_notify(on_run_created),
        )
        return _as_v2(parts) if version == "v2" else parts

    @checked
    def join(
        self,
        thread_id: Id,
        run_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Any:
        """Block until a run ends.

        Sends `GET /threads/{thread_id}/runs/{run_id}/join`.

        Returns:
            The thread's final state values.
        """
        return self._http.call(
            join.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def join_stream(
        self,
        thread_id: Id,
        run_id: Id,
        *,
        cancel_on_disconnect: bool = False,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        last_event_id: str | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[StreamPart]:
        """Stream a run that is already going.

        Sends `GET /threads/{thread_id}/runs/{run_id}/stream` (server-sent events).

        Args:
            cancel_on_disconnect: Cancel the run if this stream goes away.
            stream_mode: Only these modes of what the run streams.
            last_event_id: Resume after this event (runs created with `stream_resumable=True`).

        Returns:
            An iterator of `StreamPart`. Stop iterating, or `.close()` it, to release the connection.
        """
        return self._http.stream(
            join_stream.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            params=_merge({"stream_mode": stream_mode, "cancel_on_disconnect": cancel_on_disconnect}, params),
            headers={**({"Last-Event-ID": last_event_id} if last_event_id else {}), **(headers or {})},
            timeout=timeout,
        )

    @checked
    def get(
        self,
        thread_id: Id,
        run_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Run:
        """Get a run.

        Sends `GET /threads/{thread_id}/runs/{run_id}`.

        Returns:
            The `Run` (`status`: `"pending"`, `"running"`, `"success"`, `"error"`, ...).
        """
        return self._http.call(
            get.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def list(
        self,
        thread_id: Id,
        *,
        limit: int = 10,
        offset: int = 0,
        status: RunStatus | None = None,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> builtins.list[Run]:
        """The thread's runs, newest first, one page of them.

        Sends `GET /threads/{thread_id}/runs`.

        Args:
            limit: At most this many.
            offset: Skip this many first.
            status: Only runs with this status.
            select: Only these fields; the others are `UNSET` on the returned models.

        Returns:
            A `list[Run]`.
        """
        return self._http.call(
            list_.ENDPOINT,
            {"thread_id": thread_id},
            params={"limit": limit, "offset": offset, "status": status, "select": select or None},
            extra_params=params,
            headers=headers,
            timeout=timeout,
            partial=bool(select),
        )

    def iter_list(self, thread_id: Id, *, page_size: int = 100, **filters: Unpack[RunFilters]) -> Iterator[Run]:
        """Every run of the thread, newest first, a page at a time as you iterate.

        Sends `GET /threads/{thread_id}/runs` for each page, when the previous one is used up.

        Args:
            page_size: Runs per request.
            **filters: `list`'s other keywords.

        Returns:
            An iterator of `Run`.
        """
        return paginate(lambda limit, offset: self.list(thread_id, limit=limit, offset=offset, **filters), page_size)

    @checked
    def cancel(
        self,
        thread_id: Id,
        run_id: Id,
        *,
        wait: bool = False,
        action: CancelAction = "interrupt",
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Cancel a run.

        Sends `POST /threads/{thread_id}/runs/{run_id}/cancel`.

        Args:
            wait: Return only once the run has stopped.
            action: `"interrupt"` (keep its work so far) or `"rollback"` (delete the run and its checkpoints).
        """
        self._http.call(
            cancel.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            params={"wait": 1 if wait else 0, "action": action},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def cancel_many(
        self,
        *,
        thread_id: Id | None = None,
        run_ids: Sequence[Id] | None = None,
        status: Literal["pending", "running", "all"] | None = None,
        action: CancelAction = "interrupt",
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Cancel several runs: by id, those of a thread, or all pending or running ones.

        Sends `POST /runs/cancel`.

        Args:
            thread_id: The runs of this thread (with `run_ids`: those of them).
            run_ids: These runs.
            status: All runs with this status: `"pending"`, `"running"` or `"all"`.
            action: `"interrupt"` or `"rollback"`.
        """
        payload: dict[str, Any] = {}
        if thread_id:
            payload["thread_id"] = str(thread_id)
        if run_ids:
            payload["run_ids"] = [str(run_id) for run_id in run_ids]
        if status:
            payload["status"] = status
        self._http.call(
            cancel_many.ENDPOINT,
            json=payload,
            params={"action": action},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def delete(
        self,
        thread_id: Id,
        run_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete a finished run.

        Sends `DELETE /threads/{thread_id}/runs/{run_id}`.
        """
        self._http.call(
            delete.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )


def _merge(own: Mapping[str, Any], extra: QueryParams | None) -> dict[str, Any]:
    return {**own, **(extra or {})}
