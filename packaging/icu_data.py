"""Qt's ICU data cut down to English and Polish, in place in a built Linux bundle.

PySide6's Linux wheel carries ICU (libicuuc, libicui18n and libicudata, which Qt Core links
against). libicudata is one 31 MB symbol, `icudt<NN>_dat`, holding every locale's collation,
names and formats plus ~200 legacy-charset converters. Supplier Desk uses ICU through Qt for
collation (QCollator: Polish "Ł" after "L", "Ż" after "Ź") and Qt's case mapping, in English
and Polish only, and decodes no legacy charset through Qt. This keeps the items
`bundle_filter.keeps_icu_item` lets through (root, en*, pl*, the non-locale tables), and
rebuilds the library with the same soname and symbol, so Qt loads it as before (~4 MB).

Needs icupkg (Debian/Ubuntu: icu-devtools) and a C compiler (gcc), both of the build machine.

    python packaging/icu_data.py "dist/Supplier Desk/_internal/PySide6/Qt/lib/libicudata.so.73"
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_filter import keeps_icu_item  # noqa: E402

MISSING = re.compile(r"depends on missing item (\S+)")
SONAME = re.compile(r"^libicudata\.so\.(?P<major>\d+)$")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(
            f"{name} not found: install it (Debian/Ubuntu: apt-get install icu-devtools gcc) "
            "or build with FULL_ICU=1 to keep Qt's ICU data whole"
        )
    return found


def trim(library: Path, work: Path) -> tuple[int, int]:
    """Replace `library` by one holding only the kept items; (bytes before, bytes after)."""
    found = SONAME.match(library.name)
    if found is None:
        raise SystemExit(f"{library.name}: not a libicudata.so.<major>")
    major = found.group("major")
    icupkg, cc = tool("icupkg"), tool("gcc")
    whole = work / f"icudt{major}l.dat"
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(whole)], check=True
    )
    items = subprocess.run(
        [icupkg, "-l", str(whole)], check=True, capture_output=True, text=True
    ).stdout.split()
    if not any(item == "root.res" for item in items):
        raise SystemExit(f"{library}: no ICU data package found in its .rodata")
    dropped = work / "dropped.txt"
    dropped.write_text("\n".join(i for i in items if not keeps_icu_item(i)) + "\n")
    kept = work / "kept" / whole.name  # the same name: it is the prefix of each item's path
    kept.parent.mkdir()
    # Only the word-break dictionaries may go missing (ICU then breaks those scripts' text
    # without a dictionary, as in its own data-filter builds); any other dependency is an error.
    done = subprocess.run(
        [icupkg, "--ignore-deps", "-r", str(dropped), str(whole), str(kept)],
        capture_output=True,
        text=True,
    )
    missing = set(MISSING.findall(done.stderr))
    wrong = sorted(m for m in missing if not (m.startswith("brkitr/") and m.endswith(".dict")))
    if done.returncode != 0 or wrong:
        raise SystemExit(f"icupkg: {done.stderr.strip() or done.returncode}")
    source = work / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl icudt{major}_dat\n"
        f"\t.type icudt{major}_dat, @object\n"
        "\t.balign 16\n"
        f"icudt{major}_dat:\n"
        f'\t.incbin "{kept}"\n'
        f"\t.size icudt{major}_dat, . - icudt{major}_dat\n"
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    built = work / library.name
    subprocess.run(
        [cc, "-shared", "-nostdlib", "-Wl,-soname," + library.name, "-o", str(built), str(source)],
        check=True,
    )
    before = library.stat().st_size
    mode = library.stat().st_mode
    shutil.copyfile(built, library)
    library.chmod(mode)
    return before, library.stat().st_size


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit(__doc__)
    library = Path(args[0])
    with tempfile.TemporaryDirectory(prefix="icu-data-") as scratch:
        before, after = trim(library, Path(scratch))
    print(f"ICU data: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB ({library.name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
