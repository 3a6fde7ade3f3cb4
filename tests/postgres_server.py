"""A throwaway PostgreSQL cluster on a loopback port, from Debian's ``postgresql`` binaries
(``make install`` installs them). ``initdb`` refuses root, so as root the cluster runs as
``nobody``."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from tests.live_server import free_port


def postgres_bin() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` with ``initdb`` (or ``$PG_BIN``), if any."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


class PostgresCluster:
    """``initdb`` + ``pg_ctl start`` in a temp dir, trust authentication, loopback only."""

    USER = "careerbot"

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="careerbot-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"

    def _run(self, *command: str) -> None:
        """Run a PostgreSQL program, as ``nobody`` when we are root."""
        prefix = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
        subprocess.run(
            [*prefix, *command], check=True, capture_output=True, timeout=120, cwd=self.root
        )

    def start(self) -> PostgresCluster:
        """Create the cluster and start it; wait until it accepts connections."""
        if os.geteuid() == 0:
            shutil.chown(self.root, "nobody")
        initdb, pg_ctl = str(self.binaries / "initdb"), str(self.binaries / "pg_ctl")
        self._run(initdb, "-D", str(self.data), "-U", self.USER, "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off"
        self._run(pg_ctl, "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.admin_dsn, connect_timeout=2).close()
                return self
            except psycopg.OperationalError:
                assert time.monotonic() < deadline, f"postgres did not start:\n{self.output()}"
                time.sleep(0.2)

    @property
    def admin_dsn(self) -> str:
        """libpq connection string of the ``postgres`` database."""
        return f"host=127.0.0.1 port={self.port} user={self.USER} dbname=postgres"

    def create_database(self) -> str:
        """A new empty database; its SQLAlchemy URL (psycopg 3)."""
        name = f"careerbot_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_dsn, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{self.USER}@127.0.0.1:{self.port}/{name}"

    def output(self) -> str:
        """The end of the server's log."""
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete the cluster."""
        try:
            self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
