"""Start time of the built bundle beside the source tree's, as a ratio measured in one run.

Each run starts the app (`--self-test`, offscreen, on a data folder whose sandbox is already
seeded) and stops the clock when it prints that the home page is shown and interactive
(signed in, first sync done). Beside them, the floor: a bare Qt window (QApplication and one
shown QWidget) from the same Python as the source run. Bundle, source and bare runs alternate,
so a busy machine slows all alike; the medians and their ratios are printed.

    .venv/bin/python packaging/start_time.py [--bundle "dist/Supplier Desk/Supplier Desk"] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "ok    home page shown"
BARE_WINDOW = (  # offscreen, as --self-test runs the app
    "import os\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "window = QWidget()\n"
    "window.show()\n"
    "app.processEvents()\n"
    f"print({READY!r} + ' (a bare window)', flush=True)\n"
)


def time_to_home(command: list[str], data_dir: Path, report: Path) -> float:
    bare = command[-1] == BARE_WINDOW
    args = (
        command if bare else [*command, "--self-test", "--lang", "en", "--data-dir", str(data_dir)]
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        args if bare else [*args, "--report", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert process.stdout is not None
    ready: float | None = None
    for line in process.stdout:
        if ready is None and line.startswith(READY):
            ready = time.perf_counter() - started
    if process.wait() != 0 or ready is None:
        lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
        failed = "\n".join(line for line in lines if line.startswith("FAIL")) or "no report"
        raise SystemExit(f"{args[0]} failed its self-test:\n{failed}")
    return ready


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "dist" / "Supplier Desk" / "Supplier Desk"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    commands = {
        "source": [sys.executable, "-m", "desktop"],
        "bundle": [str(args.bundle)],
        "bare": [sys.executable, "-c", BARE_WINDOW],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="supplier-desk-start-") as scratch:
        folder = Path(scratch)
        for name, command in commands.items():  # seeds each sandbox, warms the file cache
            time_to_home(command, folder / name, folder / f"{name}.txt")
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(time_to_home(command, folder / name, folder / f"{name}.txt"))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = ", ".join(f"{v:.2f}" for v in values)
        what = "a shown window" if name == "bare" else "an interactive home page"
        print(f"{name:7s} median {medians[name]:.2f} s to {what} ({runs})")
    print(f"bundle / source = {medians['bundle'] / medians['source']:.2f}")
    for name in ("bundle", "source"):
        print(f"{name} / bare window = {medians[name] / medians['bare']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
