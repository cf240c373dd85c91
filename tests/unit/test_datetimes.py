"""Datetimes come back exactly as the server sent them, on every supported Python.

The converter makes a plain datetime only of strings that `isoformat()` writes back unchanged,
and keeps the text of every other string it accepts. The rule is fuzzed with a seeded generator
of plausible and odd ISO 8601 strings (the same cases on every run and every Python).
"""

from __future__ import annotations

import pickle
import random
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

import langgraph_sync._convert as convert
from langgraph_sync._convert import _ISOFORMAT, ServerDatetime, _parse_iso_8601, structure, unstructure
from langgraph_sync.models import Thread

from .test_requests import THREAD

SEED = 20240830
CASES = 30_000


def sent_back(text: str) -> str:
    """The string to_dict() gives for a datetime the server sent as `text` (ValueError if refused),
    the same alone and in a model (whose structure function reads datetimes inline)."""
    value = structure(text, datetime)
    assert isinstance(value, datetime)
    written = unstructure(value)
    assert Thread.from_dict({**THREAD, "created_at": text}).to_dict()["created_at"] == written
    return written  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "text",
    [
        "2024-08-30T20:35:52Z",
        "2024-08-30T20:35:52.062Z",
        "2024-08-30T20:35:52.062934Z",
        "2024-08-30T20:35:52.1+00:00",
        "2024-08-30T20:35:52.0629341+00:00",
        "2024-08-30T20:35:52,062934+00:00",
        "2024-08-30T20:35:52.000000+00:00",
        "2024-08-30T20:35:52-00:00",
        "2024-08-30T20:35:52+05:90",
        "2024-08-30T20:35:52.062934+00:60",
        "2024-08-30T20:35:52+0530",
        "2024-08-30T20:35:52+05",
        "2024-08-30t20:35:52+00:00",
        "2024-08-30 20:35:52+00:00",
        "2024-08-30T20:35:52z",
        "2024-08-30T20:35Z",
        "2024-08-30",
    ],
)
def test_a_datetime_isoformat_would_write_differently_is_kept_as_sent(text):
    assert sent_back(text) == text
    thread = Thread.from_dict({**THREAD, "created_at": text})
    assert thread.to_dict()["created_at"] == text
    assert pickle.loads(pickle.dumps(thread)).to_dict()["created_at"] == text


def test_the_shapes_python_servers_write_are_plain_datetimes():
    for text in ("2024-08-30T20:35:52.062934+00:00", "2024-08-30T20:35:52-05:30", "2024-08-30T20:35:52.062934"):
        value = structure(text, datetime)
        assert type(value) is datetime and value.isoformat() == text


def test_offsets_that_isoformat_rewrites_are_not_taken_for_its_own_text():
    for text in ("2024-08-30T20:35:52+05:90", "2024-08-30T20:35:52-00:00", "2024-08-30T20:35:52.000000+00:00"):
        assert not _ISOFORMAT.fullmatch(text)
        assert type(structure(text, datetime)) is ServerDatetime


def test_z_and_rfc_3339_fractions_are_read_on_every_python():
    # Python 3.10's fromisoformat refuses all of these.
    value = structure("2024-08-30T20:35:52.06Z", datetime)
    assert value == datetime(2024, 8, 30, 20, 35, 52, 60000, tzinfo=timezone.utc)
    value = structure("2024-08-30T20:35:52.0629341-0130", datetime)
    assert value.utcoffset() == -timedelta(hours=1, minutes=30) and value.microsecond == 62934


@pytest.mark.parametrize("text", ["2024-08-30T24:00:00Z", "2024-02-30T00:00:00Z", "2024-08-30T20:35:52+24:00", "soon"])
def test_an_impossible_datetime_is_refused(text):
    with pytest.raises(ValueError):
        structure(text, datetime)


# The fuzz: strings built from the parts of an ISO 8601 date-time, each part sometimes written in
# an odd but plausible way, sometimes impossible, and some with one character changed.


def fraction(rng: random.Random) -> str:
    digits = rng.choice([1, 2, 3, 4, 5, 6, 6, 6, 7, 9])
    text = rng.choice(["0" * digits, "".join(rng.choice("0123456789") for _ in range(digits))])
    return rng.choice(".,") if rng.random() < 0.05 and not text else rng.choice([".", ".", ".", ","]) + text


def offset(rng: random.Random) -> str:
    sign = rng.choice("+-")
    hours = rng.choice([0, 0, 1, 5, 9, 12, 14, 23, rng.randrange(26)])
    minutes = rng.choice([0, 0, 15, 30, 45, 59, 60, 90, rng.randrange(100)])
    return rng.choice(
        [
            "Z",
            "z",
            "+00:00",
            "-00:00",
            f"{sign}{hours:02}:{minutes:02}",
            f"{sign}{hours:02}:{minutes:02}",
            f"{sign}{hours:02}{minutes:02}",
            f"{sign}{hours:02}",
            f"{sign}{hours:02}:{minutes:02}:{rng.randrange(60):02}",
            "",
        ]
    )


def plausible(rng: random.Random) -> str:
    year = rng.choice([1, 999, 1970, 2000, 2024, 2024, 9999, rng.randrange(1, 10000)])
    month, day = rng.choice([1, 2, 8, 12, rng.randrange(14)]), rng.choice([1, 28, 29, 30, 31, rng.randrange(33)])
    date = f"{year:04}-{month:02}-{day:02}" if rng.random() < 0.9 else f"{year:04}{month:02}{day:02}"
    if rng.random() < 0.05:
        return date
    hour = rng.choice([0, 9, 12, 20, 23, rng.randrange(25)])
    minute, second = rng.choice([0, 30, 59, rng.randrange(61)]), rng.choice([0, 52, 59, rng.randrange(61)])
    time = rng.choice(
        [
            f"{hour:02}:{minute:02}:{second:02}",
            f"{hour:02}:{minute:02}:{second:02}",
            f"{hour:02}:{minute:02}",
            f"{hour:02}",
            f"{hour:02}{minute:02}{second:02}",
        ]
    )
    if time.count(":") == 2 and rng.random() < 0.7:
        time += fraction(rng)
    separator = rng.choice(["T", "T", "T", "t", " ", "_"])
    return f"{date}{separator}{time}{offset(rng)}"


def as_python_writes_it(rng: random.Random) -> str:
    """What a Python server sends: isoformat() of a datetime with an offset in whole minutes."""
    value = datetime(2000, 1, 1) + timedelta(seconds=rng.randrange(10**9), microseconds=rng.randrange(10**6))
    if rng.random() < 0.2:
        value = value.replace(microsecond=0)
    tz = timezone(timedelta(minutes=rng.randrange(-23 * 60 - 59, 23 * 60 + 60)))
    return value.replace(tzinfo=tz).isoformat()


def mutated(text: str, rng: random.Random) -> str:
    position = rng.randrange(len(text) + 1)
    odd = rng.choice(["0", "9", "T", "Z", ":", "-", "+", ".", " ", "\u0663", "\u00b2", "W", ""])
    return text[:position] + odd + text[position + rng.choice([0, 1]) :]


def fuzz_cases() -> list[str]:
    rng = random.Random(SEED)
    cases = []
    for _ in range(CASES):
        text = rng.choice([plausible, plausible, as_python_writes_it])(rng)
        cases.append(mutated(text, rng) if rng.random() < 0.2 else text)
    return cases


def test_fuzz_every_accepted_datetime_is_written_back_exactly():
    counts: Counter[str] = Counter()
    for text in fuzz_cases():
        try:
            back = sent_back(text)
        except ValueError:
            counts["refused"] += 1
            with pytest.raises(ValueError):
                Thread.from_dict({**THREAD, "created_at": text})
            assert not _ISOFORMAT.fullmatch(text) or not valid_isoformat(text), text
            continue
        assert back == text, text
        counts["accepted"] += 1
        if _ISOFORMAT.fullmatch(text):
            counts["plain datetime"] += 1
            assert datetime.fromisoformat(text).isoformat() == text  # the rule is exact
    print(dict(counts))
    # The generator must keep producing all three kinds, or the test proves little.
    assert counts["accepted"] > CASES / 3 and counts["refused"] > CASES / 10
    assert counts["plain datetime"] > CASES / 5


def valid_isoformat(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def test_fuzz_what_python_servers_write_takes_the_fast_path():
    rng = random.Random(SEED)
    for _ in range(CASES // 3):
        text = as_python_writes_it(rng)
        assert _ISOFORMAT.fullmatch(text), text


def utc_as_python_writes_it(rng: random.Random) -> str:
    """The shape nearly every server datetime has: UTC with microseconds."""
    value = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(10**9))
    return value.replace(microsecond=rng.randrange(1, 10**6)).isoformat()


def test_the_common_shape_is_told_without_the_general_rule(monkeypatch):
    def general_rule(value, key="value"):
        raise AssertionError(f"general rule for {value!r}")

    monkeypatch.setattr(convert, "_any_datetime", general_rule)
    fast = convert._structure_datetime  # the converter's datetime hook, which calls the rule above
    rng = random.Random(SEED)
    for _ in range(1000):
        text = utc_as_python_writes_it(rng)
        assert type(fast(text)) is datetime and fast(text).isoformat() == text
    for text in ("2024-08-30T20:35:52.000000+00:00", "2024-08-30T20:35:52.062934Z", "2024-08-30 20:35:52.062934+00:00"):
        with pytest.raises(AssertionError, match="general rule"):
            fast(text)


# What fromisoformat might read in a string of the common shape's length and separators: digits of
# other scripts, signs, spaces and underscores (which int() would take), a week date, basic format.
ODD_CHARACTERS = ["0", "9", "\u0663", "\u00b2", "\uff11", "+", "-", " ", "_", ",", ".", ":", "T", "W", "Z", "\x00", ""]


def test_fuzz_the_common_shape_is_written_back_exactly():
    rng = random.Random(SEED)
    counts: Counter[str] = Counter()
    for _ in range(CASES):
        text = utc_as_python_writes_it(rng)
        for _ in range(rng.choice([0, 1, 1, 2])):
            position = rng.randrange(len(text) + 1)
            text = text[:position] + rng.choice(ODD_CHARACTERS) + text[position + rng.choice([0, 1, 1]) :]
        try:
            back = sent_back(text)
        except ValueError:
            counts["refused"] += 1
            continue
        assert back == text, text
        counts["plain datetime" if type(structure(text, datetime)) is datetime else "kept as sent"] += 1
    print(dict(counts))
    assert counts["plain datetime"] > CASES / 4 and counts["refused"] > CASES / 10 and counts["kept as sent"] > 100


def test_fuzz_rfc_3339_is_read_the_same_on_every_python():
    # Every string of the grammar this client reads itself is accepted whatever the Python, as the
    # same datetime that `fromisoformat` makes of it where that accepts it too (3.11 and later).
    counts: Counter[str] = Counter()
    for text in fuzz_cases():
        try:
            ours = _parse_iso_8601(text)
        except ValueError:
            continue
        counts["in the grammar"] += 1
        assert structure(text, datetime) == ours and sent_back(text) == text
        if valid_isoformat(text):
            counts["also read by fromisoformat"] += 1
            theirs = datetime.fromisoformat(text)
            assert (theirs, theirs.utcoffset()) == (ours, ours.utcoffset()), text
    print(dict(counts))
    assert counts["in the grammar"] > CASES / 4 and counts["also read by fromisoformat"] > CASES / 10
