"""
Rules over the offer → agreement → report chain (``WSP-CHN-*``), where a dossier holds the
documents together, and over the announcement of a competition and the offers it received.

Sources and confidence are listed in :mod:`wspolpraca.rules.paperwork`, the family this
module belongs to:

- art. 16 ust. 1: the agreement commissions the task on the terms of the offer, with the
  updated calculation when the grant is lower than requested (SECONDARY, law.md §4.4);
- art. 18 ust. 4: the report accounts for the task against the agreement (CONFIRMED);
- art. 15 ust. 1 pkt 4–5: own funds and contributions (CONFIRMED, law.md §4.3); art. 13
  ust. 2: the announcement's conditions of the grant (CONFIRMED, law.md §4.2);
- art. 15 ust. 1 and art. 16 ust. 1: the grant follows the choice of offers published as
  the competition's results (SECONDARY).

The documents are linked by identifiers, never by guessing: an offer's ``number`` is the
agreement's ``offer_number``, the agreement's ``number`` is the report's
``agreement_number`` (a report may also name the offer), and a ``competition_reference``
(the offer's ``reference`` of its :class:`~wspolpraca.CompetitionTerms`) is the announcing act of an
:class:`~wspolpraca.OpenCompetition` in the dossier (``reference`` of its
:class:`~wspolpraca.Announcement`). Identifiers are compared without regard to case and runs of
white space (``"Nr 12/2024"`` and ``"nr  12/2024"`` are one number). Cost lines and
results are matched by their printed number, else by their name, in the same way.

Every finding here rests on a link, and an annex or a document the dossier lacks may explain
a difference, so every rule is a warning; a link naming a document the dossier does not
hold is information (``WSP-CHN-007``), and only where the dossier holds documents of that
kind: a dossier of agreements alone is not incomplete for lacking their offers. The report's
grant, report deadline, permitted shift and return deadline against its agreement are
``WSP-TRP-008``, which links in the same way. Each document still checks on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from .._model._agreement import Agreement
from .._model._calculation import CostLine
from .._model._competition import Announcement, OpenCompetition
from .._model._dossier import Dossier
from .._model._offer import TaskOffer
from .._model._task_report import TaskReport
from .._text import Text
from ..law import Citation, Confidence
from ._engine import Context, Hit, Rule, Severity
from ._inforce import ACT_IN_FORCE
from ._paperwork_common import (
    ART_13_2,
    ART_15_1_4,
    ART_16_1,
    ART_18_4,
    ART_18_4_1,
    ART_18_4_2,
    OWN_SOURCES,
    D,
    admin_costs_above,
    key,
    offer_total,
    own_contribution_below,
    percent,
    share,
)
from ._paperwork_common import indexed as _indexed
from .competition import _same_organisation

__all__ = ["RULES", "key"]

ART_15_1 = Citation("15", "1", confidence=Confidence.SECONDARY)


def _competitions(dossier: Dossier) -> dict[str, tuple[int, OpenCompetition]]:
    found: dict[str, tuple[int, OpenCompetition]] = {}
    for index, doc in enumerate(dossier.documents):
        if isinstance(doc, OpenCompetition) and doc.announcement is not None:
            name = key(doc.announcement.reference)
            if name is not None:
                found.setdefault(name, (index, doc))
    return found


def _offer_reference(offer: TaskOffer) -> str | None:
    return None if offer.competition is None else offer.competition.reference


def _documents(dossier: Dossier, cls: type[D]) -> Iterator[tuple[int, D]]:
    for index, doc in enumerate(dossier.documents):
        if isinstance(doc, cls):
            yield index, doc


def _offer_of(dossier: Dossier, *numbers: str | None) -> tuple[int, TaskOffer] | tuple[None, None]:
    """The first offer of the dossier named by one of *numbers*."""
    offers = _indexed(dossier, TaskOffer, "number")
    for number in numbers:
        name = key(number)
        if name is not None and name in offers:
            return offers[name]
    return None, None


def _requested(offer: TaskOffer) -> Decimal | None:
    return offer.financed_by("grant")


def _own(offer: TaskOffer) -> Decimal | None:
    amounts = [offer.financed_by(source) for source in OWN_SOURCES]
    if all(amount is None for amount in amounts):
        return None
    return sum((amount for amount in amounts if amount is not None), Decimal(0))


# WSP-CHN-001 -------------------------------------------------------------------------------


def _grant_within_request(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, agreement in _documents(dossier, Agreement):
        if agreement.cost_lines:
            continue  # an updated calculation stands in for the offer's
        _, offer = _offer_of(dossier, agreement.offer_number)
        if offer is None:
            continue
        requested = _requested(offer)
        if requested is not None and agreement.grant > requested:
            yield Hit(
                path=("documents", index, "grant"),
                params={
                    "grant": agreement.grant,
                    "requested": requested,
                    "offer": offer.number,
                },
            )


# WSP-CHN-002 -------------------------------------------------------------------------------


def _line_key(number: str | None, name: str) -> tuple[str | None, str | None]:
    return key(number), key(name)


def _find_line(lines: tuple[CostLine, ...], number: str | None, name: str) -> CostLine | None:
    """The line of *lines* with the printed *number*, else (no number) with the *name*."""
    wanted_number, wanted_name = _line_key(number, name)
    if wanted_number is not None:
        by_number = [line for line in lines if key(line.number) == wanted_number]
        if by_number:
            return by_number[0]
    return next((line for line in lines if key(line.name) == wanted_name), None)


def _same_line(
    lines: tuple[CostLine, ...], number: str | None, name: str, group: str
) -> CostLine | None:
    """
    The one line of *lines* that is the line *number* / *name* of cost *group*; ``None`` when
    none or several could be. Forms number lines within each group ("1, 2" under the actions
    and "1, 2" again under administrative costs), so a number alone may name two lines: the
    group decides, then the name; a line that stays ambiguous is not compared (a wrong pairing
    would report a difference that is not there).
    """
    wanted_number, wanted_name = _line_key(number, name)
    in_group = [line for line in lines if line.group == group] or list(lines)
    if wanted_number is not None:
        by_number = [line for line in in_group if key(line.number) == wanted_number]
        if len(by_number) > 1:
            by_number = [line for line in by_number if key(line.name) == wanted_name]
        if by_number:
            return by_number[0] if len(by_number) == 1 else None
    by_name = [line for line in in_group if key(line.name) == wanted_name]
    return by_name[0] if len(by_name) == 1 else None


def _calculation_matches_offer(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, agreement in _documents(dossier, Agreement):
        _, offer = _offer_of(dossier, agreement.offer_number)
        if offer is None:
            continue
        if agreement.cost_lines:
            if not offer.cost_lines:
                continue
            for line_index, line in enumerate(agreement.cost_lines):
                if _find_line(offer.cost_lines, line.number, line.name) is None:
                    yield Hit(
                        path=("documents", index, "cost_lines", line_index),
                        params={
                            "what": Text(pl="pozycja kalkulacji", en="the cost line"),
                            "agreed": line.number or line.name,
                            "offered": Text(pl="brak w ofercie", en="not in the offer"),
                            "offer": offer.number,
                        },
                    )
            continue
        own = _own(offer)
        stated = agreement.own_contribution
        if stated is not None and own is not None and stated != own:
            yield Hit(
                path=("documents", index, "own_contribution"),
                params={
                    "what": Text(pl="wkład własny", en="the own contribution"),
                    "agreed": stated,
                    "offered": own,
                    "offer": offer.number,
                },
            )


# WSP-CHN-003 and WSP-CHN-004 ----------------------------------------------------------------


def _chain_of(dossier: Dossier, report: TaskReport) -> tuple[Agreement | None, TaskOffer | None]:
    """The report's agreement and offer in the dossier (the offer through the agreement)."""
    agreement = None
    name = key(report.agreement_number)
    if name is not None:
        agreement = _indexed(dossier, Agreement, "number").get(name, (None, None))[1]
    offer_number = agreement.offer_number if agreement is not None else None
    _, offer = _offer_of(dossier, offer_number, report.offer_number)
    return agreement, offer


def _planned_costs_match(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, report in _documents(dossier, TaskReport):
        agreement, offer = _chain_of(dossier, report)
        if agreement is not None and agreement.cost_lines:
            lines, source = agreement.cost_lines, Text(pl="umowa", en="the agreement")
        elif offer is not None and offer.cost_lines:
            lines, source = offer.cost_lines, Text(pl="oferta", en="the offer")
        else:
            continue
        for line_index, line in enumerate(report.cost_lines):
            if line.planned is None:
                continue
            planned = _same_line(lines, line.number, line.name, line.group)
            if planned is not None and planned.total != line.planned:
                yield Hit(
                    path=("documents", index, "cost_lines", line_index, "planned"),
                    params={
                        "line": line.number or line.name,
                        "stated": line.planned,
                        "source": source,
                        "planned": planned.total,
                    },
                )


def _planned_results_match(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, report in _documents(dossier, TaskReport):
        _, offer = _chain_of(dossier, report)
        if offer is None:
            continue
        planned = {key(result.name): result for result in offer.results}
        for result_index, result in enumerate(report.results):
            offered = planned.get(key(result.name))
            if offered is None or offered.planned_level is None or result.planned_level is None:
                continue
            if offered.planned_level != result.planned_level:
                yield Hit(
                    path=("documents", index, "results", result_index, "planned_level"),
                    params={
                        "result": result.name,
                        "stated": percent(result.planned_level),
                        "planned": percent(offered.planned_level),
                        "offer": offer.number,
                    },
                )


# WSP-CHN-005 -------------------------------------------------------------------------------


def _report_within_agreement(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, report in _documents(dossier, TaskReport):
        agreement, _ = _chain_of(dossier, report)
        if agreement is None:
            continue
        period, agreed = report.period, agreement.period
        if period.start < agreed.start or period.end > agreed.end:
            yield Hit(
                path=("documents", index, "period"),
                params={
                    "start": period.start,
                    "end": period.end,
                    "agreed_start": agreed.start,
                    "agreed_end": agreed.end,
                    "number": agreement.number,
                },
            )


# WSP-CHN-006 -------------------------------------------------------------------------------


def _grant_within_results(dossier: Dossier, context: Context) -> Iterator[Hit]:
    competitions = _competitions(dossier)
    for index, agreement in _documents(dossier, Agreement):
        name = key(agreement.competition_reference)
        if name is None or name not in competitions:
            continue
        _, competition = competitions[name]
        if competition.results is None:
            continue
        awarded = [
            offer.awarded_amount
            for offer in competition.offers
            if offer.awarded_amount is not None
            and _same_organisation(offer.organisation, agreement.organisation)
        ]
        # Several offers of one organisation: the largest award, since a false rejection
        # is worse than a false acceptance.
        if awarded and agreement.grant > max(awarded):
            yield Hit(
                path=("documents", index, "grant"),
                params={
                    "grant": agreement.grant,
                    "awarded": max(awarded),
                    "reference": agreement.competition_reference,
                },
            )


# WSP-CHN-007 -------------------------------------------------------------------------------

_KIND_LABELS = {
    "offer": Text(pl="oferty", en="offer"),
    "agreement": Text(pl="umowy", en="agreement"),
    "competition": Text(pl="konkursu", en="competition"),
}


def _dangling_links(dossier: Dossier, context: Context) -> Iterator[Hit]:
    offers = _indexed(dossier, TaskOffer, "number")
    agreements = _indexed(dossier, Agreement, "number")
    competitions = _competitions(dossier)
    held = {
        "offer": any(isinstance(doc, TaskOffer) for doc in dossier.documents),
        "agreement": any(isinstance(doc, Agreement) for doc in dossier.documents),
        "competition": any(isinstance(doc, OpenCompetition) for doc in dossier.documents),
    }
    known: dict[str, dict[str, Any]] = {
        "offer": offers,
        "agreement": agreements,
        "competition": competitions,
    }
    links = (
        (Agreement, "offer_number", "offer"),
        (Agreement, "competition_reference", "competition"),
        (TaskReport, "agreement_number", "agreement"),
        (TaskReport, "offer_number", "offer"),
        (TaskReport, "competition_reference", "competition"),
    )
    for index, doc in enumerate(dossier.documents):
        for cls, field, kind in links:
            if not isinstance(doc, cls) or not held[kind]:
                continue
            value = getattr(doc, field)
            name = key(value)
            if name is not None and name not in known[kind]:
                yield Hit(
                    path=("documents", index, field),
                    params={"kind": _KIND_LABELS[kind], "identifier": value},
                )
        if isinstance(doc, TaskOffer) and held["competition"]:
            reference = _offer_reference(doc)
            name = key(reference)
            if name is not None and name not in competitions:
                yield Hit(
                    path=("documents", index, "competition", "reference"),
                    params={"kind": _KIND_LABELS["competition"], "identifier": reference},
                )


# WSP-CHN-008 -------------------------------------------------------------------------------


def _announcement_minimum(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    announcement = competition.announcement
    if announcement is None or announcement.min_own_contribution is None:
        return
    minimum = announcement.min_own_contribution
    for index, offer in enumerate(competition.offers):
        parts = (offer.own_funds, offer.in_kind_contribution, offer.volunteer_contribution)
        if all(part is None for part in parts):
            continue  # the record does not say: no finding
        own = offer.own_contribution
        total = offer.requested_amount + own
        if total and own * 100 < minimum * total:
            yield Hit(
                path=("offers", index),
                params={
                    "organisation": offer.organisation.name,
                    "own": own,
                    "share": percent(share(own, total)),
                    "minimum": percent(minimum),
                },
            )


# WSP-CHN-009 and WSP-CHN-010 -----------------------------------------------------------------


def _announced_offers(dossier: Dossier) -> Iterator[tuple[int, TaskOffer, Announcement]]:
    """The dossier's competition offers whose competition (by reference) is in the dossier."""
    competitions = _competitions(dossier)
    for index, offer in _documents(dossier, TaskOffer):
        name = key(_offer_reference(offer))
        if offer.small_grant or name is None or name not in competitions:
            continue
        announcement = competitions[name][1].announcement
        if announcement is not None:
            yield index, offer, announcement


def _offer_minimum(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, offer, announcement in _announced_offers(dossier):
        minimum = announcement.min_own_contribution
        terms = offer.competition
        if minimum is None or (terms is not None and terms.min_own_contribution is not None):
            continue  # the offer's own terms state it: WSP-OFR-006 judges the offer
        own = own_contribution_below(offer, minimum)
        if own is not None:
            yield Hit(
                path=("documents", index, "financing" if offer.financing else "cost_lines"),
                params={
                    "own": own,
                    "share": percent(share(own, offer_total(offer))),
                    "minimum": percent(minimum),
                    "reference": announcement.reference,
                },
            )


def _offer_admin_cap(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, offer, announcement in _announced_offers(dossier):
        cap = announcement.admin_cost_cap
        terms = offer.competition
        if cap is None or (terms is not None and terms.admin_cost_cap is not None):
            continue  # the offer's own terms state it: WSP-OFR-007 judges the offer
        admin = admin_costs_above(offer, cap)
        if admin is not None:
            yield Hit(
                path=("documents", index, "cost_lines"),
                params={
                    "admin": admin,
                    "share": percent(share(admin, offer.lines_total)),
                    "cap": percent(cap),
                    "reference": announcement.reference,
                },
            )


# WSP-CHN-011 -------------------------------------------------------------------------------

_NAMES = {
    "offer_number": Text(pl="numer oferty", en="the offer number"),
    "competition_reference": Text(pl="oznaczenie konkursu", en="the competition reference"),
}


def _disagreement(index: int, field: str, stated: str | None, linked: str | None) -> Hit | None:
    if key(stated) is None or key(linked) is None or key(stated) == key(linked):
        return None
    return Hit(
        path=("documents", index, field),
        params={"what": _NAMES[field], "stated": stated, "linked": linked},
    )


def _identifiers_agree(dossier: Dossier, context: Context) -> Iterator[Hit]:
    agreements = _indexed(dossier, Agreement, "number")
    for index, doc in enumerate(dossier.documents):
        found: list[Hit | None] = []
        if isinstance(doc, TaskReport):
            name = key(doc.agreement_number)
            if name is None or name not in agreements:
                continue
            agreement = agreements[name][1]
            found = [
                _disagreement(index, field, getattr(doc, field), getattr(agreement, field))
                for field in ("offer_number", "competition_reference")
            ]
        elif isinstance(doc, Agreement):
            _, offer = _offer_of(dossier, doc.offer_number)
            if offer is None:
                continue
            found = [
                _disagreement(
                    index,
                    "competition_reference",
                    doc.competition_reference,
                    _offer_reference(offer),
                )
            ]
        yield from (hit for hit in found if hit is not None)


_DOSSIER_NOTE = Text(
    pl=" Ostrzeżenie, bo aneks albo dokument spoza teczki może wyjaśnić różnicę.",
    en=" A warning, because an annex or a document outside the dossier may explain the difference.",
)


def _described(pl: str, en: str) -> Text:
    return Text(pl=pl + _DOSSIER_NOTE.pl, en=en + _DOSSIER_NOTE.en)


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-CHN-001",
        title=Text(
            pl="Dotacja w umowie nie większa niż wnioskowana w ofercie",
            en="The agreement's grant no more than the offer requested",
        ),
        message=Text(
            pl="umowa przyznaje {grant}, więcej niż {requested} wnioskowane w ofercie nr {offer}",
            en="the agreement grants {grant}, more than the {requested} requested in offer {offer}",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1,),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_grant_within_request,
        description=_described(
            pl="Umowa zleca zadanie na warunkach oferty, do której się odnosi (numer oferty w "
            "umowie). Bez zaktualizowanej kalkulacji dotacja w umowie nie przekracza dotacji, "
            "o którą wnioskowała oferta.",
            en="The agreement commissions the task on the terms of the offer it names (the "
            "offer number in the agreement). Without an updated calculation its grant does not "
            "exceed the grant the offer requested.",
        ),
    ),
    Rule(
        code="WSP-CHN-002",
        title=Text(
            pl="Kalkulacja umowy zgodna z ofertą",
            en="The agreement's calculation matches the offer",
        ),
        message=Text(
            pl="umowa podaje {what}: {agreed}, a oferta nr {offer}: {offered}",
            en="the agreement states {what} as {agreed}, while offer {offer} says {offered}",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1, ART_15_1_4),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_calculation_matches_offer,
        description=_described(
            pl="Zaktualizowana kalkulacja załączona do umowy zmienia kwoty pozycji oferty, a "
            "nie dodaje nowych: każda jej pozycja (po numerze, inaczej po nazwie) jest w "
            "kalkulacji oferty. Bez zaktualizowanej kalkulacji wkład własny w umowie jest "
            "wkładem własnym z oferty.",
            en="An updated calculation attached to the agreement changes the amounts of the "
            "offer's lines rather than adding lines: each of its lines (by number, else by "
            "name) is in the offer's calculation. Without one, the agreement's own "
            "contribution is the offer's.",
        ),
    ),
    Rule(
        code="WSP-CHN-003",
        title=Text(
            pl="Koszty planowane w sprawozdaniu zgodne z kalkulacją",
            en="The report's planned costs match the calculation",
        ),
        message=Text(
            pl="pozycja {line}: sprawozdanie podaje koszt planowany {stated}, a {source} {planned}",
            en="line {line}: the report states a planned cost of {stated}, while {source} "
            "says {planned}",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_4_2, ART_16_1),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_planned_costs_match,
        description=_described(
            pl="Koszty „zgodnie z umową” w sprawozdaniu to kwoty zaktualizowanej kalkulacji "
            "umowy, a bez niej kalkulacji oferty; pozycje wiąże się po numerze, inaczej po "
            "nazwie.",
            en="The report's costs 'under the agreement' are the amounts of the agreement's "
            "updated calculation, or of the offer's without one; lines are matched by number, "
            "else by name.",
        ),
    ),
    Rule(
        code="WSP-CHN-004",
        title=Text(
            pl="Planowane rezultaty w sprawozdaniu takie jak w ofercie",
            en="The report's planned results are the offer's",
        ),
        message=Text(
            pl="rezultat „{result}”: sprawozdanie podaje poziom planowany {stated}, a oferta "
            "nr {offer} {planned}",
            en="the result \u201c{result}\u201d: the report states a planned level of {stated}, "
            "while offer {offer} planned {planned}",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_4_1,),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_planned_results_match,
        description=_described(
            pl="Sprawozdanie porównuje osiągnięte rezultaty z planowanymi w ofercie (art. 18 "
            "ust. 4 pkt 1); poziom planowany w sprawozdaniu jest poziomem z oferty "
            "(rezultaty wiąże się po nazwie).",
            en="The report sets the results achieved against those the offer planned (art. "
            "18(4)(1)); its planned level is the offer's (results are matched by name).",
        ),
    ),
    Rule(
        code="WSP-CHN-005",
        title=Text(
            pl="Okres sprawozdania w okresie umowy",
            en="The report's period within the agreement's",
        ),
        message=Text(
            pl="sprawozdanie obejmuje {start} – {end}, poza terminem realizacji z umowy nr "
            "{number} ({agreed_start} – {agreed_end})",
            en="the report covers {start} – {end}, outside the task period of agreement "
            "{number} ({agreed_start} – {agreed_end})",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_4, ART_16_1),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_report_within_agreement,
        description=_described(
            pl="Sprawozdanie częściowe albo końcowe dotyczy okresu realizacji zadania "
            "określonego w umowie, więc mieści się w nim.",
            en="A partial or final report covers the task period the agreement sets, so it "
            "lies within it.",
        ),
    ),
    Rule(
        code="WSP-CHN-006",
        title=Text(
            pl="Dotacja w umowie nie większa niż przyznana w rozstrzygnięciu konkursu",
            en="The agreement's grant no more than the competition awarded",
        ),
        message=Text(
            pl="umowa przyznaje {grant}, więcej niż {awarded} przyznane tej organizacji w "
            "rozstrzygnięciu konkursu {reference}",
            en="the agreement grants {grant}, more than the {awarded} the results of "
            "competition {reference} awarded to the organisation",
        ),
        severity=Severity.WARNING,
        basis=(ART_15_1, ART_16_1),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_grant_within_results,
        description=_described(
            pl="Gdy teczka zawiera konkurs wskazany w umowie (oznaczenie aktu ogłaszającego) z "
            "rozstrzygnięciem, dotacja w umowie nie przekracza kwoty przyznanej ofercie tej "
            "organizacji (KRS, NIP albo nazwa). Kwotę przyznaną zapisaną w samej umowie "
            "sprawdza WSP-SGR-015.",
            en="When the dossier holds the competition the agreement names (the announcing "
            "act) with its results, the agreement's grant does not exceed the amount awarded "
            "to the organisation's offer (KRS, NIP or name). The awarded amount recorded in "
            "the agreement itself is checked by WSP-SGR-015.",
        ),
    ),
    Rule(
        code="WSP-CHN-007",
        title=Text(
            pl="Powiązanie wskazuje dokument z teczki",
            en="A link names a document of the dossier",
        ),
        message=Text(
            pl="w teczce nie ma {kind} „{identifier}”",
            en="the dossier holds no {kind} \u201c{identifier}\u201d",
        ),
        severity=Severity.INFO,
        basis=(ART_16_1,),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_dangling_links,
        description=Text(
            pl="Numer oferty, numer umowy albo oznaczenie konkursu wskazuje dokument, którego "
            "teczka nie zawiera, choć zawiera dokumenty tego rodzaju. To informacja: teczka "
            "może być niepełna.",
            en="An offer number, agreement number or competition reference names a document "
            "the dossier does not hold, though it holds documents of that kind. Information "
            "only: the dossier may be incomplete.",
        ),
    ),
    Rule(
        code="WSP-CHN-008",
        title=Text(
            pl="Oferty w konkursie z wkładem własnym wymaganym w ogłoszeniu",
            en="The competition's offers plan the own contribution the announcement requires",
        ),
        message=Text(
            pl="oferta {organisation}: wkład własny {own} to {share}% kosztów, mniej niż "
            "wymagane w ogłoszeniu {minimum}%",
            en="the offer of {organisation}: its own contribution {own} is {share}% of the "
            "costs, less than the {minimum}% the announcement requires",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2, ART_15_1_4),
        applies_to=OpenCompetition,
        valid_from=ACT_IN_FORCE,
        check=_announcement_minimum,
        description=Text(
            pl="Wkład własny oferty (środki własne, wkład rzeczowy i osobowy) w procentach "
            "kosztu całkowitego (dotacja wnioskowana i wkład) nie jest mniejszy niż minimum z "
            "ogłoszenia (art. 13 ust. 2). Oferty bez żadnej kwoty wkładu nie są oceniane. "
            "Ostrzeżenie, bo ogłoszenia różnie liczą wkład.",
            en="An offer's own contribution (own funds, contribution in kind and personal "
            "contribution) as a share of its total cost (the grant requested and the "
            "contribution) is at least the announcement's minimum (art. 13(2)). Offers stating "
            "no contribution are not judged. A warning, because announcements count the "
            "contribution differently.",
        ),
    ),
    Rule(
        code="WSP-CHN-009",
        title=Text(
            pl="Oferta z teczki z wkładem własnym wymaganym w ogłoszeniu",
            en="An offer of the dossier plans the own contribution its announcement requires",
        ),
        message=Text(
            pl="wkład własny {own} to {share}% kosztów, mniej niż {minimum}% wymagane w "
            "ogłoszeniu {reference}",
            en="the own contribution {own} is {share}% of the costs, less than the {minimum}% "
            "announcement {reference} requires",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2, ART_15_1_4),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_offer_minimum,
        description=Text(
            pl="Jak WSP-OFR-006, gdy minimum podaje ogłoszenie konkursu z teczki (po "
            "oznaczeniu konkursu), a nie warunki zapisane w samej ofercie. Ostrzeżenie, bo "
            "ogłoszenia różnie liczą wkład.",
            en="As WSP-OFR-006, when the minimum comes from the announcement of a competition "
            "in the dossier (by the competition's reference) rather than from the terms the "
            "offer records. A warning, because announcements count the contribution "
            "differently.",
        ),
    ),
    Rule(
        code="WSP-CHN-010",
        title=Text(
            pl="Oferta z teczki w granicach limitu kosztów administracyjnych z ogłoszenia",
            en="An offer of the dossier within its announcement's administrative cap",
        ),
        message=Text(
            pl="koszty administracyjne {admin} to {share}% kosztów, więcej niż {cap}% "
            "dopuszczone w ogłoszeniu {reference}",
            en="administrative costs of {admin} are {share}% of the costs, more than the "
            "{cap}% announcement {reference} allows",
        ),
        severity=Severity.WARNING,
        basis=(ART_13_2,),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_offer_admin_cap,
        description=Text(
            pl="Jak WSP-OFR-007, gdy limit podaje ogłoszenie konkursu z teczki (po oznaczeniu "
            "konkursu), a nie warunki zapisane w samej ofercie. Ostrzeżenie, bo niektóre "
            "ogłoszenia liczą limit od dotacji.",
            en="As WSP-OFR-007, when the cap comes from the announcement of a competition in "
            "the dossier (by the competition's reference) rather than from the terms the "
            "offer records. A warning, because some announcements count the cap on the grant.",
        ),
    ),
    Rule(
        code="WSP-CHN-011",
        title=Text(
            pl="Identyfikatory zgodne w całym łańcuchu",
            en="The identifiers agree along the chain",
        ),
        message=Text(
            pl="dokument podaje {what} „{stated}”, a dokument, z którym jest powiązany, „{linked}”",
            en="the document states {what} as \u201c{stated}\u201d, while the document it is "
            "linked to says \u201c{linked}\u201d",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1, ART_18_4),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_identifiers_agree,
        description=_described(
            pl="Sprawozdanie podaje ten sam numer oferty i to samo oznaczenie konkursu co "
            "umowa, którą wskazuje, a umowa to samo oznaczenie konkursu co oferta, którą "
            "wskazuje. Rozbieżność zwykle oznacza pomyłkę w numerze albo dokument innego "
            "zadania.",
            en="A report states the same offer number and competition reference as the "
            "agreement it names, and an agreement the same competition reference as the offer "
            "it names. A difference usually means a mistyped number or a document of another "
            "task.",
        ),
    ),
)
