"""
The document-kind registry: every top-level document class by its ``kind`` tag.

It sits just above the model and below every wire format: :mod:`wspolpraca.serialization`
re-exports it as its public face, and the fast path (:mod:`wspolpraca._fast`,
:mod:`wspolpraca._fast_errors`), the schemas, the spreadsheets and the CLI read the same
registry without importing one another. A new document kind is registered here first
(``docs/explanation/design.md``, "Adding a document kind").
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias

if TYPE_CHECKING:
    from ._model._agreement import Agreement
    from ._model._budget import BudgetYear, Population
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
        | BudgetYear
        | ConsultationRound
        | Council
        | ImplementationReport
        | LocalInitiative
        | MultiYearProgramme
        | NonFinancialActivity
        | OpenCompetition
        | Population
        | SmallGrantRegister
        | TaskOffer
        | TaskReport
    )
    """Any top-level document wspolpraca reads and writes."""

SCHEMA_VERSION: Final = "1.1"
"""The version of the document format this release writes."""

SUPPORTED_SCHEMA_VERSIONS: Final = ("1.0", "1.1")
"""The versions this release reads, 1.1 and 1.0 (a 1.0 document is a valid 1.1 document
unless it holds a date outside 1990–2100 or a lone surrogate, which ``wspolpraca upgrade``
repairs, reporting each loss)."""

_WHERE: Final[Mapping[str, str]] = {
    "agreement": "_agreement:Agreement",
    "annual_programme": "_programme:AnnualProgramme",
    "budget_year": "_budget:BudgetYear",
    "consultation_round": "_consultation:ConsultationRound",
    "council": "_council:Council",
    "implementation_report": "_report:ImplementationReport",
    "local_initiative": "_local_initiative:LocalInitiative",
    "multi_year_programme": "_multiyear:MultiYearProgramme",
    "non_financial_activity": "_nonfinancial:NonFinancialActivity",
    "open_competition": "_competition:OpenCompetition",
    "population": "_budget:Population",
    "small_grant_register": "_small_grant:SmallGrantRegister",
    "task_offer": "_offer:TaskOffer",
    "task_report": "_task_report:TaskReport",
}
"""Where each kind's class lives: ``module:class`` in :mod:`wspolpraca._model` (a new kind is
one line here and one in the ``Document`` union above)."""


class _Registry(Mapping[str, "type[Document]"]):
    """
    Document classes by kind, each imported the first time it is looked up.

    A process that reads one kind pays for the classes of that kind only; iterating over the
    kinds imports nothing, over the classes (``values()``, ``items()``) imports them all.
    """

    def __init__(self, where: Mapping[str, str]) -> None:
        self._where = where
        self._classes: dict[str, type[Document]] = {}

    def __getitem__(self, kind: str) -> type[Document]:
        try:
            return self._classes[kind]
        except KeyError:
            module, name = self._where[kind].split(":")
        cls: type[Document] = getattr(
            importlib.import_module(f"._model.{module}", __package__), name
        )
        self._classes[kind] = cls
        return cls

    def __contains__(self, kind: object) -> bool:
        return kind in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __repr__(self) -> str:
        return f"DOCUMENT_KINDS({', '.join(self._where)})"


class _KindByClass(Mapping["type[Any]", str]):
    """The kind of each document class, found by the class's module and name (so that looking
    up one class imports no other)."""

    def __init__(self, where: Mapping[str, str]) -> None:
        self._by_name = {
            (f"{__package__}._model.{location.split(':')[0]}", location.split(":")[1]): kind
            for kind, location in where.items()
        }

    def __getitem__(self, cls: type[Any]) -> str:
        name = (getattr(cls, "__module__", None), getattr(cls, "__qualname__", None))
        kind = self._by_name.get(name)  # type: ignore[arg-type]
        if kind is None or DOCUMENT_KINDS[kind] is not cls:
            raise KeyError(cls)
        return kind

    def __contains__(self, cls: object) -> bool:
        try:
            self[cls]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[type[Any]]:
        return iter(DOCUMENT_KINDS.values())

    def __len__(self) -> int:
        return len(self._by_name)


DOCUMENT_KINDS: Final[Mapping[str, type[Document]]] = _Registry(_WHERE)
"""Document kinds by their ``kind`` tag (each class imported on first use)."""

KIND_BY_CLASS: Final[Mapping[type[Any], str]] = _KindByClass(_WHERE)
"""The ``kind`` tag of each document class."""


def __getattr__(name: str) -> Any:
    """``Document``, the union of every kind's class, built when first asked for."""
    if name == "Document":
        import typing  # noqa: PLC0415

        union: Any = typing.Union.__getitem__(tuple(DOCUMENT_KINDS.values()))
        globals()["Document"] = union
        return union
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
