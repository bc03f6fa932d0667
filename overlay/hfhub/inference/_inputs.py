"""Task inputs checked and normalised before anything is sent.

Images, audio and video are accepted as ``bytes``, a local path (``str`` or ``Path``), a
binary file object, an ``http(s)`` URL or a ``data:`` URL, and become a :class:`Media`.
URLs are kept as URLs: a provider that takes URLs gets them as they are, the others get
the content, downloaded without credentials (see ``_core``).
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Mapping, Sequence, Union, cast

__all__ = [
    "ContentInput",
    "Media",
    "media",
    "text",
    "texts",
    "labels",
    "table",
    "messages",
    "encode",
    "is_url",
    "sniff",
    "media_in",
    "replace_media",
    "opt_int",
    "opt_float",
    "opt_bool",
    "opt_str",
    "opt_strs",
    "opt_dict",
    "stops",
    "either",
]

ContentInput = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", BinaryIO]
"""Raw bytes, a local path, a binary file object, or an ``http(s)``/``data:`` URL."""

_DEFAULT_MIME = {"image": "image/png", "audio": "audio/wav", "video": "video/mp4", "binary": "application/octet-stream"}
# Leading bytes of the formats the tasks take.
_PREFIXES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"fLaC", "audio/flac"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
    (b"\xff\xf3", "audio/mpeg"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
)
_RIFF = {b"WEBP": "image/webp", b"WAVE": "audio/wav"}


@dataclass(frozen=True)
class Media:
    """An image, audio or video input: its bytes, or the URL where a server can fetch it."""

    data: bytes | None
    url: str | None
    mime: str

    def __post_init__(self) -> None:
        if (self.data is None) == (self.url is None):
            raise ValueError("Media needs exactly one of data and url")

    def base64(self) -> str:
        """The content, base64-encoded (the form of the task schemas' ``inputs``)."""
        return base64.b64encode(self._content()).decode("ascii")

    def data_url(self) -> str:
        """A ``data:`` URL of the content, or the URL itself when the content is remote."""
        if self.url is not None:
            return self.url
        return f"data:{self.mime};base64,{self.base64()}"

    def with_data(self, data: bytes, mime: str | None = None) -> Media:
        return Media(data, None, mime or sniff(data) or self.mime)

    def _content(self) -> bytes:
        if self.data is None:
            raise ValueError(f"{self.url} was not downloaded")
        return self.data

    def __repr__(self) -> str:
        where = self.url if self.url is not None else f"{len(self.data or b'')} bytes"
        return f"Media({self.mime}, {where})"


def is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def sniff(data: bytes) -> str | None:
    """The MIME type of ``data`` from its leading bytes, if it is a known format."""
    for prefix, mime in _PREFIXES:
        if data.startswith(prefix):
            return mime
    if data[:4] == b"RIFF":
        return _RIFF.get(data[8:12])
    if data[4:8] == b"ftyp":
        return "video/mp4"
    return None


def media(value: Any, name: str, kind: str) -> Media:
    """``value`` (see :data:`ContentInput`) as a :class:`Media` of ``kind`` (image, audio, video)."""
    default = _DEFAULT_MIME[kind]
    if isinstance(value, Media):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(cast("bytes | bytearray", value))
        if not data:
            raise ValueError(f"{name} is empty")
        return Media(data, None, sniff(data) or default)
    if isinstance(value, str):
        if is_url(value):
            return Media(None, value, default)
        if value.startswith("data:"):
            return _from_data_url(value, name, default)
        return _from_path(Path(value), name, default)
    if isinstance(value, os.PathLike):
        return _from_path(Path(cast("os.PathLike[str]", value)), name, default)
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"{name} must be opened in binary mode ('rb'), it gave {type(data).__name__}")
        if not data:
            raise ValueError(f"{name}: the file object had nothing left to read")
        return Media(bytes(data), None, sniff(bytes(data)) or default)
    raise TypeError(f"{name} must be bytes, a path, a binary file object or a URL, not {type(value).__name__}")


def _from_path(path: Path, name: str, default: str) -> Media:
    if not path.is_file():
        raise FileNotFoundError(f"{name}: no such file: {str(path)!r} (a URL must start with http:// or https://)")
    data = path.read_bytes()
    if not data:
        raise ValueError(f"{name}: {str(path)!r} is empty")
    return Media(data, None, sniff(data) or default)


def _from_data_url(value: str, name: str, default: str) -> Media:
    header, sep, encoded = value.partition(",")
    if not sep or not header.endswith(";base64"):
        raise ValueError(f"{name}: only base64 data URLs are accepted ('data:<type>;base64,...')")
    try:
        data = base64.b64decode(encoded, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"{name}: the data URL is not valid base64") from exc
    mime = header[len("data:"): -len(";base64")] or default
    return Media(data, None, mime)


def text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def texts(value: Any, name: str) -> list[str]:
    """A non-empty list of non-empty strings."""
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise TypeError(f"{name} must be a list of str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    return [text(item, f"{name}[{i}]") for i, item in enumerate(cast("Sequence[object]", value))]


def labels(value: Any, name: str = "candidate_labels") -> list[str]:
    """Candidate labels: at least one, no duplicates."""
    found = texts(value, name)
    if len(set(found)) != len(found):
        raise ValueError(f"{name} has duplicates: {found}")
    return found


def table(value: Any, name: str = "table") -> dict[str, list[str]]:
    """A table as ``{column: [cells]}``: columns of equal length, cells as strings."""
    if not isinstance(value, Mapping) or not value:
        raise TypeError(f"{name} must be a non-empty dict of columns, like {{'Repository': ['Transformers']}}")
    columns = cast("Mapping[object, object]", value)
    if not all(isinstance(cells, (list, tuple)) for cells in columns.values()):
        raise TypeError(f"every column of {name} must be a list of cells")
    cells_of = {str(column): cast("Sequence[object]", cells) for column, cells in columns.items()}
    lengths = {len(cells) for cells in cells_of.values()}
    if len(lengths) != 1:
        raise ValueError(f"the columns of {name} differ in length: {sorted(lengths)}")
    return {column: [str(cell) for cell in cells] for column, cells in cells_of.items()}


def messages(value: Any) -> list[Any]:
    """Chat messages: a non-empty list of objects, each with a ``role``."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise TypeError(f"messages must be a list of messages like {{'role': 'user', 'content': '...'}}, not {type(value).__name__}")
    if not value:
        raise ValueError("messages must not be empty")
    out: list[Any] = []
    for i, message in enumerate(cast("Sequence[Any]", value)):
        data: object = message.to_dict() if hasattr(message, "to_dict") else message
        if not isinstance(data, Mapping):
            raise TypeError(f"messages[{i}] must be a dict, not {type(message).__name__}")
        fields = dict(cast("Mapping[str, object]", data))
        role = fields.get("role")
        if not isinstance(role, str) or not role:
            raise ValueError(f"messages[{i}] has no role")
        out.append(fields)
    return out


def encode(value: Any, as_media: Any) -> Any:
    """``value`` with every :class:`Media` replaced by ``as_media(media)`` (JSON-ready)."""
    if isinstance(value, Media):
        return as_media(value)
    if isinstance(value, dict):
        return {key: encode(item, as_media) for key, item in cast("dict[str, object]", value).items()}
    if isinstance(value, (list, tuple)):
        return [encode(item, as_media) for item in cast("Sequence[object]", value)]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def media_in(value: Any) -> list[Media]:
    """Every :class:`Media` inside ``value``."""
    if isinstance(value, Media):
        return [value]
    if isinstance(value, dict):
        return [m for item in cast("dict[str, object]", value).values() for m in media_in(item)]
    if isinstance(value, (list, tuple)):
        return [m for item in cast("Sequence[object]", value) for m in media_in(item)]
    return []


def replace_media(value: Any, replacements: dict[int, Media]) -> Any:
    """``value`` with each :class:`Media` whose ``id`` is in ``replacements`` swapped."""
    if isinstance(value, Media):
        return replacements.get(id(value), value)
    if isinstance(value, dict):
        return {key: replace_media(item, replacements) for key, item in cast("dict[str, object]", value).items()}
    if isinstance(value, list):
        return [replace_media(item, replacements) for item in cast("list[object]", value)]
    return value


def opt_int(value: Any, name: str, minimum: int = 0) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    return value


def opt_float(value: Any, name: str, low: float | None = None, high: float | None = None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"between {low} and {high}" if low is not None and high is not None else (f"at least {low}" if low is not None else f"at most {high}")
        raise ValueError(f"{name} must be {bounds}, not {value}")
    return value


def opt_bool(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{name} must be True or False, not {value!r}")


def opt_str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    return text(value, name)


def opt_strs(value: Any, name: str) -> list[str] | None:
    """A list of strings; one string is a list of one."""
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return texts(value, name)


def opt_dict(value: Any, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    data: object = value.to_dict() if hasattr(value, "to_dict") else value
    if not isinstance(data, Mapping):
        raise TypeError(f"{name} must be a dict, not {type(value).__name__}")
    return dict(cast("Mapping[str, Any]", data))


def stops(value: Any, name: str = "stop") -> list[str] | None:
    """Stop sequences, each sent as given, whitespace included (``"\\n"``); ``[]`` too (none), as huggingface_hub sends it."""
    if value is None:
        return None
    if not isinstance(value, (str, list, tuple)):
        raise TypeError(f"{name} must be a list of str, not {type(value).__name__}")
    found: Sequence[object] = [value] if isinstance(value, str) else cast("Sequence[object]", value)
    checked: list[str] = []
    for i, item in enumerate(found):
        if not isinstance(item, str):
            raise TypeError(f"{name}[{i}] must be a str, not {type(item).__name__}")
        if not item:
            raise ValueError(f"{name}[{i}] is empty: a stop sequence needs at least one character")
        checked.append(item)
    return checked


def either(value: Any, alias: Any, name: str, alias_name: str) -> Any:
    """The argument given under ``name`` or under its other name ``alias_name``; both is an error."""
    if value is not None and alias is not None:
        raise ValueError(f"pass {name} or {alias_name}, not both")
    if value is None and alias is None:
        raise TypeError(f"missing argument: {name}")
    return value if value is not None else alias
