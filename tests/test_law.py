"""Citations of the act and its consolidated texts."""

from __future__ import annotations

import datetime as dt

import pytest

from wspolpraca.errors import InvalidFormatError
from wspolpraca.law import ACT, Citation, Confidence


class TestCitation:
    """Parsing and rendering ``art. N ust. N pkt N``."""

    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            ("art. 5a", ("5a", None, None)),
            ("art. 5a ust. 4", ("5a", "4", None)),
            ("art. 4 ust. 1 pkt 32a", ("4", "1", "32a")),
        ],
    )
    def test_parses_and_renders_back(self, text: str, parts: tuple[str, ...]) -> None:
        """A Polish citation parses into its parts and renders back identically."""
        citation = Citation.parse(text)

        assert (citation.article, citation.paragraph, citation.point) == parts
        assert citation.short("pl") == text

    def test_english_form(self) -> None:
        """The English form uses parentheses."""
        assert Citation.parse("art. 5a ust. 4 pkt 10").short("en") == "art. 5a(4)(10)"

    @pytest.mark.parametrize("text", ["", "5a ust. 1", "art 5a", "art. 5a ust 1", "§ 7"])
    def test_rejects_malformed(self, text: str) -> None:
        """Anything else is an InvalidFormatError."""
        with pytest.raises(InvalidFormatError, match="invalid code"):
            Citation.parse(text)


class TestAct:
    """Which consolidated text to cite on a date."""

    def test_cites_text_in_force_on_date(self) -> None:
        """On 2021-06-01 the 2020 consolidated text is cited; after 2024-10-08 the 2024 one."""
        assert str(ACT.text_on(dt.date(2021, 6, 1))) == "Dz.U. 2020 poz. 1057"
        assert str(ACT.text_on(dt.date(2025, 1, 1))) == "Dz.U. 2024 poz. 1491"

    def test_before_any_consolidation_cites_original(self) -> None:
        """Before the first consolidated text, the original journal entry is cited."""
        assert str(ACT.text_on(dt.date(2005, 1, 1))) == "Dz.U. 2003 nr 96 poz. 873"

    def test_eli_and_full_citation(self) -> None:
        """The ELI-style id and the full Polish citation name the act and the text."""
        assert ACT.text_on().eli == "DU/2024/1491"
        assert ACT.cite(Citation("5a", "1"), lang="pl") == (
            "art. 5a ust. 1 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego "
            "i o wolontariacie (Dz.U. 2024 poz. 1491)"
        )

    def test_third_party_text_is_not_cited(self) -> None:
        """Dz.U. 2025 poz. 1338 (a third-party claim only) is never cited."""
        assert all(entry.year != 2025 for entry in ACT.consolidated)
        assert all(entry.confidence is not Confidence.UNCONFIRMED for entry in ACT.consolidated)
