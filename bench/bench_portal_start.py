"""Standalone sandbox portal: process start to the first answered request, beside baselines.

    .venv/bin/python -m bench.bench_portal_start [--runs 5] [--before /work/main]

Each run starts a real process on 127.0.0.1 and times from `Popen` to the first answered
request, rows interleaved run by run so load changes hit every row alike:
- `bare uvicorn`: a hello app on uvicorn (the floor of any Python web service);
- `portal, seeded database`: `python -m portal --sandbox` on a database seeded before;
- `portal, new database`: the same on a new file, to an answered sign-in (oskar/sandbox),
  and, in its own column, until the process prints that seeding is done (the invoices and
  the directory's 3,000 generated buyers);
- with `--before DIR`: the new-database row for the checkout in DIR (its own `portal`
  package, this interpreter), e.g. main, to compare the plans in one run.
Prints the median and the worst of each row, with the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from portal.server import free_port

ROOT = Path(__file__).resolve().parent.parent
HELLO = (
    "import uvicorn\n"
    "async def app(scope, receive, send):\n"
    "    if scope['type'] != 'http':\n"
    "        return\n"
    "    await send({'type': 'http.response.start', 'status': 200, 'headers': []})\n"
    "    await send({'type': 'http.response.body', 'body': b'hello'})\n"
    "uvicorn.run(app, host='127.0.0.1', port=int(__import__('sys').argv[1]), "
    "log_level='warning')\n"
)
DONE = "seeding done"


def _signed_in(port: int) -> bool:
    answer = requests.post(
        f"http://127.0.0.1:{port}/v1/session",
        json={"username": "oskar", "password": "sandbox"},
        timeout=5,
    )
    return answer.status_code == 200


def _hello(port: int) -> bool:
    return requests.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200


def _time(
    argv: list[str],
    port: int,
    answered: Callable[[int], bool],
    cwd: Path,
    wait_done: bool,
    env: dict[str, str] | None = None,
) -> tuple[float, float | None, list[str]]:
    """(seconds to the first answer, seconds to "seeding done" or None, the output lines)."""
    lines: list[str] = []
    done: list[float] = []
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(f"{time.monotonic() - started:6.2f} {line.rstrip()}")
            if DONE in line:
                done.append(time.monotonic() - started)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError("the process ended:\n" + "\n".join(lines))
            try:
                if answered(port):
                    first = time.monotonic() - started
                    break
            except requests.RequestException:
                pass
            time.sleep(0.02)
        deadline = time.monotonic() + 300
        while wait_done and not done and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        reader.join(timeout=5)
    return first, (done[0] if done else None), lines


def _portal(db: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "portal", "--sandbox", "--db", str(db), "--port", str(port)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None, help="a checkout to compare with")
    parser.add_argument("--verbose", action="store_true", help="print each run's output")
    args = parser.parse_args(argv)
    rows: dict[str, list[float]] = {}
    seeded: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-portal-start-") as tmp:
        warm = Path(tmp) / "warm.db"
        port = free_port()
        _time(_portal(warm, port), port, _signed_in, ROOT, True)  # seeds it
        # The other checkout's bytecode goes here, not into its folder (compiled by a first run;
        # written even where PYTHONDONTWRITEBYTECODE is set, else every run compiles it all:
        # with a prefix, Python reads no .pyc from beside the sources, the libraries' neither).
        before_env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        if args.before is not None:
            port = free_port()
            _time(
                _portal(Path(tmp) / "compile.db", port),
                port,
                _signed_in,
                args.before,
                False,
                before_env,
            )
        for run in range(args.runs):
            cases: list[
                tuple[str, list[str], Callable[[int], bool], Path, bool, dict[str, str] | None]
            ] = []
            port = free_port()
            hello = [sys.executable, "-c", HELLO, str(port)]
            cases.append(("bare uvicorn hello app", hello, _hello, ROOT, False, None))
            port = free_port()
            cases.append(
                ("portal, seeded database", _portal(warm, port), _signed_in, ROOT, False, None)
            )
            port = free_port()
            new = _portal(Path(tmp) / f"new-{run}.db", port)
            cases.append(("portal, new database", new, _signed_in, ROOT, True, None))
            if args.before is not None:
                port = free_port()
                before = _portal(Path(tmp) / f"before-{run}.db", port)
                name = f"before ({args.before}), new database"
                cases.append((name, before, _signed_in, args.before, False, before_env))
            for name, command, answered, cwd, wait, env in cases:
                port = int(command[-1])
                first, done, lines = _time(command, port, answered, cwd, wait, env)
                rows.setdefault(name, []).append(first)
                if done is not None:
                    seeded.setdefault(name, []).append(done)
                if args.verbose:
                    print(f"-- {name}, run {run + 1}: {first:.2f} s", *lines, sep="\n")
    load = os.getloadavg()
    print(f"\nload average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, {args.runs} runs each")
    print(f"{'what':<60} {'median':>8} {'worst':>8} {'seeded':>8}")
    for name, times in rows.items():
        done = seeded.get(name)
        extra = f"{statistics.median(done):8.2f}" if done else f"{'-':>8}"
        print(f"{name:<60} {statistics.median(times):8.2f} {max(times):8.2f} {extra}")
    print("(seconds from process start to the first answered request; seeded: to 'seeding done')")


if __name__ == "__main__":
    main()
