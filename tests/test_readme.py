"""The README's commands are the ones CI runs."""

from __future__ import annotations

import re

from .conftest import ROOT


def _console_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL)]


def test_ci_runs_the_readme_test_command() -> None:
    """``.ci/run`` runs exactly the README's test command."""
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")

    install_and_run, tests = _console_blocks(readme)

    assert tests in ci.splitlines()
    assert "pytest" in tests
    assert "wspolpraca check examples/krakow-2021-annual.json" in install_and_run


def test_readme_markers_are_paired() -> None:
    """Each docs include marker appears exactly once and in order."""
    readme = (ROOT / "README.md").read_text("utf-8")

    for name in ("intro", "usage"):
        begin, end = f"<!-- begin-{name} -->", f"<!-- end-{name} -->"
        assert readme.count(begin) == 1
        assert readme.count(end) == 1
        assert readme.index(begin) < readme.index(end)
