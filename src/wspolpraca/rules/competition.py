"""
Rules for open competitions, regranting and local initiatives (``WSP-CMP-*``).

Sources (law.md §4.2–§4.8, §0.3, §12; where §12 disagrees with earlier sections, it wins):

- art. 13 ust. 1: the offer deadline is *nie krótszy niż 21 dni od dnia ukazania się ostatniego
  ogłoszenia* (confirmed); 30 days before the 2010 amendment in force on 12 March 2010 (secondary);
- art. 13 ust. 2: the seven items of the announcement (confirmed);
- art. 13 ust. 3: publication in the BIP, on the notice board and on the website (confirmed);
- art. 15 ust. 2a: the body appoints a competition committee (confirmed);
- art. 15 ust. 2d: nominees of organisations taking part in the competition are excluded (secondary);
- art. 15 ust. 2da pkt 1: the committee may work without NGO nominees when none is nominated
  (confirmed; pkt 2–3 unconfirmed), so a committee without NGO members is reported only when the
  record gives no reason (law.md §12);
- art. 15 ust. 1 pkt 4 with art. 5 ust. 4 pkt 2: in the support mode the evaluation weighs the
  offer's own funds (confirmed); that an offer must have some is not said, hence a warning;
- art. 18a ust. 1: the two reasons for cancelling a competition (secondary);
- art. 16a exists only from the 2015 amendment (9 November 2015) and no source puts a
  14-day transfer to realizators in it (the 14 days come from one NGO page, aktywiusz.pl):
  the former rule ``WSP-CMP-011`` is retired (:data:`RETIRED`), its code never reused;
- art. 15 ust. 2b and 2d: the committee includes persons nominated by NGOs, excluding those
  of bidders (secondary); experts with an advisory vote (ust. 2e, secondary) are not members
  who count; art. 15 ust. 2da (from the 2015 amendment): the committee may work without NGO
  nominees on three grounds, pkt 1 confirmed (nobody nominated), pkt 2–3 unconfirmed
  (nominees do not take part; all nominees excluded), so a recorded ground outside them is a
  warning (``WSP-CMP-015``);
- art. 15 ust. 2h (unconfirmed number): the results are published as the announcement is
  (BIP, seat, website): ``WSP-CMP-016``, a warning; art. 18a ust. 2 (secondary): the
  cancellation is published likewise: ``WSP-CMP-017``;
- art. 19c (paragraph not confirmed; secondary: "kryteria … powinny uwzględniać przede wszystkim wkład pracy
  społecznej", obywatelskieinfo.ngo.pl): criteria that do not favour the residents' social
  work: ``WSP-CMP-018``, a warning;
- art. 19b–19e: local initiative, its areas (unconfirmed numbering), the council's criteria
  (secondary) and the residents' contribution (secondary); in force since 12 March 2010.

Days are counted by art. 111 § 2 of the Civil Code (the day of the event that starts a term
is not counted): the 21-day notice runs from the day after the last publication, so a
deadline exactly 21 calendar days after it is on time (published 2 October, deadline
23 October).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from .._model._competition import STATUTORY_CHANNELS, OpenCompetition
from .._model._local_initiative import LocalInitiative
from .._model._organisation import Organisation
from .._text import Text
from ..codelists import load_codelist
from ..law import Citation, Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import ACT_IN_FORCE, AMENDMENT_2010, AMENDMENT_2015

__all__ = [
    "NOTICE_PERIOD",
    "PARAMETERS",
    "REFERENCE_DATES",
    "RETIRED",
    "RULES",
    "reference_date",
]


NOTICE_PERIOD: Parameter[int] = Parameter(
    name="competition.notice_period",
    unit="days",
    direction="minimum",
    title=Text(
        pl="Najkrótszy termin składania ofert od ostatniego ogłoszenia konkursu (dni)",
        en="Shortest period for offers after the last publication of the announcement (days)",
    ),
    values=(
        DatedValue(
            value=30,
            valid_to=AMENDMENT_2010 - dt.timedelta(days=1),
            basis=Citation("13", "1", confidence=Confidence.SECONDARY),
            confidence=Confidence.SECONDARY,
            note="30 days before the 2010 amendment: publiczni.pl, older text (law.md §4.2); "
            "the cut-over date 12 March 2010 is itself secondary (rp.pl).",
        ),
        DatedValue(
            value=21,
            valid_from=AMENDMENT_2010,
            basis=Citation("13", "1"),
            note="'nie może być krótszy niż 21 dni od dnia ukazania się ostatniego ogłoszenia' "
            "(prawo-pl.com art. 13, c. 2014-2015; still 21 days in 2020s notices), law.md §4.2.",
        ),
    ),
)

RETIRED: dict[str, str] = {
    "WSP-CMP-011": "The operator passes the money to a realizator within 14 days (art. 16a): "
    "no source puts the 14 days in art. 16a, which exists only from 9 November 2015; retired "
    "in 0.3, the code is never reused.",
    "WSP-AGR-001": "The agreement's grant no more than awarded: the same check as WSP-SGR-015, "
    "which came in the same release; retired before release, the code is never reused.",
}
"""Codes of rules taken out of the catalogue, with why; they are never reused."""

NGO_ABSENCE_GROUNDS = frozenset({"no_nominee", "nominees_absent", "all_excluded"})
"""
The grounds of art. 15 ust. 2da on which a committee may work without NGO nominees:
pkt 1 nobody nominated (confirmed), pkt 2 the nominees do not take part, pkt 3 all nominees
are excluded (both unconfirmed, law.md §12).
"""

PARAMETERS: tuple[Parameter[object], ...] = (NOTICE_PERIOD,)  # type: ignore[assignment]


def _competition_date(competition: OpenCompetition) -> dt.date:
    """
    The date whose law applies to *competition*: the day it was announced; for a competition
    with no announcement, the earliest date it records, or today for one that records none.
    """
    if competition.announcement is not None:
        return competition.announcement.announced_on
    days = [offer.submitted_on for offer in competition.offers if offer.submitted_on is not None]
    if competition.committee is not None and competition.committee.appointed_on is not None:
        days.append(competition.committee.appointed_on)
    if competition.results is not None:
        days.append(competition.results.decided_on)
    if competition.cancellation is not None:
        days.append(competition.cancellation.cancelled_on)
    return min(days, default=dt.date.today())  # noqa: DTZ011 - a record with no dates at all


def _initiative_date(initiative: LocalInitiative) -> dt.date:
    """The date whose law applies to *initiative*: the day the application was filed."""
    return initiative.filed_on


def reference_date(document: OpenCompetition | LocalInitiative) -> dt.date:
    """
    The date whose law applies to *document*: a competition's announcement,
    a local initiative's application.
    """
    if isinstance(document, OpenCompetition):
        return _competition_date(document)
    return _initiative_date(document)


REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    OpenCompetition: _competition_date,
    LocalInitiative: _initiative_date,
}
"""How to find the relevant date of each document class this family checks."""


# ---------------------------------------------------------------------------------------
# Open competition


def _notice_period(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    announcement = competition.announcement
    if announcement is None:
        return
    last = announcement.last_publication or announcement.announced_on
    dated = context.value(NOTICE_PERIOD, last)
    if dated is None:
        return
    days = (announcement.offer_deadline - last).days
    if days < dated.value:
        yield Hit(
            path=("announcement", "offer_deadline"),
            params={
                "deadline": announcement.offer_deadline,
                "last": last,
                "days": days,
                "minimum": dated.value,
            },
            confidence=dated.confidence,
        )


def _announcement_items(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    announcement = competition.announcement
    if announcement is None:
        return
    for entry in load_codelist("announcement_items"):
        if entry.code not in announcement.items:
            yield Hit(
                path=("announcement", "items"),
                params={
                    "item": Text(pl=entry.label_pl, en=entry.label_en),
                    "point": entry.basis.short("pl") if entry.basis else "",
                },
            )


def _channels(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    announcement = competition.announcement
    if announcement is None:
        return
    used = {publication.channel for publication in announcement.publications}
    channels = load_codelist("publication_channels")
    for code in STATUTORY_CHANNELS:
        if code not in used:
            entry = channels.get(code)
            label = Text(pl=entry.label_pl, en=entry.label_en) if entry else Text(pl=code, en=code)
            yield Hit(path=("announcement", "publications"), params={"channel": label})


def _chosen(competition: OpenCompetition) -> bool:
    """Whether offers have been chosen: results recorded or a grant awarded."""
    return competition.results is not None or any(
        offer.awarded_amount is not None for offer in competition.offers
    )


def _committee_appointed(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    if competition.committee is None and _chosen(competition):
        yield Hit(path=("committee",), params={"offers": len(competition.offers)})


def _same_organisation(first: Organisation, second: Organisation) -> bool:
    """Whether two records name the same organisation: same KRS, same NIP or same name."""
    if first.krs is not None and first.krs == second.krs:
        return True
    if first.nip is not None and first.nip == second.nip:
        return True
    return " ".join(first.name.casefold().split()) == " ".join(second.name.casefold().split())


def _bidding_nominees(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    if competition.committee is None:
        return
    for index, member in enumerate(competition.committee.members):
        nominator = member.nominated_by
        if nominator is None:
            continue
        if any(_same_organisation(nominator, offer.organisation) for offer in competition.offers):
            yield Hit(
                path=("committee", "members", index, "nominated_by"),
                params={"member": member.name, "organisation": nominator.name},
            )


def _ngo_members(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    committee = competition.committee
    if committee is None:
        return
    if any(member.role == "ngo_nominee" for member in committee.members):
        return
    if committee.no_ngo_reason is not None and committee.no_ngo_reason.strip():
        return
    if committee.no_ngo_ground is not None:
        return
    yield Hit(path=("committee", "members"), params={"members": len(committee.members)})


def _own_contribution(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    if competition.mode != "support":
        return
    for index, offer in enumerate(competition.offers):
        if offer.own_contribution == 0:
            yield Hit(path=("offers", index), params={"organisation": offer.organisation.name})


def _awards_within_funds(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    if competition.funds_offered is None:
        return
    total = competition.awarded_total
    if total > competition.funds_offered:
        yield Hit(
            path=("funds_offered",),
            params={
                "awarded": total,
                "funds": competition.funds_offered,
                "excess": total - competition.funds_offered,
            },
        )


def _cancellation_reason(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    cancellation = competition.cancellation
    if cancellation is not None and cancellation.reason is None:
        yield Hit(
            path=("cancellation", "reason"),
            params={"explanation": cancellation.explanation.strip() or "—"},
        )


def _cancellation_fits_record(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    cancellation = competition.cancellation
    if cancellation is not None and cancellation.reason == "no_offers" and competition.offers:
        yield Hit(path=("cancellation", "reason"), params={"offers": len(competition.offers)})


def _absence_ground(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    committee = competition.committee
    if committee is None or committee.no_ngo_ground is None:
        return
    if any(member.role == "ngo_nominee" for member in committee.members):
        return
    if committee.no_ngo_ground not in NGO_ABSENCE_GROUNDS:
        yield Hit(
            path=("committee", "no_ngo_ground"),
            params={"ground": committee.no_ngo_ground},
            confidence=Confidence.UNCONFIRMED,
        )


def _missing_channels(publications: tuple[Any, ...], path: tuple[str, ...]) -> Iterator[Hit]:
    used = {publication.channel for publication in publications}
    channels = load_codelist("publication_channels")
    for code in STATUTORY_CHANNELS:
        if code not in used:
            entry = channels.get(code)
            label = Text(pl=entry.label_pl, en=entry.label_en) if entry else Text(pl=code, en=code)
            yield Hit(path=path, params={"channel": label})


def _results_published(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    results = competition.results
    if results is None or not results.publications:
        return  # a record without publications says nothing about them
    for hit in _missing_channels(results.publications, ("results", "publications")):
        yield Hit(path=hit.path, params=hit.params, confidence=Confidence.UNCONFIRMED)


def _cancellation_published(competition: OpenCompetition, context: Context) -> Iterator[Hit]:
    cancellation = competition.cancellation
    if cancellation is None:
        return
    yield from _missing_channels(cancellation.publications, ("cancellation", "publications"))


# ---------------------------------------------------------------------------------------
# Local initiative


def _residents_contribution(initiative: LocalInitiative, context: Context) -> Iterator[Hit]:
    if not initiative.contributions:
        yield Hit(path=("contributions",), params={"title": initiative.title})


def _criteria_named(initiative: LocalInitiative, context: Context) -> Iterator[Hit]:
    if initiative.criteria is None:
        yield Hit(path=("criteria",), params={"unit": initiative.unit.name})


def _initiative_area(initiative: LocalInitiative, context: Context) -> Iterator[Hit]:
    if load_codelist("local_initiative_areas").get(initiative.area, context.on) is None:
        yield Hit(path=("area",), params={"area": initiative.area})


def _social_work_priority(initiative: LocalInitiative, context: Context) -> Iterator[Hit]:
    if initiative.criteria_favour_social_work is False:
        yield Hit(path=("criteria_favour_social_work",), params={"unit": initiative.unit.name})


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-CMP-001",
        title=Text(
            pl="Termin składania ofert co najmniej 21 dni od ostatniego ogłoszenia",
            en="Offer deadline at least 21 days after the last publication",
        ),
        message=Text(
            pl="termin składania ofert {deadline} przypada {days} dni po ostatnim ogłoszeniu "
            "({last}), oczekiwano co najmniej {minimum} dni",
            en="the offer deadline {deadline} is {days} days after the last publication "
            "({last}), expected at least {minimum} days",
        ),
        severity=Severity.ERROR,
        basis=(Citation("13", "1"),),
        applies_to=OpenCompetition,
        check=_notice_period,
        valid_from=ACT_IN_FORCE,
        parameters=(NOTICE_PERIOD,),
        description=Text(
            pl="Termin do składania ofert nie może być krótszy niż 21 dni (przed nowelizacją "
            "z 2010 r.: 30 dni — źródło wtórne) od dnia ukazania się ostatniego ogłoszenia "
            "w BIP, na tablicy ogłoszeń albo na stronie internetowej. Dni liczone są "
            "kalendarzowo; gdy żadna publikacja nie ma daty, liczy się od daty ogłoszenia.",
            en="The offer deadline cannot be shorter than 21 days (30 days before the 2010 "
            "amendment, a secondary source) from the day the last announcement appeared in "
            "the BIP, on the notice board or on the website. Days are calendar days; when no "
            "publication is dated, the period runs from the date of the announcement.",
        ),
    ),
    Rule(
        code="WSP-CMP-002",
        title=Text(
            pl="Ogłoszenie zawiera wszystkie informacje z art. 13 ust. 2",
            en="The announcement contains every item of art. 13(2)",
        ),
        message=Text(
            pl="ogłoszenie konkursu nie zawiera informacji: {item} ({point})",
            en="the announcement lacks an item: {item} ({point})",
        ),
        severity=Severity.ERROR,
        basis=(Citation("13", "2"),),
        applies_to=OpenCompetition,
        check=_announcement_items,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Ogłoszenie otwartego konkursu ofert zawiera siedem informacji wymienionych "
            "w art. 13 ust. 2; każda brakująca jest osobnym wynikiem.",
            en="An open-competition announcement contains the seven items listed in "
            "art. 13(2); each missing item is a separate finding.",
        ),
    ),
    Rule(
        code="WSP-CMP-003",
        title=Text(
            pl="Ogłoszenie opublikowane w BIP, na tablicy ogłoszeń i na stronie internetowej",
            en="Announcement published in the BIP, on the notice board and on the website",
        ),
        message=Text(
            pl="ogłoszenia konkursu nie opublikowano: {channel}",
            en="the announcement was not published: {channel}",
        ),
        severity=Severity.ERROR,
        basis=(Citation("13", "3"),),
        applies_to=OpenCompetition,
        check=_channels,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Ogłoszenie zamieszcza się w Biuletynie Informacji Publicznej, w siedzibie "
            "organu na tablicy ogłoszeń oraz na jego stronie internetowej; każde brakujące "
            "miejsce jest osobnym wynikiem. Publikacja w prasie jest dobrowolna.",
            en="The announcement is published in the Public Information Bulletin, on the "
            "notice board at the body's seat and on its website; each missing channel is a "
            "separate finding. Publication in the press is optional.",
        ),
    ),
    Rule(
        code="WSP-CMP-004",
        title=Text(
            pl="Powołano komisję konkursową",
            en="A competition committee was appointed",
        ),
        message=Text(
            pl="wybrano oferty (złożonych ofert: {offers}), a nie powołano komisji konkursowej",
            en="offers were chosen ({offers} submitted) but no competition committee was appointed",
        ),
        severity=Severity.ERROR,
        basis=(Citation("15", "2a"),),
        applies_to=OpenCompetition,
        check=_committee_appointed,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Organ powołuje komisję konkursową do opiniowania ofert. Wynik pojawia się, "
            "gdy rekord zawiera rozstrzygnięcie albo przyznaną dotację, a nie zawiera komisji; "
            "konkurs przed wyborem ofert nie jest oceniany.",
            en="The body appoints a competition committee to give opinions on the offers. "
            "The finding arises when the record has results or an awarded grant but no "
            "committee; a competition before the choice is not judged.",
        ),
    ),
    Rule(
        code="WSP-CMP-005",
        title=Text(
            pl="W komisji nie zasiadają osoby wskazane przez oferentów",
            en="No committee member is nominated by a bidder",
        ),
        message=Text(
            pl="członek komisji {member} został wskazany przez {organisation}, która złożyła "
            "ofertę w konkursie",
            en="committee member {member} was nominated by {organisation}, which bid in the "
            "competition",
        ),
        severity=Severity.WARNING,
        basis=(Citation("15", "2d", confidence=Confidence.SECONDARY),),
        applies_to=OpenCompetition,
        check=_bidding_nominees,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="W skład komisji nie wchodzą osoby reprezentujące organizacje biorące udział "
            "w konkursie. Organizacje porównuje się po KRS, NIP albo nazwie. Przepis znany ze "
            "źródeł wtórnych, dlatego to ostrzeżenie.",
            en="Persons representing organisations taking part in the competition do not sit "
            "on the committee. Organisations are matched by KRS, NIP or name. The provision "
            "is known from secondary sources only, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-006",
        title=Text(
            pl="Komisja bez przedstawicieli organizacji ma udokumentowaną przyczynę",
            en="A committee without NGO members has a recorded reason",
        ),
        message=Text(
            pl="w komisji ({members} członków) nie ma osoby wskazanej przez organizacje "
            "pozarządowe i nie podano przyczyny (art. 15 ust. 2da)",
            en="the committee ({members} members) has no NGO nominee and no reason is "
            "recorded (art. 15(2da))",
        ),
        severity=Severity.ERROR,
        basis=(
            Citation("15", "2b", confidence=Confidence.SECONDARY),
            Citation("15", "2d", confidence=Confidence.SECONDARY),
            Citation("15", "2da", "1"),
        ),
        applies_to=OpenCompetition,
        check=_ngo_members,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="W skład komisji wchodzą osoby wskazane przez organizacje (art. 15 ust. 2b, "
            "z wyłączeniem oferentów, ust. 2d); eksperci z głosem doradczym (ust. 2e) nie "
            "są takimi członkami. Komisja może działać bez nich tylko w przypadkach art. 15 "
            "ust. 2da (np. gdy żadna organizacja nie wskazała osoby). Wynik pojawia się "
            "wyłącznie, gdy rekord nie podaje żadnej przyczyny ani podstawy; podaną podstawę "
            "ocenia WSP-CMP-015.",
            en="The committee includes persons nominated by NGOs (art. 15(2b), excluding "
            "bidders, ust. 2d); experts with an advisory vote (ust. 2e) are not such members. "
            "A committee may work without them only in the cases of art. 15(2da) (such as no "
            "organisation nominating anyone). The finding arises only when the record gives "
            "no reason or ground at all; a recorded ground is judged by WSP-CMP-015.",
        ),
    ),
    Rule(
        code="WSP-CMP-007",
        title=Text(
            pl="Oferta we wspieraniu ma wkład własny",
            en="An offer in the support mode has an own contribution",
        ),
        message=Text(
            pl="oferta {organisation} w trybie wspierania nie wykazuje środków własnych, "
            "wkładu rzeczowego ani osobowego",
            en="the offer of {organisation} in the support mode states no own funds and no "
            "contribution in kind or personal",
        ),
        severity=Severity.WARNING,
        basis=(Citation("15", "1", "4"), Citation("5", "4", "2")),
        applies_to=OpenCompetition,
        check=_own_contribution,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Wspieranie to dotacja na dofinansowanie zadania, a ocena oferty uwzględnia "
            "planowany udział środków własnych lub z innych źródeł. Ustawa nie podaje progu, "
            "dlatego oferta bez żadnego wkładu jest ostrzeżeniem.",
            en="Support is a grant that co-funds the task, and the evaluation weighs the "
            "planned own funds or funds from other sources. The act sets no threshold, so an "
            "offer with no contribution at all is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-008",
        title=Text(
            pl="Przyznane dotacje nie przekraczają ogłoszonych środków",
            en="Awarded grants do not exceed the funds announced",
        ),
        message=Text(
            pl="przyznano {awarded}, więcej niż ogłoszone środki {funds} (o {excess})",
            en="{awarded} was awarded, more than the funds announced {funds} (by {excess})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("13", "2", "2"),),
        applies_to=OpenCompetition,
        check=_awards_within_funds,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Ogłoszenie podaje wysokość środków publicznych przeznaczonych na zadanie. "
            "Ogłoszenia często zastrzegają możliwość zmiany kwoty, dlatego przekroczenie jest "
            "ostrzeżeniem, nie błędem.",
            en="The announcement states the public funds earmarked for the task. "
            "Announcements often reserve the right to change the amount, so an excess is a "
            "warning, not an error.",
        ),
    ),
    Rule(
        code="WSP-CMP-009",
        title=Text(
            pl="Konkurs unieważniono z przyczyny z art. 18a",
            en="A competition is cancelled for a reason of art. 18a",
        ),
        message=Text(
            pl="konkurs unieważniono bez przesłanki z art. 18a ust. 1 (podano: {explanation})",
            en="the competition was cancelled without a ground of art. 18a(1) "
            "(stated: {explanation})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("18a", "1", confidence=Confidence.SECONDARY),),
        applies_to=OpenCompetition,
        check=_cancellation_reason,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Organ unieważnia konkurs, jeżeli nie złożono żadnej oferty albo żadna oferta "
            "nie spełnia wymogów ogłoszenia. Treść przepisu znana ze źródła wtórnego, dlatego "
            "to ostrzeżenie.",
            en="The body cancels a competition if no offer was submitted or no offer met the "
            "announcement's requirements. The provision is known from a secondary source, so "
            "this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-010",
        title=Text(
            pl="Przesłanka unieważnienia zgodna z zapisem ofert",
            en="The ground for cancellation fits the offers recorded",
        ),
        message=Text(
            pl="konkurs unieważniono z powodu braku ofert, a rekord zawiera {offers} ofert(y)",
            en="the competition was cancelled for want of offers, yet the record has "
            "{offers} offer(s)",
        ),
        severity=Severity.WARNING,
        basis=(Citation("18a", "1", "1", confidence=Confidence.SECONDARY),),
        applies_to=OpenCompetition,
        check=_cancellation_fits_record,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Przesłanka „nie złożono żadnej oferty” przeczy ofertom zapisanym w konkursie; "
            "właściwa może być przesłanka „żadna oferta nie spełnia wymogów”.",
            en="The ground 'no offer was submitted' contradicts the offers recorded; the "
            "right ground may be 'no offer met the requirements'.",
        ),
    ),
    Rule(
        code="WSP-CMP-012",
        title=Text(
            pl="Inicjatywa lokalna przewiduje wkład mieszkańców",
            en="A local initiative includes the residents' contribution",
        ),
        message=Text(
            pl="wniosek {title!r} nie przewiduje wkładu mieszkańców (praca społeczna, "
            "świadczenia pieniężne lub rzeczowe)",
            en="the application {title!r} includes no contribution by residents (social "
            "work, money or in kind)",
        ),
        severity=Severity.WARNING,
        basis=(Citation("19e", confidence=Confidence.SECONDARY),),
        applies_to=LocalInitiative,
        check=_residents_contribution,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Inicjatywa lokalna to wspólne wykonanie zadania; mieszkańcy wnoszą pracę "
            "społeczną, świadczenia pieniężne albo rzeczowe. Źródła wtórne, dlatego to "
            "ostrzeżenie.",
            en="A local initiative is a task carried out together; residents contribute "
            "social work, money or goods. Secondary sources, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-013",
        title=Text(
            pl="Wskazano uchwałę o trybie i kryteriach oceny wniosków",
            en="The resolution on assessment criteria is named",
        ),
        message=Text(
            pl="rekord nie wskazuje uchwały rady ({unit}) o trybie i kryteriach oceny wniosków",
            en="the record does not name the council's resolution ({unit}) on the mode and "
            "criteria for assessing applications",
        ),
        severity=Severity.INFO,
        basis=(Citation("19c", confidence=Confidence.SECONDARY),),
        applies_to=LocalInitiative,
        check=_criteria_named,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Rada określa w uchwale tryb i szczegółowe kryteria oceny wniosków; wniosek "
            "ocenia się według nich. Brak odwołania w rekordzie to tylko informacja.",
            en="The council sets by resolution the mode and detailed criteria for assessing "
            "applications, and applications are assessed by them. A record that does not "
            "name it is information only.",
        ),
    ),
    Rule(
        code="WSP-CMP-014",
        title=Text(
            pl="Obszar inicjatywy spoza listy art. 19b ust. 1",
            en="A local-initiative area outside the list of art. 19b(1)",
        ),
        message=Text(
            pl="obszar {area!r} nie należy do (niepotwierdzonej) listy obszarów art. 19b ust. 1",
            en="the area {area!r} is not in the (unconfirmed) list of areas of art. 19b(1)",
        ),
        severity=Severity.INFO,
        basis=(Citation("19b", "1", confidence=Confidence.UNCONFIRMED),),
        applies_to=LocalInitiative,
        check=_initiative_area,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Lista obszarów i jej numeracja nie są potwierdzone, dlatego obszar spoza listy "
            "jest tylko informacją.",
            en="The list of areas and its numbering are not confirmed, so an area outside it "
            "is information only.",
        ),
    ),
    Rule(
        code="WSP-CMP-015",
        title=Text(
            pl="Podstawa pracy komisji bez organizacji to jedna z przesłanek art. 15 ust. 2da",
            en="The ground for a committee without NGOs is one of art. 15(2da)",
        ),
        message=Text(
            pl="komisja działa bez osób wskazanych przez organizacje z podstawy {ground!r}, "
            "której nie ma w art. 15 ust. 2da",
            en="the committee works without NGO nominees on the ground {ground!r}, which is "
            "not one of art. 15(2da)",
        ),
        severity=Severity.WARNING,
        basis=(Citation("15", "2da", confidence=Confidence.UNCONFIRMED),),
        applies_to=OpenCompetition,
        check=_absence_ground,
        valid_from=AMENDMENT_2015,
        description=Text(
            pl="Art. 15 ust. 2da (nowelizacja z 2015 r.) pozwala komisji działać bez osób "
            "wskazanych przez organizacje, gdy: nikt ich nie wskazał (pkt 1, potwierdzone), "
            "wskazane osoby nie biorą udziału w pracach (pkt 2) albo wszystkie podlegają "
            "wyłączeniu (pkt 3; pkt 2–3 niepotwierdzone): kody no_nominee, nominees_absent, "
            "all_excluded. Inna podstawa to ostrzeżenie.",
            en="Art. 15(2da) (the 2015 amendment) lets a committee work without NGO nominees "
            "when nobody was nominated (point 1, confirmed), the nominees do not take part "
            "(point 2) or all of them are excluded (point 3; points 2-3 unconfirmed): codes "
            "no_nominee, nominees_absent, all_excluded. Any other ground is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-016",
        title=Text(
            pl="Wyniki konkursu opublikowane w BIP, na tablicy ogłoszeń i na stronie",
            en="Competition results published in the BIP, on the notice board and the website",
        ),
        message=Text(
            pl="wyników konkursu nie opublikowano: {channel}",
            en="the competition results were not published: {channel}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("15", "2h", confidence=Confidence.UNCONFIRMED),),
        applies_to=OpenCompetition,
        check=_results_published,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Wyniki otwartego konkursu ofert ogłasza się niezwłocznie w tych samych "
            "miejscach co ogłoszenie (art. 13 ust. 3): BIP, tablica ogłoszeń, strona "
            "internetowa. Numer przepisu (ust. 2h) i wymagana treść (oferent, zadanie, kwota) "
            "nie są potwierdzone, więc to ostrzeżenie; rekord bez żadnej publikacji wyników "
            "nie jest oceniany.",
            en="The results of an open competition are published without delay where the "
            "announcement was (art. 13(3)): the BIP, the notice board and the website. The "
            "provision's number (ust. 2h) and the required content (bidder, task, amount) are "
            "not confirmed, so this is a warning; a record without any publication of the "
            "results is not judged.",
        ),
    ),
    Rule(
        code="WSP-CMP-017",
        title=Text(
            pl="Unieważnienie konkursu opublikowane jak ogłoszenie",
            en="The cancellation of a competition published as the announcement was",
        ),
        message=Text(
            pl="informacji o unieważnieniu konkursu nie opublikowano: {channel}",
            en="the cancellation of the competition was not published: {channel}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("18a", "2", confidence=Confidence.SECONDARY), Citation("13", "3")),
        applies_to=OpenCompetition,
        check=_cancellation_published,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Informację o unieważnieniu konkursu ogłasza się w sposób określony w art. 13 "
            "ust. 3 (art. 18a ust. 2, źródło wtórne). Rekord może nie wymieniać wszystkich "
            "publikacji, dlatego to ostrzeżenie.",
            en="The cancellation is made public as art. 13(3) says (art. 18a(2), a secondary "
            "source). A record may not list every publication, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CMP-018",
        title=Text(
            pl="Kryteria oceny inicjatyw lokalnych uwzględniają przede wszystkim pracę społeczną",
            en="Local-initiative criteria favour the residents' social work",
        ),
        message=Text(
            pl="kryteria oceny wniosków ({unit}) nie uwzględniają przede wszystkim wkładu "
            "pracy społecznej mieszkańców",
            en="the assessment criteria ({unit}) do not give priority to the residents' "
            "social work",
        ),
        severity=Severity.WARNING,
        basis=(Citation("19c", confidence=Confidence.SECONDARY),),
        applies_to=LocalInitiative,
        check=_social_work_priority,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Szczegółowe kryteria oceny wniosków określa uchwała rady; powinny one "
            "uwzględniać przede wszystkim wkład pracy społecznej w realizację inicjatywy "
            "(art. 19c, źródło wtórne; numer ustępu niepotwierdzony). Ocenia się tylko "
            "rekord, który mówi, że kryteria tego nie robią.",
            en="The council's resolution sets the detailed criteria; they should give "
            "priority to the residents' social work (art. 19c, a secondary source; the "
            "paragraph number is not confirmed). Only a record saying the criteria do not is "
            "judged.",
        ),
    ),
)
