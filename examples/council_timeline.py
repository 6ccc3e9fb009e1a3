"""Print the term timeline and seat shares of the example councils, and their findings."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import wspolpraca

HERE = Path(__file__).parent
EXAMPLES = ("krakow-krdpp.json", "council-composition-breach.json")
ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """The Roman numeral councils number their terms with."""
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def shares(counts: Counter[str]) -> str:
    """Each category's count and share of the total, such as ``ngo 8 (50%)``."""
    total = sum(counts.values())
    if not total:
        return "none recorded"
    parts = [f"{category} {n} ({n / total:.0%})" for category, n in counts.items()]
    return f"{total} = " + ", ".join(parts)


def describe(council: wspolpraca.Council) -> list[str]:
    """Lines describing *council*: seats, then one line per term in date order."""
    lines = [f"{council.name} ({council.unit.name})"]
    lines.append("  seats: " + shares(Counter({s.category: s.seats for s in council.seats})))
    for term in sorted(council.terms, key=lambda term: term.start):
        end = "?" if term.end is None else term.end.isoformat()
        act = "" if term.appointment is None else f"appointed by {term.appointment.number}"
        lines.append(f"  term {roman(term.number):<4} {term.start} – {end:<10}  {act}".rstrip())
        seats = council.seats_of(term)
        if term.seats:
            lines.append("    seats: " + shares(Counter({s.category: s.seats for s in seats})))
        first_day = Counter(
            membership.category
            for membership in term.memberships
            if membership.start is None or membership.start == term.start
        )
        lines.append("    members at the start: " + shares(first_day))
        changes = sum(1 for m in term.memberships if m.start is not None and m.start > term.start)
        if changes:
            lines.append(f"    joined during the term: {changes}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print every example council (or the files in *argv*); return 0."""
    names = argv or [str(HERE / name) for name in EXAMPLES]
    for name in names:
        council = wspolpraca.load_file(name, wspolpraca.Council)
        print("\n".join(describe(council)))
        result = wspolpraca.check(council)
        print(f"  findings: {len(result)} (errors: {len(result.errors)})")
        for finding in result:
            print("   ", finding.describe("en"))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
