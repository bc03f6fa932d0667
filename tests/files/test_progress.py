"""Progress bars: tqdm.auto on a terminal or in a notebook, as HF_HUB_DISABLE_PROGRESS_BARS says when set; callbacks always."""

from __future__ import annotations

import io
import os
import sys
import types
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


def test_zero_forces_bars_on_wherever_stderr_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "0")
    seen: list[tuple[int, int | None]] = []
    progress = Progress(1000, "config.json", lambda done, total: seen.append((done, total)))  # small: a bar all the same
    progress.advance(1000)
    progress.close()
    assert "config.json:" in pipe.getvalue()
    assert seen == [(1000, 1000)]  # the callback is unchanged
    monkeypatch.setenv("HF_HUB_DISABLE_PROGRESS_BARS", "true")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert not bars_enabled()


class _Kernel:
    """What IPython's ``get_ipython()`` returns in a Jupyter kernel: a shell with a ``kernel``."""

    kernel = object()


def test_a_notebook_gets_tqdm_auto_bars_although_its_stderr_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a kernel's stderr: no isatty
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    ipython = types.ModuleType("IPython")
    ipython.get_ipython = lambda: None  # type: ignore[attr-defined]  # plain Python with IPython importable
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    assert not bars_enabled()
    ipython.get_ipython = _Kernel  # type: ignore[attr-defined]
    assert bars_enabled()
    from tqdm.auto import tqdm

    created: list[dict[str, object]] = []

    class Recording(tqdm):  # type: ignore[misc]
        def __init__(self, **options: object) -> None:
            created.append(options)
            super().__init__(**options)

    monkeypatch.setattr(sys.modules["tqdm.auto"], "tqdm", Recording)
    Progress(64 * 1024 * 1024, "model.safetensors").close()
    assert [c["desc"] for c in created] == ["model.safetensors"]


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
