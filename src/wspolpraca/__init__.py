"""
wspolpraca: Polish municipal cooperation programmes with NGOs, as typed data.

One obvious way in::

    import wspolpraca

    programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
    result = wspolpraca.check(programme)
    text = wspolpraca.dumps(programme)

.. versionadded:: 0.1
"""

from __future__ import annotations

from ._model._common import Period, Publication, Resolution, Unit
from ._model._consultation import (
    Announcement,
    Answer,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Meeting,
    Remark,
)
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from .errors import ValidationError, ValidationErrors, WspolpracaError
from .rules import CATALOGUE, CheckResult, Finding, Rule, Severity, check
from .serialization import dumps, load_file, loads, structure, unstructure

__all__ = [
    "CATALOGUE",
    "Announcement",
    "AnnualProgramme",
    "Answer",
    "CheckResult",
    "ConsultationReport",
    "ConsultationRound",
    "CooperationForm",
    "DraftAct",
    "Finding",
    "Goals",
    "Meeting",
    "Organisation",
    "Period",
    "Principle",
    "PriorityTask",
    "Publication",
    "Remark",
    "Resolution",
    "Rule",
    "Severity",
    "Unit",
    "ValidationError",
    "ValidationErrors",
    "WspolpracaError",
    "check",
    "dumps",
    "load_file",
    "loads",
    "structure",
    "unstructure",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - lazy by design

        return version("wspolpraca")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
