"""
wspolpraca: Polish municipal cooperation programmes with NGOs, as typed data.

One obvious way in::

    import wspolpraca

    programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
    result = wspolpraca.check(programme)
    text = wspolpraca.dumps(programme)

.. versionadded:: 0.1
"""

from __future__ import annotations

from ._model._agreement import Agreement, Tranche
from ._model._common import Period, Publication, Resolution, Unit
from ._model._competition import (
    Announcement,
    Cancellation,
    Committee,
    CommitteeMember,
    Offer,
    OpenCompetition,
    RegrantedProject,
    Regranting,
    Results,
)
from ._model._consultation import (
    Answer,
    ConsultationAnnouncement,
    ConsultationMeeting,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Remark,
)
from ._model._council import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    Post,
    SeatAllocation,
    Term,
)
from ._model._history import ProgrammeHistory
from ._model._indicators import Indicator, IndicatorValue, YearlyAmount
from ._model._local_initiative import Applicant, Contribution, LocalInitiative
from ._model._multiyear import AreaTask, MultiYearProgramme, PriorityArea
from ._model._nonfinancial import (
    Consultation,
    Event,
    InKindSupport,
    JointTeam,
    MutualInformation,
    NonFinancialActivity,
    PartnershipAgreement,
    TeamMeeting,
    TeamMember,
    Training,
)
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from ._model._report import ImplementationReport, TaskOutcome
from ._model._small_grant import SmallGrant, SmallGrantRegister
from .calendar import Deadline, DeadlineStatus, deadlines
from .errors import ValidationError, ValidationErrors, WspolpracaError
from .rules import CATALOGUE, CheckResult, Finding, Rule, Severity, check
from .serialization import dumps, load_file, loads, structure, unstructure

__all__ = [
    "CATALOGUE",
    "Agreement",
    "Announcement",
    "AnnualProgramme",
    "Answer",
    "Applicant",
    "AreaTask",
    "Cancellation",
    "CheckResult",
    "Committee",
    "CommitteeMember",
    "Consultation",
    "ConsultationAnnouncement",
    "ConsultationMeeting",
    "ConsultationReport",
    "ConsultationRound",
    "Contribution",
    "CooperationForm",
    "Council",
    "CouncilRequest",
    "Deadline",
    "DeadlineStatus",
    "DraftAct",
    "Event",
    "Finding",
    "Goals",
    "ImplementationReport",
    "InKindSupport",
    "Indicator",
    "IndicatorValue",
    "JointTeam",
    "LocalInitiative",
    "Membership",
    "MultiYearProgramme",
    "MutualInformation",
    "NonFinancialActivity",
    "Offer",
    "OpenCompetition",
    "Opinion",
    "Organisation",
    "PartnershipAgreement",
    "Period",
    "Post",
    "Principle",
    "PriorityArea",
    "PriorityTask",
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
    "SmallGrant",
    "SmallGrantRegister",
    "TaskOutcome",
    "TeamMeeting",
    "TeamMember",
    "Term",
    "Training",
    "Tranche",
    "Unit",
    "ValidationError",
    "ValidationErrors",
    "WspolpracaError",
    "YearlyAmount",
    "check",
    "deadlines",
    "dumps",
    "load_file",
    "loads",
    "structure",
    "unstructure",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - lazy by design

        return version("wspolpraca")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
