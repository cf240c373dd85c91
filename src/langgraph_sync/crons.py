"""client.crons: runs on a schedule, with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Final, Literal

from langgraph_sync_generated.api.crons import count, create, create_for_thread, delete, get, search, update
from langgraph_sync_generated.models import Cron
from langgraph_sync_generated.models import CronCreateDurability as Durability
from langgraph_sync_generated.models import CronCreateOnRunCompleted as OnRunCompleted
from langgraph_sync_generated.models import CronSearchSortBy as CronSortBy
from langgraph_sync_generated.models import CronSearchSortOrder as SortOrder
from langgraph_sync_generated.models import RunCreateStatefulStreamModeType0Item as StreamMode
from langgraph_sync_generated.models import ThreadCronCreateMultitaskStrategy as MultitaskStrategy

from ._http import QueryParams, Timeout, paginate
from ._resource import Id, Resource, SearchFilters, without_none
from ._validate import checked

if TYPE_CHECKING:
    from typing_extensions import Unpack


class _Unchanged:
    def __repr__(self) -> str:
        return "<unchanged>"


# update(end_time=None) clears the end time; leaving end_time out keeps it (as in langgraph-sdk).
UNCHANGED: Final[Any] = _Unchanged()


def timezone_name(timezone: str | tzinfo | None) -> str | None:
    """The IANA name sent for `timezone`: a str as given, a ZoneInfo's key, else the tzinfo's name."""
    if timezone is None or isinstance(timezone, str):
        return timezone
    key = getattr(timezone, "key", None)
    if isinstance(key, str):
        return key
    name = timezone.tzname(None)
    if name is None:
        raise ValueError(f"cannot tell the name of timezone {timezone!r}: pass a zoneinfo.ZoneInfo or a name")
    return name


# The JSON body of create_for_thread, create and update: their keywords, in langgraph-sdk's order.
_CREATE_FOR_THREAD_BODY = (
    "schedule", "input", "config", "metadata", "context", "assistant_id", "interrupt_before", "interrupt_after",
    "checkpoint_during", "webhook", "multitask_strategy", "end_time", "enabled", "timezone", "stream_mode",
    "stream_subgraphs", "stream_resumable", "durability",
)  # fmt: skip
_CREATE_BODY = (
    "schedule", "input", "config", "metadata", "context", "assistant_id", "interrupt_before", "interrupt_after",
    "webhook", "checkpoint_during", "on_run_completed", "multitask_strategy", "end_time", "enabled", "timezone",
    "stream_mode", "stream_subgraphs", "stream_resumable", "durability",
)  # fmt: skip
_UPDATE_BODY = (
    "schedule", "input", "metadata", "config", "context", "webhook", "interrupt_before", "interrupt_after",
    "on_run_completed", "enabled", "timezone", "stream_mode", "stream_subgraphs", "stream_resumable", "durability",
)  # fmt: skip


def _cron_payload(arguments: Mapping[str, Any], body: tuple[str, ...]) -> dict[str, Any]:
    """The JSON body: the method's arguments (its `locals()`, taken before it sets any of its own)
    named in `body`, None left out, as langgraph-sdk sends them."""
    if arguments.get("checkpoint_during") is not None:
        warnings.warn(
            "`checkpoint_during` is deprecated and will be removed in a future version. Use `durability` instead.",
            DeprecationWarning,
            stacklevel=4,
        )
    payload = {key: arguments[key] for key in body}
    if isinstance(payload.get("end_time"), datetime):
        payload["end_time"] = payload["end_time"].isoformat()
    payload["timezone"] = timezone_name(payload["timezone"])
    return without_none(payload)


class CronFilters(SearchFilters, total=False):
    """The filters of `crons.search`, which `iter_search` takes too."""

    assistant_id: str | None
    thread_id: Id | None
    enabled: bool | None
    sort_by: CronSortBy | None


class CronsClient(Resource):
    """Schedule runs: create, update, delete, search and count crons.

    Every method also takes `headers=`, `params=` and `timeout=` for that call, and raises as "Errors" says.
    """

    @checked
    def create_for_thread(
        self,
        thread_id: Id,
        assistant_id: str,
        *,
        schedule: str,
        input: Any = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        webhook: str | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Cron:
        """Run the assistant on the thread at every time `schedule` (cron syntax, in `timezone`,
        UTC by default) names, until `end_time`. Returns the Cron (langgraph-sdk types it Run)."""
        payload = _cron_payload(locals(), _CREATE_FOR_THREAD_BODY)
        return self._http.call(
            create_for_thread.ENDPOINT,
            {"thread_id": thread_id},
            json=payload,
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )

    @checked
    def create(
        self,
        assistant_id: str,
        *,
        schedule: str,
        input: Any = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        checkpoint_during: bool | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        webhook: str | None = None,
        on_run_completed: OnRunCompleted | None = None,
        multitask_strategy: MultitaskStrategy | None = None,
        end_time: datetime | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Cron:
        """Run the assistant on a new thread at every time `schedule` names; `on_run_completed`
        says whether each run's thread is deleted ("delete", the server's default) or kept."""
        payload = _cron_payload(locals(), _CREATE_BODY)
        return self._http.call(create.ENDPOINT, json=payload, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def get(
        self,
        cron_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Cron:
        """Get a cron by id (langgraph-sdk has no such method; the server has the endpoint)."""
        return self._http.call(
            get.ENDPOINT, {"cron_id": cron_id}, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def delete(
        self,
        cron_id: Id,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete a cron: no more runs are scheduled by it."""
        self._http.call(delete.ENDPOINT, {"cron_id": cron_id}, extra_params=params, headers=headers, timeout=timeout)

    @checked
    def update(
        self,
        cron_id: Id,
        *,
        schedule: str | None = None,
        end_time: datetime | None = UNCHANGED,
        input: Any = None,
        metadata: Mapping[str, Any] | None = None,
        config: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        webhook: str | None = None,
        interrupt_before: Literal["*"] | Sequence[str] | None = None,
        interrupt_after: Literal["*"] | Sequence[str] | None = None,
        on_run_completed: OnRunCompleted | None = None,
        enabled: bool | None = None,
        timezone: str | tzinfo | None = None,
        stream_mode: StreamMode | Sequence[StreamMode] | None = None,
        stream_subgraphs: bool | None = None,
        stream_resumable: bool | None = None,
        durability: Durability | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Cron:
        """Change the fields given; the others stay as they are. `end_time=None` clears the end
        time (sent as null); leaving `end_time` out keeps it. `metadata` is merged."""
        payload = _cron_payload(locals(), _UPDATE_BODY)
        if end_time is not UNCHANGED:
            payload["end_time"] = None if end_time is None else end_time.isoformat()
        return self._http.call(
            update.ENDPOINT, {"cron_id": cron_id}, json=payload, extra_params=params, headers=headers, timeout=timeout
        )

    @checked
    def search(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: Id | None = None,
        enabled: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: CronSortBy | None = None,
        sort_order: SortOrder | None = None,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> builtins.list[Cron]:
        """Crons matching every filter given. With `select`, fields not selected are UNSET."""
        payload = {
            "assistant_id": assistant_id,
            "thread_id": None if thread_id is None else str(thread_id),
            "enabled": enabled,
            "limit": limit,
            "offset": offset,
            # Left out when empty, as langgraph-sdk does (`if metadata: ...`).
            "metadata": metadata or None,
            "sort_by": sort_by or None,
            "sort_order": sort_order or None,
            "select": list(select) if select else None,
        }
        return self._http.call(
            search.ENDPOINT,
            json=without_none(payload),
            extra_params=params,
            headers=headers,
            timeout=timeout,
            partial=bool(select),
        )

    def iter_search(self, *, page_size: int = 100, **filters: Unpack[CronFilters]) -> Iterator[Cron]:
        """Every cron `search` would find with these `filters` (its other keywords), fetched
        `page_size` at a time as you iterate. (Sort, so that pages do not shift while crons are created.)"""
        return paginate(lambda limit, offset: self.search(limit=limit, offset=offset, **filters), page_size)

    @checked
    def count(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: Id | None = None,
        metadata: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> int:
        """How many crons match every filter given."""
        payload = {"assistant_id": assistant_id, "thread_id": thread_id and str(thread_id), "metadata": metadata}
        return self._http.call(
            count.ENDPOINT,
            json={key: value for key, value in payload.items() if value},
            extra_params=params,
            headers=headers,
            timeout=timeout,
        )
