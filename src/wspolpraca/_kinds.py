"""
The document-kind registry: every top-level document class by its ``kind`` tag.

It sits just above the model and below every wire format: :mod:`wspolpraca.serialization`
re-exports it as its public face, and the fast path (:mod:`wspolpraca._fast`,
:mod:`wspolpraca._fast_errors`), the schemas, the spreadsheets and the CLI read the same
registry without importing one another. A new document kind is registered here first
(``docs/explanation/design.md``, "Adding a document kind").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypeAlias

from ._model._agreement import Agreement
from ._model._competition import OpenCompetition
from ._model._consultation import ConsultationRound
from ._model._council import Council
from ._model._local_initiative import LocalInitiative
from ._model._multiyear import MultiYearProgramme
from ._model._nonfinancial import NonFinancialActivity
from ._model._offer import TaskOffer
from ._model._programme import AnnualProgramme
from ._model._report import ImplementationReport
from ._model._small_grant import SmallGrantRegister
from ._model._task_report import TaskReport

Document: TypeAlias = (
    Agreement
    | AnnualProgramme
    | ConsultationRound
    | Council
    | ImplementationReport
    | LocalInitiative
    | MultiYearProgramme
    | NonFinancialActivity
    | OpenCompetition
    | SmallGrantRegister
    | TaskOffer
    | TaskReport
)
"""Any top-level document wspolpraca reads and writes."""

SCHEMA_VERSION: Final = "1.0"
"""The version of the document format this release writes."""

SUPPORTED_SCHEMA_VERSIONS: Final = ("1.0",)
"""The versions this release reads."""

DOCUMENT_KINDS: Final[Mapping[str, type[Document]]] = {
    "agreement": Agreement,
    "annual_programme": AnnualProgramme,
    "consultation_round": ConsultationRound,
    "council": Council,
    "implementation_report": ImplementationReport,
    "local_initiative": LocalInitiative,
    "multi_year_programme": MultiYearProgramme,
    "non_financial_activity": NonFinancialActivity,
    "open_competition": OpenCompetition,
    "small_grant_register": SmallGrantRegister,
    "task_offer": TaskOffer,
    "task_report": TaskReport,
}
"""Document kinds by their ``kind`` tag."""

KIND_BY_CLASS: Final[Mapping[type[Any], str]] = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}
"""The ``kind`` tag of each document class."""
