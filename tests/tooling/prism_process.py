"""Start and stop a Prism mock server for the contract tests (no pytest here)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections import deque
from pathlib import Path
from threading import Thread

import httpx2

__all__ = ["PRISM_BIN", "PrismServer", "PrismStartError", "free_port"]

HERE = Path(__file__).resolve().parent
PRISM_BIN = HERE / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


class PrismStartError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrismServer:
    """`prism mock -d` on 127.0.0.1, in its own process group, with its log kept.

    Use as a context manager; `base_url` is set once Prism answers HTTP.
    """

    def __init__(
        self, spec_file: Path, *, seed: int = 1, extra_args: tuple[str, ...] = (),
        log_path: Path | None = None,
    ) -> None:
        self.spec_file = Path(spec_file)
        self.seed = seed
        self.extra_args = extra_args
        self.port = 0
        self.base_url = ""
        self.process: subprocess.Popen[bytes] | None = None
        self.log: deque[str] = deque(maxlen=400)
        # Prism's whole output (each request and its violations), beside the spec by default.
        self.log_path = Path(log_path) if log_path else self.spec_file.with_suffix(".log")
        self.timeout = STARTUP_TIMEOUT

    def command(self) -> list[str]:
        return [
            str(PRISM_BIN), "mock", "-d", "--seed", str(self.seed),
            "-h", "127.0.0.1", "-p", str(self.port), *self.extra_args, str(self.spec_file),
        ]

    def start(self, timeout: float = STARTUP_TIMEOUT) -> str:
        self.timeout = timeout
        deadline = time.monotonic() + timeout
        for _ in range(3):  # the free port may be taken between our probe and Prism's bind
            try:
                return self._start_once(deadline)
            except PrismStartError:
                if "EADDRINUSE" not in self.tail() or time.monotonic() >= deadline:
                    raise
                self.log.clear()
        raise PrismStartError(self._failure("Prism found no free port"))

    def _start_once(self, deadline: float) -> str:
        self.port = free_port()
        env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
        self.process = subprocess.Popen(
            self.command(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True, env=env, cwd=HERE,
        )
        Thread(target=self._pump, args=(self.process,), daemon=True).start()
        base_url = f"http://127.0.0.1:{self.port}"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PrismStartError(self._failure(f"Prism exited with code {self.process.returncode}"))
            try:
                # Any HTTP answer, even a 404 for this unknown route, means Prism listens.
                httpx2.get(f"{base_url}/__hfhub_ready__", timeout=1.0, trust_env=False)
            except httpx2.TransportError:
                time.sleep(0.1)
                continue
            self.base_url = base_url
            return base_url
        self.stop()
        raise PrismStartError(self._failure(f"Prism did not answer within {self.timeout:.0f} s"))

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def tail(self, lines: int = 40) -> str:
        return "\n".join(list(self.log)[-lines:])

    def _failure(self, what: str) -> str:
        time.sleep(0.2)  # let the pump thread read the last lines
        return (
            f"{what}: {' '.join(self.command())}\n"
            f"--- Prism output (last lines; all of it in {self.log_path}) ---\n{self.tail()}"
        )

    def _pump(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        with open(self.log_path, "a", encoding="utf-8", errors="replace") as sink:
            for raw in process.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                self.log.append(line)
                sink.write(line + "\n")
                sink.flush()

    def __enter__(self) -> "PrismServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
