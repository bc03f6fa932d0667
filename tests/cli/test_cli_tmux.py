"""``hfhub chat`` in a real terminal (tmux): the first words are on screen before the answer is complete."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid

import pytest

from .chat_stand_in import FIRST, REST, start

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux): the terminal test needs it")


def _screen(socket: str) -> str:
    return subprocess.run([TMUX, "-L", socket, "capture-pane", "-p", "-t", "chat"], capture_output=True, text=True,
                          timeout=30).stdout


def _wait_for(socket: str, text: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(socket)
        if text in screen:
            return screen
        time.sleep(0.05)
    raise AssertionError(f"{text!r} never appeared on the terminal; it shows:\n{screen}")


def test_chat_streams_to_a_terminal(serve, cli_env, cli_environ):
    server, held = start(serve)
    socket = f"hfhub-test-{uuid.uuid4().hex[:8]}"  # a tmux server of our own, stopped at the end
    command = " ".join(
        [f"{k}={shlex.quote(v)}" for k, v in cli_environ.items() if k in ("HOME", "HF_HOME", "PATH")]
        + [shlex.quote(str(cli_env / "hfhub")), "chat", "tiny-chat", "'Say hello'", "--base-url", f"{server.url}/v1",
           "; echo EXIT=$?; sleep 60"]
    )
    subprocess.run([TMUX, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "chat", "-x", "100", "-y", "10",
                    "env -i " + command], check=True, timeout=30)
    try:
        during = _wait_for(socket, FIRST, 60)
        assert REST not in during and "EXIT=" not in during
        held.release.set()
        after = _wait_for(socket, "EXIT=", 60)
        assert FIRST + REST in after and "EXIT=0" in after
    finally:
        held.release.set()
        subprocess.run([TMUX, "-L", socket, "kill-server"], capture_output=True, timeout=30)
