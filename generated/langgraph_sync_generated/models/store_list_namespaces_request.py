from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset


# repr=False: Model's repr shows the JSON the server sent, not UNSET fields and datetime internals.
@_attrs_define(repr=False)
class StoreListNamespacesRequest(Model):
    """StoreListNamespacesRequest"""

    prefix: list[str] | Unset = UNSET
    """ Optional list of strings representing the prefix to filter namespaces. """

    suffix: list[str] | Unset = UNSET
    """ Optional list of strings representing the suffix to filter namespaces. """

    max_depth: int | Unset = UNSET
    """ Optional integer specifying the maximum depth of namespaces to return. """

    limit: int | Unset = 100
    """ Maximum number of namespaces to return (default is 100). """

    offset: int | Unset = 0
    """ Number of namespaces to skip before returning results (default is 0). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this model does not know (yet); kept so that nothing is lost."""
