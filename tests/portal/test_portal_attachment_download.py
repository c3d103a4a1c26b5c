"""GET /v1/attachments/{id}: the uploaded bytes back, to their owner only."""

from __future__ import annotations

from portal_helpers import Api
from test_portal_attachments import png_bytes


def test_owner_gets_the_bytes_with_name_and_type(elise: Api, oskar: Api) -> None:
    data = png_bytes()
    up = elise.post(
        "/v1/attachments", files={"file": ("../Faktura 1\u00b7zł.pdf", data, "application/pdf")}
    )
    assert up.status_code == 201, up.text
    attachment_id = up.json()["id"]

    r = elise.get(f"/v1/attachments/{attachment_id}")
    assert r.status_code == 200
    assert r.content == data
    assert r.headers["content-type"] == "image/png"  # what it is, not what it was called
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=UTF-8''Faktura%201%C2%B7z%C5%82.pdf" in disposition
    assert "/" not in disposition and "\n" not in disposition

    other = oskar.get(f"/v1/attachments/{attachment_id}")
    assert other.status_code == 404 and other.json()["error"]["code"] == "not_found"
    assert b"PNG" not in other.content
    assert elise.get("/v1/attachments/nothing-here").status_code == 404
