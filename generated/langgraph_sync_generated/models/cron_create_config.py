from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class CronCreateConfig(Model):
    """CronCreateConfig

    The configuration for the assistant."""

    tags: list[str] | Unset = UNSET

    recursion_limit: int | Unset = UNSET

    configurable: Any | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
