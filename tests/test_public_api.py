"""The public surface: what each public module exports."""

from __future__ import annotations

import importlib
import re

import pytest

import wspolpraca

from .conftest import ROOT

PUBLIC = {
    "wspolpraca": [
        "BudgetLine",
        "BudgetYear",
        "DataSource",
        "Population",
        "AchievedResult",
        "Action",
        "Bidder",
        "BidderAmount",
        "CompetitionTerms",
        "CostLine",
        "ExecutedCostLine",
        "FinancingLine",
        "PlannedResult",
        "SourceAmount",
        "TaskOffer",
        "TaskReport",
        "RegrantingExecution",
        "RegrantingPlan",
        "Deadline",
        "DeadlineStatus",
        "deadlines",
        "ConsultationAnnouncement",
        "ConsultationMeeting",
        "CATALOGUE",
        "Announcement",
        "Agreement",
        "AnnualProgramme",
        "AreaTask",
        "CheckResult",
        "Consultation",
        "Applicant",
        "Cancellation",
        "Committee",
        "CommitteeMember",
        "Contribution",
        "CooperationForm",
        "Council",
        "CouncilRequest",
        "Finding",
        "Goals",
        "ImplementationReport",
        "Indicator",
        "IndicatorValue",
        "MultiYearProgramme",
        "Organisation",
        "Event",
        "InKindSupport",
        "JointTeam",
        "TeamMeeting",
        "MutualInformation",
        "NonFinancialActivity",
        "PartnershipAgreement",
        "LocalInitiative",
        "Offer",
        "OpenCompetition",
        "Answer",
        "ConsultationReport",
        "ConsultationRound",
        "Dossier",
        "DraftAct",
        "Period",
        "PriorityArea",
        "Membership",
        "Opinion",
        "Post",
        "PriorityTask",
        "Principle",
        "ProgrammeHistory",
        "Publication",
        "RegrantedProject",
        "Regranting",
        "Remark",
        "Resolution",
        "Results",
        "Rule",
        "SeatAllocation",
        "Severity",
        "TaskOutcome",
        "Term",
        "TeamMember",
        "Training",
        "SmallGrant",
        "SmallGrantRegister",
        "Tranche",
        "Unit",
        "ValidationError",
        "ValidationErrors",
        "WspolpracaError",
        "YearlyAmount",
        "check",
        "dumps",
        "load_dossier",
        "load_file",
        "loads",
        "structure",
        "unstructure",
    ],
    "wspolpraca.errors": [
        "DocumentError",
        "InconsistentError",
        "InvalidChecksumError",
        "InvalidFormatError",
        "InvalidTypeError",
        "InvalidValueError",
        "MissingFieldError",
        "Path",
        "UnknownCodeError",
        "UnknownFieldError",
        "ValidationError",
        "ValidationErrors",
        "WspolpracaError",
        "format_path",
    ],
    "wspolpraca.serialization": [
        "DEFAULT_MAX_BYTES",
        "DOCUMENT_KINDS",
        "SCHEMA_VERSION",
        "SUPPORTED_SCHEMA_VERSIONS",
        "Document",
        "configure_converter",
        "dumps",
        "kind_of",
        "load_dossier",
        "load_file",
        "loads",
        "make_converter",
        "structure",
        "unstructure",
    ],
    "wspolpraca.rules": [
        "Text",
        "CATALOGUE",
        "PARAMETERS",
        "CheckFunction",
        "CheckResult",
        "Context",
        "DatedValue",
        "Finding",
        "Hit",
        "Parameter",
        "Rule",
        "Severity",
        "check",
        "reference_date",
    ],
    "wspolpraca.codelists": [
        "GRANT_PARAGRAPHS",
        "ANNOUNCEMENT_ITEMS",
        "CANCELLATION_REASONS",
        "COMMITTEE_ROLES",
        "CONTRIBUTION_KINDS",
        "ANSWER_STATES",
        "CONSULTATION_FORMS",
        "COST_GROUPS",
        "COUNCIL_TASKS",
        "FORMS",
        "FUNDING_SOURCES",
        "INFORMATION_FREQUENCIES",
        "IN_KIND_SUPPORT",
        "LOCAL_INITIATIVE_AREAS",
        "MODES",
        "PRINCIPLES",
        "PROGRAMME_ELEMENTS",
        "PUBLICATION_CHANNELS",
        "SEAT_CATEGORIES",
        "SPHERES",
        "TASK_FORMS",
        "TEAM_SIDES",
        "UNIT_LEVELS",
        "Codelist",
        "CodelistEntry",
        "load_codelist",
        "shipped_codelists",
    ],
    "wspolpraca.law": ["ACT", "Act", "Citation", "Confidence", "JournalEntry"],
    "wspolpraca.identifiers": ["IdentifierModule", "krs", "nip", "regon"],
    "wspolpraca.identifiers.nip": ["compact", "format_", "is_valid", "validate"],
    "wspolpraca.identifiers.regon": ["compact", "format_", "is_valid", "validate"],
    "wspolpraca.identifiers.krs": ["compact", "format_", "is_valid", "validate"],
    "wspolpraca.validators": ["code_in", "identifier", "money", "not_blank", "one_of", "teryt"],
    "wspolpraca.profiles": [
        "CodelistAddition",
        "LocalAct",
        "LocalState",
        "ParameterSetting",
        "Profile",
        "SeverityOverride",
        "describe_parameter",
        "describe_value",
        "load_profile",
        "profile_from_toml",
        "shipped_profiles",
    ],
    "wspolpraca.spreadsheet": [
        "Cell",
        "Imported",
        "LocatedProblem",
        "ProblemGroup",
        "SpreadsheetErrors",
        "export_csv",
        "export_template",
        "export_workbook",
        "group_problems",
        "import_csv",
        "import_workbook",
        "locate_findings",
        "read_csv",
        "read_workbook",
    ],
    "wspolpraca.strategies": [
        "budget_years",
        "data_sources",
        "populations",
        "agreements",
        "annual_programmes",
        "implementation_reports",
        "multi_year_programmes",
        "councils",
        "dossiers",
        "events",
        "joint_teams",
        "consultation_rounds",
        "money",
        "non_financial_activities",
        "local_initiatives",
        "open_competitions",
        "organisations",
        "periods",
        "priority_tasks",
        "remarks",
        "resolutions",
        "small_grant_registers",
        "small_grants",
        "task_offers",
        "task_reports",
        "regranting_agreements",
        "regranting_offers",
        "regranting_reports",
        "texts",
        "units",
        "breaks_only",
        "violating",
    ],
    "wspolpraca.testing": [
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
    ],
    "wspolpraca.schema": [
        "DIALECT",
        "SCHEMA_BASE_URI",
        "document_schema",
        "fingerprint",
        "schema_id",
        "schema_text",
        "shipped_schema",
        "write_schemas",
    ],
    "wspolpraca.migrations": [
        "MIGRATIONS",
        "LossWarning",
        "Migration",
        "MigrationFunction",
        "Migrations",
        "Upgrade",
        "upgrade",
    ],
    "wspolpraca.cli": ["main"],
    "wspolpraca.calendar": [
        "REMINDERS",
        "Deadline",
        "DeadlineStatus",
        "cycle",
        "deadlines",
        "to_ical",
    ],
    "wspolpraca.rb28s": [
        "MAX_DBF_BYTES",
        "OPTIONAL_COLUMNS",
        "REQUIRED_COLUMNS",
        "Rb28sErrors",
        "read_rb28s",
        "read_rb28s_dbf",
        "unit_of",
    ],
    "wspolpraca.charts": ["CSP", "PNG_EXTRA", "page", "png", "ranking_svg", "trend_svg"],
    "wspolpraca.comparison": [
        "INDICATORS",
        "INPUT_TITLES",
        "PEER_GROUPS",
        "Dataset",
        "IndicatorDefinition",
        "IndicatorResult",
        "InputValue",
        "Ranked",
        "Ranking",
        "Trend",
        "TrendPoint",
        "UnitYear",
        "compute",
        "peer_group",
        "render",
        "rows",
        "sources",
        "to_dataframe",
    ],
    "wspolpraca.html_report": ["cycle_year", "render", "render_dossier", "render_form"],
}


class TestPublicSurface:
    """Pins every public module's ``__all__``."""

    @pytest.mark.parametrize("module_name", sorted(PUBLIC))
    def test_all_is_pinned(self, module_name: str) -> None:
        """Each public module exports exactly the agreed names, and each exists."""
        module = importlib.import_module(module_name)

        assert sorted(module.__all__) == sorted(PUBLIC[module_name])
        for name in module.__all__:
            assert getattr(module, name) is not None

    def test_version_comes_from_metadata(self) -> None:
        """``__version__`` is the installed distribution's version."""
        from importlib.metadata import version

        assert wspolpraca.__version__ == version("wspolpraca")

    def test_unknown_attribute_raises(self) -> None:
        """An unknown attribute of the package raises AttributeError."""
        with pytest.raises(AttributeError, match="nope"):
            wspolpraca.nope  # noqa: B018


def test_import_is_lazy() -> None:
    """``import wspolpraca`` defines no model class or rule until one is used."""
    import subprocess
    import sys

    code = (
        "import sys, wspolpraca; "
        "print(sorted(m for m in sys.modules if m.startswith('wspolpraca.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    loaded = done.stdout
    assert "wspolpraca._model" not in loaded
    assert "wspolpraca.rules" not in loaded
    assert "wspolpraca.errors" in loaded


RULE_FAMILIES = (
    "competition",
    "consultation",
    "council",
    "history",
    "multiyear",
    "nonfinancial",
    "programme",
    "report",
    "small_grant",
)


@pytest.mark.parametrize("family", RULE_FAMILIES)
def test_rule_family_is_in_the_api_reference(family: str) -> None:
    """Every public name of each ``wspolpraca.rules.<family>`` module is in the API reference."""
    api = ROOT / "docs" / "reference" / "api.md"
    if not api.exists():
        pytest.skip("docs/ is not here (not a source tree)")
    module = importlib.import_module(f"wspolpraca.rules.{family}")
    text = api.read_text("utf-8")

    section = text.split(f".. automodule:: wspolpraca.rules.{family}\n", 1)[-1].split("```", 1)[0]
    documented = set(
        re.findall(r"^\.\. (?:py:data|autodata|autofunction):: ([\w.]+)$", section, re.MULTILINE)
    )
    missing = [
        name
        for name in module.__all__
        if name not in documented and f"wspolpraca.rules.{family}.{name}" not in documented
    ]

    assert missing == []
