"""The notices list: what sync told the user (a support request resolved), the last 50,
read or not, kept in a small JSON file beside the user's cache so nothing is missed when
the 10-second status-bar message went by unseen. Plain data; no Qt."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

NOTICES_KEPT = 50


@dataclass(frozen=True)
class Notice:
    """A resolved support request. Its words are made when shown, in the language spoken."""

    ticket_number: str
    buyer_name: str
    resolution: str | None  # "connected", "rejected" or None
    at: datetime
    read: bool = False


def notices_path_for(cache_path: Path) -> Path:
    """The user's notices file: beside their cache, as private to them as it is."""
    return cache_path.with_name(cache_path.stem + ".notices.json")


class NoticeList:
    def __init__(self, notices: list[Notice] | None = None) -> None:
        self.notices: list[Notice] = list(notices or [])[:NOTICES_KEPT]  # newest first

    def add(self, notice: Notice) -> bool:
        """Newest first; the same ticket's resolution is noted once. False: already there."""
        if any(n.ticket_number == notice.ticket_number for n in self.notices):
            return False
        self.notices.insert(0, notice)
        del self.notices[NOTICES_KEPT:]
        return True

    def unread_count(self) -> int:
        return sum(1 for n in self.notices if not n.read)

    def mark_all_read(self) -> bool:
        """False when there was nothing unread."""
        if not self.unread_count():
            return False
        self.notices = [replace(n, read=True) for n in self.notices]
        return True

    # --- the file -------------------------------------------------------------------
    def to_json(self) -> str:
        rows = [{**asdict(n), "at": n.at.isoformat()} for n in self.notices]
        return json.dumps({"version": 1, "notices": rows}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> NoticeList:
        data = json.loads(text)
        notices = []
        for row in data.get("notices", []):
            notices.append(
                Notice(
                    ticket_number=str(row["ticket_number"]),
                    buyer_name=str(row["buyer_name"]),
                    resolution=row.get("resolution"),
                    at=datetime.fromisoformat(row["at"]),
                    read=bool(row.get("read", False)),
                )
            )
        return cls(notices)

    @classmethod
    def load(cls, path: Path) -> NoticeList:
        """An unreadable or damaged file is an empty list (logged), never a failed start."""
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("notices not read: %s", type(exc).__name__)
            return cls()

    def save(self, path: Path) -> None:
        write_notices(path, self.to_json())


def write_notices(path: Path, text: str) -> None:
    """Written whole to a temporary file, then put in place: never half a file."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
