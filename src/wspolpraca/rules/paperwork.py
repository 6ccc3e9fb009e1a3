"""
Rules for the grant's own paperwork: offers, agreements and task reports
(``WSP-OFR-*``, ``WSP-AGR-*``, ``WSP-TRP-*``) and the chain between them (``WSP-CHN-*``).

Sources (law.md §4, §13; checked again with the search tool in December 2026):

- art. 14 ust. 1: the offer contains the cost calculation and the schedule (SECONDARY: the
  forms quote "art. 14 ust. 1 i 2"); art. 14 ust. 2: a joint offer says which actions each
  bidder carries out (UNCONFIRMED: only the reference was read, not the wording), so the rule
  on joint offers is a warning;
- art. 13 ust. 2 pkt 2–4: the announcement states the funds and the conditions of the grant
  (CONFIRMED, law.md §4.2); an offer asking for more than the funds, or planning less own
  contribution or more administrative costs than the announcement allows, is a warning,
  because announcements word these conditions in many ways;
- art. 15 ust. 1 pkt 4–5: own funds, personal contribution and contribution in kind
  (CONFIRMED, law.md §4.3);
- art. 16 ust. 1: the agreement (SECONDARY, law.md §4.4);
- art. 18 ust. 1: the report is drawn up within 30 days of the end of the task; ust. 3:
  partial reports on the body's call; ust. 4: its contents (CONFIRMED: sip.lex.pl quoting
  t.j. Dz.U. 2023 poz. 571; the same wording quoted from t.j. 2018 by gminaskawina.pl);
- art. 19 and the regulations of 2010, 2016 and 2018 on the forms, art. 19a and the simplified
  forms (SECONDARY: :data:`wspolpraca.codelists.TASK_FORMS`); the planned results with their
  level and monitoring are a section of the 2018 form only (III.6);
- art. 19a limits, read from the small-grant parameters (``wspolpraca.rules.small_grant``) on the offer's
  submission date.

Which form applies is decided by the document's own dates
(:attr:`~wspolpraca.TaskOffer.form_in_force`), not by the day the check is run for.
The arithmetic rules recompute what a document states, to the grosz; percentages are
accepted when within one hundredth of a per cent of the exact share (the forms print two
decimal places and the shares need not add up to exactly 100).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .._model._forms import form_for
from . import agreement as _agreement
from . import chain as _chain
from . import offer as _offer
from . import task_report as _task_report
from ._engine import Parameter, Rule
from .task_report import REPORT_DAYS

__all__ = [
    "PARAMETERS",
    "REFERENCE_DATES",
    "REPORT_DAYS",
    "RULES",
    "form_for",
]

RULES: tuple[Rule, ...] = (
    *_offer.RULES,
    *_agreement.RULES,
    *_task_report.RULES,
    *_chain.RULES,
)
"""The family's rules: offers (``rules.offer``), agreements (``rules.agreement``), task
reports (``rules.task_report``) and the offer → agreement → report chain with the
announcement's conditions (``rules.chain``)."""

PARAMETERS: tuple[Parameter[Any], ...] = (*_offer.PARAMETERS, *_task_report.PARAMETERS)
"""The dated parameters the family's own rules read."""

REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    **_offer.REFERENCE_DATES,
    **_task_report.REFERENCE_DATES,
}
"""How to find the relevant date of each document class this family checks (agreements:
``wspolpraca.rules.small_grant``)."""
