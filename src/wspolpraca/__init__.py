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

import importlib
from typing import TYPE_CHECKING, Any

from .errors import ValidationError, ValidationErrors, WspolpracaError

if TYPE_CHECKING:
    from ._model._agreement import Agreement, Tranche
    from ._model._budget import BudgetLine, BudgetYear, DataSource, Population
    from ._model._calculation import BidderAmount, CostLine, FinancingLine, SourceAmount
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
    from ._model._dossier import Dossier
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
    from ._model._offer import Action, Bidder, CompetitionTerms, PlannedResult, TaskOffer
    from ._model._organisation import Organisation
    from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
    from ._model._regranting import RegrantingExecution, RegrantingPlan
    from ._model._report import ImplementationReport, TaskOutcome
    from ._model._small_grant import SmallGrant, SmallGrantRegister
    from ._model._task_report import AchievedResult, ExecutedCostLine, TaskReport
    from .calendar import Deadline, DeadlineStatus, deadlines
    from .rules import CATALOGUE, CheckResult, Finding, Rule, Severity, check
    from .serialization import dumps, load_dossier, load_file, loads, structure, unstructure

# Names imported on first use (PEP 562), so that `import wspolpraca` stays cheap:
# defining the model's attrs classes and the rule catalogue is the slow part.
_LAZY: dict[str, str] = {
    "AchievedResult": "._model._task_report",
    "Action": "._model._offer",
    "Bidder": "._model._offer",
    "BidderAmount": "._model._calculation",
    "CompetitionTerms": "._model._offer",
    "CostLine": "._model._calculation",
    "ExecutedCostLine": "._model._task_report",
    "FinancingLine": "._model._calculation",
    "PlannedResult": "._model._offer",
    "SourceAmount": "._model._calculation",
    "TaskOffer": "._model._offer",
    "TaskReport": "._model._task_report",
    "RegrantingExecution": "._model._regranting",
    "RegrantingPlan": "._model._regranting",
    "Deadline": ".calendar",
    "DeadlineStatus": ".calendar",
    "deadlines": ".calendar",
    "Agreement": "._model._agreement",
    "Announcement": "._model._competition",
    "AnnualProgramme": "._model._programme",
    "Answer": "._model._consultation",
    "Applicant": "._model._local_initiative",
    "AreaTask": "._model._multiyear",
    "BudgetLine": "._model._budget",
    "BudgetYear": "._model._budget",
    "CATALOGUE": ".rules",
    "Cancellation": "._model._competition",
    "CheckResult": ".rules",
    "Committee": "._model._competition",
    "CommitteeMember": "._model._competition",
    "Consultation": "._model._nonfinancial",
    "ConsultationAnnouncement": "._model._consultation",
    "ConsultationMeeting": "._model._consultation",
    "ConsultationReport": "._model._consultation",
    "ConsultationRound": "._model._consultation",
    "Contribution": "._model._local_initiative",
    "CooperationForm": "._model._programme",
    "Council": "._model._council",
    "CouncilRequest": "._model._council",
    "DataSource": "._model._budget",
    "Dossier": "._model._dossier",
    "DraftAct": "._model._consultation",
    "Event": "._model._nonfinancial",
    "Finding": ".rules",
    "Goals": "._model._programme",
    "ImplementationReport": "._model._report",
    "InKindSupport": "._model._nonfinancial",
    "Indicator": "._model._indicators",
    "IndicatorValue": "._model._indicators",
    "JointTeam": "._model._nonfinancial",
    "LocalInitiative": "._model._local_initiative",
    "Membership": "._model._council",
    "MultiYearProgramme": "._model._multiyear",
    "MutualInformation": "._model._nonfinancial",
    "NonFinancialActivity": "._model._nonfinancial",
    "Offer": "._model._competition",
    "OpenCompetition": "._model._competition",
    "Opinion": "._model._council",
    "Organisation": "._model._organisation",
    "PartnershipAgreement": "._model._nonfinancial",
    "Period": "._model._common",
    "Population": "._model._budget",
    "Post": "._model._council",
    "Principle": "._model._programme",
    "PriorityArea": "._model._multiyear",
    "PriorityTask": "._model._programme",
    "ProgrammeHistory": "._model._history",
    "Publication": "._model._common",
    "RegrantedProject": "._model._competition",
    "Regranting": "._model._competition",
    "Remark": "._model._consultation",
    "Resolution": "._model._common",
    "Results": "._model._competition",
    "Rule": ".rules",
    "SeatAllocation": "._model._council",
    "Severity": ".rules",
    "SmallGrant": "._model._small_grant",
    "SmallGrantRegister": "._model._small_grant",
    "TaskOutcome": "._model._report",
    "TeamMeeting": "._model._nonfinancial",
    "TeamMember": "._model._nonfinancial",
    "Term": "._model._council",
    "Training": "._model._nonfinancial",
    "Tranche": "._model._agreement",
    "Unit": "._model._common",
    "YearlyAmount": "._model._indicators",
    "check": ".rules",
    "dumps": ".serialization",
    "load_dossier": ".serialization",
    "load_file": ".serialization",
    "loads": ".serialization",
    "structure": ".serialization",
    "unstructure": ".serialization",
}


__all__ = [
    "CATALOGUE",
    "AchievedResult",
    "Action",
    "Agreement",
    "Announcement",
    "AnnualProgramme",
    "Answer",
    "Applicant",
    "AreaTask",
    "Bidder",
    "BidderAmount",
    "BudgetLine",
    "BudgetYear",
    "Cancellation",
    "CheckResult",
    "Committee",
    "CommitteeMember",
    "CompetitionTerms",
    "Consultation",
    "ConsultationAnnouncement",
    "ConsultationMeeting",
    "ConsultationReport",
    "ConsultationRound",
    "Contribution",
    "CooperationForm",
    "CostLine",
    "Council",
    "CouncilRequest",
    "DataSource",
    "Deadline",
    "DeadlineStatus",
    "Dossier",
    "DraftAct",
    "Event",
    "ExecutedCostLine",
    "FinancingLine",
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
    "PlannedResult",
    "Population",
    "Post",
    "Principle",
    "PriorityArea",
    "PriorityTask",
    "ProgrammeHistory",
    "Publication",
    "RegrantedProject",
    "Regranting",
    "RegrantingExecution",
    "RegrantingPlan",
    "Remark",
    "Resolution",
    "Results",
    "Rule",
    "SeatAllocation",
    "Severity",
    "SmallGrant",
    "SmallGrantRegister",
    "SourceAmount",
    "TaskOffer",
    "TaskOutcome",
    "TaskReport",
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
    "load_dossier",
    "load_file",
    "loads",
    "structure",
    "unstructure",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - lazy by design

        return version("wspolpraca")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
