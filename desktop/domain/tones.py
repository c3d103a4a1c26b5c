"""The tone of a state: the colour of its dot, its chart bar and its message (the style
sheets select on the `tone` property by these values)."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"
    NEUTRAL = "neutral"
