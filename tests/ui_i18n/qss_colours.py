"""Read colours out of the style sheets as Qt applies them: the later rule for a selector wins."""

from __future__ import annotations

import re

from desktop.app.resources import RESOURCES
from desktop.app.theme import SHEETS, Theme

COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def rules(theme: Theme) -> dict[str, dict[str, str]]:
    """selector -> property -> value, over the theme's sheets in order."""
    found: dict[str, dict[str, str]] = {}
    for name in SHEETS[theme]:
        text = COMMENT.sub("", (RESOURCES / name).read_text(encoding="utf-8"))
        for selectors, body in RULE.findall(text):
            props = {}
            for decl in body.split(";"):
                if ":" in decl:
                    key, value = decl.split(":", 1)
                    props[key.strip()] = value.strip()
            for selector in selectors.split(","):
                found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def colour(theme: Theme, selector: str, prop: str = "color") -> str:
    value = rules(theme).get(selector, {}).get(prop)
    assert value, f"{theme}: no {prop} for {selector}"
    return value.split()[-1] if prop.startswith("border") else value


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
