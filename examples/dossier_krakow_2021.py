"""Load Kraków's 2021 dossier, print the cycle's dates from its documents and every finding."""

from __future__ import annotations

from pathlib import Path

import wspolpraca
from wspolpraca import AnnualProgramme, ConsultationRound, Council, ImplementationReport

HERE = Path(__file__).parent / "dossier-krakow-2021"


def main() -> int:
    """Print the dossier's documents, its cycle and its findings; return 1 on an error."""
    dossier = wspolpraca.load_dossier(HERE)
    for index, document in enumerate(dossier.documents):
        print(f"{Path(dossier.name_of(index)).name}: {type(document).__name__}")
    print()
    for document in dossier.documents:
        if isinstance(document, ConsultationRound):
            print(f"consultation: {document.window.start} – {document.window.end}")
        elif isinstance(document, Council):
            for opinion in document.opinions:
                print(f"council opinion: received {opinion.received_on}, given {opinion.given_on}")
        elif isinstance(document, AnnualProgramme) and document.resolution is not None:
            print(f"adopted: {document.resolution.adopted_on}")
        elif isinstance(document, ImplementationReport):
            print(f"report submitted: {document.submitted_on}")
    print()
    result = wspolpraca.check(dossier)
    for finding in result:
        print(dossier.describe(finding, "en"))
    print(f"dossier: {len(result)} findings, law as of {result.on}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
