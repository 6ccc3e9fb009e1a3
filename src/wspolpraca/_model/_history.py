"""A municipality's programme history: its programmes and reports, checked together."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ..errors import InconsistentError
from ._multiyear import MultiYearProgramme
from ._programme import AnnualProgramme
from ._report import ImplementationReport


@attrs.frozen
class ProgrammeHistory:
    """
    The documents of one unit of local government, checked together by the ``WSP-HST`` rules:
    gaps between annual programmes, two programmes for one year, annual programmes outside
    the multi-year programme they implement, overlapping multi-year programmes, and reports
    for years no programme covers.

    A history is built from loaded documents (it is not itself a JSON document);
    findings are located as ``$.documents[3].year``, by the document's position.

    Args:
        documents: Annual and multi-year programmes and implementation reports, in any order;
            other kinds of document are kept but not examined.

    Raises:
        InconsistentError: the documents belong to different units (TERYT codes).

    >>> import wspolpraca
    >>> programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
    >>> ProgrammeHistory.of([programme]).annual_years
    (2021,)

    .. versionadded:: 0.1
    """

    documents: tuple[Any, ...]

    def __attrs_post_init__(self) -> None:
        codes = {
            doc.unit.teryt: index
            for index, doc in enumerate(self.documents)
            # A task offer may not record its unit (``None``): it mixes nothing.
            if getattr(doc, "unit", None) is not None
        }
        if len(codes) > 1:
            raise InconsistentError(
                "mixed_units",
                path=("documents", max(codes.values()), "unit", "teryt"),
                value=tuple(sorted(codes)),
                params={"codes": tuple(sorted(codes))},
            )

    @classmethod
    def of(cls, documents: Iterable[Any]) -> ProgrammeHistory:
        """The history of *documents*."""
        return cls(tuple(documents))

    def _indexed(self, kind: type[Any]) -> list[tuple[int, Any]]:
        return [(i, doc) for i, doc in enumerate(self.documents) if isinstance(doc, kind)]

    @property
    def annual(self) -> list[tuple[int, AnnualProgramme]]:
        """The annual programmes with their positions, by year then position."""
        return sorted(self._indexed(AnnualProgramme), key=lambda item: (item[1].year, item[0]))

    @property
    def multi_year(self) -> list[tuple[int, MultiYearProgramme]]:
        """The multi-year programmes with their positions, by start."""
        return sorted(self._indexed(MultiYearProgramme), key=lambda item: item[1].period.start)

    @property
    def reports(self) -> list[tuple[int, ImplementationReport]]:
        """The implementation reports with their positions, by year."""
        return sorted(self._indexed(ImplementationReport), key=lambda item: item[1].year)

    @property
    def annual_years(self) -> tuple[int, ...]:
        """The distinct years that have an annual programme, ascending."""
        return tuple(sorted({programme.year for _, programme in self.annual}))
