"""
The progress of a batch on a terminal, and how many documents a batch will check.

Kept apart from :mod:`wspolpraca._batch`, which re-exports both: they only count, and the
workers never need them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from ._io import document_files
from ._text import Lang, Text


class Progress:
    """
    A one-line progress count on a terminal's standard error, after the first second:
    with *total* known, also the share done and the time left (from the rate so far).
    """

    def __init__(
        self, stream: TextIO | None = None, *, lang: Lang = "pl", total: int | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self.start = time.monotonic()
        self.last = 0.0
        self.count = 0
        self.total = total
        self.lang: Lang = lang
        self.label = _PROGRESS["label"](lang)

    def tick(self, count: int = 1) -> None:
        """Count *count* documents and redraw at most five times a second."""
        self.count += count
        now = time.monotonic()
        if self.enabled and now - self.start > 1 and now - self.last > 0.2:
            self.stream.write(f"\r{self.line(now - self.start)}\x1b[K")
            self.stream.flush()
            self.last = now

    def line(self, elapsed: float) -> str:
        """The text of the line after *elapsed* seconds: count, and total, share and time left."""
        if not self.total:
            return f"{self.label}: {self.count}"
        done = min(self.count, self.total)
        share = done * 100 // self.total
        left = elapsed * (self.total - done) / done if done else None
        text = f"{self.label}: {done}/{self.total} ({share}%)"
        if left is not None:
            text += f", {_PROGRESS['left'].format(self.lang, {'time': _duration(left)})}"
        return text

    def close(self) -> None:
        """Clear the line if anything was drawn."""
        if self.enabled and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


_PROGRESS = {
    "label": Text(pl="sprawdzono dokumentów", en="documents checked"),
    "left": Text(pl="zostało ok. {time}", en="about {time} left"),
}


def _duration(seconds: float) -> str:
    """*seconds* as ``1 h 02 min``, ``3 min 05 s`` or ``12 s`` (the same in both languages)."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def count_documents(arguments: Iterable[str]) -> int | None:
    """
    How many documents *arguments* name, as :func:`iter_items` would find them, counting
    the lines of JSON Lines files without parsing them; ``None`` when standard input is one
    (it cannot be read twice). Costs one quick read of each JSON Lines file.
    """
    total = 0
    for argument in arguments:
        if argument == "-":
            return None
        for child in document_files(argument):
            total += _count_lines(child) if child.suffix == ".jsonl" else 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1  # reported as one unreadable document
