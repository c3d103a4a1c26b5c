"""Sort keys of customer names, stored beside each relationship (cache v7) so SQL orders
them as a reader does, with an index to walk.

- `name_key`: the folded name ("Łódź" -> "lodz"): the English order, where "Łódź" sits
  between "Lodz" and "Lublin".
- `name_key_pl`: the Polish alphabet, where ą, ć, ę, ł, ń, ó, ś, ź and ż are letters of their
  own after their base letter ("Lublin" < "Łódź" < "Mielec", "Zz" < "Źa" < "Żółw"). Each is
  the base letter followed by DEL (0x7f), which compares above every letter and digit.
"""

from __future__ import annotations

from functools import lru_cache

from wire.text import fold

_MARK = "\x7f"
_POLISH = str.maketrans(
    {
        **{ch: base + _MARK for ch, base in zip("ąćęłńóśź", "acelnosz", strict=True)},
        **{ch: base + _MARK for ch, base in zip("ĄĆĘŁŃÓŚŹ", "acelnosz", strict=True)},
        "ż": "z" + _MARK * 2,
        "Ż": "z" + _MARK * 2,
    }
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    return fold(name)


@lru_cache(maxsize=65536)
def name_key_pl(name: str) -> str:
    return fold(name.translate(_POLISH))
