"""Engines of the deployed topology as child processes on loopback ports: ``chroma run``,
nginx (rendering ``deploy/nginx.conf``) and ``careerbot`` commands."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from string import Template

import httpx

from tests.live_server import free_port

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
        command = [binary, "run", "--path", str(self.path), "--host", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port)],
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
    """nginx in the foreground with ``deploy/nginx.conf``, its ``${…}`` addresses filled in
    (the template substitution nginx's image does from the environment)."""

    def __init__(self, root: Path, **addresses: str) -> None:
        self.root = root
        self.port = free_port()
        self.chroma_port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.chroma_url = f"http://127.0.0.1:{self.chroma_port}"
        self.values = {
            "LISTEN": f"127.0.0.1:{self.port}",
            "CHROMA_LISTEN": f"127.0.0.1:{self.chroma_port}",
            **addresses,
        }
        self.process: subprocess.Popen[bytes] | None = None

    def render(self) -> str:
        """The config nginx runs: deploy/nginx.conf with every variable filled in."""
        template = Template((DEPLOY / "nginx.conf").read_text(encoding="utf-8"))
        return template.substitute(self.values)

    def start(self) -> Nginx:
        """Write the config and run nginx in the foreground (its own pid, logs and temp dirs)."""
        self.root.mkdir(parents=True, exist_ok=True)
        conf = self.root / "nginx.conf"
        prefix = "\n".join(
            [
                "daemon off;",
                f"pid {self.root / 'nginx.pid'};",
                f"error_log {self.root / 'error.log'} warn;",
                "worker_processes 1;",
                "events { worker_connections 1024; }",
                "http {",
                f"  access_log {self.root / 'access.log'};",
                *(f"  {kind}_temp_path {self.root / kind};" for kind in ("client_body", "proxy")),
                *(f"  {kind}_temp_path {self.root / kind};" for kind in ("fastcgi", "uwsgi")),
                f"  scgi_temp_path {self.root / 'scgi'};",
                "  include /etc/nginx/mime.types;",
                self.render(),
                "}",
            ]
        )
        conf.write_text(prefix, encoding="utf-8")
        command = ["nginx", "-p", str(self.root), "-c", str(conf)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        self.process = subprocess.Popen(command, stderr=(self.root / "stderr.log").open("wb"))
        wait_for(f"{self.url}/livez", self.process, "nginx", wait_s=30)
        return self

    def stop(self) -> None:
        """Stop it (SIGQUIT: graceful), if it runs."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
