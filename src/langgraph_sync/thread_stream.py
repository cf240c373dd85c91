"""client.threads.stream(): langgraph-sdk's thread-centric streaming protocol, synchronously.

The protocol has two endpoints per thread: `POST /threads/{id}/commands` takes one command
(`run.start`, `input.respond`, ...) and answers it; `POST /threads/{id}/stream/events` is a
server-sent event stream of the thread's events (`values`, `updates`, `messages`, `lifecycle`,
`input.requested`, ...), each a JSON object with a `seq`, an `event_id`, a `method` and `params`
(`namespace`, `data`). The server replays the thread's events from its beginning on every new
stream, skipping those up to `since` when it is given.

langgraph-sdk reads that stream in background threads and fans it out to projections. Here one
stream is read by the caller's own thread, as it iterates: no threads, no asyncio. Every
projection (`values`, `messages`, `tool_calls`, `subgraphs`, `extensions`,
`interleave_projections`, `events`, `subscribe`) reads the events of the thread's current run
from where the previous one stopped, and ends when the run is interrupted or finished. Each
event read is handed to every projection open at that moment (`read_items`), so a handle read
inside a loop over another projection reads on for both. Messages stay plain data (the event's
dict), not langchain-core objects.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, TypedDict, TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

from langgraph_sync_generated.api.assistants import get_graph
from langgraph_sync_generated.api.runs import list_
from langgraph_sync_generated.api.threads import get_state, send_command, stream_events
from langgraph_sync_generated.models import ProtocolError, ThreadState

from ._http import HttpClient, QueryParams, Timeout
from ._sse import StreamPart
from .errors import APIConnectionError, APITimeoutError, InternalServerError, LangGraphError, RunError

logger = logging.getLogger("langgraph_sync")

Event = dict[str, Any]
Item = TypeVar("Item")

# Every channel the server has: the one stream carries them all, and projections filter.
ALL_CHANNELS: Final = ("values", "updates", "messages", "tools", "lifecycle", "input", "checkpoints", "tasks", "custom")
MAX_RECONNECTS: Final = 5
_RECONNECT_BACKOFF = 0.2  # seconds, doubled on each try that makes no progress
# How long input.respond's new run may take to be listed. The reply does not name the run, so
# the stream follows the thread's newest run other than the one that was interrupted.
RESUMED_RUN_SECONDS: Final = 10.0
# A stream that has sent no event for this long is reopened with `since`: the server replays the
# events after the last one taken, so an event the open stream never delivered is not waited for
# forever. The server's heartbeats (a comment every 5 s) do not count as events. The silence as a
# whole is still bounded by the read timeout.
IDLE_POLL_SECONDS: Final = 5.0
_TERMINAL: Final = frozenset({"completed", "failed"})


class ThreadStreamError(LangGraphError, RuntimeError):
    """The server refused a command of the thread streaming protocol (`code` is its error, such
    as "no_such_interrupt"), its event stream failed, or the stream was used out of order.
    A RuntimeError too, as langgraph-sdk raises RuntimeError for each of these."""

    def __init__(self, message: str, code: str | None = None) -> None:
        self.message = message
        self.code = code
        super().__init__(f"Protocol error [{code}]: {message}" if code else message)


class ThreadRunError(RunError, RuntimeError):
    """The run of a thread stream failed: `message` is the graph's error. A RuntimeError too,
    reading "Run errored: ..." as langgraph-sdk's."""

    def __init__(self, message: str) -> None:
        super().__init__("RunFailed", message)

    def __str__(self) -> str:
        return f"Run errored: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,))


class Interrupt(TypedDict):
    """An interrupt the run waits on (langgraph-sdk's InterruptPayload): answer it with
    `thread.run.respond(...)`. `value` is the event's "value", as langgraph-sdk reads it (None
    from langgraph-api, which sends the interrupt's value as "payload"); `payload` is that."""

    interrupt_id: str
    value: Any
    namespace: list[str]
    payload: Any


def channel_of(event: Mapping[str, Any]) -> str | None:
    """The channel an event belongs to ("input" for `input.requested`, "custom:<name>" for a
    named custom event); None for a method this client does not know."""
    method = event.get("method")
    if method in ("values", "checkpoints", "updates", "messages", "tools", "lifecycle", "tasks"):
        return str(method)
    if method == "input.requested":
        return "input"
    if method == "custom":
        data = data_of(event)
        name = data.get("name") if isinstance(data, dict) else None
        return f"custom:{name}" if name else "custom"
    return None


def namespace_of(event: Mapping[str, Any]) -> list[str]:
    namespace = _params(event).get("namespace")
    return list(namespace) if isinstance(namespace, list) else []


def data_of(event: Mapping[str, Any]) -> Any:
    return _params(event).get("data")


def matches(
    event: Mapping[str, Any],
    channels: Iterable[str],
    namespaces: Sequence[Sequence[str]] | None = None,
    depth: int | None = None,
) -> bool:
    """Whether a subscription to `channels` (within `namespaces`, at most `depth` below them)
    receives `event`, as the server and langgraph-sdk decide it. A namespace prefix label without
    ":" also matches labels that add a task id ("child" matches "child:1f0e...")."""
    channel = channel_of(event)
    wanted = set(channels)
    if channel is None or not (channel in wanted or (channel.startswith("custom:") and "custom" in wanted)):
        return False
    if not namespaces:
        return True
    namespace = namespace_of(event)
    return any(
        _starts_with(namespace, prefix) and (depth is None or len(namespace) - len(prefix) <= depth)
        for prefix in namespaces
    )


def _starts_with(namespace: Sequence[str], prefix: Sequence[str]) -> bool:
    if len(prefix) > len(namespace):
        return False
    return all(
        label == wanted or (":" not in wanted and label.split(":", 1)[0] == wanted)
        for label, wanted in zip(namespace, prefix, strict=False)
    )


def _params(event: Mapping[str, Any]) -> Mapping[str, Any]:
    params = event.get("params")
    return params if isinstance(params, Mapping) else {}


def _is_root(event: Mapping[str, Any]) -> bool:
    return not namespace_of(event)


class RunCommands:
    """`thread.run`: start a run on the thread, answer its interrupts."""

    def __init__(self, owner: ThreadStream) -> None:
        self._owner = owner

    def start(
        self,
        *,
        input: Any = None,
        config: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        langsmith_tracing: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send `run.start` with the stream's assistant; returns the result, `{"run_id": ...}`.
        The thread is created if it does not exist. Raises ThreadStreamError if the server refuses."""
        params: dict[str, Any] = {"assistant_id": self._owner.assistant_id}
        for name, value in (("input", input), ("config", config), ("metadata", metadata)):
            if value is not None:
                params[name] = value
        if langsmith_tracing is not None:
            params["langsmith_tracer"] = langsmith_tracing
        result = self._owner._send_command("run.start", params, timeout=self._owner._run_start_timeout)
        self._owner._started_here = True
        self._owner._follow_run(result.get("run_id"))
        return result

    def respond(self, response: Any, *, interrupt_id: str | None = None) -> dict[str, Any]:
        """Answer an interrupt (`input.respond`) and resume the run. Without `interrupt_id` there
        must be exactly one outstanding interrupt (read from the stream first, if needed).
        Raises ThreadStreamError if there is none, several, or no such one, or the server refuses."""
        outstanding = self._owner._outstanding_interrupts()
        if interrupt_id is None:
            if len(outstanding) != 1:
                ids = [i["interrupt_id"] for i in outstanding]
                raise ThreadStreamError(
                    f"run.respond needs interrupt_id= when {len(outstanding)} interrupts are outstanding {ids}"
                )
            match = outstanding[0]
        else:
            found = [i for i in outstanding if i["interrupt_id"] == interrupt_id]
            if not found:
                raise ThreadStreamError(f"run.respond: no outstanding interrupt {interrupt_id!r}")
            match = found[0]
        params = {"interrupt_id": match["interrupt_id"], "namespace": match["namespace"], "response": response}
        interrupted_run = self._owner._run_id
        result = self._owner._send_command("input.respond", params)
        self._owner._follow_run(self._owner._newest_run(other_than=interrupted_run))
        return result


class AgentCommands:
    """`thread.agent`: the assistant's graph."""

    def __init__(self, owner: ThreadStream) -> None:
        self._owner = owner

    def get_tree(
        self,
        *,
        xray: int | bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """The assistant's graph, `{"nodes": [...], "edges": [...]}` (GET /assistants/{id}/graph)."""
        owner = self._owner
        return owner._http.call(
            get_graph.ENDPOINT,
            {"assistant_id": owner.assistant_id},
            params={"xray": xray or None},
            extra_params=params,
            headers={**owner._headers, **(headers or {})},
        )


class Projection:
    """An iterable view of the current run's events: `for item in thread.values: ...`."""

    def __init__(self, owner: ThreadStream, channel: str) -> None:
        self._owner = owner
        self._channel = channel

    def __iter__(self) -> Iterator[Any]:
        """The data of the current run's events on this channel, of the graph itself (not of
        its subgraphs), as they arrive."""
        return self._data(self._owner._run_events())

    def _data(self, events: Iterator[Event]) -> Iterator[Any]:
        for event in events:
            if channel_of(event) == self._channel and _is_root(event):
                yield data_of(event)

    def get(self) -> Any:
        """The run's final state values: `thread.output`."""
        return self._owner.output


class ValuesProjection(Projection):
    """`thread.values`: the thread's state as fetched, then the current run's values."""

    def __init__(self, owner: ThreadStream) -> None:
        super().__init__(owner, "values")

    def __iter__(self) -> Iterator[Any]:
        """The thread's state values as they are when iteration starts (GET
        /threads/{id}/state), then the data of the current run's root `values` events, as
        langgraph-sdk yields them."""
        self._owner._ready()
        yield self._owner._fetch_state().values
        yield from self._data(self._owner._run_events())


TOOL_CALL_UNFINISHED: Final = "Tool call stream closed before terminal tool event."


class SyncToolCallHandle:
    """One tool call of the run (langgraph-sdk's SyncToolCallHandle): `tool_call_id`, `name`,
    `input`, `namespace`; `output` once it has finished; `deltas`, what the tool streamed."""

    def __init__(self, owner: ThreadStream, *, tool_call_id: str, name: str, input: Any, namespace: list[str]) -> None:
        self._owner = owner
        self.tool_call_id = tool_call_id
        self.name = name
        self.input = input
        self.namespace = namespace
        self.done = False
        self.error: BaseException | None = None
        self._output: Any = None
        self._deltas: list[str] = []
        self._deltas_taken = False

    def __repr__(self) -> str:
        return f"<SyncToolCallHandle {self.name} {self.tool_call_id} done={self.done}>"

    @property
    def output(self) -> Any:
        """What the tool returned (the `tool-finished` event's output), reading the stream on
        until it finishes. Raises RuntimeError if the tool failed (its message) or the run
        stopped first."""
        while not self.done and self._owner._pump():
            pass
        if not self.done:
            self._fail(RuntimeError(TOOL_CALL_UNFINISHED))
        if self.error is not None:
            raise self.error
        return self._output

    @property
    def deltas(self) -> Iterator[str]:
        """The output the tool streamed before it finished, read on as it comes. One reader
        only, as langgraph-sdk's: a second raises RuntimeError."""
        if self._deltas_taken:
            raise RuntimeError("SyncToolCallHandle.deltas can only be iterated by a single consumer.")
        self._deltas_taken = True
        return self._read_deltas()

    def _read_deltas(self) -> Iterator[str]:
        taken = 0
        while True:
            while taken < len(self._deltas):
                taken += 1
                yield self._deltas[taken - 1]
            if self.done or not self._owner._pump():
                return

    def _finish(self, output: Any) -> None:
        if not self.done:
            self.done, self._output = True, output

    def _fail(self, error: BaseException) -> None:
        if not self.done:
            self.done, self.error = True, error


class ToolCallEvents:
    """Turns a namespace's `tools` events into ToolCallHandles: a new handle per `tool-started`,
    then its deltas and its end."""

    def __init__(self, owner: ThreadStream, namespace: list[str]) -> None:
        self._owner = owner
        self._namespace = namespace
        self.active: dict[str, SyncToolCallHandle] = {}

    def feed(self, event: Mapping[str, Any]) -> list[SyncToolCallHandle]:
        """The handles this event starts (none or one); updates the handles it is about."""
        data = data_of(event)
        if event.get("method") != "tools" or namespace_of(event) != self._namespace or not isinstance(data, dict):
            return []
        tool_call_id, kind = data.get("tool_call_id"), data.get("event")
        if not isinstance(tool_call_id, str):
            return []
        if kind == "tool-started":
            name = data.get("tool_name")
            handle = SyncToolCallHandle(
                self._owner,
                tool_call_id=tool_call_id,
                name=name if isinstance(name, str) else "",
                input=data.get("input"),
                namespace=list(self._namespace),
            )
            self.active[tool_call_id] = handle
            return [handle]
        handle_or_none = self.active.get(tool_call_id)
        if handle_or_none is None:
            return []
        if kind == "tool-output-delta" and isinstance(data.get("delta"), str):
            handle_or_none._deltas.append(data["delta"])
        elif kind == "tool-finished":
            self.active.pop(tool_call_id)._finish(data.get("output"))
        elif kind == "tool-error":
            message = data.get("message")
            self.active.pop(tool_call_id)._fail(RuntimeError(str(message) if message else "Tool call errored"))
        return []

    def fail_unfinished(self) -> None:
        """The projection is closed: the calls still open will not hear of their end."""
        failure = self._owner._failure
        error = RuntimeError(f"Run errored: {failure}" if failure else TOOL_CALL_UNFINISHED)
        for handle in self.active.values():
            handle._fail(error)
        self.active.clear()


class ToolCallsProjection:
    """`thread.tool_calls`: the run's tool calls (of the graph itself), each yielded once it
    has finished, in the order they started, as langgraph-sdk yields them."""

    def __init__(self, owner: ThreadStream, namespace: list[str] | None = None) -> None:
        self._owner = owner
        self._namespace = list(namespace or [])

    def __iter__(self) -> Iterator[SyncToolCallHandle]:
        yield from _each_when_finished(self._owner, ToolCallEvents(self._owner, self._namespace))


class ExtensionProjection:
    """`thread.extensions[name]`: the data of the run's custom events named `name`
    (`{"name": ..., "payload": ...}`), from the graph (or the subgraph) and those below it."""

    def __init__(self, source: ThreadStream | SyncScopedStreamHandle, name: str) -> None:
        self._source = source
        self._name = name

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._source._items(lambda event: extension_data(event, self._name))


class Extensions:
    """`thread.extensions`: `thread.extensions["progress"]` reads the "progress" extension
    (a graph's named custom stream channel, `custom:progress` on the wire)."""

    def __init__(self, source: ThreadStream | SyncScopedStreamHandle) -> None:
        self._source = source
        self._by_name: dict[str, ExtensionProjection] = {}

    def __getitem__(self, name: str) -> ExtensionProjection:
        if not name:
            raise ValueError("extension name must be non-empty.")
        if name not in self._by_name:
            self._by_name[name] = ExtensionProjection(self._source, name)
        return self._by_name[name]


def extension_data(event: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    data = data_of(event)
    named = event.get("method") == "custom" and isinstance(data, dict) and data.get("name") == name
    return [data] if isinstance(data, dict) and named else []


def read_items(
    listeners: list[Callable[[Event], None]],
    replay: Iterable[Event],
    convert: Callable[[Event], Iterable[Item]],
    pump: Callable[[], bool],
) -> Iterator[Item]:
    """What `convert` makes of the events in `replay`, then of each event handed to
    `listeners` as `pump` reads on, until `pump` says there are no more. `convert` sees each
    event as it is read, whichever projection or handle reads it: a tool call's `output`, read
    inside a loop over a projection, reads on for both."""
    pending: deque[Item] = deque(item for event in replay for item in convert(event))

    def listen(event: Event) -> None:
        pending.extend(convert(event))

    listeners.append(listen)
    try:
        while True:
            while pending:
                yield pending.popleft()
            if not pump():
                return
    finally:
        listeners.remove(listen)


SubgraphStatus = Literal["started", "completed", "failed", "interrupted"]


class SyncScopedStreamHandle:
    """A subgraph (or subagent) the run started (langgraph-sdk's SyncScopedStreamHandle):
    `path` (its namespace, a tuple), `namespace`, `graph_name`, `trigger_call_id` (the task that
    runs it), `status` ("started", then "completed", "failed" or "interrupted"), `error`; and
    its own `messages`, `tool_calls`, `subgraphs` (its children) and `extensions`."""

    def __init__(self, owner: ThreadStream, path: tuple[str, ...]) -> None:
        self._owner = owner
        self.path = path
        self.namespace = list(path)
        name, _, task_id = path[-1].partition(":")
        self.graph_name = name or None
        self.trigger_call_id = task_id or None
        self.status: SubgraphStatus = "started"
        self.error: str | None = None
        self._events: list[Event] = []  # its events so far, for projections opened later
        self._listeners: list[Callable[[Event], None]] = []
        self.messages = _ScopedMessages(self)
        self.tool_calls = _ScopedToolCalls(self)
        self.subgraphs = SubgraphsProjection(owner, self)
        self.subagents = self.subgraphs
        self.extensions = Extensions(self)

    def __repr__(self) -> str:
        return f"<SyncScopedStreamHandle {'/'.join(self.path)} {self.status}>"

    def _items(self, convert: Callable[[Event], Iterable[Item]]) -> Iterator[Item]:
        return read_items(self._listeners, list(self._events), convert, self._read_on)

    def _read_on(self) -> bool:
        return self.status == "started" and self._owner._pump()

    def _push(self, event: Event) -> None:
        self._events.append(event)
        for listen in list(self._listeners):
            listen(event)

    def _finish(self, status: SubgraphStatus, error: str | None = None) -> None:
        if self.status == "started":
            self.status, self.error = status, error


class _ScopedMessages:
    """A subgraph's messages: a ChatModelStream as soon as each starts, as langgraph-sdk yields
    them (with langchain-core installed; else the message events' data)."""

    def __init__(self, handle: SyncScopedStreamHandle) -> None:
        self._handle = handle

    def __iter__(self) -> Iterator[Any]:
        handle = self._handle
        stream_class = chat_model_stream_class()
        if stream_class is None:
            yield from handle._items(
                lambda event: (
                    [data_of(event)]
                    if event.get("method") == "messages" and namespace_of(event) == handle.namespace
                    else []
                )
            )
            return
        messages = MessageEvents(handle._owner, handle.namespace, stream_class)
        try:
            yield from handle._items(messages.feed)
        finally:
            messages.fail_unfinished()


class _ScopedToolCalls:
    """A subgraph's tool calls: each as soon as it starts, as langgraph-sdk yields them."""

    def __init__(self, handle: SyncScopedStreamHandle) -> None:
        self._handle = handle

    def __iter__(self) -> Iterator[SyncToolCallHandle]:
        calls = ToolCallEvents(self._handle._owner, self._handle.namespace)
        try:
            yield from self._handle._items(calls.feed)
        finally:
            calls.fail_unfinished()


class SubgraphEvents:
    """Finds the subgraphs started right below `scope` (a `lifecycle` "started" event, or a
    `tasks` event, in a namespace one label longer), hands each the events of its namespace,
    and notes its end."""

    def __init__(self, owner: ThreadStream, scope: tuple[str, ...]) -> None:
        self._owner = owner
        self._scope = scope
        self._seen: set[tuple[str, ...]] = set()
        self.active: dict[tuple[str, ...], SyncScopedStreamHandle] = {}

    def feed(self, event: Event) -> list[SyncScopedStreamHandle]:
        """The subgraph this event starts (none or one); hands it to the subgraph it is of."""
        data = data_of(event)
        if not isinstance(data, dict):
            return []
        path = tuple(namespace_of(event))
        for child_path, child in self.active.items():
            if path[: len(child_path)] == child_path:
                child._push(event)
                break
        method = event.get("method")
        below = len(path) == len(self._scope) + 1 and path[: len(self._scope)] == self._scope
        if method == "tasks" and "result" in data:
            self._end_task(path, data)
        elif below and (method == "tasks" or (method == "lifecycle" and data.get("event") == "started")):
            if path not in self._seen:
                self._seen.add(path)
                self.active[path] = SyncScopedStreamHandle(self._owner, path)
                return [self.active[path]]
        elif below and method == "lifecycle" and data.get("event") in ("completed", "failed", "interrupted"):
            ended = self.active.pop(path) if path in self.active else None
            if ended is not None:
                ended._finish(data["event"], str(data["error"]) if data.get("error") else None)
        return []

    def _end_task(self, path: tuple[str, ...], data: dict[str, Any]) -> None:
        for child_path, child in list(self.active.items()):
            if child_path[:-1] == path and child.trigger_call_id == data.get("id"):
                if data.get("interrupts"):
                    child._finish("interrupted")
                elif data.get("error"):
                    child._finish("failed", str(data["error"]))
                else:
                    child._finish("completed")
                del self.active[child_path]

    def finish_all(self) -> None:
        """The projection is closed: the subgraphs still open ended with the run."""
        for child in self.active.values():
            child._finish("failed" if self._owner._failure is not None else "completed")
        self.active.clear()


class SubgraphsProjection:
    """`thread.subgraphs` (also `thread.subagents`): a SyncScopedStreamHandle for each subgraph the run
    starts right below the graph (or below a subgraph, for `handle.subgraphs`), as it starts."""

    def __init__(self, owner: ThreadStream, handle: SyncScopedStreamHandle | None = None) -> None:
        self._owner = owner
        self._handle = handle

    def __iter__(self) -> Iterator[SyncScopedStreamHandle]:
        handle = self._handle
        children = SubgraphEvents(self._owner, handle.path if handle is not None else ())
        try:
            yield from (handle._items(children.feed) if handle is not None else self._owner._items(children.feed))
        finally:
            children.finish_all()


def chat_model_stream_class() -> Any:
    """langchain-core's ChatModelStream, or None where langchain-core (1.x with chat model
    streams) is not installed: then messages stay the events' data, plain dicts. Imported when
    messages are first read, never before."""
    try:
        from langchain_core.language_models.chat_model_stream import ChatModelStream
    except ImportError:
        return None
    return ChatModelStream


class MessageEvents:
    """Turns a namespace's `messages` events into langchain-core ChatModelStreams, as
    langgraph-sdk does: a new stream per `message-start`, then each event of that message (by
    its id; an event without one goes to the only open message) until `message-finish`."""

    def __init__(self, owner: ThreadStream, namespace: list[str], stream_class: Any) -> None:
        self._owner = owner
        self._namespace = namespace
        self._stream_class = stream_class
        self.active: dict[str, Any] = {}

    def feed(self, event: Mapping[str, Any]) -> list[Any]:
        """The message stream this event starts (none or one); updates the one it is about."""
        data = data_of(event)
        if event.get("method") != "messages" or namespace_of(event) != self._namespace or not isinstance(data, dict):
            return []
        message_id = data.get("id") or data.get("message_id")
        key = f"message:{message_id}" if message_id is not None else None
        if data.get("event") == "message-start":
            metadata = data.get("metadata")
            stream = self._stream_class(
                namespace=list(self._namespace),
                node=metadata.get("langgraph_node") if isinstance(metadata, dict) else None,
                message_id=str(message_id) if message_id is not None else None,
            )
            stream.bind_pump(self._owner._pump)  # its text read on before it is done reads the stream on
            self.active[key or "message:None"] = stream
            stream.dispatch(data)
            return [stream]
        stream = self.active.get(key) if key is not None else None
        if stream is None and key is None and len(self.active) == 1:
            stream = next(iter(self.active.values()))
        if stream is not None:
            stream.dispatch(data)
            if data.get("event") in ("message-finish", "error"):
                self.active = {k: s for k, s in self.active.items() if s is not stream}
        return []

    def fail_unfinished(self) -> None:
        failure = self._owner._failure
        error = RuntimeError(f"Run errored: {failure}" if failure else "the message stream closed before it finished")
        for stream in self.active.values():
            stream.fail(error)
        self.active.clear()


class MessagesProjection:
    """`thread.messages`: the run's messages (of the graph itself). With langgraph-sdk's
    dependency langchain-core installed, a ChatModelStream per message, yielded once it has
    finished, in the order they started (`str(message.text)` is its text), as langgraph-sdk
    yields them; without it, the data of each `messages` event (plain dicts)."""

    def __init__(self, owner: ThreadStream) -> None:
        self._owner = owner

    def __iter__(self) -> Iterator[Any]:
        stream_class = chat_model_stream_class()
        if stream_class is None:
            yield from Projection(self._owner, "messages")
            return
        yield from _each_when_finished(self._owner, MessageEvents(self._owner, [], stream_class))


def _each_when_finished(owner: ThreadStream, tracker: Any) -> Iterator[Any]:
    """Each item `tracker.feed` starts (a tool call, a message), yielded once it and those started
    before it have finished, as langgraph-sdk yields them; then those the run stopped before they
    finished. What is still unfinished when the iteration ends is failed (`fail_unfinished`)."""
    started: list[Any] = []

    def finished_in_order(event: Event) -> list[Any]:
        started.extend(tracker.feed(event))
        ready = []
        while started and started[0].done:
            ready.append(started.pop(0))
        return ready

    try:
        yield from owner._items(finished_in_order)
        yield from started  # the run stopped before these finished
    finally:
        tracker.fail_unfinished()


# interleave_projections: the channels it takes besides extension names, and those it refuses.
INTERLEAVE_CHANNELS: Final = ("values", "messages", "tool_calls", "subgraphs", "updates", "checkpoints", "tasks")
_NOT_INTERLEAVED: Final = frozenset({"lifecycle", "tools", "input"})


WEBSOCKET_EXTRA: Final = "transport='websocket' needs the websockets package: pip install 'langgraph-sync[websocket]'"


def check_websockets_installed() -> None:
    """Raise ImportError, naming the extra to install, where websockets is not installed."""
    try:
        import websockets.sync.client  # noqa: F401
    except ImportError:
        raise ImportError(WEBSOCKET_EXTRA) from None


class WebSocketEvents:
    """The thread's events over the server's websocket (`transport="websocket"`), as an
    iterator of StreamParts like the event stream's: it connects to
    `ws(s)://.../threads/{id}/stream/events`, subscribes with the same body as the event
    stream's request (`subscription.subscribe`), and yields each frame. A frame not come within
    IDLE_POLL_SECONDS raises APITimeoutError, a dropped connection APIConnectionError, as the
    event stream's reader does: the session reopens it with `since`."""

    def __init__(self, http: HttpClient, thread_id: str, headers: Mapping[str, str], body: dict[str, Any]) -> None:
        from websockets.exceptions import ConnectionClosedOK, WebSocketException
        from websockets.sync.client import connect

        self._ended, self._broken = ConnectionClosedOK, WebSocketException

        base = urlsplit(http.base_url)
        scheme = "wss" if base.scheme == "https" else "ws"
        path = f"{base.path}/threads/{quote(thread_id, safe='')}/stream/events"
        self._url = urlunsplit((scheme, base.netloc, path, "", ""))
        # Entered as a context manager, as websockets expects (closed by close()).
        self._exits = contextlib.ExitStack()
        try:
            self._socket = self._exits.enter_context(
                connect(self._url, additional_headers={**http.headers, **headers}, open_timeout=http.timeout[0])
            )
        except (OSError, TimeoutError, WebSocketException) as error:
            raise APIConnectionError(f"could not connect: {error}", method="GET", url=self._url) from None
        self._socket.send(json.dumps({"id": 1, "method": "subscription.subscribe", "params": body}))

    def __iter__(self) -> WebSocketEvents:
        return self

    def __next__(self) -> StreamPart:
        try:
            frame = self._socket.recv(timeout=IDLE_POLL_SECONDS)
        except TimeoutError:
            raise APITimeoutError("no event in time", method="GET", url=self._url) from None
        except self._ended:
            raise StopIteration from None
        except (OSError, self._broken) as error:
            raise APIConnectionError(f"the websocket closed: {error}", method="GET", url=self._url) from None
        data = json.loads(frame)
        return StreamPart(str(data.get("method", "")) if isinstance(data, dict) else "", data, None)

    def close(self) -> None:
        self._exits.close()


class ThreadStream:
    """One thread's streaming session; use it as a context manager (`with client.threads.stream(...)
    as thread:`). Closing it closes its event stream. Not safe to share across threads."""

    def __init__(
        self,
        http: HttpClient,
        *,
        thread_id: str,
        assistant_id: str,
        headers: Mapping[str, str] | None,
        explicit_thread_id: bool,
        run_start_timeout: float | None = None,
        transport: Literal["sse", "websocket"] = "sse",
    ) -> None:
        self._http = http
        self._transport = transport
        self.thread_id = thread_id
        self.assistant_id = assistant_id
        self._headers = dict(headers or {})
        self._explicit_thread_id = explicit_thread_id
        self._run_start_timeout: Timeout | None = run_start_timeout
        self._command_ids = itertools.count(1)
        self._entered = False
        self._closed = False
        self._source: Iterator[Any] | None = None
        self._cursor: int | None = None
        self._seen_event_ids: set[str] = set()
        # The run whose events the projections read. The server replays the thread's history on
        # every new stream: events before this run's first one (its marker) are skipped.
        self._run_known = False  # False until a run is started, resumed or joined
        self._run_id: str | None = None
        self._run_marker: str | None = None
        self._paused = False  # the current run is interrupted or finished: projections end
        self._finished = False  # the current run (or the one resumed from it) has finished
        self._started_here = False  # run.start was sent by this session
        self._failure: str | None = None
        self._listeners: list[Callable[[Event], None]] = []  # the open projections
        self.interrupted = False
        self.interrupts: list[Interrupt] = []
        self.run = RunCommands(self)
        self.agent = AgentCommands(self)
        self.values = ValuesProjection(self)
        self.messages = MessagesProjection(self)
        self.tool_calls = ToolCallsProjection(self)
        self.subgraphs = SubgraphsProjection(self)
        self.subagents = self.subgraphs
        self.extensions = Extensions(self)

    def __enter__(self) -> ThreadStream:
        if self._closed:
            raise ThreadStreamError("this thread stream is closed; open another with client.threads.stream()")
        self._entered = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the event stream (its connection goes back to the pool). Safe to call twice."""
        self._closed = True
        self._close_source()

    @property
    def events(self) -> Iterator[Event]:
        """Every event of the current run, as the server sent it (dicts)."""
        return self._run_events()

    def subscribe(
        self,
        channels: Sequence[str],
        *,
        namespaces: Sequence[Sequence[str]] | None = None,
        depth: int | None = None,
    ) -> Iterator[Event]:
        """The current run's events on `channels` ("values", "updates", "messages", "tools",
        "lifecycle", "input", "checkpoints", "tasks", "custom" or "custom:<name>"), within
        `namespaces` (prefixes; None: all) and at most `depth` labels below them."""
        if isinstance(channels, str):
            raise TypeError("channels must be a list of channel names, not a str")
        return (event for event in self._run_events() if matches(event, channels, namespaces, depth))

    def interleave_projections(self, channels: Sequence[str]) -> Iterator[tuple[str, Any]]:
        """`(channel, item)` for each item of several projections, in the order the server sent
        them: "values" (every namespace's), "messages" (a ChatModelStream as soon as the message
        starts, with langchain-core installed; else the message events' data), "tool_calls"
        (a SyncToolCallHandle as soon as the call starts), "subgraphs" (a SyncScopedStreamHandle as soon
        as it starts), "updates", "checkpoints", "tasks" (the
        graph's own), or an extension's name (its custom events' data). Raises ValueError for
        "lifecycle", "tools" (say "tool_calls") or "input"."""
        for channel in channels:
            if channel in _NOT_INTERLEAVED:
                hint = ' (use "tool_calls")' if channel == "tools" else ""
                raise ValueError(
                    f"{channel!r} is not a valid interleave_projections channel{hint}. Supported "
                    f"channels: {', '.join(INTERLEAVE_CHANNELS)}, or an extension name."
                )
        wanted = set(channels)
        calls = ToolCallEvents(self, []) if "tool_calls" in wanted else None
        children = SubgraphEvents(self, ()) if "subgraphs" in wanted else None
        stream_class = chat_model_stream_class() if "messages" in wanted else None
        messages = MessageEvents(self, [], stream_class) if stream_class is not None else None

        def items(event: Event) -> list[tuple[str, Any]]:
            found = [("subgraphs", child) for child in children.feed(event)] if children is not None else []
            return found + projected(event)

        def projected(event: Event) -> list[tuple[str, Any]]:
            method, data = event.get("method"), data_of(event)
            if method == "values" and "values" in wanted and data is not None:
                return [("values", data)]
            if method == "messages" and messages is not None:
                return [("messages", stream) for stream in messages.feed(event)]
            if method in ("messages", "updates", "checkpoints", "tasks") and method in wanted and _is_root(event):
                return [] if data is None else [(str(method), data)]
            if method == "tools" and calls is not None:
                return [("tool_calls", handle) for handle in calls.feed(event)]
            if method == "custom" and isinstance(data, dict) and data.get("name") in wanted:
                return [(str(data["name"]), data)]
            return []

        try:
            yield from self._items(items)
        finally:
            if calls is not None:
                calls.fail_unfinished()
            if children is not None:
                children.finish_all()
            if messages is not None:
                messages.fail_unfinished()

    @property
    def output(self) -> Any:
        """The thread's state values once the current run has finished, as langgraph-sdk's: an
        interrupt does not end the wait, the run must be answered (by another session) and
        finish. Joining a thread (`thread_id` given, no run started here) whose state has no
        next node or task returns that state at once. Reads the run's remaining events; the
        wait is bounded by the client's read timeout of silence (APITimeoutError). Raises
        ThreadRunError (a RunError and a RuntimeError) if the run failed."""
        self._check_open()
        if self._explicit_thread_id and not self._started_here:
            state = self._fetch_state()
            if not state.next_ and not state.tasks:
                return state.values
        self._ready()
        while self._pump(past_pause=True):
            pass
        if self._failure is not None:
            raise ThreadRunError(self._failure)
        return self._fetch_state().values

    # Commands

    def _send_command(self, method: str, params: dict[str, Any], timeout: Timeout | None = None) -> dict[str, Any]:
        self._check_open()
        command = {"id": next(self._command_ids), "method": method, "params": params}
        reply = self._http.call(
            send_command.ENDPOINT, {"thread_id": self.thread_id}, json=command, headers=self._headers, timeout=timeout
        )
        if isinstance(reply, ProtocolError):
            raise ThreadStreamError(reply.message, reply.error)
        return reply.result if isinstance(reply.result, dict) else {}

    def _newest_run(self, *, other_than: str | None = None) -> str | None:
        """The id of the thread's newest run; with `other_than`, of a newer run than that one,
        waiting up to RESUMED_RUN_SECONDS for the server to list it. Following the interrupted
        run instead would wait forever: all of its events have been read already."""
        deadline = time.monotonic() + RESUMED_RUN_SECONDS
        while True:
            runs = self._http.call(
                list_.ENDPOINT, {"thread_id": self.thread_id}, params={"limit": 1}, headers=self._headers
            )
            run_id = runs[0].run_id if runs else None
            if other_than is None or run_id != other_than:
                return run_id
            if time.monotonic() >= deadline:
                raise ThreadStreamError(
                    f"the server listed no new run {RESUMED_RUN_SECONDS:.0f} s after the interrupt was answered",
                    "run_not_resumed",
                )
            time.sleep(0.05)

    def _follow_run(self, run_id: str | None) -> None:
        """From now on the projections read the run just started or resumed: `run_id`, or the
        thread's newest run. Its events start at the server's first event for it."""
        if run_id is None:
            run_id = self._newest_run()
        self._run_known = True
        self._run_id = run_id
        # The server names the events it makes for a run (its lifecycle, its interrupts)
        # "synth:<run_id>:...": the first of them starts the run's events in the replay.
        self._run_marker = f"synth:{run_id}:" if run_id else None
        self._paused = run_id is None
        self._finished = run_id is None
        self._failure = None
        self.interrupted = False
        self.interrupts = []

    def _outstanding_interrupts(self) -> list[Interrupt]:
        if not self.interrupts:
            for _ in self._run_events():  # read on until the run stops, to learn what it waits on
                pass
        return list(self.interrupts)

    # The event stream

    def _ready(self) -> None:
        """Check the session can read a run: open, and a run started or a thread joined."""
        self._check_open()
        if not self._run_known:
            if not self._explicit_thread_id:
                raise ThreadStreamError("no run yet: call thread.run.start(...) first")
            self._follow_run(None)  # joining a thread: its newest run

    def _fetch_state(self) -> ThreadState:
        return self._http.call(get_state.ENDPOINT, {"thread_id": self.thread_id}, headers=self._headers)

    def _run_events(self) -> Iterator[Event]:
        """The current run's events, read from the stream as they arrive, until it stops."""
        return self._items(lambda event: (event,))

    def _items(self, convert: Callable[[Event], Iterable[Item]]) -> Iterator[Item]:
        """What `convert` makes of each event of the current run, until it stops."""
        self._ready()
        yield from read_items(self._listeners, (), convert, self._pump)

    def _pump(self, *, past_pause: bool = False) -> bool:
        """Read the next event of the run and hand it to every open projection; False once the
        run has stopped (with `past_pause`: finished) or the session is closed."""
        if self._finished if past_pause else self._paused:
            return False
        event = self._next_event()
        if event is None:
            return False
        for listen in list(self._listeners):
            listen(event)
        return True

    def _next_event(self) -> Event | None:
        """The next event of the current run; None once the stream cannot be read any more."""
        reconnects = 0
        quiet_since = time.monotonic()
        while not self._closed:
            if self._source is None:
                self._source = self._open()
            try:
                part = next(self._source)
            except APITimeoutError:
                if time.monotonic() - quiet_since < self._http.timeout[1]:
                    self._close_source()  # quiet for IDLE_POLL_SECONDS: ask again, since the last event
                    continue
                raise
            except StopIteration:
                failure: Exception = APIConnectionError(
                    "the event stream ended", method="POST", url=self._http.base_url
                )
            except (APIConnectionError, InternalServerError) as error:
                # Reading the thread's events is safe to repeat: a drop, or a 5xx from a server
                # that restarts, is tried again (a POST, so the transport itself would not).
                failure = error
            else:
                quiet_since = time.monotonic()
                event = part.data
                if not isinstance(event, dict):
                    continue
                if event.get("type") == "error":  # the server's last word on a stream that failed
                    raise ThreadStreamError(str(event.get("message", "")), str(event.get("error", "unknown")))
                if event.get("type") != "event":  # the websocket's answer to its subscription
                    continue
                reconnects = 0
                if self._take(event):
                    return event
                continue
            self._close_source()
            reconnects += 1
            if reconnects > MAX_RECONNECTS:
                raise failure
            wait = _RECONNECT_BACKOFF * 2 ** (reconnects - 1)
            logger.warning("thread %s: event stream lost (%s); reopening in %.1f s", self.thread_id, failure, wait)
            time.sleep(wait)
        return None

    def _take(self, event: Event) -> bool:
        """Note the event (cursor, run state); whether it belongs to the current run."""
        seq = event.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool) and (self._cursor is None or seq > self._cursor):
            self._cursor = seq
        event_id = event.get("event_id")
        if isinstance(event_id, str):
            if event_id in self._seen_event_ids:
                return False
            self._seen_event_ids.add(event_id)
        if self._run_marker is not None:
            if not (isinstance(event_id, str) and event_id.startswith(self._run_marker)):
                return False  # history before the current run
            self._run_marker = None
        self._apply(event)
        return True

    def _apply(self, event: Event) -> None:
        """What an event says of the run: an interrupt to answer, or its end."""
        data = data_of(event)
        data = data if isinstance(data, dict) else {}
        if event.get("method") == "input.requested" and isinstance(data.get("interrupt_id"), str):
            # langgraph-sdk reads "value" (the protocol's spec); langgraph-api sends "payload".
            self.interrupts.append(
                Interrupt(
                    interrupt_id=data["interrupt_id"],
                    value=data.get("value"),
                    namespace=namespace_of(event),
                    payload=data.get("payload"),
                )
            )
            self.interrupted = True
            self._paused = True
        elif event.get("method") == "lifecycle" and _is_root(event):
            phase = data.get("event")
            if phase == "interrupted":
                self._paused = True
            elif phase in _TERMINAL:
                self._paused = True
                self._finished = True
                self.interrupted = False
                self.interrupts = []
                if phase == "failed":
                    self._failure = str(data.get("error") or "the run failed")

    def _open(self) -> Iterator[Any]:
        body: dict[str, Any] = {"channels": list(ALL_CHANNELS)}
        if self._cursor is not None:
            body["since"] = self._cursor
        if self._transport == "websocket":
            return WebSocketEvents(self._http, self.thread_id, self._headers, body)
        return self._http.stream(
            stream_events.ENDPOINT,
            {"thread_id": self.thread_id},
            json=body,
            headers=self._headers,
            timeout=(self._http.timeout[0], min(self._http.timeout[1], IDLE_POLL_SECONDS)),
            event_timeout=IDLE_POLL_SECONDS,
        )

    def _close_source(self) -> None:
        source, self._source = self._source, None
        close = getattr(source, "close", None)
        if close is not None:
            close()

    def _check_open(self) -> None:
        if self._closed:
            raise ThreadStreamError("this thread stream is closed")
        if not self._entered:
            raise ThreadStreamError("use the thread stream as a context manager: `with client.threads.stream(...)`")
