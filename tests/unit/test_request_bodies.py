"""Request bodies: what langgraph-sdk's encoder takes is sent as it sends it; what cannot be sent is
a clear error, naming where, before anything is sent (never a RecursionError from inside)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import uuid

import httpx
import pydantic
import pytest
import responses
from langgraph_sdk import get_sync_client

from langgraph_sync import get_client

from .test_requests import THREAD

URL = "http://test"


class Mood(enum.Enum):
    HAPPY = "happy"


class Colour(str, enum.Enum):
    RED = "red"


class Message(pydantic.BaseModel):
    role: str
    content: str
    sent: datetime.datetime


@dataclasses.dataclass
class Command:
    resume: object = None
    goto: tuple[str, ...] = ()


def ours_sends(metadata: object) -> object:
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, f"{URL}/threads", json=THREAD)
        get_client(URL, api_key=None).threads.create(metadata=metadata)  # type: ignore[arg-type]
        return json.loads(mock.calls[0].request.body)


def sdk_sends(metadata: object) -> object:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=THREAD)

    sdk = get_sync_client(url=URL, api_key=None)
    sdk.http.client = httpx.Client(base_url=URL, transport=httpx.MockTransport(handler))
    sdk.threads.create(metadata=metadata)  # type: ignore[arg-type]
    return json.loads(seen[0].content)


WHEN = datetime.datetime(2024, 8, 30, 20, 35, 52, 62934, tzinfo=datetime.timezone.utc)
ID = uuid.UUID("5f6f2a3e-3f0a-4c36-9f11-6f1c1b7a3f10")


@pytest.mark.parametrize(
    "value",
    [
        Message(role="user", content="hi", sent=WHEN),
        [Message(role="user", content="hi", sent=WHEN)],
        Command(resume={"approved": True}, goto=("a", "b")),
        {"tags"},
        frozenset({1}),
        ("a", 1),
        ID,
        WHEN,
        datetime.date(2024, 8, 30),
        datetime.datetime(2024, 8, 30, 20, 35),  # naive
        Mood.HAPPY,
        Colour.RED,
        {"nested": {"deeper": [ID, Mood.HAPPY, {"x": Message(role="ai", content="", sent=WHEN)}]}},
    ],
    ids=repr,
)
def test_a_value_langgraph_sdk_sends_is_sent_as_it_sends_it(value):
    assert ours_sends({"v": value}) == sdk_sends({"v": value})


def test_a_model_handed_back_is_sent_as_the_json_it_came_from():
    thread = get_client_thread()
    assert ours_sends({"previous": thread}) == {"metadata": {"previous": THREAD}}


def get_client_thread():
    with responses.RequestsMock() as mock:
        mock.add(responses.GET, f"{URL}/threads/t", json=THREAD)
        return get_client(URL, api_key=None).threads.get("t")


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


def refers_to_itself() -> dict:
    metadata: dict = {"a": [1]}
    metadata["a"].append(metadata)
    return metadata


@pytest.mark.parametrize(
    ("metadata", "error", "says"),
    [
        (refers_to_itself(), ValueError, "cannot send $.metadata.a[1].a: refers to a container it is in (a cycle)"),
        ({"deep": nested(100_000)}, ValueError, "nested more than 254 deep"),
        ({"deep": nested(300)}, ValueError, "nested more than 254 deep"),
        ({1: "a", "1": "b"}, TypeError, "cannot send $.metadata: the key 1 is a int; JSON object keys are str"),
        ({"k": {(1, 2): "a"}}, TypeError, "cannot send $.metadata.k: the key (1, 2) is a tuple"),
        ({"x": float("nan")}, ValueError, "cannot send $.metadata.x: nan is not a JSON number"),
        ({"x": [0, float("inf")]}, ValueError, "cannot send $.metadata.x[1]: inf is not a JSON number"),
        ({"x": Message}, TypeError, "is a class; pass an instance"),
        ({"x": object()}, TypeError, "Object of type object is not JSON serializable"),
        ({"with space": b"bytes"}, TypeError, "cannot send $.metadata['with space']: Object of type bytes"),
    ],
    ids=["self-reference", "100000-deep", "300-deep", "int key", "tuple key", "nan", "inf", "class", "object", "bytes"],
)
def test_what_cannot_be_sent_is_a_clear_error_before_anything_is_sent(metadata, error, says):
    with responses.RequestsMock() as mock:  # (no request is registered: any request would fail the test)
        with pytest.raises(error) as raised:
            get_client(URL, api_key=None).threads.create(metadata=metadata)
        assert says in str(raised.value)
        assert len(mock.calls) == 0


def test_the_deepest_body_langgraph_sdk_can_send_is_sent():
    # 254 levels in all, counting the body: as far as langgraph-sdk's encoder goes.
    assert ours_sends({"deep": nested(252)}) == sdk_sends({"deep": nested(252)})


def test_client_http_bodies_are_checked_the_same_way():
    with responses.RequestsMock() as mock:
        client = get_client(URL, api_key=None)
        with pytest.raises(ValueError, match=r"cannot send \$\.metadata\.a\[1\]: refers to a container it is in"):
            client.http.post("/threads", json={"metadata": refers_to_itself()})
        mock.add(responses.POST, f"{URL}/threads", json=THREAD)
        client.http.post("/threads", json={"metadata": {"tags": {"a"}, "id": ID}})
        assert json.loads(mock.calls[0].request.body) == {"metadata": {"tags": ["a"], "id": str(ID)}}
