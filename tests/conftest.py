"""Shared fixtures and Hypothesis profiles."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ["wspolpraca.testing"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "krakow-2021-annual.json"

settings.register_profile("dev", max_examples=40, deadline=None)
# CI draws more than a developer's run but keeps .ci/run under 15 minutes on 2 cores (at 100
# examples a property the whole run took 16.5 minutes here once the paperwork, regranting and
# chain strategies joined); set HYPOTHESIS_PROFILE=thorough for a long run.
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fast", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def example_text() -> str:
    """The text of the Kraków 2021 example document."""
    return EXAMPLE.read_text("utf-8")


@pytest.fixture
def example_data(example_text: str) -> dict[str, Any]:
    """A fresh, mutable copy of the example document as parsed JSON."""
    data: dict[str, Any] = copy.deepcopy(json.loads(example_text))
    return data
