"""The public surface: what each public module exports."""

from __future__ import annotations

import importlib

import pytest

import wspolpraca

PUBLIC = {
    "wspolpraca": [
        "CATALOGUE",
        "Announcement",
        "AnnualProgramme",
        "Answer",
        "CheckResult",
        "ConsultationReport",
        "ConsultationRound",
        "CooperationForm",
        "DraftAct",
        "Finding",
        "Goals",
        "Meeting",
        "Organisation",
        "Period",
        "PriorityTask",
        "Principle",
        "Publication",
        "Remark",
        "Resolution",
        "Rule",
        "Severity",
        "Unit",
        "ValidationError",
        "ValidationErrors",
        "WspolpracaError",
        "check",
        "dumps",
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
        "load_file",
        "loads",
        "make_converter",
        "structure",
        "unstructure",
    ],
    "wspolpraca.rules": [
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
        "ANSWER_STATES",
        "CONSULTATION_FORMS",
        "COUNCIL_TASKS",
        "FORMS",
        "MODES",
        "PRINCIPLES",
        "PROGRAMME_ELEMENTS",
        "PUBLICATION_CHANNELS",
        "SPHERES",
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
    "wspolpraca.validators": ["code_in", "identifier", "money", "not_blank", "teryt"],
    "wspolpraca.strategies": [
        "annual_programmes",
        "consultation_rounds",
        "money",
        "periods",
        "priority_tasks",
        "remarks",
        "resolutions",
        "texts",
        "units",
    ],
    "wspolpraca.cli": ["main"],
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
