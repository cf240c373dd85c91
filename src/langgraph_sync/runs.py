"""client.runs: run a graph on a thread (or statelessly, with thread_id=None), wait for it,
stream it, resume it; with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

import builtins
import re
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, TypeVar, overload

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
from langgraph_sync_generated.models import RunCreateStatefulStreamModeType0Item as StreamMode
from langgraph_sync_generated.models import RunMultitaskStrategy as MultitaskStrategy
from langgraph_sync_generated.types import Endpoint, JsonObject

from ._http import HttpClient, QueryParams, Timeout, build_path, paginate
from ._sse import StreamPart as StreamPart
from ._validate import checked
from .errors import RunError

Id = str | uuid.UUID

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


@attrs.frozen
class RunCreateMetadata(JsonObject):
    """What `on_run_created` is told as soon as the server has created the run; reads as
    langgraph-sdk's dict too (`metadata["run_id"]`)."""

    run_id: str
    thread_id: str | None


def _run_payload(assistant_id: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """The body of create, wait and stream: what langgraph-sdk sends, None values left out."""
    if options.get("checkpoint_during") is not None:
        warnings.warn(
            "`checkpoint_during` is deprecated and will be removed in a future version. Use `durability` instead.",
            DeprecationWarning,
            stacklevel=3,
        )
    payload = {"assistant_id": assistant_id, **options}
    command = payload.get("command")
    payload["command"] = {k: v for k, v in command.items() if v is not None} if command else None
    payload["langsmith_tracer"] = payload.pop("langsmith_tracing", None)
    return {key: value for key, value in payload.items() if value is not None}


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


class RunsClient:
    """Run graphs: create, wait, stream, join, cancel, list and delete runs."""

    def __init__(self, http: HttpClient) -> None:
        self._http = http

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
        """Start a run in the background and return it at once (`thread_id=None`: stateless)."""
        payload = _run_payload(
            assistant_id,
            {
                "input": input,
                "command": command,
                "stream_mode": stream_mode,
                "stream_subgraphs": stream_subgraphs,
                "stream_resumable": stream_resumable,
                "config": config,
                "context": context,
                "metadata": metadata,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "webhook": webhook,
                "checkpoint": checkpoint,
                "checkpoint_id": checkpoint_id,
                "checkpoint_during": checkpoint_during,
                "multitask_strategy": multitask_strategy,
                "if_not_exists": if_not_exists,
                "on_completion": on_completion,
                "after_seconds": after_seconds,
                "durability": durability,
                "strict_resume": strict_resume,
                "langsmith_tracing": langsmith_tracing,
            },
        )
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
        """Start several stateless runs in one request; each payload has create's keywords."""
        body = [{k: v for k, v in payload.items() if v is not None} for payload in payloads]
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
        """Run the graph and block until it ends; return its final state values.

        A POST: if the reply is lost on the way, it is not sent again (that would run the graph
        twice). With `raise_error`, a run that failed raises RunError."""
        payload = _run_payload(
            assistant_id,
            {
                "input": input,
                "command": command,
                "config": config,
                "context": context,
                "metadata": metadata,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "webhook": webhook,
                "checkpoint": checkpoint,
                "checkpoint_id": checkpoint_id,
                "multitask_strategy": multitask_strategy,
                "if_not_exists": if_not_exists,
                "on_disconnect": on_disconnect,
                "checkpoint_during": checkpoint_during,
                "on_completion": on_completion,
                "after_seconds": after_seconds,
                "durability": durability,
                "strict_resume": strict_resume,
                "langsmith_tracing": langsmith_tracing,
            },
        )
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
        version: Literal["v1"] = "v1",
    ) -> Iterator[StreamPart]: ...

    @overload
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
        version: Literal["v2"],
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
        """Run the graph and yield its events as they happen. Stop iterating (or `.close()` the
        iterator) to release the connection; with `stream_resumable=True` a dropped stream is
        resumed where it broke. With `version="v2"` each event is a `StreamPartV2` dict
        (`type`, `ns`, `data`, `interrupts`), as langgraph-sdk's v2."""
        if version not in ("v1", "v2"):
            raise ValueError(f"version must be 'v1' or 'v2', not {version!r}")
        payload = _run_payload(
            assistant_id,
            {
                "input": input,
                "command": command,
                "config": config,
                "context": context,
                "metadata": metadata,
                "stream_mode": stream_mode,
                "stream_subgraphs": stream_subgraphs,
                "stream_resumable": stream_resumable,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "feedback_keys": feedback_keys,
                "webhook": webhook,
                "checkpoint": checkpoint,
                "checkpoint_id": checkpoint_id,
                "checkpoint_during": checkpoint_during,
                "multitask_strategy": multitask_strategy,
                "if_not_exists": if_not_exists,
                "on_disconnect": on_disconnect,
                "on_completion": on_completion,
                "after_seconds": after_seconds,
                "durability": durability,
                "strict_resume": strict_resume,
                "langsmith_tracing": langsmith_tracing,
            },
        )
        endpoint, path_params = _on_thread(thread_id, stream.ENDPOINT, stream_stateless.ENDPOINT)
        parts = self._http.stream_events(
            endpoint.method,
            build_path(endpoint, path_params),
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
        """Block until the run ends; return the thread's final state values."""
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
        """Stream a run that is already going; `last_event_id` resumes after that event."""
        return self._http.stream_events(
            "GET",
            build_path(join_stream.ENDPOINT, {"thread_id": thread_id, "run_id": run_id}),
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
        """Get a run."""
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
        status: Literal["pending", "running", "error", "success", "timeout", "interrupted"] | None = None,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> builtins.list[Run]:
        """The thread's runs, newest first."""
        return self._http.call(
            list_.ENDPOINT,
            {"thread_id": thread_id},
            params={"limit": limit, "offset": offset, "status": status, "select": select or None},
            extra_params=params,
            headers=headers,
            timeout=timeout,
            partial=bool(select),
        )

    def iter_list(
        self,
        thread_id: Id,
        *,
        status: Literal["pending", "running", "error", "success", "timeout", "interrupted"] | None = None,
        select: Sequence[str] | None = None,
        page_size: int = 100,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[Run]:
        """Every run of the thread, newest first, fetched `page_size` at a time as you iterate."""
        return paginate(
            lambda limit, offset: self.list(
                thread_id,
                limit=limit,
                offset=offset,
                status=status,
                select=select,
                headers=headers,
                params=params,
                timeout=timeout,
            ),
            page_size,
        )

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
        """Cancel a run; with `wait=True`, return once it has stopped."""
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
        """Cancel the runs named by id, or those of a thread, or all pending/running ones."""
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
        """Delete a run."""
        self._http.call(
            delete.ENDPOINT,
            {"thread_id": thread_id, "run_id": run_id},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )


def _merge(own: Mapping[str, Any], extra: QueryParams | None) -> dict[str, Any]:
    return {**own, **(extra or {})}
