"""The directory's name key in SQL: `wire.text.fold_words` of a folded name.

Both engines compute it from `name_folded` as a generated column (`name_key` on buyers and
buyer groups), so every writer of a name keeps it without knowing of it, and searches,
word starts and name order follow it. SQLite and PostgreSQL share the SQL: `replace` and
`trim` only.
"""

from __future__ import annotations

from wire.text import NAME_BREAKS


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def name_key_sql(folded: str) -> str:
    """SQL for the name key of the folded name in column `folded`.

    Every break becomes a space, then runs of spaces become one: each space turns into
    "()", ")(" pairs drop out, "()" turns back into a space ("(" and ")" are breaks, so
    none is left in the name by then), and the ends are trimmed.
    """
    sql = folded
    for ch in NAME_BREAKS:
        sql = f"replace({sql}, {_literal(ch)}, ' ')"
    return f"trim(replace(replace(replace({sql}, ' ', '()'), ')(', ''), '()', ' '))"
