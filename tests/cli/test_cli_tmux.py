"""``hfhub`` in a real terminal (tmux): chat text on screen as it streams, a login typed without echo."""

from __future__ import annotations

import pytest

from .chat_stand_in import FIRST, REST, start
from .hub_stand_in import GOOD_TOKEN
from .terminal import MISSING, TMUX, Terminal

pytestmark = pytest.mark.skipif(TMUX is None, reason=MISSING)
_PASSED = ("HOME", "HF_HOME", "PATH")


def test_chat_streams_to_a_terminal(serve, cli_env, cli_environ):
    server, held = start(serve)
    env = {k: cli_environ[k] for k in _PASSED}
    argv = [str(cli_env / "hfhub"), "chat", "tiny-chat", "Say hello", "--base-url", f"{server.url}/v1"]
    try:
        with Terminal(argv, env) as terminal:
            during = terminal.wait_for(FIRST)
            assert REST not in during and "EXIT=" not in during  # the answer is on screen before it is complete
            held.release.set()
            after = terminal.wait_for("EXIT=")
            assert FIRST + REST in after and "EXIT=0" in after
    finally:
        held.release.set()


def test_login_reads_the_token_without_echo(stand_in_hub, cli_env, cli_environ):
    env = {**{k: cli_environ[k] for k in _PASSED}, "HF_ENDPOINT": stand_in_hub.url}
    with Terminal([str(cli_env / "hfhub"), "auth", "login"], env) as terminal:
        terminal.wait_for("Token (input hidden):")
        terminal.type(GOOD_TOKEN)
        screen = terminal.wait_for("EXIT=")
    assert "Logged in as alice" in screen and "EXIT=0" in screen
    assert GOOD_TOKEN not in screen
