"""Real OpenAI-compatible servers for the slow tests: ``transformers serve`` and
``llama-cpp-python``'s server, both serving the tiny locally built Llama.

Helpers, not registered fixtures: wire them into a conftest, e.g. in ``tests/conftest.py``
(``tests/`` is on ``sys.path`` there, ``tests/servers`` is a package)::

    from servers.fixtures import transformers_server

    @pytest.fixture(scope="session")
    def tf_server():
        with transformers_server() as (base_url, model):
            yield base_url, model

``base_url`` ends in ``/v1`` (what ``openai.OpenAI(base_url=...)`` and
``InferenceClient(base_url=...)`` expect). The servers run from their own virtualenv,
``tests/.servers/venv``, which ``ensure_server_env()`` creates on first use
(``setup_env.sh`` then ``build_tiny_model.py``: 10-15 minutes on 2 cores, most of it
compiling llama.cpp; ~3 minutes once that wheel is cached in ``~/.cache/hfhub``) unless
``HFHUB_SKIP_SERVER_SETUP=1``, in which case the tests that need it are skipped.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

HERE = Path(__file__).resolve().parent
SERVERS_DIR = HERE.parent / ".servers"
VENV = SERVERS_DIR / "venv"
VENV_PYTHON = VENV / "bin" / "python"
MODEL_DIR = SERVERS_DIR / "tiny-llama"
GGUF_PATH = SERVERS_DIR / "tiny-llama.gguf"
HF_HOME = SERVERS_DIR / "hf-home"
LOG_DIR = SERVERS_DIR / "logs"
SETUP_SCRIPT = HERE / "setup_env.sh"
BUILD_SCRIPT = HERE / "build_tiny_model.py"

SKIP_ENV = "HFHUB_SKIP_SERVER_SETUP"
SETUP_TIMEOUT = 45 * 60  # first setup: 10-15 min on 2 cores; room for a busy machine
START_TIMEOUT = 180.0
LLAMACPP_MODEL_ALIAS = "tiny-llama"

_setup_done = False


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no output)"
    return "\n".join(text.splitlines()[-lines:])


def ensure_server_env() -> None:
    """Make sure the servers' venv and the tiny model exist; build them if needed.

    Both scripts are idempotent and return at once when up to date, so this runs them
    once per process. With ``HFHUB_SKIP_SERVER_SETUP=1`` nothing is built: if the venv or
    the model is missing the calling test is skipped.
    """
    global _setup_done
    if _setup_done:
        return
    ready = VENV_PYTHON.exists() and (MODEL_DIR / "model.safetensors").exists() and GGUF_PATH.exists()
    if os.environ.get(SKIP_ENV) == "1":
        if not ready:
            pytest.skip(
                f"{SKIP_ENV}=1 and the real-server environment is missing ({VENV}, {MODEL_DIR}, "
                f"{GGUF_PATH}): run tests/servers/setup_env.sh and tests/servers/build_tiny_model.py"
            )
        _setup_done = True
        return
    SERVERS_DIR.mkdir(parents=True, exist_ok=True)
    LOG_DIR.mkdir(exist_ok=True)
    log = LOG_DIR / "setup.log"
    with open(SERVERS_DIR / "setup.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one setup at a time (parallel test processes)
        for cmd in (["bash", str(SETUP_SCRIPT)], [str(VENV_PYTHON), str(BUILD_SCRIPT)]):
            with open(log, "a") as out:
                out.write(f"\n$ {' '.join(cmd)}\n")
                out.flush()
                try:
                    proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, timeout=SETUP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    raise RuntimeError(f"{cmd} timed out after {SETUP_TIMEOUT} s; log tail:\n{_tail(log)}")
            if proc.returncode != 0:
                raise RuntimeError(f"{cmd} failed with exit code {proc.returncode}; log tail:\n{_tail(log)}")
    _setup_done = True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HF_", "HUGGING_FACE_", "OPENAI_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(
        HF_HUB_OFFLINE="1",          # nothing may reach a hub
        TRANSFORMERS_OFFLINE="1",
        HF_HOME=str(HF_HOME),        # writable; its hub/ is the cache `/v1/models` scans
        HF_HUB_DISABLE_TELEMETRY="1",
        OMP_NUM_THREADS="1",         # 2 cores: torch's default thread count crawls here
        TOKENIZERS_PARALLELISM="false",
        NO_COLOR="1",
        PATH=f"{VENV / 'bin'}:{os.environ.get('PATH', '/usr/bin:/bin')}",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def run_server(name: str, cmd: list[str], env: dict[str, str], port: int, ready_path: str,
               timeout: float = START_TIMEOUT) -> Iterator[str]:
    """Start ``cmd`` in its own process group, wait until ``GET ready_path`` answers 200,
    yield ``http://127.0.0.1:{port}``, and kill the whole group at exit. The server's
    output goes to ``tests/.servers/logs/``; the log is removed after a clean run."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log = LOG_DIR / f"{name}-{port}.log"
    origin = f"http://127.0.0.1:{port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        with httpx2.Client(timeout=2.0, trust_env=False) as client:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with code {proc.returncode} before it was ready.\n"
                                       f"command: {' '.join(cmd)}\noutput tail ({log}):\n{_tail(log)}")
                try:
                    if client.get(origin + ready_path).status_code == 200:
                        break
                except httpx2.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} was not ready on {origin}{ready_path} after {timeout:.0f} s.\n"
                                       f"command: {' '.join(cmd)}\noutput tail ({log}):\n{_tail(log)}")
                time.sleep(0.2)
        yield origin
    except BaseException:
        _kill_group(proc)
        raise  # keep the log
    else:
        _kill_group(proc)
        log.unlink(missing_ok=True)


def _kill_group(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def transformers_serve_command(port: int) -> list[str]:
    return [
        str(VENV / "bin" / "transformers"), "serve", str(MODEL_DIR),  # force (pin) this model
        "--host", "127.0.0.1", "--port", str(port),
        "--device", "cpu", "--dtype", "float32", "--default-seed", "0",
        "--log-level", "warning", "--format", "quiet",
    ]


def llamacpp_server_command(port: int, ping_interval: float | None = None) -> list[str]:
    args = [
        "--model", str(GGUF_PATH), "--model_alias", LLAMACPP_MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--n_threads", "1", "--n_threads_batch", "1", "--seed", "0",
        "--verbose", "False",
    ]
    if ping_interval is None:
        return [str(VENV_PYTHON), "-m", "llama_cpp.server", *args]
    # sse-starlette, which frames the stream, pings every 15 s: a short stream of the tiny
    # model never sees one. Lowering the class default makes the real server interleave
    # its ": ping" comments with the data events; nothing else changes.
    code = (
        "import sys, sse_starlette.sse as s; "
        f"s.EventSourceResponse.DEFAULT_PING_INTERVAL = {ping_interval!r}; "
        "from llama_cpp.server.__main__ import main; sys.argv[0] = 'llama_cpp.server'; main()"
    )
    return [str(VENV_PYTHON), "-c", code, *args]


@contextlib.contextmanager
def transformers_server(timeout: float = START_TIMEOUT) -> Iterator[tuple[str, str]]:
    """``transformers serve`` pinned to the tiny model; yields ``(base_url, model_name)``."""
    ensure_server_env()
    (HF_HOME / "hub").mkdir(parents=True, exist_ok=True)
    port = free_port()
    with run_server("transformers-serve", transformers_serve_command(port), _server_env(),
                    port, "/health", timeout) as origin:
        yield origin + "/v1", str(MODEL_DIR)


@contextlib.contextmanager
def llamacpp_server(ping_interval: float | None = None,
                    timeout: float = START_TIMEOUT) -> Iterator[tuple[str, str]]:
    """``python -m llama_cpp.server`` on the tiny GGUF; yields ``(base_url, model_name)``.

    ``ping_interval`` (seconds) lowers sse-starlette's ping period (default 15 s).
    """
    ensure_server_env()
    port = free_port()
    with run_server("llama-cpp-server", llamacpp_server_command(port, ping_interval), _server_env(),
                    port, "/v1/models", timeout) as origin:
        yield origin + "/v1", LLAMACPP_MODEL_ALIAS
