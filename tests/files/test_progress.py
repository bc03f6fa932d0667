"""Progress bars: tqdm on a terminal only, never with HF_HUB_DISABLE_PROGRESS_BARS; callbacks always."""

from __future__ import annotations

import io
import sys

import pytest

from hfhub.files._progress import Progress, bars_enabled


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal_and_off_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    assert bars_enabled()
    progress = Progress(64 * 1024 * 1024, "model.bin")
    progress.advance(32 * 1024 * 1024)
    progress.close()
    assert "model.bin" in terminal.getvalue()
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    assert not bars_enabled()


def test_no_bar_without_a_terminal_but_the_callback_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    seen: list[tuple[int, int | None]] = []
    progress = Progress(64 * 1024 * 1024, "model.bin", lambda done, total: seen.append((done, total)))
    progress.advance(10)
    progress.advance(5)
    progress.close()
    assert pipe.getvalue() == "" and seen == [(10, 64 * 1024 * 1024), (15, 64 * 1024 * 1024)]
