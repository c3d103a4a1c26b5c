"""Translations: Polish complete, no vanished entries, same placeholders, .ts files current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.findall("message")
    ]


def translations_of(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def test_polish_is_complete() -> None:
    unfinished = [
        f"{ctx}: {msg.findtext('source')!r}"
        for ctx, msg in messages(I18N / "supplier_desk_pl.ts")
        if (
            msg.find("translation") is not None
            and msg.find("translation").get("type") == "unfinished"
        )  # type: ignore[union-attr]
    ]
    assert not unfinished, "unfinished Polish entries:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("name", ["supplier_desk_pl.ts", "supplier_desk_en.ts"])
def test_no_vanished_or_obsolete_entries(name: str) -> None:
    stale = [
        f"{ctx}: {msg.findtext('source')!r}"
        for ctx, msg in messages(I18N / name)
        if msg.find("translation") is not None
        and msg.find("translation").get("type") in {"vanished", "obsolete"}  # type: ignore[union-attr]
    ]
    assert not stale, "run scripts/update_translations:\n" + "\n".join(stale)


def test_polish_placeholders_match_the_source() -> None:
    wrong = []
    for ctx, msg in messages(I18N / "supplier_desk_pl.ts"):
        source = msg.findtext("source") or ""
        want = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(msg):
            if text and sorted(PLACEHOLDER.findall(text)) != want:
                wrong.append(f"{ctx}: {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_plural_entries_have_every_polish_form() -> None:
    for ctx, msg in messages(I18N / "supplier_desk_pl.ts"):
        if msg.get("numerus") == "yes":
            assert len(translations_of(msg)) == 3, f"{ctx}: {msg.findtext('source')!r}"


def test_ts_files_are_current(tmp_path: Path) -> None:
    """Run lupdate into a temporary copy; the set of source strings must not change."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    forms = ROOT / "desktop" / "forms"  # pyside6-uic output: its strings come from ui/*.ui
    sources = sorted(
        [str(p) for p in (ROOT / "desktop").rglob("*.py") if forms not in p.parents]
        + [str(p) for p in (ROOT / "ui").glob("*.ui")]
    )
    for name in ("supplier_desk_pl.ts", "supplier_desk_en.ts"):
        copy = tmp_path / name
        shutil.copy(I18N / name, copy)
        subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", "-silent", *sources, "-ts", str(copy)],
            check=True,
            cwd=ROOT,
        )

        def keys(ts: Path) -> set[tuple[str, str]]:
            return {(ctx, msg.findtext("source") or "") for ctx, msg in messages(ts)}

        missing = keys(copy) - keys(I18N / name)
        extra = keys(I18N / name) - keys(copy)
        assert not missing and not extra, (
            f"{name} is out of date; run scripts/update_translations\n"
            f"new: {sorted(missing)[:10]}\ngone: {sorted(extra)[:10]}"
        )


@pytest.mark.parametrize(
    ("name", "forms"), [("supplier_desk_pl.ts", 3), ("supplier_desk_en.ts", 2)]
)
def test_every_count_is_a_plural_entry_with_the_languages_forms(name: str, forms: int) -> None:
    """ "%n customer(s)" must be asked with tr(text, "", n): else Polish gets one form for all
    numbers. English has two forms (1 customer, 2 customers), Polish three (1, 2-4, 5+)."""
    wrong = []
    for ctx, msg in messages(I18N / name):
        source = msg.findtext("source") or ""
        if re.search(r"%L?n", source) and msg.get("numerus") != "yes":
            wrong.append(f"{ctx}: {source!r} is not a plural entry")
        if msg.get("numerus") == "yes":
            texts = translations_of(msg)
            finished = (msg.find("translation") is not None) and msg.find("translation").get(
                "type"
            ) != "unfinished"  # type: ignore[union-attr]
            if finished and (len(texts) != forms or not all(texts)):
                wrong.append(f"{ctx}: {source!r} has {texts}")
    assert not wrong, "\n".join(wrong)


def test_polish_keeps_the_sources_mnemonic_and_markup() -> None:
    """A mnemonic in the source needs one in Polish (Alt+letter must keep working), and rich
    text stays rich text."""
    wrong = []
    for ctx, msg in messages(I18N / "supplier_desk_pl.ts"):
        source = msg.findtext("source") or ""
        has_mnemonic = bool(re.search(r"&[^&\s]", source.replace("&&", "")))
        for text in translations_of(msg):
            if not text:
                continue
            if has_mnemonic != bool(re.search(r"&[^&\s]", text.replace("&&", ""))):
                wrong.append(f"{ctx}: mnemonic {source!r} -> {text!r}")
            if ("<a " in source) != ("<a " in text):
                wrong.append(f"{ctx}: link {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)
