"""
Load, check and dump of large documents of the other kinds, as ratios, and their linearity.

Issue 15's large sizes beyond the annual programme (``bench_load.py``): 50 open competitions
with 1 000 offers in total, a small-grant register with 2 000 grants, and, because they are
cheap to generate, a multi-year programme with 500 tasks, a consultation round with 2 000
remarks and an implementation report with 500 tasks. Every document comes from a seeded
generator with plausible Polish values, and loads with ``wspolpraca.loads`` (asserted before
timing, with the round trip and the bare cattrs objects compared).

For each kind, in one run, candidates alternating, medians of *rounds*:

- load (JSON text to objects) ÷ bare cattrs (the same classes, a plain
  ``cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)`` with only ``Decimal``
  and ``date`` hooks, fed by the same ``json`` module; ``bench_load.bare_converter``);
- check ÷ load;
- dump ÷ bare cattrs unstructure + the same ``json.dumps`` call;
- linearity: load, check and dump of the same kind ten times larger ÷ the large size
  (target ≤ 11×: overlap and uniqueness checks must not be quadratic). The competitions grow
  inside each document (50 competitions with 200 offers each instead of 20).

Absolute times are context only; no test has a timing threshold.

Run: ``python benchmarks/bench_kinds.py [--rounds 15] [--scale-rounds 5] [--kinds ...] [--json out.json]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import cattrs

import wspolpraca
from wspolpraca.serialization import DOCUMENT_KINDS

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:  # run as a script it is there already; imported from a test, not
    sys.path.insert(0, _HERE)

from bench_load import (  # noqa: E402 - after the path is set
    bare_converter,
    detailed,
    fast_path_installed,
    measure,
)

Document = dict[str, Any]
Generator = Callable[[int, int], list[Document]]

UNIT = {"name": "Gmina Miejska Kraków", "teryt": "1261011", "level": "city_with_county_rights"}
SPHERES = ("1", "7", "10", "11", "15", "16", "17", "22", "32", "32a", "33")
LEGAL_FORMS = ("stowarzyszenie", "fundacja", "stowarzyszenie", "fundacja", "spółdzielnia socjalna")
NAME_STEMS = (
    "Kultury Podgórza",
    "Teatr Dzielnicowy",
    "Muzyczne Bronowice",
    "Sąsiedzki Kraków",
    "Zielona Nowa Huta",
    "Klub Seniora „Podgórze”",
    "Galeria na Kazimierzu",
    "Sportowa Krowodrza",
    "Pomocy Rodzinie „Razem”",
    "Edukacji Ekologicznej",
    "Rowerowy Kraków",
    "Przyjaciół Zwierząt",
    "Młodzieżowe Centrum Inicjatyw",
    "Dziedzictwa Małopolski",
    "Zdrowia Psychicznego",
)
TASK_STEMS = (
    "Warsztaty ceramiczne dla seniorów",
    "Letni festyn sąsiedzki",
    "Wystawa „Kraków dawniej i dziś”",
    "Zajęcia sportowe dla dzieci",
    "Sadzenie drzew w dzielnicy",
    "Poradnictwo dla rodzin",
    "Koncerty kameralne w parkach",
    "Kurs pierwszej pomocy",
    "Spacery historyczne z przewodnikiem",
    "Turniej szachowy dla młodzieży",
)
DISTRICTS = (
    "Stare Miasto",
    "Grzegórzki",
    "Prądnik Czerwony",
    "Krowodrza",
    "Bronowice",
    "Zwierzyniec",
    "Dębniki",
    "Podgórze",
    "Bieżanów-Prokocim",
    "Nowa Huta",
)
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def _nip(rng: random.Random) -> str:
    """A random NIP with a valid check digit."""
    while True:
        digits = [rng.randint(1, 9), *(rng.randint(0, 9) for _ in range(8))]
        check = sum(w * d for w, d in zip(_NIP_WEIGHTS, digits, strict=True)) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _organisations(rng: random.Random, count: int) -> list[Document]:
    """*count* distinct organisations with KRS and NIP numbers."""
    result = []
    for number in range(count):
        form = rng.choice(LEGAL_FORMS)
        prefix = {"stowarzyszenie": "Stowarzyszenie", "fundacja": "Fundacja"}.get(
            form, "Spółdzielnia Socjalna"
        )
        result.append(
            {
                "name": f"{prefix} {rng.choice(NAME_STEMS)} nr {number + 1}",
                "legal_form": form,
                "krs": f"{100_000 + number:010d}",
                "nip": _nip(rng),
                "seat": "Kraków",
                "public_benefit": rng.random() < 0.2,
            }
        )
    return result


def _money(value: float) -> str:
    return f"{value:.2f}"


def _day(start: dt.date, rng: random.Random, span: int) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, span))


def _publications(day: dt.date, reference: str) -> list[Document]:
    return [
        {"channel": "bip", "reference": "https://www.bip.krakow.pl/", "published_on": str(day)},
        {"channel": "website", "reference": "https://ngo.krakow.pl/", "published_on": str(day)},
        {"channel": "notice_board", "reference": reference, "published_on": str(day)},
    ]


def make_competitions(offers: int = 1000, seed: int = 0, competitions: int = 50) -> list[Document]:
    """*competitions* open competitions of 2021 with *offers* offers spread evenly among them."""
    rng = random.Random(seed)
    per = max(1, offers // competitions)
    bidders = _organisations(rng, max(per * 3, 60))
    items = [
        "task_type",
        "public_funds",
        "grant_rules",
        "implementation_terms",
        "offer_deadline",
        "selection_procedure",
        "previous_tasks",
    ]
    result = []
    for number in range(competitions):
        announced = _day(dt.date(2021, 1, 4), rng, 150)
        deadline = announced + dt.timedelta(days=rng.randint(21, 35))
        decided = deadline + dt.timedelta(days=rng.randint(14, 40))
        chosen = rng.sample(bidders, per)
        offer_list = []
        for organisation in chosen:
            requested = rng.randint(5_000, 150_000)
            offer: Document = {
                "organisation": organisation,
                "submitted_on": str(_day(announced, rng, (deadline - announced).days)),
                "requested_amount": _money(requested),
            }
            if rng.random() < 0.95:  # the rest offer no own contribution (WSP-CMP-007)
                offer["own_funds"] = _money(requested * rng.choice((0.05, 0.1, 0.15)))
                offer["volunteer_contribution"] = _money(rng.randint(0, 20) * 500)
            if rng.random() < 0.5:
                offer["in_kind_contribution"] = _money(rng.randint(1, 10) * 300)
            if rng.random() < 0.6:
                offer["awarded_amount"] = _money(requested * rng.choice((0.8, 0.9, 1.0)))
            offer_list.append(offer)
        awarded = sum(Decimal(o.get("awarded_amount", "0")) for o in offer_list)
        nominees = [org for org in bidders if org not in chosen][:2]
        if number % 10 == 0:  # a nominating organisation that bids too (WSP-CMP-005)
            nominees[0] = chosen[-1]
        result.append(
            {
                "kind": "open_competition",
                "schema_version": "1.0",
                "unit": UNIT,
                "title": f"Otwarty konkurs ofert nr {number + 1}/2021 na realizację zadania "
                f"publicznego w dzielnicy {DISTRICTS[number % len(DISTRICTS)]}",
                "task": f"{rng.choice(TASK_STEMS)} – edycja {number + 1}",
                "sphere": rng.choice(SPHERES),
                "mode": rng.choice(("support", "support", "entrustment")),
                "funds_offered": _money(float(awarded) * rng.choice((1.0, 1.1, 1.25))),
                "announcement": {
                    "announced_on": str(announced),
                    "reference": f"Zarządzenie nr {1000 + number}/2021 Prezydenta Miasta Krakowa",
                    "items": items,
                    "publications": _publications(announced, "Urząd Miasta Krakowa"),
                    "offer_deadline": str(deadline),
                },
                "committee": {
                    "appointed_on": str(deadline + dt.timedelta(days=3)),
                    "reference": f"Zarządzenie nr {2000 + number}/2021 Prezydenta Miasta Krakowa",
                    "members": [
                        {"name": "Anna Nowak", "role": "executive_representative"},
                        {"name": "Jan Kowalski", "role": "executive_representative"},
                        {
                            "name": "Maria Wiśniewska",
                            "role": "ngo_nominee",
                            "nominated_by": nominees[0],
                        },
                        {
                            "name": "Piotr Zieliński",
                            "role": "ngo_nominee",
                            "nominated_by": nominees[1],
                        },
                        {"name": "Ewa Lewandowska", "role": "expert"},
                    ],
                },
                "offers": offer_list,
                "results": {
                    "decided_on": str(decided),
                    "reference": f"Zarządzenie nr {3000 + number}/2021 Prezydenta Miasta Krakowa",
                    "publications": _publications(decided, "Urząd Miasta Krakowa"),
                },
                "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
            }
        )
    return result


def make_small_grants(grants: int = 2000, seed: int = 0) -> list[Document]:
    """A register of 2025 with *grants* small grants to about *grants* / 3 organisations."""
    rng = random.Random(seed)
    organisations = _organisations(rng, max(3, grants // 3))
    rows = []
    for number in range(grants):
        submitted = _day(dt.date(2025, 1, 2), rng, 340)
        published = submitted + dt.timedelta(days=rng.randint(1, 9))
        signed = published + dt.timedelta(days=rng.randint(7, 20))
        start = signed + dt.timedelta(days=rng.randint(1, 14))
        rows.append(
            {
                "organisation": rng.choice(organisations),
                "task_title": f"{rng.choice(TASK_STEMS)} ({DISTRICTS[number % len(DISTRICTS)]})",
                "offer_submitted_on": str(submitted),
                "amount": _money(rng.randint(10, 100) * 100),
                "task_period": {
                    "start": str(start),
                    "end": str(start + dt.timedelta(days=rng.randint(10, 95))),
                },
                "published_on": str(published),
                "displayed_until": str(published + dt.timedelta(days=rng.choice((6, 7, 7, 8)))),
                "comment_window": {
                    "start": str(published + dt.timedelta(days=1)),
                    "end": str(published + dt.timedelta(days=7)),
                },
                "comments_received": rng.choice((0, 0, 0, 1, 2)),
                "agreement_signed_on": str(signed),
            }
        )
    total = sum(Decimal(row["amount"]) for row in rows)
    return [
        {
            "kind": "small_grant_register",
            "schema_version": "1.0",
            "unit": UNIT,
            "year": 2025,
            "grants": rows,
            "planned_grants_total": _money(float(total) * 6),
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


def make_multi_year(tasks: int = 500, seed: int = 0) -> list[Document]:
    """A programme for 2023–2026 with *tasks* tasks in areas of 20, each with yearly amounts."""
    rng = random.Random(seed)
    years = range(2023, 2027)
    areas = []
    for area_number in range(max(1, tasks // 20)):
        name = f"Obszar {area_number + 1}: {rng.choice(TASK_STEMS)}"
        area_tasks = [
            {
                "title": f"Zadanie {area_number + 1}.{index + 1}: {rng.choice(TASK_STEMS)}",
                "sphere": rng.choice(SPHERES),
                "unit": rng.choice((None, "Biuro MOWIS", "Wydział Kultury", "Wydział Sportu")),
                "modes": [rng.choice(("support", "entrustment"))],
                "yearly_amounts": [
                    {"year": year, "amount": _money(rng.randint(10, 500) * 1000)} for year in years
                ],
            }
            for index in range(min(20, tasks - area_number * 20))
        ]
        areas.append({"name": name, "description": "", "tasks": area_tasks})
    sums = {
        year: sum(
            Decimal(a["amount"])
            for area in areas
            for task in area["tasks"]
            for a in task["yearly_amounts"]
            if a["year"] == year
        )
        for year in years
    }
    return [
        {
            "kind": "multi_year_programme",
            "schema_version": "1.0",
            "unit": UNIT,
            "title": "Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami "
            "pozarządowymi na lata 2023–2026",
            "period": {"start": "2023-01-01", "end": "2026-12-31"},
            "resolution": {
                "number": "XCV/2500/22",
                "body": "Rada Miasta Krakowa",
                "adopted_on": "2022-10-12",
            },
            "goals": {"main": "Rozwój współpracy z organizacjami pozarządowymi.", "specific": []},
            "principles": [
                {"code": code, "description": ""}
                for code in (
                    "subsidiarity",
                    "sovereignty",
                    "partnership",
                    "efficiency",
                    "fair_competition",
                    "openness",
                )
            ],
            "scope": "Sfera zadań publicznych, o której mowa w art. 4 ust. 1 ustawy.",
            "forms": [{"code": "commissioning", "description": ""}],
            "priority_areas": areas,
            "implementation": "Program realizują wydziały Urzędu Miasta Krakowa.",
            "funding": [{"year": y, "amount": _money(float(s) * 1.05)} for y, s in sums.items()],
            "evaluation": "Coroczna ocena na podstawie sprawozdań.",
            "indicators": [],
            "creation_and_consultation": "Projekt konsultowano z organizacjami.",
            "preparation": [],
            "competition_committees": "Tryb określają programy roczne.",
            "publications": [],
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


def _reply(rng: random.Random, number: int) -> str | None:
    """A tenth of the remarks reply to an earlier one; a few to a mistyped id (WSP-CNS-010)."""
    draw = rng.random()
    if number == 0 or draw >= 0.1:
        return None
    return f"U-{rng.randint(1, number)}" if draw >= 0.005 else f"U-{number}a"


def make_consultation(remarks: int = 2000, seed: int = 0) -> list[Document]:
    """A consultation round on a draft programme with *remarks* remarks, a tenth of them replies."""
    rng = random.Random(seed)
    moderator = {"name": "Fundacja Biuro Inicjatyw Społecznych", "legal_form": "fundacja"}
    states = ("accepted", "partly_accepted", "rejected", "not_applicable", "rejected")
    rows = []
    for number in range(remarks):
        state = rng.choice(states)
        rows.append(
            {
                "id": f"U-{number + 1}",
                "submitter": f"{rng.choice(('Stowarzyszenie', 'Fundacja'))} "
                f"{rng.choice(NAME_STEMS)} (przykład {number % 97})",
                "by_council": rng.random() < 0.02,
                "part": f"§ {rng.randint(1, 12)} ust. {rng.randint(1, 5)}",
                "theme": DISTRICTS[number % len(DISTRICTS)],
                "proposal": f"{rng.choice(TASK_STEMS)}: proponujemy zmianę zapisu nr {number + 1}.",
                "submitted_on": str(_day(dt.date(2022, 9, 5), rng, 14)),
                "replies_to": _reply(rng, number),
                "answer": {
                    "state": state,
                    "local_state": None,
                    "justification": "" if state == "accepted" else "Uzasadnienie stanowiska.",
                },
            }
        )
    return [
        {
            "kind": "consultation_round",
            "schema_version": "1.0",
            "unit": UNIT,
            "draft": {
                "act_kind": "annual_programme",
                "title": "Program Współpracy Gminy Miejskiej Kraków z organizacjami "
                "pozarządowymi na rok 2023",
                "version": "projekt z 29 sierpnia 2022 r.",
            },
            "legal_basis": {
                "number": "CXI/2904/18",
                "body": "Rada Miasta Krakowa",
                "adopted_on": "2018-09-26",
            },
            "organiser": "Biuro MOWIS",
            "participants": "organizacje pozarządowe i podmioty wymienione w art. 3 ust. 3 ustawy",
            "announcement": {
                "published_on": "2022-08-29",
                "reference": "www.ngo.krakow.pl",
                "channels": ["bip", "website"],
            },
            "window": {"start": "2022-09-05", "end": "2022-09-19"},
            "forms": ["written_form", "email", "open_meeting"],
            "meetings": [
                {
                    "held_on": str(dt.date(2022, 9, 6) + dt.timedelta(days=index)),
                    "place": "Kraków",
                    "theme": district,
                    "online": index % 3 == 0,
                    "participants": rng.randint(8, 40),
                    "moderator": moderator,
                }
                for index, district in enumerate(DISTRICTS)
            ],
            "remarks": rows,
            "report": {
                "published_on": "2022-10-03",
                "reference": "www.ngo.krakow.pl",
                "act": {
                    "number": "XCVI/2600/22",
                    "body": "Rada Miasta Krakowa",
                    "adopted_on": "2022-11-09",
                },
                "act_reference": None,
            },
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


def make_budget_year(lines: int = 300, seed: int = 0) -> list[Document]:
    """A budget year of 2021 with *lines* lines of the classification (an Rb-28S unit-year)."""
    rng = random.Random(seed)
    rows = []
    for number in range(lines):
        division = f"{rng.choice((600, 700, 750, 801, 851, 852, 853, 854, 900, 921, 926))}"
        spent = rng.randint(1, 5_000_000)
        rows.append(
            {
                "division": division,
                "chapter": f"{division}{number % 100:02d}",
                "paragraph": rng.choice(("2360", "2369", "4010", "4210", "4300", "6050")),
                "planned": _money(spent * 1.05),
                "spent": _money(spent),
            }
        )
    return [
        {
            "kind": "budget_year",
            "schema_version": "1.0",
            "unit": UNIT,
            "year": 2021,
            "planned_expenditure": _money(sum(Decimal(r["planned"]) for r in rows)),
            "total_expenditure": _money(sum(Decimal(r["spent"]) for r in rows)),
            "lines": rows,
            "source": {
                "title": "synthetic (bench_kinds.py)",
                "reference": "benchmarks",
                "confidence": "unconfirmed",
            },
        }
    ]


def make_report(tasks: int = 500, seed: int = 0) -> list[Document]:
    """An implementation report on 2024 with *tasks* task outcomes that add up."""
    rng = random.Random(seed)
    rows = []
    for number in range(tasks):
        planned = rng.randint(10, 2000) * 1000
        rows.append(
            {
                "title": f"Zadanie {number + 1}: {rng.choice(TASK_STEMS)}",
                "area": DISTRICTS[number % len(DISTRICTS)],
                "planned_amount": _money(planned),
                "spent_amount": _money(planned * rng.choice((0.85, 0.95, 1.0, 1.02))),
                "competitions": rng.randint(0, 3),
                "offers": rng.randint(0, 40),
                "agreements": rng.randint(0, 12),
            }
        )
    return [
        {
            "kind": "implementation_report",
            "schema_version": "1.0",
            "unit": UNIT,
            "year": 2024,
            "programme": "XCVI/2600/22",
            "tasks": rows,
            "planned_total": _money(sum(Decimal(r["planned_amount"]) for r in rows)),
            "spent_total": _money(sum(Decimal(r["spent_amount"]) for r in rows)),
            "competitions": sum(r["competitions"] for r in rows),
            "offers": sum(r["offers"] for r in rows),
            "agreements": sum(r["agreements"] for r in rows),
            "small_grants": tasks // 4,
            "non_financial_activities": tasks // 5,
            "indicators": [
                {
                    "name": "liczba ogłoszonych otwartych konkursów ofert",
                    "value": "58",
                    "unit": "szt.",
                }
            ],
            "submitted_on": "2025-05-20",
            "published_on": "2025-05-27",
            "publications": [
                {
                    "channel": "bip",
                    "reference": "https://www.bip.krakow.pl/",
                    "published_on": "2025-05-27",
                }
            ],
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


def _grosze(value: Decimal) -> str:
    return f"{value:.2f}"


COST_ITEMS = (
    ("wynagrodzenie instruktora", "godz.", 60, 120),
    ("wynajem sali", "godz.", 40, 180),
    ("materiały warsztatowe", "komplet", 15, 90),
    ("catering dla uczestników", "osoba", 25, 45),
    ("transport uczestników", "kurs", 300, 900),
    ("druk materiałów promocyjnych", "szt.", 1, 6),
)


def make_task_offer(lines: int = 500, seed: int = 0) -> list[Document]:
    """A 2018-form offer with *lines* cost lines that add up, split by source and year."""
    rng = random.Random(seed)
    rows, by_source = [], {"grant": Decimal(0), "own_financial": Decimal(0)}
    for number in range(lines):
        name, unit, low, high = rng.choice(COST_ITEMS)
        quantity, unit_cost = Decimal(rng.randint(1, 40)), Decimal(rng.randint(low, high))
        total = quantity * unit_cost
        own = (total / 10).quantize(Decimal("0.01"))
        by_source["grant"] += total - own
        by_source["own_financial"] += own
        first_year = (total / 2).quantize(Decimal("0.01"))
        administrative = number % 10 == 9
        rows.append(
            {
                "number": f"{'II' if administrative else 'I'}.{number + 1}",
                "group": "administrative" if administrative else "actions",
                "name": f"{name} ({DISTRICTS[number % len(DISTRICTS)]})",
                "unit": unit,
                "quantity": _grosze(quantity),
                "unit_cost": _grosze(unit_cost),
                "total": _grosze(total),
                "years": [
                    {"year": 2025, "amount": _grosze(first_year)},
                    {"year": 2026, "amount": _grosze(total - first_year)},
                ],
                "sources": [
                    {"source": "grant", "amount": _grosze(total - own)},
                    {"source": "own_financial", "amount": _grosze(own)},
                ],
            }
        )
    total = sum(by_source.values(), Decimal(0))
    return [
        {
            "kind": "task_offer",
            "schema_version": "1.0",
            "form": "2018",
            "addressee": "Prezydent Miasta Krakowa",
            "unit": UNIT,
            "competition": {"announced_on": "2024-11-19", "funds_offered": _grosze(total)},
            "submitted_on": "2024-12-10",
            "title": "Program zajęć w dzielnicach Krakowa 2025–2026",
            "period": {"start": "2025-01-15", "end": "2026-12-15"},
            "bidders": [{"organisation": org} for org in _organisations(rng, 1)],
            "results": [
                {
                    "name": "liczba uczestników",
                    "planned_level": "1200.00",
                    "unit": "osób",
                    "monitoring": "listy obecności",
                }
            ],
            "cost_lines": rows,
            "total_cost": _grosze(total),
            "financing": [
                {
                    "source": source,
                    "amount": _grosze(amount),
                    "percent": _grosze((amount * 100 / total).quantize(Decimal("0.01"))),
                }
                for source, amount in by_source.items()
            ],
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


def make_task_report(lines: int = 500, seed: int = 0) -> list[Document]:
    """A final report on *lines* executed cost lines whose financing and unspent grant add up."""
    rng = random.Random(seed)
    rows, grant_used, planned_total = [], Decimal(0), Decimal(0)
    for number in range(lines):
        name, _, low, high = rng.choice(COST_ITEMS)
        planned = Decimal(rng.randint(1, 40) * rng.randint(low, high))
        spent = (planned * Decimal(rng.choice(("0.9", "1", "1.05")))).quantize(Decimal("0.01"))
        planned_total += planned
        grant_used += spent
        rows.append(
            {
                "number": f"I.{number + 1}",
                "group": "actions",
                "name": f"{name} ({DISTRICTS[number % len(DISTRICTS)]})",
                "planned": _grosze(planned),
                "spent": _grosze(spent),
                "grant_spent": _grosze(spent),
            }
        )
    unspent = max(planned_total - grant_used, Decimal(0))
    return [
        {
            "kind": "task_report",
            "schema_version": "1.0",
            "form": "2018",
            "title": "Program zajęć w dzielnicach Krakowa 2025",
            "period": {"start": "2025-01-15", "end": "2025-12-15"},
            "contractors": _organisations(rng, 1),
            "submitted_on": "2026-01-12",
            "grant": _grosze(grant_used + unspent),
            "permitted_shift": "10.00",
            "cost_lines": rows,
            "financing": [{"source": "grant", "amount": _grosze(grant_used)}],
            "unspent": _grosze(unspent),
            "return_due_on": "2025-12-30",
            "returned_on": "2025-12-29",
            "notes": ["Illustrative: generated by benchmarks/bench_kinds.py."],
        }
    ]


KINDS: dict[str, tuple[Generator, int, str]] = {
    "open_competition": (make_competitions, 1000, "offers in 50 competitions"),
    "small_grant_register": (make_small_grants, 2000, "grants"),
    "multi_year_programme": (make_multi_year, 500, "tasks"),
    "consultation_round": (make_consultation, 2000, "remarks"),
    "implementation_report": (make_report, 500, "tasks"),
    "budget_year": (make_budget_year, 300, "lines of the classification"),
    "task_offer": (make_task_offer, 500, "cost lines"),
    "task_report": (make_task_report, 500, "executed cost lines"),
}
"""Generator, large size (issue 15) and what the size counts, by document kind."""


def _body(document: Document) -> Document:
    return {k: v for k, v in document.items() if k not in ("kind", "schema_version")}


class Prepared:
    """The texts, objects and baseline of one kind at one size, checked before any timing."""

    def __init__(self, kind: str, size: int) -> None:
        generate = KINDS[kind][0]
        documents = generate(size, 0)
        self.kind, self.size, self.cls = kind, size, DOCUMENT_KINDS[kind]
        self.texts = [json.dumps(d, ensure_ascii=False) for d in documents]
        self.bodies = [json.dumps(_body(d), ensure_ascii=False) for d in documents]
        self.converter = bare_converter()
        self.objects = self.load()
        # Checked before any timing, and not with assert, which python -O removes.
        for obj in self.objects:
            if type(obj) is not self.cls:
                raise TypeError(f"{kind} loaded as {type(obj).__name__}")
            if wspolpraca.loads(wspolpraca.dumps(obj)) != obj:
                raise ValueError(f"{kind} does not survive dumps and loads")
        if self.bare_load() != self.objects:
            raise ValueError(f"bare cattrs builds other objects for {kind}")
        self.findings = sum(len(result.findings) for result in self.check())
        self.bytes = sum(len(text.encode()) for text in self.texts)

    def load(self) -> list[Any]:
        return [wspolpraca.loads(text) for text in self.texts]

    def bare_load(self) -> list[Any]:
        return [self.converter.structure(json.loads(b), self.cls) for b in self.bodies]

    def check(self) -> list[Any]:
        return [wspolpraca.check(obj) for obj in self.objects]

    def dump(self) -> list[str]:
        return [wspolpraca.dumps(obj) for obj in self.objects]

    def bare_dump(self) -> list[str]:
        return [
            json.dumps(self.converter.unstructure(o), ensure_ascii=False, sort_keys=True, indent=2)
            for o in self.objects
        ]


def bench(kind: str, size: int, rounds: int) -> dict[str, Any]:
    """Load, check and dump of *kind* at *size*, with the ratios."""
    p = Prepared(kind, size)
    fast = {"wspolpraca.loads fast": p.load} if fast_path_installed() else {}
    times = measure(
        {
            "bare cattrs": p.bare_load,
            "wspolpraca.loads": detailed(p.load),
            **fast,
            "check": p.check,
            "bare unstructure+dumps": p.bare_dump,
            "wspolpraca.dumps": p.dump,
        },
        rounds,
    )
    return {
        "kind": kind,
        "size": size,
        "documents": len(p.texts),
        "bytes": p.bytes,
        "findings": p.findings,
        "times": times,
        "ratios": {
            "load / bare cattrs": times["wspolpraca.loads"] / times["bare cattrs"],
            "check / load": times["check"] / times["wspolpraca.loads"],
            "dumps / bare": times["wspolpraca.dumps"] / times["bare unstructure+dumps"],
            **(
                {"fast load / bare cattrs": times["wspolpraca.loads fast"] / times["bare cattrs"]}
                if fast
                else {}
            ),
        },
    }


def bench_scaling(kind: str, size: int, rounds: int, factor: int = 10) -> dict[str, Any]:
    """How much longer load, check and dump take on *kind* *factor* times larger."""
    small, large = Prepared(kind, size), Prepared(kind, size * factor)
    result: dict[str, Any] = {
        "kind": kind,
        "sizes": [size, size * factor],
        "findings": [small.findings, large.findings],
    }
    for operation in ("load", "check", "dump"):
        times = measure(
            {"small": getattr(small, operation), "large": getattr(large, operation)}, rounds
        )
        result[operation] = times["large"] / times["small"]
    # The same check with the cyclic garbage collector paused: what the rules cost alone.
    # Both sizes are alive at once, so a full collection started by the large run also
    # walks the small document, and the other way round far more rarely.
    gc.collect()
    gc.disable()
    try:
        times = measure({"small": small.check, "large": large.check}, rounds)
    finally:
        gc.enable()
    result["check, gc paused"] = times["large"] / times["small"]
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--scale-rounds", type=int, default=5, help="rounds for the 10x sizes")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 10x sizes")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    results = [bench(kind, KINDS[kind][1], args.rounds) for kind in args.kinds]
    scaling = (
        []
        if args.no_scaling
        else [bench_scaling(kind, KINDS[kind][1], args.scale_rounds) for kind in args.kinds]
    )

    print(
        f"\n| kind (size) | KiB | findings | load ÷ bare cattrs | fast load ÷ bare cattrs | "
        f"check ÷ load | dump ÷ bare | load ms | check ms | dump ms |\n|{'---|' * 10}"
    )
    for r in results:
        t, q = r["times"], r["ratios"]
        print(
            f"| {r['kind']} ({r['size']} {KINDS[r['kind']][2]}) | {r['bytes'] / 1024:.0f} | "
            f"{r['findings']} | {q['load / bare cattrs']:.2f}× | "
            f"{q.get('fast load / bare cattrs', float('nan')):.2f}× | {q['check / load']:.2f}× | "
            f"{q['dumps / bare']:.2f}× | {t['wspolpraca.loads'] * 1000:.1f} | "
            f"{t['check'] * 1000:.1f} | {t['wspolpraca.dumps'] * 1000:.1f} |"
        )
    if scaling:
        print(
            "\n| kind: 10× larger (target ≤ 11×) | sizes | load | check | check, gc paused | dump |"
            "\n|---|---|---|---|---|---|"
        )
        for s in scaling:
            print(
                f"| {s['kind']} | {s['sizes'][0]} → {s['sizes'][1]} | {s['load']:.2f}× | "
                f"{s['check']:.2f}× | {s['check, gc paused']:.2f}× | {s['dump']:.2f}× |"
            )
    if args.json:
        meta = {
            "python": sys.version.split()[0],
            "cattrs": getattr(cattrs, "__version__", "?"),
            "rounds": args.rounds,
            "scale_rounds": args.scale_rounds,
        }
        args.json.write_text(
            json.dumps({"meta": meta, "results": results, "scaling": scaling}, indent=2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
