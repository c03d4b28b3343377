"""A real CalDAV server (Radicale) on 127.0.0.1 for the sync tests.

Started as a child process with its own storage folder and an htpasswd file
(plain text: test credentials only), stopped (or killed, to test a server
going away mid-sync) by the test.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

USER, PASSWORD = "supervisor", "correct horse battery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RadicaleServer:
    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", "utf-8")
        config = folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n", "utf-8")
        self.config = config

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> RadicaleServer:
        self.process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return self._wait("radicale")

    def _wait(self, name: str):  # type: ignore[no-untyped-def]
        assert self.process is not None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{name} exited: " + (self.process.stderr.read() or b"").decode()[-500:]
                                   if self.process.stderr else f"{name} exited")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{name} did not start within 20 s")

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


class XandikosServer(RadicaleServer):
    """A second CalDAV server (Xandikos, git-backed storage) on 127.0.0.1.

    Xandikos has no authentication over plain http: any user name and password
    are let in, so the wrong-password test runs against Radicale only.
    """

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self.process = None
        self.config = folder  # unused; kept for the shared start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> XandikosServer:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "xandikos.web", "-d", str(self.folder / "store"), "--autocreate",
             "--current-user-principal", f"/{USER}/", "-l", "127.0.0.1", "-p", str(self.port),
             "--state-dir", str(self.folder / "state"), "--no-detect-systemd"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return self._wait("xandikos")
