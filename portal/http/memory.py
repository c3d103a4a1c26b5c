"""Memory a burst of large requests frees goes back to the system (glibc's malloc).

glibc raises its mmap threshold each time a large block is freed, so after a few 10 MB uploads
every later buffer (request body chunks, an upload's bytes) comes from the heap arenas of the
threads that handled them, and what is freed there stays in the process: a burst of refused
10 MB uploads grew the portal by about 20 MB each, for good. A fixed threshold keeps blocks
from `MMAP_THRESHOLD` up in their own mappings, unmapped when freed.

The same held for sign-ins: Argon2 takes 19 MiB per hash, and across the request pool's threads
(one arena each) a worker's RSS rose by 19-20 MB a step for minutes (40 threads hashing:
13 -> 394 MB; with a fixed threshold 13 -> 14 MB; bench/bench_soak.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3  # mallopt's parameter numbers (malloc.h)
MMAP_THRESHOLD = 64 * 1024


def return_freed_memory() -> bool:
    """Fix glibc's mmap threshold for this process; False where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False  # musl and others: no mallopt
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
