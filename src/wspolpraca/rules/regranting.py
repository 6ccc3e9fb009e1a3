"""
Rules for the regranting paperwork of an operator (*operator projektu*, art. 16a)
(``WSP-RGR-*``): the regranting sections of offers, agreements and reports.

Sources (law.md §4.5, §12, §13; checked again with the search tool in December 2026):

- art. 2 pkt 5 defines the *operator projektu* (CONFIRMED, law.md §4.5); art. 16a, which lets a
  body commission a task to an operator that passes it on to *realizatorzy projektów*, came
  with the 2015 amendment, in force 9 November 2015 (SECONDARY, law.md §13); before it, from
  12 March 2010, art. 16 ust. 7 allowed the same (SECONDARY, law.md §0.3); before 12 March 2010
  no provision of the act did (``WSP-RGR-007`` to ``009``, information only);
- the operator's own forms: annexes 2, 4 and 6 of the 2016 regulation (Dz.U. 2016 poz. 1300,
  § 1, read on sip.lex.pl: the offer of art. 14 ust. 1a, the agreement of art. 16 ust. 1a,
  the report of art. 18 ust. 5) and of the 2018 regulation (Dz.U. 2018 poz. 2057, law.md §13);
  that those provisions are the art. 16a ones is an inference (SECONDARY at best), so a
  regranting section on an ordinary form, or a regranting form without one, is a warning
  (``WSP-RGR-001`` to ``003``); the 2010 regulation had no regranting form, so a regranting
  document on the 2010 form is not reported;
- the sections themselves (the amount passed on to the realizators, the operator's own costs,
  the projects in the report) were not read in the annexes (UNCONFIRMED): that the amount
  passed on and the operator's costs make up the grant, and that the report's projects add up
  to the amount passed on, are consistency checks to the grosz and warnings
  (``WSP-RGR-004`` to ``006``).

The rules read only what a document states; a section left empty is not reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from .._model._agreement import Agreement
from .._model._offer import TaskOffer
from .._model._regranting import is_regranting_form
from .._model._task_report import TaskReport
from .._text import Text
from ..codelists import load_codelist
from ..law import Citation, Confidence
from ._engine import Context, Hit, Parameter, Rule, Severity
from ._inforce import ACT_IN_FORCE, AMENDMENT_2010, AMENDMENT_2015

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES"]

ART_16A = Citation("16a", confidence=Confidence.SECONDARY)
ART_16_7 = Citation("16", "7", confidence=Confidence.SECONDARY)
ART_19 = Citation("19", confidence=Confidence.SECONDARY)

BEFORE_REGRANTING = AMENDMENT_2010 - dt.timedelta(days=1)
"""The last day before the act allowed regranting (art. 16 ust. 7 from 12 March 2010)."""

PARAMETERS: tuple[Parameter[Any], ...] = ()
"""The family reads no dated parameter."""

REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {}
"""The family's documents take their relevant dates from ``wspolpraca.rules.paperwork``
(offers, reports) and ``wspolpraca.rules.small_grant`` (agreements)."""

Document = TaskOffer | Agreement | TaskReport


def _has_regranting_variant(form: str) -> bool:
    """Whether the regulation of the ordinary form *form* also has a regranting form."""
    return f"{form}_regranting" in load_codelist("task_forms")


def _section_fits_form(document: Document) -> Iterator[Hit]:
    form = document.form
    if form is None:
        return
    section = document.regranting is not None
    if is_regranting_form(form) and not section:
        yield Hit(path=("form",), params={"form": form, "problem": _NO_SECTION})
    elif section and not is_regranting_form(form) and _has_regranting_variant(form):
        yield Hit(path=("regranting",), params={"form": form, "problem": _NOT_REGRANTING})


_NO_SECTION = Text(pl="brak części o regrantingu", en="it has no regranting section")
_NOT_REGRANTING = Text(
    pl="ma część o regrantingu, a wzór nie jest wzorem operatora projektu",
    en="it has a regranting section, but the form is not the project operator's",
)


def _offer_section(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    return _section_fits_form(offer)


def _agreement_section(agreement: Agreement, context: Context) -> Iterator[Hit]:
    return _section_fits_form(agreement)


def _report_section(report: TaskReport, context: Context) -> Iterator[Hit]:
    return _section_fits_form(report)


def _split(document: TaskOffer | Agreement, grant: Decimal | None) -> Iterator[Hit]:
    plan = document.regranting
    if plan is None or grant is None:
        return
    total = plan.split_total
    if total is not None and total != grant:
        yield Hit(
            path=("regranting", "projects_amount"),
            params={
                "projects": plan.projects_amount,
                "operator": plan.operator_costs,
                "total": total,
                "grant": grant,
            },
        )


def _offer_split(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    return _split(offer, offer.financed_by("grant"))


def _agreement_split(agreement: Agreement, context: Context) -> Iterator[Hit]:
    return _split(agreement, agreement.grant)


def _report_projects(report: TaskReport, context: Context) -> Iterator[Hit]:
    execution = report.regranting
    if execution is None or execution.passed_on is None or not execution.projects:
        return
    total = execution.projects_total
    if total != execution.passed_on:
        yield Hit(
            path=("regranting", "passed_on"),
            params={
                "count": len(execution.projects),
                "total": total,
                "passed_on": execution.passed_on,
            },
        )


def _before(document: Document) -> Iterator[Hit]:
    if document.regranting is not None:
        yield Hit(path=("regranting",), params={"since": AMENDMENT_2010})


def _offer_before(offer: TaskOffer, context: Context) -> Iterator[Hit]:
    return _before(offer)


def _agreement_before(agreement: Agreement, context: Context) -> Iterator[Hit]:
    return _before(agreement)


def _report_before(report: TaskReport, context: Context) -> Iterator[Hit]:
    return _before(report)


_SECTION_TITLE = Text(
    pl="{kind}: część o regrantingu tylko na wzorze operatora projektu",
    en="{kind}: a regranting section only on the project operator's form",
)
_SECTION_MESSAGE = Text(pl="wzór {form}: {problem}", en="the {form} form: {problem}")
_SECTION_DESCRIPTION = Text(
    pl="Od rozporządzenia z 2016 r. operator projektu (art. 16a) składa ofertę, zawiera umowę "
    "i składa sprawozdanie na własnych wzorach (załączniki nr 2, 4 i 6), a pozostali na "
    "zwykłych. Dokument z częścią o regrantingu na zwykłym wzorze 2016 lub 2018 albo na wzorze "
    "operatora bez tej części jest zgłaszany jako ostrzeżenie: że przepisy, do których odnoszą "
    "się te załączniki, dotyczą regrantingu, wywnioskowano z opisu wzorów 2018 (źródła wtórne). "
    "Wzór 2010 nie miał wersji dla operatora, więc dokument na nim nie jest zgłaszany.",
    en="From the 2016 regulation a project operator (art. 16a) uses its own offer, agreement "
    "and report forms (annexes 2, 4 and 6), everyone else the ordinary ones. A document with a "
    "regranting section on the ordinary 2016 or 2018 form, or on the operator's form without "
    "one, is a warning: that the provisions those annexes name are the regranting ones is "
    "inferred from the secondary descriptions of the 2018 forms. The 2010 regulation had no "
    "operator's form, so a document on it is not reported.",
)

_SPLIT_MESSAGE = Text(
    pl="kwota na projekty {projects} i koszty operatora {operator} dają {total}, a dotacja "
    "wynosi {grant}",
    en="the amount for projects {projects} and the operator's costs {operator} make {total}, "
    "while the grant is {grant}",
)


def _split_description(document: Text, grant: Text) -> Text:
    return Text(
        pl=f"W {document.pl} operatora projektu (art. 16a) dotacja dzieli się na kwotę "
        "przekazywaną realizatorom projektów i koszty własne operatora; obie części, gdy są "
        f"podane, powinny dać {grant.pl} co do grosza. Ostrzeżenie: treści części o "
        "regrantingu we wzorach nie odczytano.",
        en=f"In the project operator's {document.en} (art. 16a) the grant is split into the "
        "amount passed on to the realizators' projects and the operator's own costs; when both "
        f"are stated they should make {grant.en} to the grosz. A warning: the wording of the "
        "forms' regranting sections was not read.",
    )


_BEFORE_TITLE = Text(
    pl="{kind}: regranting przed jego wprowadzeniem do ustawy",
    en="{kind}: regranting before the act allowed it",
)
_BEFORE_MESSAGE = Text(
    pl="dokument ma część o regrantingu, a ustawa dopuszcza regranting dopiero od {since}",
    en="the document has a regranting section, while the act allows regranting only from {since}",
)
_BEFORE_DESCRIPTION = Text(
    pl="Regranting wprowadziła nowelizacja z 2010 r. (art. 16 ust. 7, od 12 marca 2010 r.), "
    "a od 9 listopada 2015 r. reguluje go art. 16a (źródła wtórne). Dokument operatora "
    "datowany wcześniej opisuje się, ale nie ocenia: to tylko informacja.",
    en="Regranting came with the 2010 amendment (art. 16 ust. 7, from 12 March 2010); from "
    "9 November 2015 art. 16a governs it (secondary sources). An operator's document dated "
    "earlier is described, not judged: information only.",
)

_KINDS = {
    TaskOffer: Text(pl="Oferta", en="Offer"),
    Agreement: Text(pl="Umowa", en="Agreement"),
    TaskReport: Text(pl="Sprawozdanie", en="Report"),
}


def _titled(template: Text, cls: type[Any]) -> Text:
    kind = _KINDS[cls]
    return Text(
        pl=template.pl.replace("{kind}", kind.pl), en=template.en.replace("{kind}", kind.en)
    )


def _section_rule(code: str, cls: type[Any], check: Any) -> Rule:
    return Rule(
        code=code,
        title=_titled(_SECTION_TITLE, cls),
        message=_SECTION_MESSAGE,
        severity=Severity.WARNING,
        basis=(ART_16A, ART_19),
        applies_to=cls,
        valid_from=AMENDMENT_2015,
        check=check,
        description=_SECTION_DESCRIPTION,
    )


def _before_rule(code: str, cls: type[Any], check: Any) -> Rule:
    return Rule(
        code=code,
        title=_titled(_BEFORE_TITLE, cls),
        message=_BEFORE_MESSAGE,
        severity=Severity.INFO,
        basis=(ART_16_7,),
        applies_to=cls,
        valid_from=ACT_IN_FORCE,
        valid_to=BEFORE_REGRANTING,
        check=check,
        description=_BEFORE_DESCRIPTION,
    )


RULES: tuple[Rule, ...] = (
    _section_rule("WSP-RGR-001", TaskOffer, _offer_section),
    _section_rule("WSP-RGR-002", Agreement, _agreement_section),
    _section_rule("WSP-RGR-003", TaskReport, _report_section),
    Rule(
        code="WSP-RGR-004",
        title=Text(
            pl="Oferta operatora: kwota na projekty i koszty operatora dają wnioskowaną dotację",
            en="Operator's offer: the amount for projects and the operator's costs make the grant",
        ),
        message=_SPLIT_MESSAGE,
        severity=Severity.WARNING,
        basis=(ART_16A,),
        applies_to=TaskOffer,
        valid_from=AMENDMENT_2015,
        check=_offer_split,
        description=_split_description(
            Text(pl="ofercie", en="offer"),
            Text(pl="wnioskowaną dotację", en="the grant requested"),
        ),
    ),
    Rule(
        code="WSP-RGR-005",
        title=Text(
            pl="Umowa z operatorem: kwota na projekty i koszty operatora dają dotację",
            en="Operator's agreement: the amount for projects and the operator's costs make "
            "the grant",
        ),
        message=_SPLIT_MESSAGE,
        severity=Severity.WARNING,
        basis=(ART_16A,),
        applies_to=Agreement,
        valid_from=AMENDMENT_2015,
        check=_agreement_split,
        description=_split_description(
            Text(pl="umowie", en="agreement"),
            Text(pl="dotację z umowy", en="the agreement's grant"),
        ),
    ),
    Rule(
        code="WSP-RGR-006",
        title=Text(
            pl="Sprawozdanie operatora: projekty dają kwotę przekazaną realizatorom",
            en="Operator's report: the projects add up to the amount passed on",
        ),
        message=Text(
            pl="{count} projektów otrzymało razem {total}, a przekazano realizatorom {passed_on}",
            en="{count} projects received {total} in all, while {passed_on} was passed on",
        ),
        severity=Severity.WARNING,
        basis=(ART_16A,),
        applies_to=TaskReport,
        valid_from=AMENDMENT_2015,
        check=_report_projects,
        description=Text(
            pl="Sprawozdanie operatora projektu (art. 16a) wymienia projekty, ich realizatorów "
            "i przekazane im kwoty; ich suma powinna być równa kwocie przekazanej realizatorom "
            "co do grosza. Ostrzeżenie: treści wzoru sprawozdania operatora nie odczytano.",
            en="The project operator's report (art. 16a) lists the projects, their realizators "
            "and the amounts passed on to them; they should add up to the amount passed on to "
            "the grosz. A warning: the wording of the operator's report form was not read.",
        ),
    ),
    _before_rule("WSP-RGR-007", TaskOffer, _offer_before),
    _before_rule("WSP-RGR-008", Agreement, _agreement_before),
    _before_rule("WSP-RGR-009", TaskReport, _report_before),
)
"""The family's rules, in code order."""
