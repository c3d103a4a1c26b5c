"""GUI heartbeat while the Connect page's customer combo searches the real portal.

Starts the real portal in a subprocess on 127.0.0.1 (the 2.2M-entity bench
database, or `--sandbox` for a quick run on a freshly seeded sandbox), builds
the real desktop `CustomerCombo` over a real `AppContext` (real `Cache` in a
temporary directory, real `PortalClient` signed in), and runs a 1 ms
`QTimer` heartbeat on the GUI thread while `QTest.keyClicks` types search
terms into the combo with typing delays. Any gap between two heartbeats is
time the GUI thread could not run: the report prints max and p99 of the gaps,
beside a baseline run with the same typing into a plain `QLineEdit` (no search).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_gui_heartbeat [--sandbox]
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from bench.generate_directory import BENCH_USER, DEFAULT_ENTITIES, database_for  # noqa: E402
from portal.server import free_port  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
BUDGET_MS = 16.0
# What a user types, term by term: short, common, diacritics, VAT, network number, none.
TERMS = ["lo", "logist", "gmbh", "przedsieb", "Łódź", "sen", "qxjzvw", "hotel", "nord", "ab"]
SLOT_MS: list[float] = []  # durations of CustomerCombo._answer calls
SANDBOX_TERMS = ["lo", "lodz", "nordwind", "zolta", "tech", "AAA", "qxjzvw", "gmbh"]


@dataclass
class Gaps:
    label: str
    samples: list[float]  # ms between consecutive heartbeats
    seconds: float
    answers: int = 0
    worst: str = ""

    def pct(self, p: float) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def line(self) -> str:
        over = sum(g > BUDGET_MS for g in self.samples)
        return (
            f"{self.label:34} beats {len(self.samples):6d}  p50 {self.pct(50):5.2f}  "
            f"p99 {self.pct(99):5.2f}  p99.9 {self.pct(99.9):5.2f}  max {max(self.samples):6.2f} ms"
            f"  (>{BUDGET_MS:.0f} ms: {over}; answers {self.answers}; {self.seconds:.1f}s)"
            f"\n{'':34} longest: {self.worst}"
        )


def start_portal(
    sandbox: bool, entities: int, workdir: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    if sandbox:
        cmd = [sys.executable, "-m", "portal", "--sandbox", "--db", str(workdir / "portal.db")]
        cmd += ["--port", str(port), "--generated-buyers", "3000"]
    else:
        db = database_for(entities)
        cmd = [sys.executable, "-m", "bench.bench_search", "--serve", str(db), "--port", str(port)]
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    url = f"http://{HOST}:{port}"
    import requests

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/openapi.json", timeout=2).ok:
                return process, url
        except requests.RequestException:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the portal did not start")


WHY = os.environ.get("HEARTBEAT_WHY") == "1"  # sample the GUI thread's stack in long gaps


class Heartbeat:
    """A 1 ms precise timer on the GUI thread; records the gap between ticks.

    With HEARTBEAT_WHY=1 a sampler thread looks every 2 ms and, when no beat came for 6 ms,
    notes the GUI thread's Python stack (what ran); `worst()` then names it for each gap.
    """

    def __init__(self) -> None:
        self.samples: list[tuple[float, str]] = []
        self._sampling = False
        self._sampler: threading.Thread | None = None
        self._gui = threading.get_ident()
        self._gc_started = 0.0
        self.clock = QElapsedTimer()
        self.last = 0
        self.gaps: list[float] = []
        self.ends: list[float] = []
        self.marks: list[tuple[float, str]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.ends.append(now / 1e6)
        self.last = now

    def mark(self, what: str) -> None:
        """Note an event (answer shown, key typed) to explain the longest gaps."""
        self.marks.append((self.clock.nsecsElapsed() / 1e6, what))

    def worst(self, n: int = 3) -> str:
        out = []
        for i in sorted(range(len(self.gaps)), key=self.gaps.__getitem__)[-n:][::-1]:
            end, start = self.ends[i], self.ends[i] - self.gaps[i]
            inside = sorted({w for t, w in self.marks if start - 1 <= t <= end + 1})
            out.append(f"{self.gaps[i]:.1f} ms at {start / 1000:.2f}s ({', '.join(inside) or '-'})")
            stacks: dict[str, int] = {}
            for t, stack in self.samples:
                if start <= t <= end:
                    stacks[stack] = stacks.get(stack, 0) + 1
            for stack, n in sorted(stacks.items(), key=lambda kv: -kv[1])[:3]:
                out[-1] += f"\n      {n:3d}x {stack}"
        return "; ".join(out)

    def start(self) -> None:
        self.gaps, self.ends, self.marks, self.samples = [], [], [], []
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()
        gc.callbacks.append(self._gc)
        if WHY:
            self._sampling = True
            gui = threading.get_ident()
            self._sampler = threading.Thread(target=self._sample, args=(gui,), daemon=True)
            self._sampler.start()

    def _sample(self, gui: int) -> None:
        while self._sampling:
            time.sleep(0.002)
            now = self.clock.nsecsElapsed()
            if (now - self.last) / 1e6 < 6:
                continue
            frame = sys._current_frames().get(gui)
            if frame is None:
                continue
            frames = traceback.extract_stack(frame)[-6:]
            where = " < ".join(
                f"{Path(f.filename).stem}.{f.name}:{f.lineno}" for f in reversed(frames)
            )
            self.samples.append((now / 1e6, where))

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        """A collection holds the GIL, on whichever thread runs it: marked when over 2 ms."""
        now = self.clock.nsecsElapsed() / 1e6
        if phase == "start":
            self._gc_started = now
        elif now - self._gc_started > 2:
            where = "GUI" if threading.get_ident() == self._gui else "worker"
            took = now - self._gc_started
            self.marks.append((now, f"gc gen{info['generation']} {took:.0f} ms on {where}"))

    def stop(self) -> list[float]:
        self.timer.stop()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        self._sampling = False
        if self._sampler is not None:
            self._sampler.join()
            self._sampler = None
        return self.gaps


def play(steps: list[tuple[int, Callable[[], None]]]) -> None:
    """Run (delay ms, action) steps one after another in a real event loop.

    No `QTest.qWait`: it sleeps in 10 ms slices and would hide (or make) gaps.
    """
    loop = QEventLoop()
    queue = list(reversed(steps))

    def step() -> None:
        if not queue:
            loop.quit()
            return
        delay, action = queue.pop()
        QTimer.singleShot(delay, lambda: (action(), step()))

    step()
    loop.exec()


def type_key(edit: QLineEdit, ch: str) -> None:
    """`QTest.keyClicks` for ASCII; beyond it (ł, ó) a key event that carries the text."""
    if ch.isascii():
        QTest.keyClicks(edit, ch)
    else:  # QTest's ASCII key table asserts on other characters
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def typing_steps(
    edit: QLineEdit, terms: list[str], key_delay_ms: int, pause_ms: int, *, enter: bool = False
) -> list[tuple[int, Callable[[], None]]]:
    """Each term key by key (`QTest.keyClicks`), Enter if asked, a pause for the answer, then
    select-all + delete (focus given back to the box first: Enter may have moved it)."""
    steps: list[tuple[int, Callable[[], None]]] = [(0, edit.setFocus)]
    for term in terms:
        steps.append((0, edit.setFocus))
        for ch in term:
            steps.append((key_delay_ms, lambda ch=ch: type_key(edit, ch)))
        if enter:
            steps.append((key_delay_ms, lambda: QTest.keyClick(edit, Qt.Key.Key_Return)))
        steps.append((pause_ms, lambda: None))
        steps.append(
            (0, lambda: QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
        )
        steps.append((0, lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace)))
        steps.append((pause_ms // 4, lambda: None))
    return steps


def run(
    label: str, edit: QLineEdit, terms: list[str], args: argparse.Namespace, answered: Any = None
) -> Gaps:
    play([(300, lambda: None)])  # settle
    beat = Heartbeat()
    answers: list[int] = []
    if answered is not None:
        answered.connect(lambda n: (answers.append(n), beat.mark("answer shown")))
    edit.textChanged.connect(lambda _text: beat.mark("key"))
    started = time.perf_counter()
    beat.start()
    play(typing_steps(edit, terms * args.rounds, args.key_delay, args.pause))
    gaps = beat.stop()
    return Gaps(label, gaps, time.perf_counter() - started, len(answers), beat.worst())


def build_combo(
    url: str, username: str, password: str, workdir: Path
) -> tuple[QWidget, Callable[[], None]]:
    """The real combo over a real AppContext; returns it and a cleanup."""
    from desktop.app.context import AppContext
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine
    from desktop.views.widgets.customer_combo import CustomerCombo

    cache = Cache.open(workdir / "cache.db")
    client = PortalClient(url, retries=1, backoff=0.05)
    client.sign_in(username, password)
    ctx = AppContext(cache, client, SyncEngine(client, cache), user_display_name=username)
    combo = CustomerCombo(ctx)
    combo.resize(480, 60)
    combo.show()
    # Time the combo's answer slot (GUI thread): model reset, status, popup.
    answer = combo._answer

    def timed_answer(*args: Any, **kwargs: Any) -> None:
        started = time.perf_counter()
        answer(*args, **kwargs)
        SLOT_MS.append((time.perf_counter() - started) * 1000)

    combo._answer = timed_answer  # type: ignore[method-assign]

    def cleanup() -> None:
        combo.close()
        ctx.tasks.wait()
        client.close()
        cache.close()

    return combo, cleanup


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="GUI heartbeat while searching")
    parser.add_argument("--sandbox", action="store_true", help="quick run on a seeded sandbox")
    parser.add_argument("--entities", type=int, default=DEFAULT_ENTITIES)
    parser.add_argument("--rounds", type=int, default=2, help="times through the terms")
    parser.add_argument("--key-delay", type=int, default=90, help="ms between keystrokes")
    parser.add_argument("--pause", type=int, default=600, help="ms after each term")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    terms = SANDBOX_TERMS if args.sandbox else TERMS
    user = ("elise", "sandbox") if args.sandbox else BENCH_USER
    with tempfile.TemporaryDirectory(prefix="heartbeat-") as tmp:
        workdir = Path(tmp)
        process, url = start_portal(args.sandbox, args.entities, workdir)
        try:
            combo, cleanup = build_combo(url, user[0], user[1], workdir)
            plain = QLineEdit()
            plain.show()
            try:
                baseline = run("baseline: typing, no search", plain, terms, args)
                searching = run(
                    "CustomerCombo searching the portal",
                    combo.edit,  # type: ignore[attr-defined]
                    terms,
                    args,
                    combo.results_shown,  # type: ignore[attr-defined]
                )
            finally:
                plain.close()
                cleanup()
        finally:
            process.terminate()
            process.wait(timeout=30)
    where = "sandbox" if args.sandbox else f"{args.entities:,} entities"
    print(f"GUI heartbeat (1 ms QTimer), {where}, portal {url}, {os.cpu_count()} cores")
    print(
        f"typing: {len(terms)} terms x {args.rounds}, {args.key_delay} ms per key, {args.pause} ms pause"
    )
    for gaps in (baseline, searching):
        print(gaps.line())
    slot_ms = SLOT_MS
    if slot_ms:
        print(
            f"CustomerCombo._answer on the GUI thread: {len(slot_ms)} calls, "
            f"max {max(slot_ms):.2f} ms, median {sorted(slot_ms)[len(slot_ms) // 2]:.2f} ms"
        )
    verdict = "never" if max(searching.samples) <= BUDGET_MS else "WAS"
    print(f"GUI thread {verdict} blocked more than {BUDGET_MS:.0f} ms while searching")


if __name__ == "__main__":
    main()
