"""
A pytest plugin with ready example objects for your application's tests.

The plugin is registered through pytest's ``pytest11`` entry point when wspolpraca is
installed, as Hypothesis' is, so the fixtures are there without a line of configuration;
switch it off with ``-p no:wspolpraca.testing`` (on the command line or in ``addopts``).
Listing it in a ``conftest.py``, as before, still works:

.. code-block:: python

    pytest_plugins = ["wspolpraca.testing"]

Ask for the fixtures by name. Each fixture loads a small JSON document: one of the
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
``krakow_2024_offer``               :class:`~wspolpraca.TaskOffer` (2018 form)     none
``krakow_2024_agreement``           :class:`~wspolpraca.Agreement` of that offer   none
``krakow_2024_task_report``         :class:`~wspolpraca.TaskReport` (final)        none
``krakow_2024_chain``               :class:`~wspolpraca.Dossier` of the three      WSP-DOS-006
                                    above                                          (a warning)
``krakow_2025_joint_offer``         :class:`~wspolpraca.TaskOffer`, joint          none
``krakow_2025_small_grant_offer``   :class:`~wspolpraca.TaskOffer`, simplified     none
``krakow_2025_small_grant_report``  :class:`~wspolpraca.TaskReport`, simplified    WSP-TRP-002
                                                                                   (a warning)
``krakow_2018_offer_2016_form``     :class:`~wspolpraca.TaskOffer` (2016 form)     none
``krakow_2024_regranting_offer``    :class:`~wspolpraca.TaskOffer`, operator's     none
                                    (art. 16a, 2018 form)
``krakow_2024_regranting_chain``    :class:`~wspolpraca.Dossier` of that offer,    WSP-DOS-006
                                    its agreement and its report                   (a warning)
==================================  =============================================  =============

The plugin needs neither Hypothesis nor the repository, and the module needs not even pytest:
``example_document(name)`` loads any of the shipped documents by file name in any program
(without pytest the fixtures are plain functions). Importing the module is cheap (the model
loads when a fixture or ``example_document`` first runs), so the plugin costs a test run that
does not use it next to nothing.

.. versionadded:: 0.1
.. versionchanged:: 0.2
   The paperwork examples: offers (also joint, simplified and on the 2016 form), the
   agreement, the task reports and the chain of the three in a dossier; the operator's
   (regranting) offer, agreement and report.
"""

from __future__ import annotations

import importlib.resources
import pathlib
from collections.abc import Callable
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

if TYPE_CHECKING:
    from ._model._agreement import Agreement
    from ._model._competition import OpenCompetition
    from ._model._consultation import ConsultationRound
    from ._model._council import Council
    from ._model._dossier import Dossier
    from ._model._history import ProgrammeHistory
    from ._model._local_initiative import LocalInitiative
    from ._model._multiyear import MultiYearProgramme
    from ._model._nonfinancial import NonFinancialActivity
    from ._model._offer import TaskOffer
    from ._model._programme import AnnualProgramme
    from ._model._report import ImplementationReport
    from ._model._small_grant import SmallGrantRegister
    from ._model._task_report import TaskReport
    from .serialization import Document

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "example_document",
    "example_names",
    "krakow_2015_non_financial",
    "krakow_2018_offer_2016_form",
    "krakow_2019_2022_programme",
    "krakow_2021_competition",
    "krakow_2021_programme",
    "krakow_2021_report",
    "krakow_2024_agreement",
    "krakow_2024_chain",
    "krakow_2024_local_initiative",
    "krakow_2024_offer",
    "krakow_2024_regranting_chain",
    "krakow_2024_regranting_offer",
    "krakow_2024_task_report",
    "krakow_2025_joint_offer",
    "krakow_2025_small_grant_offer",
    "krakow_2025_small_grant_report",
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
    "krakow-2018-offer-2016-form.json",
    "krakow-2019-2022-multi-year-consultation.json",
    "krakow-2019-2022-multi-year.json",
    "krakow-2021-annual.json",
    "krakow-2021-competition.json",
    "krakow-2021-report.json",
    "krakow-2024-agreement.json",
    "krakow-2024-local-initiative.json",
    "krakow-2024-offer.json",
    "krakow-2024-regranting-agreement.json",
    "krakow-2024-regranting-offer.json",
    "krakow-2024-regranting-report.json",
    "krakow-2024-task-report.json",
    "krakow-2025-joint-offer.json",
    "krakow-2025-small-grant-offer.json",
    "krakow-2025-small-grant-report.json",
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
    from .serialization import loads  # noqa: PLC0415 - keeps the plugin's import cheap

    if name not in example_names():
        raise FileNotFoundError(f"no shipped example document {name!r}")
    text = _folder().joinpath(name).read_text("utf-8")
    return loads(text, cls)


def _session_fixture(function: F) -> F:
    """A session-scoped pytest fixture, or *function* itself when pytest is not installed."""
    try:
        import pytest  # noqa: PLC0415 - optional: example_document works without pytest
    except ModuleNotFoundError:
        return function
    decorate: Any = pytest.fixture(scope="session")
    fixture: F = decorate(function)
    return fixture


@_session_fixture
def krakow_2021_programme() -> AnnualProgramme:
    """Kraków's annual programme for 2021 (no errors; WSP-PRG-006 for its civic centres)."""
    from ._model._programme import AnnualProgramme  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2021-annual.json", AnnualProgramme)


@_session_fixture
def krakow_2019_2022_programme() -> MultiYearProgramme:
    """Kraków's multi-year programme for 2019-2022."""
    from ._model._multiyear import MultiYearProgramme  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2019-2022-multi-year.json", MultiYearProgramme)


@_session_fixture
def krakow_2021_report() -> ImplementationReport:
    """The report on Kraków's 2021 programme."""
    from ._model._report import ImplementationReport  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2021-report.json", ImplementationReport)


@_session_fixture
def krakow_history(
    krakow_2019_2022_programme: MultiYearProgramme,
    krakow_2021_programme: AnnualProgramme,
    krakow_2021_report: ImplementationReport,
) -> ProgrammeHistory:
    """The multi-year programme, the 2021 programme and its report, checked together."""
    from ._model._history import ProgrammeHistory  # noqa: PLC0415 - loads the model on first use

    return ProgrammeHistory.of(
        [krakow_2019_2022_programme, krakow_2021_programme, krakow_2021_report]
    )


@_session_fixture
def krakow_council() -> Council:
    """Kraków's public benefit council (KRDPP) with its terms."""
    from ._model._council import Council  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-krdpp.json", Council)


@_session_fixture
def krakow_consultation_round() -> ConsultationRound:
    """The consultation of Kraków's 2019-2022 multi-year programme (no findings)."""
    from ._model._consultation import ConsultationRound  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2019-2022-multi-year-consultation.json", ConsultationRound)


@_session_fixture
def krakow_2021_competition() -> OpenCompetition:
    """An open competition announced by Kraków in 2021."""
    from ._model._competition import OpenCompetition  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2021-competition.json", OpenCompetition)


@_session_fixture
def krakow_2024_local_initiative() -> LocalInitiative:
    """A local-initiative application filed in Kraków in 2024."""
    from ._model._local_initiative import LocalInitiative  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2024-local-initiative.json", LocalInitiative)


@_session_fixture
def krakow_2026_small_grants() -> SmallGrantRegister:
    """Kraków's register of small grants for 2026 (partly illustrative; one WSP-SGR-001 error)."""
    from ._model._small_grant import SmallGrantRegister  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2026-small-grants.json", SmallGrantRegister)


@_session_fixture
def krakow_2015_non_financial() -> NonFinancialActivity:
    """Kraków's non-financial cooperation in 2015."""
    from ._model._nonfinancial import NonFinancialActivity  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2015-nonfinancial.json", NonFinancialActivity)


@_session_fixture
def krakow_2024_offer() -> TaskOffer:
    """An (illustrative) Kraków 2024 competition offer on the 2018 form, with no finding."""
    from ._model._offer import TaskOffer  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2024-offer.json", TaskOffer)


@_session_fixture
def krakow_2024_agreement() -> Agreement:
    """The agreement on :func:`krakow_2024_offer`, naming it by number, with no finding."""
    from ._model._agreement import Agreement  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2024-agreement.json", Agreement)


@_session_fixture
def krakow_2024_task_report() -> TaskReport:
    """The final report on :func:`krakow_2024_agreement`, with no finding."""
    from ._model._task_report import TaskReport  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2024-task-report.json", TaskReport)


@_session_fixture
def krakow_2024_chain(
    krakow_2024_offer: TaskOffer,
    krakow_2024_agreement: Agreement,
    krakow_2024_task_report: TaskReport,
) -> Dossier:
    """
    The offer, its agreement and its report in one dossier: no ``WSP-CHN`` finding, and the
    warning ``WSP-DOS-006`` (the dossier holds no competition results behind the agreement).
    """
    from ._model._dossier import Dossier  # noqa: PLC0415 - loads the model on first use

    return Dossier.of([krakow_2024_offer, krakow_2024_agreement, krakow_2024_task_report])


@_session_fixture
def krakow_2024_regranting_offer() -> TaskOffer:
    """An (illustrative) operator's offer (art. 16a) on the 2018 regranting form, no finding."""
    from ._model._offer import TaskOffer  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2024-regranting-offer.json", TaskOffer)


@_session_fixture
def krakow_2024_regranting_chain(krakow_2024_regranting_offer: TaskOffer) -> Dossier:
    """
    The operator's offer, its agreement and its report in one dossier: no ``WSP-CHN`` or
    ``WSP-RGR`` finding, and the warning ``WSP-DOS-006`` (no competition results in it).
    """
    from ._model._agreement import Agreement  # noqa: PLC0415 - loads the model on first use
    from ._model._dossier import Dossier  # noqa: PLC0415
    from ._model._task_report import TaskReport  # noqa: PLC0415

    agreement = example_document("krakow-2024-regranting-agreement.json", Agreement)
    report = example_document("krakow-2024-regranting-report.json", TaskReport)
    return Dossier.of([krakow_2024_regranting_offer, agreement, report])


@_session_fixture
def krakow_2025_joint_offer() -> TaskOffer:
    """An (illustrative) joint offer of two organisations, with no finding."""
    from ._model._offer import TaskOffer  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2025-joint-offer.json", TaskOffer)


@_session_fixture
def krakow_2025_small_grant_offer() -> TaskOffer:
    """An (illustrative) simplified small-grant offer (art. 19a), with no finding."""
    from ._model._offer import TaskOffer  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2025-small-grant-offer.json", TaskOffer)


@_session_fixture
def krakow_2025_small_grant_report() -> TaskReport:
    """The simplified report on that small grant (the warning ``WSP-TRP-002``: drawn up late)."""
    from ._model._task_report import TaskReport  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2025-small-grant-report.json", TaskReport)


@_session_fixture
def krakow_2018_offer_2016_form() -> TaskOffer:
    """An (illustrative) offer of 2018 on the 2016 form then in force, with no finding."""
    from ._model._offer import TaskOffer  # noqa: PLC0415 - loads the model on first use

    return example_document("krakow-2018-offer-2016-form.json", TaskOffer)
