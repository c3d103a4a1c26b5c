"""How an invoice search text becomes SQL: a trigram match, a prefix range, or a pattern.

The text is an invoice number, PO number or transaction id (see InvoiceQuery). Every
character but `*` is literal: it goes into SQL only as a bound parameter, inside an FTS5
phrase (quotes doubled) or a GLOB pattern (`*`, `?`, `[` escaped as sets). A pattern must
give an index something to narrow: a start before its first `*`, or TRIGRAM characters in a
row (`*7` alone would read, and count, every invoice).
"""

from __future__ import annotations

from dataclasses import dataclass

# No invoice number, PO number or transaction id is longer: a longer text finds nothing.
LONGEST_FIELD = 255
TRIGRAM = 3  # the trigram index finds fragments of at least this many characters
_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# After every character SQLite's BINARY order can put after a prefix.
_TOP = "\U0010ffff"


@dataclass(frozen=True)
class TextPlan:
    """`everything`: no condition; `nothing`: no row can match.

    `fts`: an FTS5 MATCH expression every match satisfies (a superset when `glob` is set);
    `prefix`: upper-cased start every match has in one of the fields (when there is no `fts`);
    `glob`: a pattern over upper(field) that decides (None: `fts` or `prefix` decides alone).
    """

    everything: bool = False
    nothing: bool = False
    too_short: bool = False  # `nothing` because no index narrows it: see needs_more_text
    fts: str | None = None
    prefix: str | None = None
    glob: str | None = None

    @property
    def prefix_range(self) -> tuple[str, str]:
        assert self.prefix is not None
        return self.prefix, self.prefix + _TOP


def upper_ascii(text: str) -> str:
    """SQLite's own upper(): ASCII letters only, so both sides fold alike."""
    return text.translate(_UPPER)


def glob_literal(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def plan_text(text: str) -> TextPlan:
    term = upper_ascii(text.strip())
    if not term:
        return TextPlan(everything=True)
    if "*" not in term:
        if len(term) > LONGEST_FIELD:
            return TextPlan(nothing=True)
        if len(term) >= TRIGRAM:
            return TextPlan(fts=_phrase(term))
        return TextPlan(prefix=term)
    parts = term.split("*")
    fragments = [p for p in parts if p]
    if not fragments:
        return TextPlan(everything=True)  # "*" alone: any invoice
    if sum(len(p) for p in fragments) > LONGEST_FIELD:
        return TextPlan(nothing=True)
    glob = "*".join(glob_literal(p) for p in parts)
    if parts[0]:
        # A pattern that starts with text: a range of the fields' own indexes (narrower than
        # trigrams, whose first ones "INV", "NV-" every invoice shares).
        return TextPlan(prefix=parts[0], glob=glob)
    long_ones = [p for p in fragments if len(p) >= TRIGRAM]
    if long_ones:
        return TextPlan(fts=" AND ".join(_phrase(p) for p in long_ones), glob=glob)
    # "*7", "*0*": no index narrows them, only a check on every invoice (a million) would
    # answer, and count. Refused: the page asks for more text (needs_more_text).
    return TextPlan(nothing=True, too_short=True)


def needs_more_text(text: str) -> bool:
    """A pattern no index can narrow (no start before its first `*`, no TRIGRAM characters
    in a row): the search answers nothing and the page says what to type."""
    return plan_text(text).too_short
