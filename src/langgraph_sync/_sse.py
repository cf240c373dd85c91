"""Server-sent events, decoded from bytes as they arrive however the network splits them."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ._convert import decode_json

_LINE_END = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"


class _StreamPartFields(NamedTuple):
    event: str
    data: Any
    id: str | None = None


class StreamPart(_StreamPartFields):
    """One event of a run's stream: `event` is the stream mode ("values", "updates", ..., and
    "metadata", "error", "end"); for a subgraph's events it is followed by the subgraph's
    namespace, as in `"updates|child:1f0e..."`.

    A named tuple `(event, data, id)`, as langgraph-sdk's StreamPart: `event, data, _ = part`
    and `part[1]` work as they do there; `mode` and `namespace` are extra.
    """

    __slots__ = ()

    @property
    def mode(self) -> str:
        """The event without its namespace: "updates" for "updates|child:1f0e..."."""
        return self.event.split("|", 1)[0]

    @property
    def namespace(self) -> tuple[str, ...]:
        """The subgraph the event comes from, outermost first; () for the graph itself."""
        return tuple(self.event.split("|")[1:])


class BadEventError(ValueError):
    """The stream ended before its last event did, or an event's data is JSON too deeply nested
    to decode (langgraph-sdk raises too; the event is not passed on as text that looks like data)."""


class EventStreamDecoder:
    """Feed it chunks of bytes; it returns the events they complete."""

    def __init__(self, last_event_id: str | None = None) -> None:
        # The id of the last event dispatched in full: where a resumed stream starts again. An
        # event's `id:` line counts only once its blank line has arrived.
        self.last_event_id = last_event_id
        self._id = last_event_id
        self._unfinished_line = b""
        self._at_start = True
        # A chunk that ended in "\r" may be followed by one that starts with its "\n".
        self._after_cr = False
        self._event = ""
        self._data: list[bytes] = []

    def feed(self, chunk: bytes) -> list[StreamPart]:
        if self._at_start and chunk:
            chunk = chunk.removeprefix(_BOM)
            self._at_start = False
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        if chunk:
            self._after_cr = chunk.endswith(b"\r")
        *lines, self._unfinished_line = _LINE_END.split(self._unfinished_line + chunk)
        parts = []
        for line in lines:
            part = self._take(line)
            if part is not None:
                parts.append(part)
        return parts

    def finish(self) -> list[StreamPart]:
        """The stream is over. An event whose blank line never came is unfinished: its data may
        be cut anywhere, so it raises BadEventError rather than pass for the whole event."""
        parts = self.feed(b"\n") if self._unfinished_line else []
        if self._event or self._data:
            raise BadEventError(f"the stream ended in the middle of an event ({self._event or 'message'!r})")
        return parts

    def _take(self, line: bytes) -> StreamPart | None:
        if not line:
            return self._dispatch()
        if line.startswith(b":"):
            return None  # a comment: the server's keep-alive
        name, _, value = line.partition(b":")
        value = value.removeprefix(b" ")
        if name == b"event":
            self._event = value.decode(errors="replace")
        elif name == b"data":
            self._data.append(value)
        elif name == b"id" and b"\x00" not in value:
            self._id = value.decode(errors="replace")
        return None

    def _dispatch(self) -> StreamPart | None:
        self.last_event_id = self._id
        event, data = self._event, self._data
        self._event, self._data = "", []
        if not event and not data:
            return None
        text = b"\n".join(data)
        return StreamPart(event=event, data=_json_or_text(text, event), id=self.last_event_id)


def _json_or_text(text: bytes, event: str) -> Any:
    if not text.strip():
        return None
    try:
        return decode_json(text)
    except RecursionError:  # JSON, nested deeper than Python's recursion limit: not text
        raise BadEventError(f"the data of an event ({event or 'message'!r}) is nested too deeply to decode") from None
    except ValueError:
        return text.decode(errors="replace")  # not JSON: kept as sent
