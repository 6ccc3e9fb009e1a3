"""Print Kraków's (illustrative) 2024 offer, agreement and report: calculation, execution, findings."""

from __future__ import annotations

from pathlib import Path

import wspolpraca

HERE = Path(__file__).parent


def main() -> int:
    """Print the offer's calculation, the agreement's terms and the report's cost execution."""
    offer = wspolpraca.load_file(HERE / "krakow-2024-offer.json", wspolpraca.TaskOffer)
    agreement = wspolpraca.load_file(HERE / "krakow-2024-agreement.json", wspolpraca.Agreement)
    report = wspolpraca.load_file(HERE / "krakow-2024-task-report.json", wspolpraca.TaskReport)
    print(f"offer {offer.number}: {offer.title}")
    print(f"form in force: {offer.form_in_force} (judged on {offer.form_date})")
    for line in offer.cost_lines:
        print(
            f"  {line.number:5} {line.name}: {line.quantity} {line.unit} x {line.unit_cost}"
            f" = {line.total} zł"
        )
    for source in offer.financing:
        print(f"  {source.source}: {source.amount} zł ({source.percent} %)")
    print(
        f"agreement {agreement.number}: grant {agreement.grant} zł, shift {agreement.permitted_shift} %"
    )
    linked = agreement.offer_number == offer.number == report.offer_number
    print(f"report on agreement {report.agreement_number}: linked to the offer: {linked}")
    for executed in report.cost_lines:
        print(f"  {executed.number:5} planned {executed.planned} zł, spent {executed.spent} zł")
    print(
        f"unspent {report.unspent} zł, returned {report.returned_on} (due {report.return_due_on})"
    )
    findings = [
        finding for document in (offer, agreement, report) for finding in wspolpraca.check(document)
    ]
    for finding in findings:
        print(finding.describe("en"))
    # Together in a dossier, the chain's links are checked too (the WSP-CHN rules).
    dossier = wspolpraca.Dossier.of([offer, agreement, report])
    chain = [f for f in wspolpraca.check(dossier) if f.code.startswith("WSP-CHN")]
    for finding in chain:
        print(dossier.describe(finding, "en"))
    print(f"chain findings: {len(chain)}")
    print(f"findings: {len(findings)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
