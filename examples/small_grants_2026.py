"""Print Kraków's (illustrative) 2026 small grants with the art. 19a limits applied to each."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import wspolpraca
from wspolpraca.law import Confidence
from wspolpraca.rules import Context, DatedValue, Parameter
from wspolpraca.rules.small_grant import DURATION_LIMIT, ORGANISATION_CAP, SHARE_CAP, TASK_LIMIT

HERE = Path(__file__).parent

_TAGS = {Confidence.CONFIRMED: "", Confidence.SECONDARY: " (S)", Confidence.UNCONFIRMED: " (U)"}


def _limit(context: Context, parameter: Parameter[Any], grant: wspolpraca.SmallGrant) -> str:
    """The value of *parameter* in force on the grant's offer date, tagged with its confidence."""
    dated: DatedValue[Any] | None = context.value(parameter, grant.offer_submitted_on)
    if dated is None:
        return "none in force"
    value = dated.value
    if value is None:
        shown = "no limit"
    elif parameter is SHARE_CAP:
        shown = f"{Decimal(value) * 100:.0f} %"
    else:
        shown = str(value)
    return shown + _TAGS[dated.confidence]


def main() -> int:
    """Print each grant, the limits in force on its offer date and its findings."""
    register = wspolpraca.load_file(
        HERE / "krakow-2026-small-grants.json", wspolpraca.SmallGrantRegister
    )
    result = wspolpraca.check(register)
    context = Context(result.on)
    print(f"{register.unit.name}, small grants (art. 19a) of {register.year}")
    print(f"planned grants: {register.planned_grants_total} zł; small grants: {register.total} zł")
    print("limits: (S) secondary source, (U) unconfirmed")
    for index, grant in enumerate(register.grants):
        days = grant.task_period.days if grant.task_period else "?"
        print(f"[{index}] {grant.organisation.name}: {grant.task_title}")
        print(
            f"    offer {grant.offer_submitted_on}, {grant.amount} zł, {days} days;"
            f" limits: task {_limit(context, TASK_LIMIT, grant)},"
            f" days {_limit(context, DURATION_LIMIT, grant)},"
            f" organisation {_limit(context, ORGANISATION_CAP, grant)},"
            f" share {_limit(context, SHARE_CAP, grant)}"
        )
        prefix = f"$.grants[{index}]"
        for finding in result:
            if finding.jsonpath.startswith(prefix):
                print("    " + finding.describe("en"))
    print(f"findings: {len(result)} (errors: {len(result.errors)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
