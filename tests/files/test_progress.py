"""Progress bars: tqdm on a terminal only, never with HF_HUB_DISABLE_PROGRESS_BARS; callbacks always."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from standin_hub import StandinHub
from xet_hub import XetStandinHub

from hfhub import HubClient
from hfhub.files import _progress
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


def test_lfs_upload_draws_a_bar_on_a_terminal(hub: HubClient, standin: StandinHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    standin.create_repo("org/model")
    source = tmp_path / "w.bin"
    source.write_bytes(b"w" * 200_000)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    monkeypatch.setattr(_progress, "_BAR_FROM", 0)
    hub.models.upload_file("org/model", source, "weights/w.bin")
    assert "weights/w.bin" in terminal.getvalue()


def test_a_xet_upload_bar_says_what_was_deduplicated(
    xet_hub: HubClient, xet_standin: XetStandinHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    xet_standin.create_repo("org/model")
    data = os.urandom(300_000)
    xet_hub.models.upload_file("org/model", data, "a.bin")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    monkeypatch.setattr(_progress, "_BAR_FROM", 0)
    xet_hub.models.upload_file("org/model", data, "b.bin")
    assert "Xet upload of 1 file" in terminal.getvalue() and "new 0 B, deduplicated 300,000 B" in terminal.getvalue()
