"""Work done in a forked process while this one goes on: a new sandbox database seeded on the
other core while `supplier-portal` imports its web stack (POSIX only; the caller decides)."""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import TextIO


def _relay(fd: int, target: Callable[[], TextIO]) -> threading.Thread:
    """Copy the child's lines from `fd` to this process's stream as they come (the stream looked
    up at each line: a test's captured one too)."""

    def run() -> None:
        with os.fdopen(fd, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                stream = target()
                stream.write(line)
                stream.flush()

    thread = threading.Thread(target=run, name="forked-output", daemon=True)
    thread.start()
    return thread


def run_forked(work: Callable[[], int]) -> Callable[[], int]:
    """Run `work` in a forked child, its stdout and stderr relayed line by line to this
    process's; -> `wait()`, the child's exit status (`work`'s result; 1 after a traceback,
    negative when a signal ended it). Fork before this process starts a thread or opens the
    database."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: do the work, say so, end without the parent's exit handlers
        os.close(out_r)
        os.close(err_r)
        sys.stdout = os.fdopen(out_w, "w", encoding="utf-8", buffering=1)
        sys.stderr = os.fdopen(err_w, "w", encoding="utf-8", buffering=1)
        status = 1
        try:
            status = work()
        except KeyboardInterrupt:
            status = 130
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
    os.close(out_w)
    os.close(err_w)
    relays = [_relay(out_r, lambda: sys.stdout), _relay(err_r, lambda: sys.stderr)]

    def wait() -> int:
        status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        for relay in relays:
            relay.join()
        return status

    return wait
