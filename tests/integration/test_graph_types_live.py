"""`langgraph-sync graph-types` against the real server, and the typed calls with what it writes.

The package is generated once per module from the test graphs (tests/graphs/), into a temporary
directory that is put on sys.path as `graph_types_live`.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from langgraph_sync_generated.types import UNSET, Model

from langgraph_sync import Client
from langgraph_sync.graph_types import main
from langgraph_sync.typed import StateValidationError, TypedGraph, TypedState

PACKAGE = "graph_types_live"
REPO = Path(__file__).resolve().parents[2]
# Every graph the test server has; the command writes a module for each.
GRAPHS = tuple(sorted(json.loads((REPO / "tests" / "graphs" / "langgraph.json").read_text())["graphs"]))
# Those whose run ends with an output to round-trip ("failing" raises by design).
GRAPHS_WITH_OUTPUT = tuple(graph for graph in GRAPHS if graph != "failing")


def file_digests(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def generated(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The package written by the command (its directory), and what the command printed on stderr."""
    root = tmp_path_factory.mktemp("graph-types")
    result = subprocess.run(
        [sys.executable, "-m", "langgraph_sync", "graph-types", "--url", server_url, "--output", str(root / PACKAGE)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(root))
    try:
        yield root / PACKAGE, result.stderr
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def graph_module(generated: tuple[Path, str], graph_id: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{graph_id}")


@pytest.fixture
def chat(generated: tuple[Path, str]) -> ModuleType:
    return graph_module(generated, "typed_chat")


@pytest.fixture
def approval(generated: tuple[Path, str]) -> ModuleType:
    return graph_module(generated, "approval")


def test_the_command_writes_a_module_per_graph_with_the_models_the_server_has(generated: tuple[Path, str]) -> None:
    package, stderr = generated
    assert sorted(p.name for p in package.iterdir() if p.is_dir()) == list(GRAPHS)
    assert importlib.import_module(f"{PACKAGE}.typed_chat").__all__ == ["State", "Input", "Output", "Context"]
    # A graph without a context schema: the server gives null, the model is skipped and the command says so.
    assert importlib.import_module(f"{PACKAGE}.approval").__all__ == ["State", "Input", "Output"]
    assert "approval: the server gave no context_schema: Context not generated" in stderr
    assert (package / "py.typed").exists()


def test_running_it_again_writes_identical_bytes(server_url: str, generated: tuple[Path, str], tmp_path: Path) -> None:
    package, _ = generated
    again = tmp_path / PACKAGE
    assert main(["graph-types", "--url", server_url, "--output", str(again)]) == 0
    assert file_digests(again) == file_digests(package)
    # Over its own output (what a regeneration does): the same bytes again.
    assert main(["graph-types", "--url", server_url, "--output", str(again)]) == 0
    assert file_digests(again) == file_digests(package)


def test_only_the_graphs_asked_for(server_url: str, tmp_path: Path) -> None:
    output = tmp_path / "some"
    assert main(["graph-types", "--url", server_url, "--output", str(output), "--graph", "approval"]) == 0
    assert sorted(p.name for p in output.iterdir() if p.is_dir()) == ["approval"]


def test_an_unknown_graph_or_a_foreign_directory_is_refused(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["graph-types", "--url", server_url, "--output", str(tmp_path / "x"), "--graph", "nope"]) == 1
    assert "no such graph" in capsys.readouterr().err and not (tmp_path / "x").exists()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    assert main(["graph-types", "--url", server_url, "--output", str(mine), "--graph", "agent"]) == 1
    assert "not written by this command" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "keep me"


@pytest.mark.parametrize("graph_id", GRAPHS_WITH_OUTPUT)
def test_real_state_values_round_trip_through_the_state_model(
    client: Client, generated: tuple[Path, str], graph_id: str
) -> None:
    models = graph_module(generated, graph_id)
    thread = client.threads.create()
    inputs: dict[str, Any] = {
        "typed_chat": {"messages": [{"type": "human", "content": "hi"}], "mood": "sad", "scores": {}},
        "approval": {"request": "deploy", "log": []},
        "slow": {"messages": ["hi"], "seconds": 0},
    }
    output = client.runs.wait(thread.thread_id, graph_id, input=inputs.get(graph_id, {"messages": ["hi"]}))
    assert models.Output.from_dict(output).to_dict() == output
    for state in [client.threads.get_state(thread.thread_id), *client.threads.get_history(thread.thread_id)]:
        assert models.State.from_dict(state.values).to_dict() == state.values


def test_nested_types_messages_literals_and_optional_fields(client: Client, chat: ModuleType) -> None:
    graph = TypedGraph(client, "typed_chat", chat.State, chat.Input, chat.Output)
    sent = {
        "messages": [{"type": "human", "content": "hi"}],
        "mood": "sad",
        "profile": {"name": "Ann", "tags": ["a"], "address": {"city": "Oslo", "postcode": None}},
        "preferences": {"language": "nb"},
    }
    thread = client.threads.create()
    graph.wait(thread.thread_id, input=chat.Input.from_dict(sent), context={"user_id": "u1", "tone": "formal"})
    state = graph.get_state(thread.thread_id)
    values = state.values
    assert isinstance(values, chat.State) and values.to_dict() == state.thread_state.values
    human, ai = values.messages
    # Each message is its own class, told apart by its `type`, and a string content stays a string.
    assert (type(human).__name__, human.content, type(ai).__name__) == ("HumanMessage", "hi", "AIMessage")
    assert ai.content == "hello Ann (sad, formal)" and ai.tool_calls == []
    assert values.mood == "sad" and values.turns == 1 and values.note is None
    assert values.profile.address.city == "Oslo" and values.profile.address.postcode is None
    assert values.scores["politeness"] == 0.5 and values["mood"] == "sad"
    # The nested type named `Config` is the graph's, not the API's model of that name.
    assert type(values.preferences).__module__ == f"{PACKAGE}.typed_chat.models.config"
    assert values.preferences.language == "nb"
    assert isinstance(values, Model) and chat.State().to_dict() == {}


def test_typed_calls_through_an_interrupt(client: Client, approval: ModuleType) -> None:
    graph = TypedGraph(client, "approval", approval.State, approval.Input, approval.Output)
    thread = client.threads.create()

    stopped = graph.wait(thread.thread_id, input=approval.Input(request="deploy", log=[]))
    assert isinstance(stopped, approval.Output) and stopped.request == "deploy" and stopped.decision is UNSET
    assert stopped["__interrupt__"][0]["value"] == {"question": "approve deploy?"}

    state = graph.get_state(thread.thread_id)
    assert isinstance(state, TypedState) and state.next == ["ask"]
    assert state.values.to_dict() == {"request": "deploy", "log": []}
    assert state.interrupts[0].value == {"question": "approve deploy?"}

    run = client.runs.create(thread.thread_id, "approval", command={"resume": "approve"})
    done = graph.join(thread.thread_id, run.run_id)
    assert isinstance(done, approval.Output) and (done.decision, done.log) == ("approve", ["decided approve"])

    history = graph.get_history(thread.thread_id)
    assert [type(s.values) for s in history] == [approval.State] * len(history)
    assert history[0].values.decision == "approve" and history[0].next == []
    # The first checkpoint has no request yet: every State field may be absent.
    assert history[-1].values.request is UNSET

    graph.update_state(thread.thread_id, approval.State(decision="reject"), as_node="ask")
    assert graph.get_state(thread.thread_id).values.decision == "reject"


def test_values_stream_parts_as_models(client: Client, approval: ModuleType, chat: ModuleType) -> None:
    graph = TypedGraph(client, "approval", approval.State, approval.Input, approval.Output)
    parts = list(graph.stream_values(None, input=approval.Input(request="x", log=[])))
    assert all(isinstance(part, approval.Output) for part in parts)
    assert parts[0].to_dict() == {"request": "x", "log": []}
    assert parts[-1]["__interrupt__"][0]["value"] == {"question": "approve x?"}
    chat_graph = TypedGraph(client, "typed_chat", chat.State, chat.Input, chat.Output)
    thread = client.threads.create()
    last = list(
        chat_graph.stream_values(
            thread.thread_id, input={"messages": [{"type": "human", "content": "a"}]}, context={"user_id": "u"}
        )
    )[-1]
    assert last.turns == 1 and [m.type_ for m in last.messages] == ["human", "ai"]
    assert chat_graph.state(client.threads.get_state(thread.thread_id).values).turns == 1


def test_input_and_state_models_are_accepted_wherever_input_is_sent(client: Client, approval: ModuleType) -> None:
    thread = client.threads.create()
    run = client.runs.create(thread.thread_id, "approval", input=approval.Input(request="a", log=["created"]))
    client.runs.join(thread.thread_id, run.run_id)
    streamed = list(client.runs.stream(None, "approval", input=approval.Input(request="b", log=[])))
    assert streamed[1].data == {"request": "b", "log": []}
    waited = client.runs.wait(None, "approval", input=approval.Input(request="c", log=[]))
    assert waited["request"] == "c"
    client.threads.update_state(thread.thread_id, approval.State(log=["updated"]), as_node="ask")
    assert client.threads.get_state(thread.thread_id).values["log"] == ["created", "updated"]


def test_values_that_do_not_fit_the_model_raise_a_langgraph_error(client: Client, approval: ModuleType) -> None:
    graph = TypedGraph(client, "approval", approval.State, approval.Input, approval.Output)
    with pytest.raises(StateValidationError) as caught:
        graph.state({"request": 5})
    assert caught.value.values == {"request": 5} and "approval" in str(caught.value)


USER_CODE = """
    from langgraph_sync import get_client
    from langgraph_sync.typed import TypedGraph
    from graph_types_live import typed_chat

    client = get_client("http://localhost:8123")
    graph = TypedGraph(client, "typed_chat", typed_chat.State, typed_chat.Input, typed_chat.Output)
    output = graph.wait(None, input=typed_chat.Input(messages=[]))
    reveal_type(output)
    reveal_type(output.turns)
    state = graph.get_state("t")
    reveal_type(state.values.mood)
    reveal_type(state.values.profile)
    for values in graph.stream_values(None, input={"messages": []}):
        reveal_type(values.messages)
    reveal_type(graph.get_history("t")[0].values.note)
    print(output.turnz)
    typed_chat.Input(mesages=[])
"""


def test_mypy_infers_the_models_and_catches_a_misspelt_field_in_user_code(
    generated: tuple[Path, str], tmp_path: Path
) -> None:
    package, _ = generated
    user_file = tmp_path / "user_code.py"
    user_file.write_text(textwrap.dedent(USER_CODE))
    env = {"MYPYPATH": f"{package.parent}:{REPO / 'src'}:{REPO / 'generated'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            "",
            str(user_file),
            str(package),  # the generated package itself passes mypy --strict too
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=600,
    )
    assert all(line.startswith("user_code.py:") for line in result.stdout.splitlines()), result.stdout
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines()]
    models = f"{PACKAGE}.typed_chat.models"
    unset = "langgraph_sync_generated.types.Unset"
    kinds = {"ai": "AI", "chat": "Chat", "function": "Function", "human": "Human", "system": "System", "tool": "Tool"}
    messages = [
        f"{models}.{kind}_message{suffix}.{name}Message{'Chunk' if suffix else ''}"
        for kind, name in kinds.items()
        for suffix in ("", "_chunk")
    ]
    assert lines == [
        f'note: Revealed type is "{models}.output.Output"',
        f'note: Revealed type is "builtins.int | {unset}"',
        f"note: Revealed type is \"Literal['happy'] | Literal['sad'] | {unset}\"",
        f'note: Revealed type is "{models}.profile.Profile | {unset}"',
        f'note: Revealed type is "builtins.list[{" | ".join(messages)}] | {unset}"',
        f'note: Revealed type is "None | builtins.str | {unset}"',
        'error: "Output" has no attribute "turnz"; maybe "turns"?  [attr-defined]',
        'error: Unexpected keyword argument "mesages" for "Input"; did you mean "messages"?  [call-arg]',
    ], result.stdout + result.stderr
