"""`run_forked`: the work runs in another process, its lines reach this process's streams (a
test's captured ones too), and its exit status comes back, 1 after a traceback."""

from __future__ import annotations

import os
import sys

import pytest

from portal.sandbox.forked import run_forked


def test_the_work_runs_in_a_child_and_its_lines_and_status_come_back(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parent = os.getpid()

    def work() -> int:
        print(f"seeded in {'the parent' if os.getpid() == parent else 'a child'}")
        print("cannot use the database", file=sys.stderr)
        return 3

    assert run_forked(work)() == 3
    said = capsys.readouterr()
    assert said.out == "seeded in a child\n"
    assert said.err == "cannot use the database\n"


def test_a_failure_in_the_child_is_its_traceback_and_status_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def work() -> int:
        raise ValueError("no such stage")

    assert run_forked(work)() == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "ValueError: no such stage" in err
