"""Large blocks go back to the system when freed, so a worker's memory stays flat.

glibc's malloc serves a block of 128 KiB or more by mmap, and returns it at free; but after
the first such free it raises that threshold to the freed size (up to 32 MiB), so later blocks
of that size come from the heap of the calling thread's arena and stay there once freed. Every
sign-in's Argon2 hash takes 19 MiB and every upload is read whole (up to 10 MB): across the
threads of the request pool (one arena each, up to 8 per core) each arena kept its own 19 MiB
or more, and a worker's RSS rose step by step by 19-20 MB for minutes (measured: 40 threads
hashing, 13 -> 394 MB; with a fixed threshold 13 -> 14 MB; bench/bench_soak.py).

A fixed threshold (`mallopt(M_MMAP_THRESHOLD, ...)`) also stops glibc moving it: blocks of
1 MiB or more are always mapped and unmapped. Elsewhere (macOS, Windows, musl) nothing changes.
"""

from __future__ import annotations

import ctypes
import platform

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
LARGE_BLOCK_BYTES = 1 << 20


def return_large_blocks() -> bool:
    """Fix glibc's mmap threshold at 1 MiB; True when it was set (glibc only)."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES))
    except (OSError, AttributeError):
        return False
