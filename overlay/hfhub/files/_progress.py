"""Progress of a transfer: a tqdm bar on a terminal or in a notebook, a callback for programs, or nothing."""

from __future__ import annotations

import sys
import threading
from typing import Any, Callable

from .._environment import progress_bars_forced

__all__ = ["ProgressCallback", "Progress", "CombinedProgress", "bars_enabled"]

# ``callback(bytes_done, bytes_total)``; ``bytes_total`` is ``None`` when the size is unknown.
ProgressCallback = Callable[[int, "int | None"], None]
_BAR_FROM = 10 * 1024 * 1024  # smaller transfers end before a bar is worth drawing


def bars_enabled() -> bool:
    """Bars where someone watches: on a terminal, or in a notebook (``tqdm.auto`` draws a widget there).

    ``HF_HUB_DISABLE_PROGRESS_BARS`` decides when it is set, as in huggingface_hub: true turns
    bars off, any other value (``0``) turns them on wherever stderr goes.
    """
    forced = progress_bars_forced()
    if forced is not None:
        return forced
    stream = sys.stderr
    return (stream is not None and hasattr(stream, "isatty") and stream.isatty()) or _in_notebook()


def _in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (notebook, lab, Colab, VS Code): its stderr is no terminal."""
    ipython = sys.modules.get("IPython")  # never imported here: a kernel has loaded it already
    get_ipython = getattr(ipython, "get_ipython", None)
    shell = get_ipython() if callable(get_ipython) else None
    return getattr(shell, "kernel", None) is not None


class Progress:
    """Counts bytes of one transfer and reports them to a callback and/or a bar."""

    __slots__ = ("done", "total", "_callback", "_bar")

    def __init__(self, total: int | None, label: str, callback: ProgressCallback | None = None) -> None:
        self.done = 0
        self.total = total
        self._callback = callback
        self._bar: Any = None
        if bars_enabled() and (total is None or total >= _BAR_FROM or progress_bars_forced()):
            try:
                from tqdm.auto import tqdm
            except ImportError:  # the files extra is not installed: no bar, the transfer goes on
                return
            self._bar = tqdm(total=total, desc=label, unit="B", unit_scale=True, unit_divisor=1024, leave=False)

    def advance(self, count: int) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(count)
        if self._callback is not None:
            self._callback(self.done, self.total)

    def note(self, text: str) -> None:
        """A few words shown after the bar (what a Xet upload deduplicated)."""
        if self._bar is not None:
            self._bar.set_postfix_str(text)

    def restart(self) -> None:
        """The server ignored a range: the bytes counted so far come again."""
        if self._bar is not None:
            self._bar.reset(total=self.total)
        self.done = 0

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class CombinedProgress:
    """Many concurrent transfers reported to one callback as a single ``(bytes_done, bytes_total)``."""

    def __init__(self, total: int, callback: ProgressCallback) -> None:
        self.total = total
        self._callback = callback
        self._done = 0
        self._per_file: dict[str, int] = {}
        self._lock = threading.Lock()

    def for_file(self, name: str) -> ProgressCallback:
        def report(done: int, _total: int | None) -> None:
            with self._lock:  # held while reporting, so the numbers reach the callback in order
                self._done += done - self._per_file.get(name, 0)
                self._per_file[name] = done
                self._callback(self._done, self.total)

        return report
