"""client.crons: runs on a schedule, with langgraph-sdk's method names, arguments and defaults."""

from __future__ import annotations

import builtins
import uuid
import warnings
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any, Final, Literal

from langgraph_sync_generated.api.crons import count, create, create_for_thread, delete, get, search, update
from langgraph_sync_generated.models import Cron
from langgraph_sync_generated.models import CronCreateDurability as Durability
from langgraph_sync_generated.models import CronCreateOnRunCompleted as OnRunCompleted
from langgraph_sync_generated.models import CronSearchSortBy as CronSortBy
from langgraph_sync_generated.models import RunCreateStatefulStreamModeType0Item as StreamMode

from ._http import HttpClient, QueryParams, Timeout, paginate
from ._validate import checked

Id = str | uuid.UUID


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


def _cron_payload(options: Mapping[str, Any]) -> dict[str, Any]:
    """The body of create, create_for_thread and update: what langgraph-sdk sends, None left out."""
    if options.get("checkpoint_during") is not None:
        warnings.warn(
            "`checkpoint_during` is deprecated and will be removed in a future version. Use `durability` instead.",
            DeprecationWarning,
            stacklevel=4,
        )
    payload = dict(options)
    end_time = payload.get("end_time")
    payload["end_time"] = end_time.isoformat() if isinstance(end_time, datetime) else None
    payload["timezone"] = timezone_name(payload.get("timezone"))
    return {key: value for key, value in payload.items() if value is not None}


class CronsClient:
    """Schedule runs: create, update, delete, search and count crons."""

    def __init__(self, http: HttpClient) -> None:
        self._http = http

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
        multitask_strategy: str | None = None,
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
        payload = _cron_payload(
            {
                "schedule": schedule,
                "input": input,
                "config": config,
                "metadata": metadata,
                "context": context,
                "assistant_id": assistant_id,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "checkpoint_during": checkpoint_during,
                "webhook": webhook,
                "multitask_strategy": multitask_strategy,
                "end_time": end_time,
                "enabled": enabled,
                "timezone": timezone,
                "stream_mode": stream_mode,
                "stream_subgraphs": stream_subgraphs,
                "stream_resumable": stream_resumable,
                "durability": durability,
            }
        )
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
        multitask_strategy: str | None = None,
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
        payload = _cron_payload(
            {
                "schedule": schedule,
                "input": input,
                "config": config,
                "metadata": metadata,
                "context": context,
                "assistant_id": assistant_id,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "webhook": webhook,
                "checkpoint_during": checkpoint_during,
                "on_run_completed": on_run_completed,
                "multitask_strategy": multitask_strategy,
                "end_time": end_time,
                "enabled": enabled,
                "timezone": timezone,
                "stream_mode": stream_mode,
                "stream_subgraphs": stream_subgraphs,
                "stream_resumable": stream_resumable,
                "durability": durability,
            }
        )
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
        payload = _cron_payload(
            {
                "schedule": schedule,
                "input": input,
                "metadata": metadata,
                "config": config,
                "context": context,
                "webhook": webhook,
                "interrupt_before": interrupt_before,
                "interrupt_after": interrupt_after,
                "on_run_completed": on_run_completed,
                "enabled": enabled,
                "timezone": timezone,
                "stream_mode": stream_mode,
                "stream_subgraphs": stream_subgraphs,
                "stream_resumable": stream_resumable,
                "durability": durability,
            }
        )
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
        sort_order: Literal["asc", "desc"] | None = None,
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
            json={key: value for key, value in payload.items() if value is not None},
            extra_params=params,
            headers=headers,
            timeout=timeout,
            partial=bool(select),
        )

    def iter_search(
        self,
        *,
        assistant_id: str | None = None,
        thread_id: Id | None = None,
        enabled: bool | None = None,
        metadata: Mapping[str, Any] | None = None,
        sort_by: CronSortBy | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        select: Sequence[str] | None = None,
        page_size: int = 100,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[Cron]:
        """Every cron `search` would find with these filters, fetched `page_size` at a time as
        you iterate. (Sort, so that pages do not shift while crons are created.)"""
        return paginate(
            lambda limit, offset: self.search(
                assistant_id=assistant_id,
                thread_id=thread_id,
                enabled=enabled,
                metadata=metadata,
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=sort_order,
                select=select,
                headers=headers,
                params=params,
                timeout=timeout,
            ),
            page_size,
        )

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
