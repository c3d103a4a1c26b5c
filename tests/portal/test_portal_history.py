"""History details are values a client can word in its own language, never English prose."""

from __future__ import annotations

from portal_helpers import Api


def test_history_details_are_values(elise: Api) -> None:
    requests_ = [e["data"] for e in elise.sync_all("connection-requests") if e["data"]]
    tickets = [e["data"] for e in elise.sync_all("tickets") if e["data"]]
    created = [h for r in requests_ for h in r["history"] if h["event"] == "created"]
    assert created and all(h["detail"].isdigit() for h in created)
    for r in requests_:
        for h in r["history"]:
            if h["event"] == "created":
                assert int(h["detail"]) == len(r["items"])
    for t in tickets:
        opened = [h for h in t["history"] if h["event"] == "opened"]
        assert [h["detail"] for h in opened] == [t["buyer_name"]]
        for h in t["history"]:
            if h["event"] == "in_progress":
                assert h["detail"] is None
            if h["event"] == "resolved":
                assert h["detail"] in ("connected", "rejected")
