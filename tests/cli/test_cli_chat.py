"""``hfhub chat`` from the installed wheel: the answer reaches stdout while the server is still generating."""

from __future__ import annotations

import json
import os
import subprocess
import time

from .chat_stand_in import FIRST, REST, start


def _read_until(stream, text: str, deadline: float) -> str:
    seen = b""
    fd = stream.fileno()
    os.set_blocking(fd, False)
    while time.monotonic() < deadline:
        try:
            data = os.read(fd, 4096)
        except BlockingIOError:
            time.sleep(0.02)
            continue
        if not data:
            break
        seen += data
        if text.encode() in seen:
            break
    return seen.decode()


def test_chat_prints_the_answer_as_it_streams(serve, cli_env, cli_environ):
    server, held = start(serve)
    process = subprocess.Popen([str(cli_env / "hfhub"), "chat", "tiny-chat", "Say hello", "--base-url", f"{server.url}/v1"],
                               env=cli_environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        early = _read_until(process.stdout, FIRST, time.monotonic() + 60)
        assert early == FIRST  # printed while the server still holds the rest of the answer
        assert process.poll() is None
        held.release.set()
        rest, errors = process.communicate(timeout=60)
    finally:
        held.release.set()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, errors
    assert early + rest.decode() == FIRST + REST + "\n"
    body = json.loads(server.exchanges[0].body)
    assert body["stream"] is True and body["model"] == "tiny-chat"
    assert body["messages"] == [{"role": "user", "content": "Say hello"}]


def test_chat_reads_stdin_and_prints_json_lines(serve, hfhub):
    server, held = start(serve)
    held.release.set()
    result = hfhub("chat", "tiny-chat", "--base-url", f"{server.url}/v1", "--system", "Be brief", "--max-tokens", "5",
                   "--json", input="Hi from stdin\n")
    assert result.returncode == 0, result.stderr
    chunks = [json.loads(line) for line in result.stdout.splitlines()]
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == FIRST + REST
    body = json.loads(server.exchanges[0].body)
    assert body["messages"] == [{"role": "system", "content": "Be brief"}, {"role": "user", "content": "Hi from stdin\n"}]
    assert body["max_tokens"] == 5


def test_chat_refuses_an_empty_prompt_and_reports_server_errors(serve, hfhub):
    server, held = start(serve)
    held.release.set()
    empty = hfhub("chat", "tiny-chat", "--base-url", f"{server.url}/v1", input="")
    assert empty.returncode == 2 and "empty prompt" in empty.stderr
    assert server.count == 0
    missing = hfhub("chat", "tiny-chat", "hello", "--base-url", f"{server.url}/nowhere")
    assert missing.returncode == 4 and "no route" in missing.stderr
