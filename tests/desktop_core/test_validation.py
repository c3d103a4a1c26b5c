from __future__ import annotations

import io
import zipfile
from pathlib import Path

from desktop.domain.validation import check_attachment, validate_request_draft
from wire.schemas import NOTES_MAX, VENDOR_CODE_MAX


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_a_good_draft_has_no_problems() -> None:
    assert validate_request_draft("a1", ["b1"], "V-1", "hello") == []


def test_each_problem_has_a_code_and_params() -> None:
    problems = validate_request_draft(None, [], "x" * (VENDOR_CODE_MAX + 1), "n" * (NOTES_MAX + 1))
    assert codes(problems) == ["no_account", "no_buyers", "vendor_code_too_long", "notes_too_long"]
    assert problems[2].params["max"] == VENDOR_CODE_MAX
    assert problems[3].params["max"] == NOTES_MAX


def test_attachment_checked_by_content_not_name(tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    ok = check_attachment(pdf)
    assert ok.ok and ok.content_type == "application/pdf"

    disguised = tmp_path / "invoice2.pdf"
    disguised.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" * 10)  # a Windows program
    bad = check_attachment(disguised)
    assert not bad.ok and bad.problem is not None and bad.problem.code == "wrong_type"

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not an office file")
    fake = tmp_path / "sheet.xlsx"
    fake.write_bytes(buf.getvalue())
    assert check_attachment(fake).problem.code == "wrong_type"  # type: ignore[union-attr]


def test_attachment_size_and_absence(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(10 * 1024 * 1024 + 1)
    check = check_attachment(big)
    assert not check.ok and check.problem is not None and check.problem.code == "too_big"
    assert check.problem.params["max"] == 10 * 1024 * 1024
    assert check_attachment(tmp_path / "nope.pdf").problem.code == "not_found"  # type: ignore[union-attr]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert check_attachment(empty).problem.code == "empty"  # type: ignore[union-attr]
