"""Schema versions and migrations, proved with a test-only previous version 0.9."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, ImplementationReport, migrations
from wspolpraca.cli import main
from wspolpraca.errors import ValidationErrors
from wspolpraca.migrations import LossWarning, Migrations, upgrade
from wspolpraca.serialization import SCHEMA_VERSION

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
FAKE = "0.9"


def _fake_registry() -> Migrations:
    """A chain with one hypothetical step, 0.9 → current.

    In 0.9 the editorial notes were called ``editorial_notes`` and every document had an
    ``internal_id`` that the current version has no place for.
    """
    registry = Migrations(current=SCHEMA_VERSION)

    @registry.register(FAKE, SCHEMA_VERSION)
    def _from_0_9(data: dict[str, Any]) -> tuple[dict[str, Any], list[LossWarning]]:
        data = dict(data)
        losses = []
        if "editorial_notes" in data:
            data["notes"] = data.pop("editorial_notes")
        if "internal_id" in data:
            losses.append(LossWarning.dropped(("internal_id",), data.pop("internal_id")))
        return data, losses

    return registry


def _as_0_9(data: dict[str, Any]) -> dict[str, Any]:
    """The inverse of the fake step: *data* written as a 0.9 document would have been."""
    old = {key: value for key, value in data.items() if key != "notes"}
    old["schema_version"] = FAKE
    if "notes" in data:
        old["editorial_notes"] = data["notes"]
    old["internal_id"] = "KRK-42"
    return old


@pytest.fixture
def fake_version(monkeypatch: pytest.MonkeyPatch) -> Migrations:
    """Register the fake 0.9 chain as the one the library and the command line use."""
    registry = _fake_registry()
    monkeypatch.setattr(migrations, "MIGRATIONS", registry)
    return registry


class TestUpgrade:
    """``upgrade()`` runs the chain and reports every loss."""

    def test_current_document_unchanged(self) -> None:
        """A document already at the current version comes back equal, with no loss."""
        data = json.loads(EXAMPLES[0].read_text("utf-8"))

        result = upgrade(data)

        assert result.data == data
        assert result.data is not data
        assert result.from_version == SCHEMA_VERSION
        assert result.steps == ()
        assert result.losses == ()

    def test_shipped_chain(self) -> None:
        """This release upgrades 1.0 to the current 1.1."""
        assert migrations.MIGRATIONS.readable() == ("1.0", "1.1") == ("1.0", SCHEMA_VERSION)

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
    def test_every_example_upgrades_from_previous_version(
        self, path: Path, fake_version: Migrations
    ) -> None:
        """Each example written as 0.9 upgrades to the current document, losing only the id."""
        current = json.loads(path.read_text("utf-8"))

        result = upgrade(_as_0_9(current))

        assert wspolpraca.structure(result.data) == wspolpraca.structure(current)
        assert result.steps == (SCHEMA_VERSION,)
        [loss] = result.losses
        assert (loss.path, loss.value) == (("internal_id",), "KRK-42")
        assert (loss.from_version, loss.to_version) == (FAKE, SCHEMA_VERSION)

    def test_input_not_changed(self, fake_version: Migrations) -> None:
        """Upgrading leaves the caller's data as it was."""
        old = _as_0_9(json.loads(EXAMPLES[0].read_text("utf-8")))
        before = json.dumps(old, sort_keys=True)

        upgrade(old)

        assert json.dumps(old, sort_keys=True) == before

    def test_loss_message_in_both_languages(self) -> None:
        """A loss says what was lost, the value and where, in Polish and English."""
        result = _fake_registry().upgrade(
            {"kind": "council", "schema_version": FAKE, "internal_id": 7}
        )
        [loss] = result.losses

        assert loss.message("en") == (
            f"a value has no place in schema version {SCHEMA_VERSION} and was not carried over"
            " from 0.9 (got 7) @ $.internal_id"
        )
        assert loss.message("pl").startswith(
            f"wartość nie ma miejsca w wersji schematu {SCHEMA_VERSION}"
        )
        assert loss.as_dict("en")["path"] == "$.internal_id"

    @pytest.mark.parametrize(
        ("data", "code", "jsonpath"),
        [
            ([], "not_a_document", "$"),
            ({"kind": "council"}, "missing_field", "$.schema_version"),
            (
                {"kind": "council", "schema_version": "0.5"},
                "unsupported_schema_version",
                "$.schema_version",
            ),
            (
                {"kind": "council", "schema_version": 1},
                "unsupported_schema_version",
                "$.schema_version",
            ),
        ],
    )
    def test_unreadable(self, data: object, code: str, jsonpath: str) -> None:
        """A document the chain cannot read raises located errors with stable codes."""
        with pytest.raises(ValidationErrors, match="cannot be upgraded") as caught:
            _fake_registry().upgrade(data)

        [error] = caught.value.errors
        assert (error.code, error.jsonpath) == (code, jsonpath)

    def test_unsupported_names_readable_versions(self) -> None:
        """The unsupported-version error lists the versions the chain reads."""
        with pytest.raises(ValidationErrors) as caught:
            _fake_registry().upgrade({"schema_version": "0.5"})

        assert caught.value.errors[0].params["expected"] == (FAKE, SCHEMA_VERSION)


class TestRegistry:
    """``Migrations`` keeps one ordered chain."""

    def test_chain_of_two_steps(self) -> None:
        """Steps run in order, each setting its version, and losses name their own step."""
        registry = Migrations(current="3")

        @registry.register("1", "2")
        def _one(data: dict[str, Any]) -> tuple[dict[str, Any], list[LossWarning]]:
            return {**data, "one": True}, [LossWarning.dropped(("a",), 1)]

        @registry.register("2", "3")
        def _two(data: dict[str, Any]) -> tuple[dict[str, Any], list[LossWarning]]:
            assert data["schema_version"] == "2"
            return {**data, "two": True}, [LossWarning.dropped(("b",), 2)]

        result = registry.upgrade({"schema_version": "1"})

        assert result.data == {"schema_version": "3", "one": True, "two": True}
        assert result.steps == ("2", "3")
        assert [(loss.from_version, loss.to_version) for loss in result.losses] == [
            ("1", "2"),
            ("2", "3"),
        ]
        assert registry.readable() == ("1", "2", "3")

    def test_duplicate_step_refused(self) -> None:
        """A second step from the same version, or one from the current version, is refused."""
        registry = _fake_registry()

        with pytest.raises(ValueError, match="cannot be registered twice"):
            registry.register(FAKE, SCHEMA_VERSION)
        with pytest.raises(ValueError, match="cannot be registered twice"):
            registry.register(SCHEMA_VERSION, "2.0")

    def test_broken_chain_not_readable(self) -> None:
        """A step that leads nowhere, or a cycle, makes its version unreadable."""
        registry = Migrations(current="3")
        registry.register("1", "2")(lambda data: (data, []))
        registry.register("4", "5")(lambda data: (data, []))
        registry.register("5", "4")(lambda data: (data, []))

        assert registry.readable() == ("3",)
        with pytest.raises(ValidationErrors):
            registry.upgrade({"schema_version": "1"})


class TestUpgradeCommand:
    """``wspolpraca upgrade FILE``."""

    def test_prints_upgraded_document_and_losses(
        self, tmp_path: Path, fake_version: Migrations
    ) -> None:
        """The upgraded canonical document goes to stdout, every loss to stderr; exit 1."""
        current = json.loads((ROOT / "examples" / "krakow-2021-annual.json").read_text("utf-8"))
        old = tmp_path / "old.json"
        old.write_text(json.dumps(_as_0_9(current)), "utf-8")
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(old), "--lang", "en"], stdout=out, stderr=err)

        assert code == 1
        assert out.getvalue() == wspolpraca.dumps(wspolpraca.structure(current))
        assert f"upgraded: 0.9 → {SCHEMA_VERSION}" in err.getvalue()
        assert f"{old}:$.internal_id: a value has no place" in err.getvalue()

    def test_current_document_exits_0(self) -> None:
        """A current document is printed in canonical form with nothing on stderr."""
        path = ROOT / "examples" / "krakow-krdpp.json"
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(path)], stdout=out, stderr=err)

        assert code == 0
        assert out.getvalue() == wspolpraca.dumps(wspolpraca.load_file(path))
        assert err.getvalue() == ""

    def test_unknown_version_exits_2(self, tmp_path: Path) -> None:
        """An unreadable version is listed with its path and code; nothing is printed."""
        old = tmp_path / "old.json"
        old.write_text('{"kind": "council", "schema_version": "0.9"}', "utf-8")
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(old), "--lang", "en"], stdout=out, stderr=err)

        assert code == 2
        assert out.getvalue() == ""
        assert "$.schema_version: unsupported schema version" in err.getvalue()

    def test_invalid_after_upgrade_exits_2(self, tmp_path: Path) -> None:
        """A document that does not load after the upgrade is reported, not printed."""
        bad = tmp_path / "bad.json"
        bad.write_text('{"kind": "council", "schema_version": "1.0", "x": 1, "x": 2}', "utf-8")
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(bad), "--lang", "en"], stdout=out, stderr=err)

        assert code == 2
        assert "[duplicate_key]" in err.getvalue()

    def test_missing_file_exits_2(self, tmp_path: Path) -> None:
        """A file that cannot be read is reported on stderr with exit 2."""
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(tmp_path / "nope.json")], stdout=out, stderr=err)

        assert code == 2
        assert "nope.json" in err.getvalue()


def _as_1_0(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    data["schema_version"] = "1.0"
    return data


class TestVersion11:
    """The shipped migration 1.0 → 1.1: dates within 1990–2100, text valid Unicode."""

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
    def test_every_example_upgrades_losslessly(self, path: Path) -> None:
        """A 1.0 example upgrades to the 1.1 document with nothing lost."""
        result = upgrade(_as_1_0(path))

        assert result.steps == ("1.1",)
        assert result.losses == ()
        assert result.data == json.loads(path.read_text("utf-8"))

    def test_optional_date_out_of_range_left_out(self) -> None:
        """An optional date of 1.0 outside 1990–2100 is left out, with a located loss."""
        data = _as_1_0(ROOT / "examples" / "krakow-2021-report.json")
        data["submitted_on"] = "0202-05-24"

        result = upgrade(data)

        assert "submitted_on" not in result.data
        [loss] = result.losses
        assert (loss.path, loss.value, loss.from_version) == (
            ("submitted_on",),
            "0202-05-24",
            "1.0",
        )
        assert "1990–2100" in loss.message("pl")
        assert wspolpraca.structure(result.data, ImplementationReport).submitted_on is None

    def test_nested_optional_date_left_out(self) -> None:
        """An optional date inside a list item is found and left out at its path."""
        data = _as_1_0(ROOT / "examples" / "krakow-2021-annual.json")
        data["publications"][0]["published_on"] = "9999-12-31"

        result = upgrade(data)

        [loss] = result.losses
        assert loss.path == ("publications", 0, "published_on")
        assert "published_on" not in result.data["publications"][0]

    def test_required_date_kept_for_the_loader(self) -> None:
        """A required date out of range is kept, and loading names it at its place."""
        data = _as_1_0(ROOT / "examples" / "krakow-2021-annual.json")
        data["resolution"]["adopted_on"] = "1899-12-30"

        result = upgrade(data)

        assert result.losses == ()
        with pytest.raises(ValidationErrors) as caught:
            wspolpraca.structure(result.data)
        assert [e.code for e in caught.value.errors] == ["date_out_of_range"]
        assert caught.value.errors[0].jsonpath == "$.resolution.adopted_on"

    def test_lone_surrogate_replaced(self) -> None:
        """A lone surrogate in 1.0 text becomes U+FFFD, with a loss showing the old text."""
        data = _as_1_0(ROOT / "examples" / "krakow-2021-annual.json")
        data["title"] = "Program\ud800"

        result = upgrade(data)

        assert result.data["title"] == "Program\ufffd"
        [loss] = result.losses
        assert loss.path == ("title",)
        assert "\\ud800" in loss.message("en")
        assert wspolpraca.structure(result.data, AnnualProgramme).title == "Program\ufffd"

    def test_command_line_on_a_1_0_document(self, tmp_path: Path) -> None:
        """``wspolpraca upgrade`` prints the 1.1 document and lists the loss in Polish, exit 1."""
        data = _as_1_0(ROOT / "examples" / "krakow-2021-report.json")
        data["published_on"] = "2202-05-30"
        old = tmp_path / "old.json"
        old.write_text(json.dumps(data), "utf-8")
        out, err = io.StringIO(), io.StringIO()

        code = main(["upgrade", str(old)], stdout=out, stderr=err)

        assert code == 1
        assert json.loads(out.getvalue())["schema_version"] == "1.1"
        assert "zaktualizowano: 1.0 → 1.1" in err.getvalue()
        assert "(otrzymano '2202-05-30') @ $.published_on" in err.getvalue()
