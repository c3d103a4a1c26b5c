"""What narrows a term of several words on PostgreSQL (the word and inner tiers of `pg`).

pg_trgm's trigrams are those of each word on its own: none spans the space between two words.
For words of 3 or more characters that is enough (each word's own trigrams). For a term of
short words ("a & b", "de la sa", "as & co") the only trigrams are the padded word starts and
ends ("  a", "a  ", " b"), each held by hundreds of thousands of names: the trigram index then
reads long lists and the table rechecks every row they give. `directory_word_pairs(name_key)`
(`pg_schema`) lists, for each space between two words of a name key, the text around it, one
or two characters on each side ("... xa b ..." -> "a b", "xa b", "a b ", "xa b "); a term asks
for the widest such text at each of its own spaces: " a b" is held by the few names with a
word "a" before a word starting with "b", not by every name with a word ending in "a".
"""

from __future__ import annotations

from typing import Any

from portal.search.pg_schema import WORD_PAIRS
from portal.search.terms import Query

# The condition on the word pairs (`several_words`), by which `pg` knows a term they narrow.
PAIRS = f"{WORD_PAIRS}(name_key) @> "
# The parameter of a term's one word of 3 or more characters, beside its word pairs.
LONG_WORD = "long_word"


def escape_like(text: str) -> str:
    """`text` as itself in a LIKE pattern (backslash, % and _ escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def word_pairs(fragment: str) -> list[str]:
    """The texts `directory_word_pairs` lists for every name key holding `fragment`: at each
    space of it with a character on both sides, up to 2 characters on each side."""
    last = len(fragment) - 1
    found = {
        fragment[max(0, at - 2) : at + 3]
        for at, ch in enumerate(fragment)
        if ch == " " and 0 < at < last
    }
    return sorted(found)


def several_words(q: Query) -> tuple[str, str, dict[str, object]]:
    """(condition on the name keys holding the term, condition for the word tier, their
    parameters) for a term of two or more words, each "" for a term of one word.

    Two or more words of 3 or more characters: each of those inside the name key, for both
    tiers (the trigram index reads their lists only, not the long ones of the padded word
    starts and of the spaces between the words: "gmbh ltd": "  l", "bh "). Within a country,
    fewer: the whole term inside the name key (the country's own trigrams in the tiers). Else
    ("a & b", "de la sa", "sp. z o.o. warszawa"): the texts around the term's spaces
    (`word_pairs`), for the word tier those of the term after a space, its first word whole
    (" a b"), and its word of 3 or more characters, if any, inside the name key. Either way the
    word and the inner tier share one read of the names that hold the term (`pg._holding`),
    so a term no name holds is read once, not once per tier.
    """
    if " " not in q.key:
        return "", "", {}
    words = [word for word in q.key.split(" ") if len(word) >= 3]
    if len(words) >= 2:
        params: dict[str, object] = {
            f"w{i}": f"%{escape_like(word)}%" for i, word in enumerate(words)
        }
        each = " AND ".join(f"name_key LIKE %({name})s" for name in params) + " AND "
        return each, each, params
    if q.country:
        whole = "name_key LIKE %(whole)s AND "
        return whole, whole, {"whole": f"%{escape_like(q.key)}%"}
    long = f"name_key LIKE %({LONG_WORD})s AND " if words else ""
    pairs = f"{long}{PAIRS}%(pairs)s::text[] AND "
    spaced = f"{long}{PAIRS}%(spaced_pairs)s::text[] AND "
    params = {"pairs": word_pairs(q.key), "spaced_pairs": word_pairs(" " + q.key)}
    if words:
        params[LONG_WORD] = f"%{escape_like(words[0])}%"
    return pairs, spaced, params


def expected_rows(db: Any, table: str, where: str, values: dict[str, Any]) -> float:
    """The rows of `table` the planner expects to pass `where`."""
    plan = db.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {where}", values)
    return float(plan.fetchone()[0][0]["Plan"]["Plan Rows"])


def fewest_holding(
    db: Any, q: Query, table: str, param: str, scope: str, values: dict[str, Any]
) -> float:
    """The rows of `table` (in `scope`) the planner expects to hold the rarest of the word
    pairs in `values[param]`: at least as many as hold them all. (Asked for them all at once
    it takes them as independent, and the pairs of "sp. z o.o." go together: " z o ", " o o",
    each in a tenth of the names, would be a thousandth.) Each pair is counted once a search
    and table (a statement each: a plan's rows are the whole table's only at its top), and so
    is the term's long word, if any: fewer names may hold it than its rarest pair."""
    key = ("pair counts", table, scope, values.get("after_name"), values.get("after_ref"))
    counted: dict[str, float] = q.found.setdefault(key, {})
    asked = [*values[param], LONG_WORD] if LONG_WORD in values else values[param]
    for pair in asked:
        if pair not in counted:  # (a pair holds a space, LONG_WORD none)
            holds = (
                f"name_key LIKE %({LONG_WORD})s"
                if pair == LONG_WORD
                else f"{PAIRS}%(counted)s::text[]"
            )
            counted[pair] = expected_rows(
                db, table, f"{holds}{scope}", values | {"counted": [pair]}
            )
    return min(counted[pair] for pair in asked)
