from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_multitask_strategy import RunMultitaskStrategy
from ..models.run_status import RunStatus
from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class Run(Model):
    """Run"""

    run_id: str
    """ The ID of the run. """

    thread_id: str
    """ The ID of the thread. """

    assistant_id: str
    """ The assistant that was used for this run. """

    created_at: datetime.datetime
    """ The time the run was created. """

    updated_at: datetime.datetime
    """ The last time the run was updated. """

    status: RunStatus
    """ The status of the run. One of 'pending', 'running', 'error', 'success', 'timeout', 'interrupted'. """

    metadata: Any
    """ The run metadata. """

    kwargs: Any

    multitask_strategy: RunMultitaskStrategy
    """ Strategy to handle concurrent runs on the same thread. """

    langsmith_session_name: None | str | Unset = UNSET
    """ LangSmith tracing session (project) name for this run, when tracing is enabled at creation time. """

    # An argument of __init__ (keyword only), so that attrs.evolve and copies keep these fields.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
