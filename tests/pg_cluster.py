"""A throwaway PostgreSQL cluster for the test session: initdb in a temporary folder, 127.0.0.1,
a free port, trust auth for the local `postgres` role, stopped (and removed) at the end.

PostgreSQL refuses to run as root: as root (CI, containers) the cluster runs as the unprivileged
`postgres` user through `runuser`; otherwise as the current user.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

START_TIMEOUT = 60


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries (or no pg_trgm) on this machine."""


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if found:
        return found[0]
    path = shutil.which(name)
    if path is None:
        raise PgUnavailable(f"PostgreSQL's {name} is not installed")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """`start()`, then `new_database(name) -> SQLAlchemy URL` (an empty database with pg_trgm)."""

    def __init__(self, folder: Path | None = None, settings: str = "") -> None:
        """`folder`: a cluster kept there between runs (the benchmark's); else a temporary one."""
        self.port = 0
        self._keep = folder
        self._settings = settings  # more `-c name=value` for the server
        self._dir: Path | None = None
        self._as_root = os.geteuid() == 0
        self._counter = itertools.count()

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=START_TIMEOUT)

    def start(self) -> None:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if self._keep is not None:
            self._keep.mkdir(parents=True, exist_ok=True)
            self._dir = self._keep
        else:
            self._dir = Path(tempfile.mkdtemp(prefix="supplier-desk-pg-"))
        if self._as_root:
            shutil.chown(self._dir, "postgres", "postgres")
        data = self._dir / "data"
        if not data.exists():
            self._run(
                initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"
            )
        self.port = _free_port()
        options = (
            f"-p {self.port} -k {self._dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 "
        ) + self._settings
        self._run(
            pg_ctl, "-D", str(data), "-o", options, "-l", str(self._dir / "log"), "-w", "start"
        )
        with self.connect("postgres") as conn:
            found = conn.execute(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
            ).fetchone()
        if found is None:
            self.stop()
            raise PgUnavailable("pg_trgm is missing: install postgresql-contrib")

    def connect(self, dbname: str) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True
        )

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def new_database(self, prefix: str = "t", template: str | None = None) -> str:
        """A new database, empty or a copy of `template` (a database name nobody is connected
        to) -> its SQLAlchemy URL."""
        name = f"{prefix}_{next(self._counter)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.connect("postgres") as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def stop(self) -> None:
        if self._dir is None:
            return
        data = self._dir / "data"
        if data.exists():
            with contextlib.suppress(subprocess.SubprocessError):
                mode = "fast" if self._keep else "immediate"
                self._run(_bin("pg_ctl"), "-D", str(data), "-m", mode, "-w", "stop")
        if self._keep is None:
            shutil.rmtree(self._dir, ignore_errors=True)
        self._dir = None


def start_cluster(folder: Path | None = None, settings: str = "") -> PgCluster:
    """A started cluster, or PgUnavailable saying why not."""
    cluster = PgCluster(folder, settings)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        cluster.stop()
        detail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()[-1:]
        raise PgUnavailable(f"PostgreSQL did not start: {' '.join(detail)}") from exc
    return cluster
