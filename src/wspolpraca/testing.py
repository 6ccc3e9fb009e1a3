"""
A pytest plugin with ready example objects for your application's tests.

Enable it in your ``conftest.py``:

.. code-block:: python

    pytest_plugins = ["wspolpraca.testing"]

and ask for the fixtures by name. Each fixture loads a small JSON document: one of the
repository's examples, which the wheel ships inside the package (``wspolpraca/testing_data``,
added at build time), so the fixtures work from an installed wheel and from a checkout alike;
values marked illustrative in a document's ``notes`` are illustrative. The objects
are frozen, so one object per session is shared safely.

==================================  =============================================  =============
Fixture                             Object                                         Findings
==================================  =============================================  =============
``krakow_2021_programme``           :class:`~wspolpraca.AnnualProgramme` 2021      WSP-PRG-006
``krakow_2019_2022_programme``      :class:`~wspolpraca.MultiYearProgramme`        none
``krakow_2021_report``              :class:`~wspolpraca.ImplementationReport`      WSP-RPT-004
``krakow_history``                  :class:`~wspolpraca.ProgrammeHistory` of the   none
                                    three above
``krakow_council``                  :class:`~wspolpraca.Council` (KRDPP)           none
``krakow_consultation_round``       :class:`~wspolpraca.ConsultationRound`         none
``krakow_2021_competition``         :class:`~wspolpraca.OpenCompetition`           none
``krakow_2024_local_initiative``    :class:`~wspolpraca.LocalInitiative`           none
``krakow_2026_small_grants``        :class:`~wspolpraca.SmallGrantRegister`        WSP-SGR-001
                                                                                   (an error)
``krakow_2015_non_financial``       :class:`~wspolpraca.NonFinancialActivity`      none
==================================  =============================================  =============

The plugin needs neither Hypothesis nor the repository. ``example_document(name)``
loads any of the shipped documents by file name.

.. versionadded:: 0.1
"""

from __future__ import annotations

import importlib.resources
import pathlib
from importlib.resources.abc import Traversable
from typing import Any, Final, TypeVar, overload

import pytest

from ._model._competition import OpenCompetition
from ._model._consultation import ConsultationRound
from ._model._council import Council
from ._model._history import ProgrammeHistory
from ._model._local_initiative import LocalInitiative
from ._model._multiyear import MultiYearProgramme
from ._model._nonfinancial import NonFinancialActivity
from ._model._programme import AnnualProgramme
from ._model._report import ImplementationReport
from ._model._small_grant import SmallGrantRegister
from .serialization import Document, loads

T = TypeVar("T")

__all__ = [
    "example_document",
    "example_names",
    "krakow_2015_non_financial",
    "krakow_2019_2022_programme",
    "krakow_2021_competition",
    "krakow_2021_programme",
    "krakow_2021_report",
    "krakow_2024_local_initiative",
    "krakow_2026_small_grants",
    "krakow_consultation_round",
    "krakow_council",
    "krakow_history",
]


def __dir__() -> list[str]:
    return __all__


_DATA = "testing_data"

_EXAMPLES: Final = (
    "krakow-2015-nonfinancial.json",
    "krakow-2019-2022-multi-year-consultation.json",
    "krakow-2019-2022-multi-year.json",
    "krakow-2021-annual.json",
    "krakow-2021-competition.json",
    "krakow-2021-report.json",
    "krakow-2024-local-initiative.json",
    "krakow-2026-small-grants.json",
    "krakow-krdpp.json",
)
"""The examples the test kit ships, sorted. The source tree keeps one copy of each, in
``examples/``; the wheel's ``force-include`` (``pyproject.toml``) copies exactly these into
``wspolpraca/testing_data`` (a test checks the two lists agree)."""


def _folder() -> Traversable:
    """Where the examples are: inside the installed package, or the checkout's ``examples/``."""
    shipped = importlib.resources.files("wspolpraca").joinpath(_DATA)
    if shipped.is_dir():
        return shipped
    checkout = pathlib.Path(__file__).resolve().parents[2] / "examples"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"the example documents are neither in the package ({_DATA}) nor in {checkout}"
    )


def example_names() -> tuple[str, ...]:
    """The file names of the shipped example documents, sorted."""
    return _EXAMPLES


@overload
def example_document(name: str, cls: type[T]) -> T: ...
@overload
def example_document(name: str, cls: None = None) -> Document: ...
def example_document(name: str, cls: type[Any] | None = None) -> Any:
    """
    Load the shipped example document *name* (such as ``"krakow-2021-annual.json"``).

    Args:
        name: A file name from :func:`example_names`.
        cls: The expected document class; ``None`` accepts any kind.

    Raises:
        FileNotFoundError: no shipped document has that name.

    >>> from wspolpraca.testing import example_document
    >>> example_document("krakow-2021-annual.json").year
    2021
    """
    if name not in example_names():
        raise FileNotFoundError(f"no shipped example document {name!r}")
    text = _folder().joinpath(name).read_text("utf-8")
    return loads(text, cls)


@pytest.fixture(scope="session")
def krakow_2021_programme() -> AnnualProgramme:
    """Kraków's annual programme for 2021 (no errors; WSP-PRG-006 for its civic centres)."""
    return example_document("krakow-2021-annual.json", AnnualProgramme)


@pytest.fixture(scope="session")
def krakow_2019_2022_programme() -> MultiYearProgramme:
    """Kraków's multi-year programme for 2019-2022."""
    return example_document("krakow-2019-2022-multi-year.json", MultiYearProgramme)


@pytest.fixture(scope="session")
def krakow_2021_report() -> ImplementationReport:
    """The report on Kraków's 2021 programme."""
    return example_document("krakow-2021-report.json", ImplementationReport)


@pytest.fixture(scope="session")
def krakow_history(
    krakow_2019_2022_programme: MultiYearProgramme,
    krakow_2021_programme: AnnualProgramme,
    krakow_2021_report: ImplementationReport,
) -> ProgrammeHistory:
    """The multi-year programme, the 2021 programme and its report, checked together."""
    return ProgrammeHistory.of(
        [krakow_2019_2022_programme, krakow_2021_programme, krakow_2021_report]
    )


@pytest.fixture(scope="session")
def krakow_council() -> Council:
    """Kraków's public benefit council (KRDPP) with its terms."""
    return example_document("krakow-krdpp.json", Council)


@pytest.fixture(scope="session")
def krakow_consultation_round() -> ConsultationRound:
    """The consultation of Kraków's 2019-2022 multi-year programme (no findings)."""
    return example_document("krakow-2019-2022-multi-year-consultation.json", ConsultationRound)


@pytest.fixture(scope="session")
def krakow_2021_competition() -> OpenCompetition:
    """An open competition announced by Kraków in 2021."""
    return example_document("krakow-2021-competition.json", OpenCompetition)


@pytest.fixture(scope="session")
def krakow_2024_local_initiative() -> LocalInitiative:
    """A local-initiative application filed in Kraków in 2024."""
    return example_document("krakow-2024-local-initiative.json", LocalInitiative)


@pytest.fixture(scope="session")
def krakow_2026_small_grants() -> SmallGrantRegister:
    """Kraków's register of small grants for 2026 (partly illustrative; one WSP-SGR-001 error)."""
    return example_document("krakow-2026-small-grants.json", SmallGrantRegister)


@pytest.fixture(scope="session")
def krakow_2015_non_financial() -> NonFinancialActivity:
    """Kraków's non-financial cooperation in 2015."""
    return example_document("krakow-2015-nonfinancial.json", NonFinancialActivity)
