"""graph-types without a server: what it makes of the schemas, and the converter rules its models need."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from attrs import define, field
from langgraph_sync_generated.types import UNSET, Model, Unset

from langgraph_sync.graph_types import module_name, openapi_document


@pytest.mark.parametrize(
    ("graph_id", "expected"),
    [
        ("agent", "agent"),
        ("my-graph", "my_graph"),
        ("My Graph.v2", "my_graph_v2"),
        ("2fast", "graph_2fast"),
        ("class", "class_"),
        ("---", "graph"),
    ],
)
def test_graph_ids_become_module_names(graph_id: str, expected: str) -> None:
    assert module_name(graph_id) == expected


def nested(title: str, **extra: Any) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": {"city": {"type": "string", "default": None}},
        "required": ["city"],
        **extra,
    }


SCHEMAS: dict[str, Any] = {
    "state_schema": {
        "title": "MyState",
        "type": "object",
        "$defs": {"Address": nested("Address")},
        "properties": {
            "home": {"$ref": "#/$defs/Address", "default": None},
            "default": {"type": "string"},  # a field named "default" is a field, not a default
        },
        "required": ["home"],
    },
    "input_schema": {
        "title": "MyInput",
        "type": "object",
        # Same name, another shape: kept apart.
        "$defs": {"Address": nested("Address", description="other")},
        "properties": {"home": {"$ref": "#/$defs/Address"}},
        "required": ["home"],
    },
    "output_schema": {
        "type": "object",
        "$defs": {"Address": nested("Address")},  # the same as the state's: shared
        "properties": {"home": {"$ref": "#/$defs/Address"}},
        "required": ["home"],
    },
    "context_schema": None,
}


def test_schemas_become_one_openapi_document() -> None:
    document, skipped = openapi_document("g", SCHEMAS)
    components = document["components"]["schemas"]
    assert list(components) == ["Address", "Input", "InputAddress", "Output", "State"]
    assert skipped == ["g: the server gave no context_schema: Context not generated"]
    state = components["State"]
    assert state["title"] == "State" and "required" not in state  # every State field may be absent
    assert state["properties"]["home"] == {"$ref": "#/components/schemas/Address"}  # defaults left out
    assert state["properties"]["default"] == {"type": "string"}
    assert "required" not in components["Output"]
    assert components["Input"]["required"] == ["home"]  # what the caller sends keeps the graph's rules
    assert components["Input"]["properties"]["home"] == {"$ref": "#/components/schemas/InputAddress"}
    assert components["InputAddress"]["title"] == "InputAddress" and components["Address"]["title"] == "Address"
    assert components["Address"]["properties"]["city"] == {"type": "string"}


def test_the_servers_schemas_are_not_changed() -> None:
    before = repr(SCHEMAS)
    openapi_document("g", SCHEMAS)
    assert repr(SCHEMAS) == before


@define(repr=False)
class Text(Model):
    content: list[str] | str
    type_: Literal["text"] | Unset = UNSET


@define(repr=False)
class Picture(Model):
    content: list[str] | str
    type_: Literal["picture"] | Unset = UNSET


@define(repr=False)
class Post(Model):
    parts: list[Text | Picture]
    additional_properties: dict[str, Any] = field(factory=dict, kw_only=True)


def test_a_string_is_not_taken_as_a_list_of_its_characters() -> None:
    assert Text.from_dict({"content": "hi"}).content == "hi"
    assert Text.from_dict({"content": ["h", "i"]}).content == ["h", "i"]


def test_a_union_of_models_picks_the_one_whose_constant_field_matches() -> None:
    data = {"parts": [{"content": "a", "type_": "picture"}, {"content": "b", "type_": "text"}, {"content": "c"}]}
    post = Post.from_dict(data)
    assert [type(part) for part in post.parts] == [Picture, Text, Text]
    assert post.to_dict() == data
    # A value no member names (a newer graph's message type) is still kept, by the first that fits.
    assert type(Post.from_dict({"parts": [{"content": "d", "type_": "video"}]}).parts[0]) is Text
