"""``python -m wspolpraca.codelists --write``: recompile ``_shipped.json`` from the TOML files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import _write_compiled


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wspolpraca.codelists",
        description="Recompile the shipped codelists (TOML, the source) into _shipped.json.",
    )
    parser.add_argument("--write", action="store_true", help="rewrite _shipped.json")
    args = parser.parse_args(argv)
    if args.write:
        sys.stdout.write(f"wrote {_write_compiled()}\n")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())
