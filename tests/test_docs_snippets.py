"""Examples in the how-tos and references run when copied alone: no import hides in a setup block."""

from __future__ import annotations

import doctest
import re

import pytest

from .conftest import ROOT

PAGES = ("docs/how-to/json.md", "docs/reference/schema.md")
"""Pages whose every example must run on its own, in a fresh interpreter namespace."""

_BLOCK = re.compile(
    r"^```\{(?P<kind>doctest|testsetup|testcode)\}\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL
)
_FLAGS = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.DONT_ACCEPT_TRUE_FOR_1


def _blocks(page: str) -> list[tuple[str, str]]:
    path = ROOT / page
    if not path.exists():
        pytest.skip(f"{page} is not here (not a source tree)")
    return [(m["kind"], m["body"]) for m in _BLOCK.finditer(path.read_text("utf-8"))]


@pytest.mark.parametrize("page", PAGES)
def test_no_setup_blocks(page: str) -> None:
    """The page has no ``testsetup`` or hidden ``testcode`` block a reader would not see."""
    kinds = {kind for kind, _ in _blocks(page)}

    assert kinds == {"doctest"}


@pytest.mark.parametrize("page", PAGES)
def test_each_example_runs_alone(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every doctest block passes on its own, from the repository, with nothing set up before."""
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    failed = []

    for number, (_, body) in enumerate(_blocks(page)):
        test = parser.get_doctest(body, {}, f"{page}#{number}", page, 0)
        result = runner.run(test, out=lambda _: None)
        if result.failed:
            failed.append(number)

    assert failed == [], f"examples that fail when copied alone (0-based, in page order): {failed}"
