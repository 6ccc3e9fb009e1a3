"""The HTML report and the ``calendar`` and ``report`` commands."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import icalendar
import pytest

import wspolpraca
from wspolpraca.calendar import deadlines
from wspolpraca.cli import main
from wspolpraca.html_report import cycle_year, render, render_dossier

from .conftest import ROOT
from .test_calendar import late_programme

VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "wbr", "source"}
SVG_EMPTY = {"line", "circle", "rect", "path"}
DAY = dt.date(2020, 6, 1)


class StrictParser(HTMLParser):
    """Parses HTML and fails on unbalanced or misnested tags; counts classes and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.classes: list[str] = []
        self.tags: list[str] = []
        self.doctype = ""
        self.text: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.classes.extend((dict(attrs).get("class") or "").split())
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.classes.extend((dict(attrs).get("class") or "").split())

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> StrictParser:
    """Parse *page* strictly; every tag is closed in order."""
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


def late(example_data: dict[str, Any]) -> wspolpraca.AnnualProgramme:
    """The late 2020 programme with a hostile title and an over-planned budget."""
    programme = late_programme(example_data)
    return attrs.evolve(programme, title="<script>alert(1)</script> & co")


class TestPage:
    """The page is HTML5, self-contained, escaped, and shows findings and the timeline."""

    def test_parses_as_html5_and_has_every_finding_code(self, example_data: dict[str, Any]) -> None:
        """The page parses strictly, declares HTML5 and names every finding's code and path."""
        programme = late(example_data)
        result = wspolpraca.check(programme)

        page = render(programme, today=DAY)
        parsed = parse(page)

        assert parsed.doctype.lower() == "doctype html"
        assert result.codes
        assert all(code in page for code in result.codes)
        assert all(finding.jsonpath in page for finding in result)

    def test_svg_has_one_marker_per_deadline(self, example_data: dict[str, Any]) -> None:
        """The timeline's SVG has one deadline-marker per deadline of the cycle, missed marked."""
        programme = late(example_data)
        council = wspolpraca.load_file(ROOT / "examples" / "krakow-krdpp.json")
        found = deadlines(2020, documents=[programme, council], today=DAY)

        parsed = parse(render(programme, today=DAY, documents=[council]))

        assert parsed.classes.count("deadline-marker") == len(found) > 0
        assert parsed.classes.count("missed") == 1

    def test_no_script_no_network_and_escaped_text(self, example_data: dict[str, Any]) -> None:
        """No script, no external resource, and the document's own text is escaped."""
        page = render(late(example_data), today=DAY)
        parsed = parse(page)

        assert "script" not in parsed.tags
        assert not {"link", "img", "iframe"} & set(parsed.tags)
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page

    def test_polish_by_default_english_on_request(self, example_data: dict[str, Any]) -> None:
        """The page is in Polish by default and in English with lang='en'."""
        programme = late(example_data)

        assert '<html lang="pl">' in render(programme, today=DAY)
        english = render(programme, today=DAY, lang="en")
        assert '<html lang="en">' in english
        assert "Findings" in english
        assert "missed" in english

    def test_cycle_year_of_documents(self) -> None:
        """A report belongs to its own year's cycle; a consultation to the next year's."""
        report = wspolpraca.load_file(ROOT / "examples" / "krakow-2021-report.json")
        round_ = wspolpraca.load_file(ROOT / "examples" / "krakow-2015-annual-consultation.json")

        assert cycle_year(report) == 2021
        assert cycle_year(round_) == 2015


class TestCommands:
    """``wspolpraca calendar`` and ``wspolpraca report``."""

    def test_calendar_text_table(self) -> None:
        """The table lists the adoption deadline and the report dates of 2027."""
        out = io.StringIO()

        code = main(["calendar", "2027", "--today", "2026-01-01"], stdout=out)

        assert code == 0
        assert "2026-11-30  otwarty" in out.getvalue()
        assert "2028-05-31" in out.getvalue()

    def test_calendar_json_with_profile(self) -> None:
        """JSON output lists the deadlines with their keys and the profile applies."""
        out = io.StringIO()

        code = main(
            ["calendar", "2027", "--profile", "krakow", "--format", "json", "--lang", "en"],
            stdout=out,
        )
        data = json.loads(out.getvalue())

        assert code == 0
        assert data["year"] == 2027
        assert [d["key"] for d in data["deadlines"]][:4] == [
            "consultation.information",
            "consultation.window",
            "council.opinion",
            "programme.adoption",
        ]
        assert data["deadlines"][0]["basis"] == "uchwała CXI/2904/18"

    def test_calendar_ics_file(self, tmp_path: Path) -> None:
        """--format ics -o writes an iCalendar file with one event per deadline."""
        target = tmp_path / "cycle.ics"

        code = main(
            ["calendar", "2027", "--format", "ics", "-o", str(target)], stdout=io.StringIO()
        )
        events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))

        assert code == 0
        assert len(events) == len(deadlines(2027))

    def test_calendar_refuses_a_bad_year(self, capsys: Any) -> None:
        """A year outside 2004–2100 is a usage error (exit 2), not a traceback."""
        with pytest.raises(SystemExit, match="2"):
            main(["calendar", "1999"], stdout=io.StringIO())
        assert "expected a year from 2004 to 2100" in capsys.readouterr().err

    def test_report_writes_html_and_exits_1_on_errors(
        self, tmp_path: Path, example_data: dict[str, Any]
    ) -> None:
        """report FILE --html OUT writes the page; a late programme exits 1."""
        source = tmp_path / "late.json"
        source.write_text(wspolpraca.dumps(late_programme(example_data)), "utf-8")
        target = tmp_path / "out.html"

        code = main(
            ["report", str(source), "--html", str(target), "--profile", "krakow", "--lang", "en"],
            stdout=io.StringIO(),
        )

        assert code == 1
        page = target.read_text("utf-8")
        parse(page)
        assert "WSP-PRG-001" in page
        assert "City of Kraków" in page

    def test_report_on_unloadable_file_exits_2(self, tmp_path: Path) -> None:
        """An unloadable document is listed with its path and exits 2."""
        source = tmp_path / "bad.json"
        source.write_text('{"kind": "annual_programme"}', "utf-8")
        out = io.StringIO()

        code = main(["report", str(source), "--html", str(tmp_path / "x.html")], stdout=out)

        assert code == 2
        assert str(source) in out.getvalue()


DOSSIER = ROOT / "examples" / "dossier-krakow-2021"


class TestDossierPage:
    """The dossier's page: every document, every finding, the cycle with its actual dates."""

    def _rows(self, page: str) -> dict[str, str]:
        """The timeline table's rows by their first cell's text."""
        rows = re.findall(r'<tr class="deadline status-(\w+)"><td>(.*?)</td>', page)
        return {re.sub("<[^>]+>.*", "", what): status for status, what in rows}

    def test_timeline_takes_consultation_and_council_dates(self) -> None:
        """The council's opinion and the consultation are met, with their documents' dates."""
        dossier = wspolpraca.load_dossier(DOSSIER)

        page = render_dossier(dossier, today=dt.date(2022, 6, 1), lang="en")
        parse(page)

        rows = self._rows(page)
        assert rows["The public-benefit council&#x27;s opinion on the draft programme"] == "met"
        assert rows["The draft programme&#x27;s consultation closes before its adoption"] == "met"
        assert "unknown" not in rows.values()
        assert "2020-10-02 – 2020-10-16" in page  # the council's 14 days
        assert "2020-10-13" in page  # the opinion
        assert "2020-10-23" in page  # the end of the consultation

    def test_single_programme_page_lacks_those_dates(self) -> None:
        """Without the dossier, the programme's own page knows no opinion date (the contrast)."""
        programme = wspolpraca.load_file(DOSSIER / "programme-2021.json")

        page = render(programme, today=dt.date(2022, 6, 1), lang="en")

        assert "unknown" in self._rows(page).values()
        assert "2020-10-13" not in page

    def test_profile_consultation_steps_replace_the_statutory_one(self) -> None:
        """Under Kraków's profile the calendar's own consultation steps carry the dates."""
        from wspolpraca.profiles import load_profile

        page = render_dossier(
            wspolpraca.load_dossier(DOSSIER), profile=load_profile("krakow"), lang="en"
        )

        assert "closes before its adoption" not in page
        assert "2020-10-23" in page

    def test_findings_name_their_documents(self) -> None:
        """Findings of documents and of the dossier are located by file name and inner path."""
        dossier = wspolpraca.load_dossier(DOSSIER)

        page = render_dossier(dossier, today=dt.date(2022, 6, 1))

        assert f"{DOSSIER / 'report-2021.json'}:$.tasks[6].spent_amount" in page
        assert "WSP-RPT-004" in page
        assert page.count('<tr class="document">') == 5

    def test_report_command_writes_the_dossier_page(self, tmp_path: Path) -> None:
        """report --dossier DIR --html OUT writes the page and exits 0 for the example."""
        target = tmp_path / "dossier.html"

        code = main(
            ["report", "--dossier", str(DOSSIER), "--html", str(target), "--lang", "en"],
            stdout=io.StringIO(),
        )

        assert code == 0
        assert "Report: the unit&#x27;s dossier" in target.read_text("utf-8")

    def test_report_command_exits_1_on_a_dossier_error(self, tmp_path: Path) -> None:
        """A dossier whose programme was adopted during its consultation exits 1."""
        for name in ("programme-2021.json", "consultation-2021.json"):
            (tmp_path / name).write_text((DOSSIER / name).read_text("utf-8"), "utf-8")
        data = json.loads((tmp_path / "consultation-2021.json").read_text("utf-8"))
        data["window"]["end"] = "2020-11-30"
        (tmp_path / "consultation-2021.json").write_text(json.dumps(data), "utf-8")
        out = io.StringIO()

        code = main(["report", "--dossier", str(tmp_path), "--html", "-"], stdout=out)

        assert code == 1
        assert "WSP-DOS-002" in out.getvalue()

    def test_report_needs_a_file_or_a_dossier(self) -> None:
        """report with neither a file nor --dossier (or with both) exits 2 with a message."""
        out = io.StringIO()

        assert main(["report", "--html", "-", "--lang", "en"], stdout=out) == 2
        assert "give a FILE or --dossier DIR" in out.getvalue()
        both = ["report", str(DOSSIER / "report-2021.json"), "--dossier", str(DOSSIER)]
        assert main([*both, "--html", "-"], stdout=io.StringIO()) == 2
