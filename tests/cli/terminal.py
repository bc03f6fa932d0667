"""A real terminal for the command-line tests: a command in a detached tmux session of its own server."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid

TMUX = shutil.which("tmux")
MISSING = "tmux is not installed (apt-get install tmux): the terminal tests need it"


class Terminal:
    """Runs ``argv`` with ``env`` (nothing else inherited) in a 100x10 terminal; stopped on exit."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.socket = f"hfhub-test-{uuid.uuid4().hex[:8]}"
        assignments = [f"{name}={shlex.quote(value)}" for name, value in env.items()]
        command = " ".join(["env", "-i", *assignments, *map(shlex.quote, argv)]) + "; echo EXIT=$?; sleep 60"
        self._command = command

    def __enter__(self) -> Terminal:
        self._tmux("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "100", "-y", "10", self._command)
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, timeout=30)

    def _tmux(self, *args: str) -> str:
        return subprocess.run([TMUX, "-L", self.socket, *args], check=True, capture_output=True, text=True,
                              timeout=30).stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "main")

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "main", "-l", text)
        self._tmux("send-keys", "-t", "main", "Enter")

    def wait_for(self, text: str, seconds: float = 60) -> str:
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared on the terminal; it shows:\n{screen}")
