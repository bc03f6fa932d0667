"""Progress of a transfer: a tqdm bar on a terminal, a callback for programs, or nothing."""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, Callable

__all__ = ["ProgressCallback", "Progress", "CombinedProgress", "bars_enabled"]

# ``callback(bytes_done, bytes_total)``; ``bytes_total`` is ``None`` when the size is unknown.
ProgressCallback = Callable[[int, "int | None"], None]
_BAR_FROM = 10 * 1024 * 1024  # smaller transfers end before a bar is worth drawing
_TRUE = {"1", "on", "yes", "true"}


def bars_enabled() -> bool:
    """Bars only on a terminal, and never with ``HF_HUB_DISABLE_PROGRESS_BARS`` set true."""
    if (os.environ.get("HF_HUB_DISABLE_PROGRESS_BARS") or "").strip().lower() in _TRUE:
        return False
    stream = sys.stderr
    return stream is not None and hasattr(stream, "isatty") and stream.isatty()


class Progress:
    """Counts bytes of one transfer and reports them to a callback and/or a bar."""

    __slots__ = ("done", "total", "_callback", "_bar")

    def __init__(self, total: int | None, label: str, callback: ProgressCallback | None = None) -> None:
        self.done = 0
        self.total = total
        self._callback = callback
        self._bar: Any = None
        if (total is None or total >= _BAR_FROM) and bars_enabled():
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
