"""Every public method of langgraph-sdk's sync client (threads, assistants, runs, crons, store,
http) is here, with every one of its parameters: same name, same place for those that may be
passed by position, and a default wherever langgraph-sdk has one (the same default where it is a
plain value). Found with `inspect` on the installed langgraph-sdk, so a new method or keyword in
a newer langgraph-sdk fails this test until it is added here."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from langgraph_sdk import get_sync_client

from langgraph_sync import get_client

RESOURCES = ("threads", "assistants", "runs", "crons", "store", "http")
POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
PLAIN_DEFAULTS = (type(None), bool, int, float, str)


def sdk_methods() -> list[tuple[str, str]]:
    sdk = get_sync_client(url="http://test", api_key=None)
    return [
        (resource, name)
        for resource in RESOURCES
        for name, _ in inspect.getmembers(type(getattr(sdk, resource)), inspect.isfunction)
        if not name.startswith("_")
    ]


SDK_METHODS = sdk_methods()


def parameters(function: Any) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(function).parameters.values() if p.name != "self"]


@pytest.mark.parametrize(("resource", "name"), SDK_METHODS, ids=[f"{r}.{n}" for r, n in SDK_METHODS])
def test_every_method_and_parameter_of_langgraph_sdk_is_here(resource, name):
    sdk = get_sync_client(url="http://test", api_key=None)
    ours_resource = getattr(get_client("http://test", api_key=None), resource)
    assert hasattr(ours_resource, name), f"{resource}.{name} is missing"
    theirs = parameters(getattr(type(getattr(sdk, resource)), name))
    ours = {p.name: p for p in parameters(getattr(type(ours_resource), name))}
    our_positional = [p.name for p in ours.values() if p.kind in POSITIONAL]
    for index, parameter in enumerate(theirs):
        where = f"{resource}.{name}({parameter.name})"
        assert parameter.name in ours, f"{where} is missing"
        mine = ours[parameter.name]
        if parameter.kind in POSITIONAL:
            assert our_positional[index : index + 1] == [parameter.name], f"{where} is not argument {index + 1}"
        if parameter.kind is not inspect.Parameter.POSITIONAL_ONLY:
            assert mine.kind is not inspect.Parameter.POSITIONAL_ONLY, f"{where} cannot be passed by name"
        if parameter.default is not inspect.Parameter.empty:
            assert mine.default is not inspect.Parameter.empty, f"{where} is required here, optional there"
            if isinstance(parameter.default, PLAIN_DEFAULTS):
                assert mine.default == parameter.default, f"{where} defaults to {mine.default!r}"


def test_how_much_of_langgraph_sdk_is_covered(capsys):
    """Not a check of its own (the test above is): the numbers, printed for the README."""
    sdk = get_sync_client(url="http://test", api_key=None)
    ours = get_client("http://test", api_key=None)
    methods = keywords = covered_methods = covered_keywords = 0
    for resource, name in SDK_METHODS:
        methods += 1
        mine = getattr(getattr(ours, resource), name, None)
        covered_methods += mine is not None
        names = {p.name for p in parameters(mine)} if mine is not None else set()
        for parameter in parameters(getattr(type(getattr(sdk, resource)), name)):
            keywords += 1
            covered_keywords += parameter.name in names
    with capsys.disabled():
        print(
            f"\nlanggraph-sdk sync client: {covered_methods}/{methods} methods, {covered_keywords}/{keywords} parameters"
        )
    assert (covered_methods, covered_keywords) == (methods, keywords)
