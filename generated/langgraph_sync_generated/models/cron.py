from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Cron(Model):
    """Cron

    Represents a scheduled task."""

    cron_id: str
    """ The ID of the cron. """

    thread_id: None | str

    end_time: datetime.datetime | None

    schedule: str
    """ The schedule to run, cron format. """

    created_at: datetime.datetime
    """ The time the cron was created. """

    updated_at: datetime.datetime
    """ The last time the cron was updated. """

    payload: Any
    """ The run payload to use for creating new run. """

    enabled: bool = True
    """ Whether the cron job should be enabled. Disabled crons are not executed. """

    assistant_id: None | str | Unset = UNSET
    """ The ID of the assistant. """

    user_id: None | str | Unset = UNSET
    """ The ID of the user. """

    next_run_date: datetime.datetime | None | Unset = UNSET
    """ The next run date of the cron. """

    metadata: Any | Unset = UNSET
    """ The cron metadata. """

    timezone: None | str | Unset = UNSET

    on_run_completed: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
