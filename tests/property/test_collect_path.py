"""
Without msgspec, the collecting builders (on json.loads' values) and cattrs load every text alike.

On valid text both give equal objects with the same representation; on any other text
both give the same outcome, the collecting builders by handing the text to cattrs.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import serialization
from wspolpraca._collect import try_loads

from .test_fast_path import _drawing, _mutate, _outcome, _pairs, _render
from .test_properties import KINDS

pytestmark = pytest.mark.property


def _with(text: str, *, fast: object) -> tuple[str, object]:
    saved = serialization._FAST
    serialization._FAST = fast  # type: ignore[assignment]
    try:
        return _outcome(text)
    finally:
        serialization._FAST = saved


@pytest.mark.parametrize("kind", KINDS)
def test_valid_documents_are_collected_alike(kind: str) -> None:
    """A valid document in any layout is read without cattrs, to what cattrs gives."""

    @given(_drawing(kind), st.randoms(use_true_random=False))
    def alike(document: Any, rng: random.Random) -> None:
        text = _render(_pairs(wspolpraca.unstructure(document)), rng)
        collected = try_loads(text, None)
        kind, cattrs_alone = _with(text, fast=False)

        assert kind == "document"
        if "\\\\" in text:  # an escaped backslash: quotes cannot be counted, by design
            assert collected is NotImplemented
            return
        assert collected == document
        assert repr(collected) == cattrs_alone
        assert try_loads(text.encode(), type(document)) == document

    alike()


@pytest.mark.parametrize("kind", KINDS)
def test_changed_documents_load_alike_without_msgspec(kind: str) -> None:
    """Any one to three changes to a valid document give the same outcome both ways."""

    @given(_drawing(kind), st.randoms(use_true_random=False))
    def alike(document: Any, rng: random.Random) -> None:
        text = _mutate(document, rng)

        assert _with(text, fast=None) == _with(text, fast=False)

    alike()
