"""
The act, its consolidated texts, and citations of its provisions.

Every legal fact in wspolpraca points to a provision through a :class:`Citation`
and says how sure we are of it through :class:`Confidence`, following the tags of
the project's legal notes (``law.md``): a false rejection is worse than a false
acceptance, so anything not confirmed is reported as a warning at most.

>>> from wspolpraca.law import ACT, Citation
>>> basis = Citation.parse("art. 5a ust. 1")
>>> basis.article, basis.paragraph
('5a', '1')
>>> print(ACT.cite(basis, lang="en"))
art. 5a(1) of the Act of 24 April 2003 on public benefit activity and volunteering (Dz.U. 2024 poz. 1491)

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from ._text import Lang
from .errors import InvalidFormatError

__all__ = ["ACT", "Act", "Citation", "Confidence", "JournalEntry"]


def __dir__() -> list[str]:
    return __all__


class Confidence(enum.Enum):
    """
    How well a legal fact is sourced.

    ``CONFIRMED``: read in a source that quotes the act or resolution.
    ``SECONDARY``: read in a municipal page, NGO portal or press, not the act.
    ``UNCONFIRMED``: not found in a retrieved source, or only in an unreviewed
    third-party dataset; rules that depend on it report warnings, never errors.

    .. versionadded:: 0.1
    """

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"


_CITATION = re.compile(
    r"^art\. (?P<article>\d+[a-z]?)"
    r"(?: ust\. (?P<paragraph>\d+[a-z]*))?"
    r"(?: pkt (?P<point>\d+[a-z]?))?$"
)


@attrs.frozen
class Citation:
    """
    A provision of the act: article, paragraph (*ustęp*) and point (*punkt*).

    Args:
        article: The article label, such as ``"5a"``.
        paragraph: The paragraph label, such as ``"4"``; ``None`` for the whole article.
        point: The point label, such as ``"32a"``; ``None`` for the whole paragraph.
        confidence: How sure we are that the provision says what we use it for.

    .. versionadded:: 0.1
    """

    article: str
    paragraph: str | None = None
    point: str | None = None
    confidence: Confidence = Confidence.CONFIRMED

    @classmethod
    def parse(cls, text: str, confidence: Confidence = Confidence.CONFIRMED) -> Citation:
        """
        Parse the Polish citation form ``art. 5a ust. 4 pkt 10``.

        Raises:
            InvalidFormatError: *text* is not of that form (``code="invalid_code_format"``).
        """
        match = _CITATION.match(text)
        if match is None:
            raise InvalidFormatError(
                "invalid_code_format",
                value=text,
                params={"expected": "art. N [ust. N] [pkt N]"},
            )
        return cls(
            article=match["article"],
            paragraph=match["paragraph"],
            point=match["point"],
            confidence=confidence,
        )

    def short(self, lang: Lang = "pl") -> str:
        """
        The provision without the act's name.

        >>> Citation("5a", "4", "10").short("pl")
        'art. 5a ust. 4 pkt 10'
        >>> Citation("5a", "4", "10").short("en")
        'art. 5a(4)(10)'
        """
        if lang == "en":
            text = f"art. {self.article}"
            if self.paragraph:
                text += f"({self.paragraph})"
            if self.point:
                text += f"({self.point})"
            return text
        text = f"art. {self.article}"
        if self.paragraph:
            text += f" ust. {self.paragraph}"
        if self.point:
            text += f" pkt {self.point}"
        return text

    def __str__(self) -> str:
        return self.short("pl")


@attrs.frozen
class JournalEntry:
    """
    A position in the Journal of Laws (*Dziennik Ustaw*, Dz.U.).

    Args:
        year: Year of the journal.
        position: Position (*pozycja*).
        number: Issue number, used before 2012 (``Dz.U. 2003 nr 96 poz. 873``).
        published: When this text became the one to cite (for consolidated texts:
            the announcement; approximate where *confidence* is not confirmed).
        confidence: How well the entry is sourced.

    .. versionadded:: 0.1
    """

    year: int
    position: int
    number: int | None = None
    published: dt.date | None = None
    confidence: Confidence = Confidence.CONFIRMED

    @property
    def eli(self) -> str:
        """The ELI-style identifier, such as ``DU/2024/1491``."""
        return f"DU/{self.year}/{self.position}"

    def __str__(self) -> str:
        if self.number is not None:
            return f"Dz.U. {self.year} nr {self.number} poz. {self.position}"
        return f"Dz.U. {self.year} poz. {self.position}"


@attrs.frozen
class Act:
    """
    A statute: its title in both languages, the original text and its consolidated texts.

    .. versionadded:: 0.1
    """

    title_pl: str
    title_en: str
    original: JournalEntry
    consolidated: tuple[JournalEntry, ...]

    def text_on(self, on: dt.date | None = None) -> JournalEntry:
        """
        The text to cite on *on*: the newest consolidated text announced by then.

        *on* ``None`` means the newest text we know of.
        """
        candidates = [
            entry
            for entry in self.consolidated
            if on is None or (entry.published is not None and entry.published <= on)
        ]
        return candidates[-1] if candidates else self.original

    def cite(self, citation: Citation, *, lang: Lang = "pl", on: dt.date | None = None) -> str:
        """The full citation of a provision of this act, as of *on*."""
        title = self.title_en if lang == "en" else self.title_pl
        return f"{citation.short(lang)} {title} ({self.text_on(on)})"


# Sources: law.md §0.1. Consolidated-text dates are the year of announcement where the
# exact date was not read (confidence SECONDARY); 2023 poz. 571 and 2024 poz. 1491 are
# dated in the retrieved sources. Dz.U. 2025 poz. 1338 is a third-party claim only and
# is therefore not cited.
ACT = Act(
    title_pl=(
        "ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"
    ),
    title_en="of the Act of 24 April 2003 on public benefit activity and volunteering",
    original=JournalEntry(2003, 873, number=96, published=dt.date(2003, 5, 29)),
    consolidated=(
        JournalEntry(
            2010, 1536, number=234, published=dt.date(2010, 12, 1), confidence=Confidence.SECONDARY
        ),
        JournalEntry(2014, 1118, published=dt.date(2014, 8, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2016, 239, published=dt.date(2016, 2, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2016, 1817, published=dt.date(2016, 11, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2018, 450, published=dt.date(2018, 2, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2019, 688, published=dt.date(2019, 4, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2020, 1057, published=dt.date(2020, 6, 1), confidence=Confidence.SECONDARY),
        JournalEntry(2022, 1327, published=dt.date(2022, 6, 1)),
        JournalEntry(2023, 571, published=dt.date(2023, 3, 27)),
        JournalEntry(2024, 1491, published=dt.date(2024, 10, 8)),
    ),
)
"""*Ustawa o działalności pożytku publicznego i o wolontariacie*, the act wspolpraca models."""
