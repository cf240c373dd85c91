"""The TypedDicts that overloads and iter_* methods take their keywords as (PEP 692) say what the
method they stand for takes: the same names, each with the same type. A keyword added to
`runs.stream` or to a search and not to its TypedDict fails here, not in a user's type checker."""

from __future__ import annotations

import inspect
import typing
from typing import Any

import pytest

from langgraph_sync.assistants import AssistantFilters, AssistantsClient
from langgraph_sync.crons import CronFilters, CronsClient
from langgraph_sync.runs import RunFilters, RunsClient, RunStreamKeywords
from langgraph_sync.store import ItemFilters, StoreClient
from langgraph_sync.threads import ThreadFilters, ThreadsClient

# (the TypedDict, the method whose keywords it stands for, that method's parameters it leaves out)
CASES = [
    (RunStreamKeywords, RunsClient.stream, {"thread_id", "assistant_id", "version"}),
    (RunFilters, RunsClient.list, {"thread_id", "limit", "offset"}),
    (ThreadFilters, ThreadsClient.search, {"limit", "offset"}),
    (AssistantFilters, AssistantsClient.search, {"limit", "offset", "response_format"}),
    (CronFilters, CronsClient.search, {"limit", "offset"}),
    (ItemFilters, StoreClient.search_items, {"namespace_prefix", "limit", "offset"}),
]


def method_hints(method: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(inspect.unwrap(method))
    return {name: hints[name] for name in inspect.signature(method).parameters if name != "self"}


@pytest.mark.parametrize(("keywords", "method", "left_out"), CASES, ids=[case[0].__name__ for case in CASES])
def test_a_keyword_typeddict_has_its_methods_names_and_types(keywords, method, left_out):
    expected = {name: hint for name, hint in method_hints(method).items() if name not in left_out}
    declared = typing.get_type_hints(keywords)
    assert declared.keys() == expected.keys()
    for name, hint in declared.items():
        # (Python 3.10's get_type_hints makes a parameter whose default is None Optional[...].)
        assert expected[name] in (hint, typing.Optional[hint]), name
    assert not keywords.__required_keys__
