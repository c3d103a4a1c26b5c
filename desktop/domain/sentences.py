"""Sentences built around names: a name that ends in a full stop ("Sp. z o.o.") ends the
sentence too, never followed by a second one."""

from __future__ import annotations

import re

_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # two stops, not an ellipsis ("...")


def one_full_stop(text: str) -> str:
    """ "connected with Biuro Sp. z o.o.." -> "connected with Biuro Sp. z o.o." """
    return _DOUBLE_STOP.sub(".", text)
