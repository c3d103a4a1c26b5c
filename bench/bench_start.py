"""Start-up, the README's own path: `supplier-desk` as a subprocess, beside a bare PySide6 window.

Each run starts a fresh process and times, from just before the process starts
(`time.time()` here) to the marks the app writes when `SUPPLIER_DESK_START_MARKS`
names a file (desktop/app/start_marks.py):

- `window`: the MainWindow's first paint;
- `home`: Home shows the invoices read from the cache (the warm folder) or, on a
  fresh folder, the first ones the sync brought; and the window has painted (the
  later of the two marks).

Beside it, in the same run, a bare PySide6 window (a QMainWindow with a label)
marks its own first paint the same way. Two folders:

- warm: a data folder a first run already filled (the sandbox seeded, the cache
  synced); every run starts on it again;
- fresh: a new, empty data folder per run (the sandbox seeds it, the first sync fills it).

Medians of `--runs` runs and the worst one, with the load average before and
after each block (the machine is shared).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_start [--runs 5] [--tree DIR]
        [--before DIR]

`--tree DIR`: run the app from another checkout's sources (PYTHONPATH=DIR), e.g.
a copy of the tree before a change, with this venv. `--before DIR`: the warm start only,
this tree's and DIR's round by round beside the bare window (a same-run baseline).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 240.0

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Supplier Desk"))
class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            with open(os.environ["SUPPLIER_DESK_START_MARKS"], "a") as out:
                out.write(f"window {time.time():.6f}\\nhome {time.time():.6f}\\n")
        return False
first = First()
window.installEventFilter(first)
window.resize(1280, 800)
window.show()
app.exec()
"""


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f}"


def run_once(cmd: list[str], env: dict[str, str], wanted: tuple[str, ...]) -> dict[str, float]:
    """Seconds from the process start to each wanted mark; the process is then ended."""
    with tempfile.TemporaryDirectory(prefix="start-marks-") as tmp:
        marks = Path(tmp) / "marks"
        env = dict(env, SUPPLIER_DESK_START_MARKS=str(marks))
        started = time.time()
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp
        )
        seen: dict[str, float] = {}
        try:
            while not all(w in seen for w in wanted):
                if time.time() - started > TIMEOUT_S or proc.poll() is not None:
                    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                    raise RuntimeError(f"no marks {wanted} (got {seen}): {err[-2000:]}")
                time.sleep(0.005)
                if marks.exists():
                    for line in marks.read_text().splitlines():
                        name, _, at = line.partition(" ")
                        if at:
                            seen[name] = float(at) - started
            seen["peak_mb"] = peak_mb(proc.pid)  # the process's highest RSS so far
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if "home" in seen and "window" in seen:  # filled and on screen: both
            seen["home"] = max(seen["home"], seen["window"])
        return seen


def peak_mb(pid: int) -> float:
    """VmHWM (peak resident memory) of a running process, in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def block(
    label: str, cmd_for: object, env: dict[str, str], wanted: tuple[str, ...], runs: int
) -> dict[str, list[float]]:
    before = load()
    times: dict[str, list[float]] = {w: [] for w in wanted}
    for i in range(runs):
        got = run_once(cmd_for(i), env, wanted)  # type: ignore[operator]
        for w in wanted:
            times[w].append(got[w])
    after = load()
    for w in wanted:
        t = times[w]
        print(
            f"{label:<34} to {w:<7} median {statistics.median(t):6.2f} s  worst {max(t):6.2f} s"
            f"  ({', '.join(f'{x:.2f}' for x in t)})  load {before} -> {after}",
            flush=True,
        )
    return times


def interleaved(
    cases: list[tuple[str, object, dict[str, str]]], wanted: tuple[str, ...], runs: int
) -> dict[str, dict[str, list[float]]]:
    """Each case once per round, round after round (load changes hit every case alike)."""
    before = load()
    keys = (*wanted, "peak_mb")
    times: dict[str, dict[str, list[float]]] = {n: {k: [] for k in keys} for n, _c, _e in cases}
    for i in range(runs):
        for name, cmd_for, env in cases:
            got = run_once(cmd_for(i), env, wanted)  # type: ignore[operator]
            for k in keys:
                times[name][k].append(got[k])
    after = load()
    for name, _c, _e in cases:
        for w in wanted:
            t = times[name][w]
            print(
                f"{name:<34} to {w:<7} median {statistics.median(t):6.2f} s  "
                f"worst {max(t):6.2f} s  ({', '.join(f'{x:.2f}' for x in t)})  "
                f"load {before} -> {after}",
                flush=True,
            )
        mb = times[name]["peak_mb"]
        print(
            f"{name:<34} peak RSS at Home: median {statistics.median(mb):6.1f} MiB  "
            f"worst {max(mb):6.1f} MiB",
            flush=True,
        )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, help="run the app from this checkout's sources")
    parser.add_argument("--skip", default="", help="comma list of: warm,fresh")
    parser.add_argument(
        "--before",
        type=Path,
        help="also the warm start of this checkout's sources (e.g. main), round by round "
        "with the bare window and this tree's warm start, on the same warm folder",
    )
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    work = Path(tempfile.mkdtemp(prefix="bench-start-"))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
        XDG_CONFIG_HOME=str(work / "config"),
    )
    # Every tree runs from bytecode, as an installed app does (a shell's PYTHONDONTWRITEBYTECODE
    # had each run compile its tree's sources again), kept here, not in a checkout or the venv;
    # the first runs (the folders' fills, a bare window's warm-up) compile it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    # This checkout's sources unless --tree names another (the venv's own install may be an
    # editable one of another checkout: the bench must run the tree it stands in).
    env["PYTHONPATH"] = str((args.tree or ROOT).resolve())
    exe = Path(sys.executable).with_name("supplier-desk")
    app = [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop"]
    bare = [sys.executable, "-c", BARE]
    print(f"app: {' '.join(app)}  sources: {args.tree or ROOT}  runs: {args.runs}", flush=True)
    try:
        both = ("window", "home")
        if args.before:
            compare(args, app, bare, env, work, both)
            return
        run_once(bare, env, both)  # compiles its bytecode
        base = block("bare PySide6 window", lambda _i: bare, env, both, args.runs)
        bare_s = statistics.median(base["window"])
        warm_dir = work / "warm"
        if "warm" not in skip or "fresh" not in skip:
            run_once([*app, "--lang", "en", "--data-dir", str(warm_dir)], env, both)  # fill it
        warm: dict[str, list[float]] = {}
        if "warm" not in skip:
            warm = block(
                "supplier-desk, warm folder",
                lambda _i: [*app, "--lang", "en", "--data-dir", str(warm_dir)],
                env,
                both,
                args.runs,
            )
            home = statistics.median(warm["home"])
            print(
                f"  warm: window {statistics.median(warm['window']) / bare_s:.1f}x, "
                f"filled Home {home / bare_s:.1f}x the bare window "
                f"(worst {max(warm['home']) / bare_s:.1f}x)",
                flush=True,
            )
        if "fresh" not in skip:
            fresh = block(
                "supplier-desk, fresh folder",
                lambda i: [*app, "--lang", "en", "--data-dir", str(work / f"fresh{i}")],
                env,
                both,
                args.runs,
            )
            if warm:
                win = statistics.median(fresh["window"])
                print(
                    f"  fresh: window {win / statistics.median(warm['window']):.2f}x the warm "
                    f"window, {win / statistics.median(warm['home']):.2f}x the warm filled Home; "
                    f"filled Home {statistics.median(fresh['home']):.2f} s",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compare(
    args: argparse.Namespace,
    app: list[str],
    bare: list[str],
    env: dict[str, str],
    work: Path,
    both: tuple[str, ...],
) -> None:
    """--before: bare window, this tree's and the other tree's warm start, interleaved. Each
    tree on a warm folder it filled itself (the trees' caches may be of different versions)."""
    before_env = dict(env, PYTHONPATH=str(args.before.resolve()))
    warm = [*app, "--lang", "en", "--data-dir", str(work / "warm")]
    warm_before = [*app, "--lang", "en", "--data-dir", str(work / "warm-before")]
    run_once(bare, env, both)  # compiles its bytecode
    run_once(warm, env, both)  # fills it; compiles this tree's bytecode
    run_once(warm_before, before_env, both)  # fills it; compiles the other tree's bytecode
    now = f"supplier-desk, warm ({args.tree or 'this tree'})"
    then = f"supplier-desk, warm ({args.before})"
    times = interleaved(
        [
            ("bare PySide6 window", lambda _i: bare, env),
            (now, lambda _i: warm, env),
            (then, lambda _i: warm_before, before_env),
        ],
        both,
        args.runs,
    )
    bare_s = statistics.median(times["bare PySide6 window"]["window"])
    for name in (now, then):
        home = times[name]["home"]
        print(
            f"  {name}: window {statistics.median(times[name]['window']) / bare_s:.1f}x, "
            f"filled Home {statistics.median(home) / bare_s:.1f}x the bare window "
            f"(worst {max(home) / bare_s:.1f}x)",
            flush=True,
        )
    ratio = statistics.median(times[now]["home"]) / statistics.median(times[then]["home"])
    print(f"  filled Home: this tree {ratio:.2f}x the other's, same rounds", flush=True)
    peak = statistics.median(times[now]["peak_mb"]) / statistics.median(times[then]["peak_mb"])
    print(f"  peak RSS at Home: this tree {peak:.2f}x the other's", flush=True)


if __name__ == "__main__":
    main()
