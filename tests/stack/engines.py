"""Engines of the deployed topology as child processes on loopback ports: ``chroma run``,
nginx (rendering ``deploy/nginx.conf``) and ``careerbot`` commands."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from string import Template

import httpx

from tests.live_server import free_port
from tests.stack.topology import SERVE

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def wait_for(url: str, process: subprocess.Popen[bytes], what: str, wait_s: float = 60) -> None:
    """Poll ``url`` until it answers 200 (the process must stay up meanwhile)."""
    deadline = time.monotonic() + wait_s
    while True:
        assert process.poll() is None, f"{what} exited"
        assert time.monotonic() < deadline, f"{what} did not start"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)


def chroma_args(path: str, host: str, port: int) -> list[str]:
    """``chroma run``'s arguments (deploy/compose.yaml's chroma service runs these)."""
    return ["run", "--path", path, "--host", host, "--port", str(port)]


class ChromaServer:
    """``chroma run`` in ``path`` (the command deploy/compose.yaml runs)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> ChromaServer:
        """Start it and wait for its heartbeat."""
        binary = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        self.process = subprocess.Popen(
            [binary, *chroma_args(str(self.path), "127.0.0.1", self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(f"{self.url}/api/v2/heartbeat", self.process, "chroma server")
        return self

    def stop(self) -> None:
        """Stop it, if it runs."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)


class Nginx:
    """nginx in the foreground with ``deploy/nginx.conf``, its ``${…}`` filled in (what
    nginx's image does from the environment)."""

    def __init__(self, logs: Path, **values: str) -> None:
        self.logs = logs  # where its error log is kept when it stops
        # nginx's workers run as nobody when started by root: a directory of their own.
        self.root = Path(tempfile.mkdtemp(prefix="careerbot-nginx-"))
        if os.geteuid() == 0:
            shutil.chown(self.root, "nobody")
        root = self.root
        self.port = free_port()
        self.chroma_port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.chroma_url = f"http://127.0.0.1:{self.chroma_port}"
        self.access_log = root / "access.log"
        self.values = {
            "LISTEN": f"127.0.0.1:{self.port}",
            "CHROMA_LISTEN": f"127.0.0.1:{self.chroma_port}",
            "CACHE_DIR": str(root / "cache"),
            "ACCESS_LOG": str(self.access_log),
            **values,
        }
        self.process: subprocess.Popen[bytes] | None = None

    def logged(self, text: str, wait_s: float = 10) -> bool:
        """Whether the access log gets a line with ``text`` (nginx writes a request's line
        when it finalizes the request, which can be just after the client has the body)."""
        deadline = time.monotonic() + wait_s
        while text not in self.access_log.read_text(encoding="utf-8"):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        return True

    def render(self) -> str:
        """deploy/nginx.conf with every ``${…}`` filled in (nginx's own ``$vars`` stay)."""
        template = Template((DEPLOY / "nginx.conf").read_text(encoding="utf-8"))
        rendered = template.safe_substitute(self.values)
        missing = re.findall(r"\$\{[A-Z_0-9]+\}", rendered)
        assert not missing, f"deploy/nginx.conf has variables the test does not set: {missing}"
        return rendered

    def start(self) -> Nginx:
        """Write the config and run nginx in the foreground (its own pid, logs and temp dirs)."""
        temp = [f"  {kind}_temp_path {self.root / kind};" for kind in TEMP_PATHS]
        lines = ["daemon off;", f"pid {self.root / 'nginx.pid'};"]
        lines += [f"error_log {self.root / 'error.log'} warn;", "worker_processes 1;"]
        lines += ["events { worker_connections 1024; }", "http {", *temp]
        lines += ["  include /etc/nginx/mime.types;", self.render(), "}"]
        conf = self.root / "nginx.conf"
        conf.write_text("\n".join(lines), encoding="utf-8")
        command = [nginx_binary(), "-p", str(self.root), "-c", str(conf)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        with (self.root / "stderr.log").open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while True:  # listening (the replicas behind it may not be up yet)
            assert self.process.poll() is None, (self.root / "stderr.log").read_text()
            assert time.monotonic() < deadline, "nginx did not start"
            try:
                httpx.get(f"{self.chroma_url}/", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)

    def stop(self) -> None:
        """Stop it, if it runs, and delete its directory."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
        if (self.root / "error.log").exists() and self.logs.is_dir():
            shutil.copy(self.root / "error.log", self.logs / "nginx-error.log")
        shutil.rmtree(self.root, ignore_errors=True)


TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def nginx_binary() -> str:
    """Debian's nginx (``make install`` installs it)."""
    return shutil.which("nginx") or "/usr/sbin/nginx"


class Replica:
    """``careerbot serve --workers 2`` in its own process group, so ``kill -9`` takes the
    supervisor and its workers at once, as a container's death would."""

    def __init__(self, name: str, log_dir: Path, env: dict[str, str]) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / f"{name}.log"
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Replica:
        """Start it; :meth:`wait` until it answers."""
        command = [sys.executable, "-m", "api.cli", *SERVE]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=log, start_new_session=True
            )
        return self

    def wait(self, wait_s: float = 300) -> Replica:
        """Until ``/readyz`` answers 200."""
        assert self.process is not None
        wait_for(f"{self.url}/readyz", self.process, self.name, wait_s)
        return self

    def kill(self) -> None:
        """SIGKILL to the supervisor and every worker: no shutdown code runs."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM to the group, if it runs."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        """What it printed."""
        return self.log.read_text(errors="replace")
