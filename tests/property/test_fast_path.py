"""
The fast path (msgspec) and the detailed path (cattrs) load every text alike.

On valid text both give equal objects with the same representation; on any other text
both give the same outcome, the fast path by handing the text to the detailed path.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import serialization, strategies
from wspolpraca.errors import ValidationErrors

pytest.importorskip("msgspec")

from wspolpraca._fast import try_loads

from .test_properties import _EVERY_KIND, KINDS

pytestmark = pytest.mark.property


def _drawing(kind: str) -> st.SearchStrategy[Any]:
    return getattr(strategies, _EVERY_KIND[kind])()  # type: ignore[no-any-return]


@contextmanager
def _detailed_only() -> Iterator[None]:
    saved = serialization._FAST
    serialization._FAST = False
    try:
        yield
    finally:
        serialization._FAST = saved


def _outcome(text: str) -> tuple[str, object]:
    """What loading *text* gives: the object's representation, or every error's identity."""
    try:
        document = wspolpraca.loads(text)
    except ValidationErrors as exc:
        return "errors", [(e.code, e.path, repr(e.value), e.params) for e in exc.errors]
    return "document", repr(document)


class _Object(list[tuple[str, Any]]):
    """A JSON object as its pairs, so that a key can be repeated."""


def _pairs(node: Any) -> Any:
    if isinstance(node, dict):
        return _Object((key, _pairs(value)) for key, value in node.items())
    if isinstance(node, list):
        return [_pairs(item) for item in node]
    return node


def _render(node: Any, rng: random.Random) -> str:
    """JSON text of *node*, with varied white space (never before a colon: see below)."""
    space = rng.choice(["", " ", "\n  "])
    if isinstance(node, _Object):
        items = [f"{json.dumps(k, ensure_ascii=False)}:{space}{_render(v, rng)}" for k, v in node]
        return "{" + space + f",{space}".join(items) + "}"
    if isinstance(node, list):
        return "[" + f",{space}".join(_render(item, rng) for item in node) + "]"
    return json.dumps(node, ensure_ascii=rng.random() < 0.2)


def _containers(node: Any, into: list[Any]) -> list[Any]:
    if isinstance(node, _Object):
        into.append(node)
        for _, value in node:
            _containers(value, into)
    elif isinstance(node, list):
        into.append(node)
        for item in node:
            _containers(item, into)
    return into


_TRICKY = [
    None,
    True,
    0,
    -1,
    1.5,
    10**20,
    "",
    " ",
    "x",
    "1.234",
    "12.5",
    "007",
    "1e3",
    "2021-02-30",
    "2021-1-01",
    "20210101",
    "2021-06-01",
    "a\\b",
    'a"b',
    "a\nb",
    "\ud800",
    "zz",
    "support",
    "16",
    "16\n",
    [],
    ["x"],
    {},
    {"name": "x"},
]
"""Values that are right somewhere and wrong elsewhere in a document."""


def _mutate(document: Any, rng: random.Random) -> str:
    """The JSON text of *document* with one to three random changes."""
    root = _pairs(wspolpraca.unstructure(document))
    for _ in range(rng.randint(1, 3)):
        _change(rng.choice(_containers(root, [])), rng)
    return _render(root, rng)


def _change(target: Any, rng: random.Random) -> None:
    action = rng.choice(["replace", "add", "repeat", "drop", "edit"])
    if not isinstance(target, _Object):
        if target:
            target[rng.randrange(len(target))] = rng.choice(_TRICKY)
    elif target:
        index = rng.randrange(len(target))
        key, value = target[index]
        if action == "replace":
            target[index] = (key, rng.choice(_TRICKY))
        elif action == "add":
            target.append((rng.choice(["nmae", "extra", key + "_"]), rng.choice(_TRICKY)))
        elif action == "repeat":
            target.append((key, rng.choice([value, *_TRICKY])))
        elif action == "drop":
            del target[index]
        elif isinstance(value, str):
            cut = rng.randrange(len(value) + 1)
            insert = rng.choice(['"', "\\", "\n", "\\\\", " :", "\u00a0", "\ud800"])
            target[index] = (key, value[:cut] + insert + value[cut:])


@pytest.mark.parametrize("kind", KINDS)
def test_valid_documents_load_alike(kind: str) -> None:
    """A valid document in any layout loads by the fast path to what the detailed path gives."""

    @given(_drawing(kind), st.randoms(use_true_random=False))
    def alike(document: Any, rng: random.Random) -> None:
        text = _render(_pairs(wspolpraca.unstructure(document)), rng)
        fast = try_loads(text, None)
        with _detailed_only():
            detailed = wspolpraca.loads(text)

        if "\\\\" in text:  # an escaped backslash: quotes cannot be counted, by design
            assert fast is NotImplemented
            assert detailed == document
            return
        assert fast is not NotImplemented
        assert fast == detailed == document
        assert repr(fast) == repr(detailed)
        assert try_loads(text.encode(), type(document)) == document

    alike()


@pytest.mark.parametrize("kind", KINDS)
def test_changed_documents_load_alike(kind: str) -> None:
    """Any one to three changes to a valid document give the same outcome on both paths."""

    @given(_drawing(kind), st.randoms(use_true_random=False))
    def alike(document: Any, rng: random.Random) -> None:
        text = _mutate(document, rng)
        fast = _outcome(text)
        with _detailed_only():
            detailed = _outcome(text)

        assert fast == detailed

    alike()
