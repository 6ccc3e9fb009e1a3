"""The comparison charts: a self-contained page with a ranking bar chart and a trend line chart."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from wspolpraca import BudgetLine, BudgetYear, DataSource, Unit
from wspolpraca.charts import CSP, PNG_EXTRA, page, png, ranking_svg, trend_svg
from wspolpraca.comparison import Dataset

SVG = "{http://www.w3.org/2000/svg}"
SOURCE = DataSource(title="illustrative <data>", reference="tests", confidence="confirmed")
CITIES = (
    ("1261011", "Kraków", (3, 4, None, 5)),
    ("1465011", "Warszawa & okolice", (6, 5, 6, 7)),
)


@pytest.fixture
def data() -> Dataset:
    """Two cities over four years; Kraków has no budget lines in 2020."""
    documents = []
    for teryt, name, values in CITIES:
        unit = Unit(name=name, teryt=teryt, level="city_with_county_rights")
        for year, value in zip(range(2018, 2022), values, strict=True):
            lines = (
                ()
                if value is None
                else (
                    BudgetLine(
                        division="852", chapter="85295", paragraph="2360", spent=Decimal(value)
                    ),
                )
            )
            documents.append(
                BudgetYear(
                    unit=unit, year=year, total_expenditure=Decimal(100), lines=lines, source=SOURCE
                )
            )
    return Dataset.of(documents)


class TestRankingSvg:
    """The bar chart's structure."""

    def test_one_group_per_ranked_unit_with_proportional_bars(self, data: Dataset) -> None:
        """Each ranked unit is a <g> with a label, a bar and a value; the top bar is longest."""
        svg = ET.fromstring(ranking_svg(data.rank("share", 2021)))  # noqa: S314 - our own output

        groups = svg.findall(f"{SVG}g")
        assert [g.get("data-teryt") for g in groups] == ["1465011", "1261011"]
        bars = [g.find(f"{SVG}rect") for g in groups]
        widths = [float(bar.get("width", "0")) for bar in bars if bar is not None]
        assert widths[0] == 400.0
        assert widths[1] == pytest.approx(400 * 5 / 7, abs=0.1)
        labels = [[t.text for t in g.findall(f"{SVG}text")] for g in groups]
        assert labels[0] == ["1. Warszawa & okolice", "7,00 %"]
        assert svg.findtext(f"{SVG}title") == (
            "Ranking: udział dotacji dla NGO w wydatkach ogółem, 2021, miasta na prawach powiatu"
        )


class TestTrendSvg:
    """The line chart's structure."""

    def test_a_missing_year_breaks_the_line(self, data: Dataset) -> None:
        """Kraków's line is two polylines around 2020; Warsaw's is one; known years are points."""
        trends = [data.trend("share", teryt) for teryt, _, _ in CITIES]

        svg = ET.fromstring(trend_svg(trends, lang="en"))  # noqa: S314 - our own output

        series = svg.findall(f"{SVG}g")
        assert [s.get("data-teryt") for s in series] == ["1261011", "1465011"]
        assert [len(s.findall(f"{SVG}polyline")) for s in series] == [2, 1]
        assert [len(s.findall(f"{SVG}circle")) for s in series] == [3, 4]
        years = [
            t.text
            for t in svg.findall(f"{SVG}text")
            if len(t.text or "") == 4 and (t.text or "").isdigit()
        ]
        assert years == ["2018", "2019", "2020", "2021"]


class TestPage:
    """The HTML page around the charts."""

    def test_self_contained(self, data: Dataset) -> None:
        """No script, no external reference, a strict CSP, Polish by default, text escaped."""
        html = page(ranking=data.rank("share", 2021), trends=[data.trend("share", "1261011")])

        assert html.startswith('<!DOCTYPE html>\n<html lang="pl">')
        assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html
        assert CSP == "default-src 'none'; style-src 'unsafe-inline'"
        assert "<script" not in html
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "https://" not in html
        assert "Warszawa &amp; okolice" in html
        assert "illustrative &lt;data&gt;" in html

    def test_missing_values_are_listed(self, data: Dataset) -> None:
        """A missing year is listed under the trend with the input it lacks."""
        html = page(trends=[data.trend("share", "1261011")], lang="en")

        assert '<h3 class="missing">Missing</h3>' in html
        assert "Kraków (1261011), 2020: missing (ngo_grants)" in html


def _png_size(image: bytes) -> tuple[int, int]:
    """The width and height of a PNG, from its IHDR chunk."""
    assert image[:8] == b"\x89PNG\r\n\x1a\n"
    assert image[12:16] == b"IHDR"
    return int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")


class TestPng:
    """The PNG image, drawn with matplotlib only when it is installed."""

    def test_ranking_and_trend_draw_one_taller_image(self, data: Dataset) -> None:
        """Both charts make one PNG, taller than the ranking alone, at the requested dpi."""
        pytest.importorskip("matplotlib")

        ranking = data.rank("share", 2021)
        alone = png(ranking=ranking, dpi=50)
        both = png(ranking=ranking, trends=[data.trend("share", "1261011")], dpi=50)

        assert _png_size(alone)[0] == 450
        assert _png_size(both)[0] == 450
        assert _png_size(both)[1] > _png_size(alone)[1]

    def test_the_same_input_draws_the_same_bytes(self, data: Dataset) -> None:
        """The image carries no date or version, so a chart can be pinned and compared."""
        pytest.importorskip("matplotlib")

        trend = data.trend("share", "1261011")

        assert png(trends=[trend], lang="en") == png(trends=[trend], lang="en")

    def test_without_matplotlib_the_error_says_how_to_install(
        self, data: Dataset, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without matplotlib, png() raises ImportError naming the charts extra."""

        for name in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
            monkeypatch.setitem(sys.modules, name, None)

        with pytest.raises(ImportError) as error:
            png(ranking=data.rank("share", 2021))

        assert str(error.value) == PNG_EXTRA
        assert PNG_EXTRA == "PNG charts need matplotlib: pip install 'wspolpraca[charts]'"

    def test_nothing_to_draw_is_refused(self) -> None:
        """Neither a ranking nor a trend is a ValueError, not an empty image."""

        with pytest.raises(ValueError, match="nothing to draw"):
            png()
