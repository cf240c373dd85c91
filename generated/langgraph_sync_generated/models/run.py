from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_multitask_strategy import RunMultitaskStrategy
from ..models.run_status import RunStatus
from ..types import UNSET, DefaultT, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
# eq=False: a model equals what its dict equals (`thread == {...}`), as the dict it is.
@_attrs_define(repr=False, eq=False)
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

    # An argument of __init__ (keyword only), so that attrs.evolve keeps these fields. Read, it is
    # a new dict of the model's keys that are not fields (types.Model); set, it replaces them.
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""

    # Dict access by JSON name, typed per key as a TypedDict would be.
    if TYPE_CHECKING:

        @overload
        def __getitem__(self, key: Literal["run_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["thread_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["assistant_id"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["created_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["updated_at"]) -> str: ...

        @overload
        def __getitem__(self, key: Literal["status"]) -> RunStatus: ...

        @overload
        def __getitem__(self, key: Literal["multitask_strategy"]) -> RunMultitaskStrategy: ...

        @overload
        def __getitem__(self, key: Literal["langsmith_session_name"]) -> None | str: ...

        @overload
        def __getitem__(self, key: str) -> Any: ...

        def __getitem__(self, key: str) -> Any:
            return super().__getitem__(key)

        # The ignore: mypy cannot see that the `key: str` overloads at the end still take all that Mapping.get does.
        @overload  # type: ignore[override]
        def get(self, key: Literal["run_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["run_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["thread_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["thread_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["assistant_id"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["assistant_id"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["created_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["created_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["updated_at"], /) -> str | None: ...

        @overload
        def get(self, key: Literal["updated_at"], /, default: str | DefaultT) -> str | DefaultT: ...

        @overload
        def get(self, key: Literal["status"], /) -> RunStatus | None: ...

        @overload
        def get(self, key: Literal["status"], /, default: RunStatus | DefaultT) -> RunStatus | DefaultT: ...

        @overload
        def get(self, key: Literal["multitask_strategy"], /) -> RunMultitaskStrategy | None: ...

        @overload
        def get(
            self, key: Literal["multitask_strategy"], /, default: RunMultitaskStrategy | DefaultT
        ) -> RunMultitaskStrategy | DefaultT: ...

        @overload
        def get(self, key: Literal["langsmith_session_name"], /) -> None | str | None: ...

        @overload
        def get(
            self, key: Literal["langsmith_session_name"], /, default: None | str | DefaultT
        ) -> None | str | DefaultT: ...

        @overload
        def get(self, key: str, /) -> Any: ...

        @overload
        def get(self, key: str, /, default: Any) -> Any: ...

        def get(self, key: str, /, default: Any = None) -> Any:
            return super().get(key, default)
