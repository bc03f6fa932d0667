"""Which token and which endpoint a client uses, found the way every Hugging Face tool finds them.

Read when a client is created, never at import, so a changed environment is seen by the
next client.
"""

from __future__ import annotations

import os

import httpx2

__all__ = ["DEFAULT_ENDPOINT", "resolve_token", "resolve_endpoint", "token_path", "implicit_token_disabled", "is_hugging_face_url", "implicit_token_allowed"]

DEFAULT_ENDPOINT = "https://huggingface.co"
# Hosts run by Hugging Face that may receive a token the caller did not pass for them.
# Spaces (``*.hf.space``) are not among them: they run their owners' code.
_HF_HOSTS = frozenset({"huggingface.co", "router.huggingface.co", "api-inference.huggingface.co"})
_HF_HOST_SUFFIXES = (".huggingface.cloud",)  # Inference Endpoints
_TRUE = frozenset({"1", "true", "yes", "on"})


def resolve_token(token: str | bool | None = None) -> str | None:
    """The token to send, or ``None`` to send none.

    ``str``: that token. ``False``: none. ``None``: ``HF_TOKEN`` (or the legacy
    ``HUGGING_FACE_HUB_TOKEN``), else the token file (:func:`token_path`), else none.
    ``True``: like ``None``, but finding no token is an error. Tokens are stripped of
    whitespace; an empty one counts as none. With ``HF_HUB_DISABLE_IMPLICIT_TOKEN`` set
    (``1``, ``true``, ``yes``, ``on``), ``None`` means none: only a token asked for is sent.
    """
    if token is False or (token is None and implicit_token_disabled()):
        return None
    if isinstance(token, str):
        found = _clean(token)
    elif token is None or token is True:
        found = _clean(os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")) or _from_file()
        if found is None and token is True:
            raise ValueError("token=True but no token was found: set HF_TOKEN, run `hf auth login`, or pass token=...")
    else:
        raise TypeError(f"token must be a str, a bool or None, not {type(token).__name__}")
    if found is not None and not _header_safe(found):
        # The message must not quote the token: it could end up in a log.
        raise ValueError("the token contains characters that cannot be sent in an HTTP header")
    return found


def implicit_token_disabled() -> bool:
    """Whether ``HF_HUB_DISABLE_IMPLICIT_TOKEN`` forbids sending a token nobody asked for."""
    return os.environ.get("HF_HUB_DISABLE_IMPLICIT_TOKEN", "").strip().lower() in _TRUE


def is_hugging_face_url(url: str) -> bool:
    """Whether ``url`` is on a host Hugging Face runs, over HTTPS: one that may get a token found implicitly.

    The Hub, its router and ``api-inference``, and Inference Endpoints (``*.huggingface.cloud``);
    never Spaces (``*.hf.space``, their owners' servers) nor plain http.
    """
    scheme, sep, _ = url.partition("://")
    if not sep or scheme.lower() != "https":
        return False
    try:
        host = httpx2.URL(url).host.lower()
    except httpx2.InvalidURL:
        return False
    return host in _HF_HOSTS or host.endswith(_HF_HOST_SUFFIXES)


def implicit_token_allowed(url: str) -> bool:
    """Whether a token found implicitly may go to ``url``, a Hub or router the caller configured.

    Only over HTTPS (a mirror set with ``HF_ENDPOINT`` included), and never to a Space
    (``*.hf.space``, its owner's server). Over plain http the token is sent only when given
    explicitly (``token=``, ``api_key=``).
    """
    scheme, sep, _ = url.partition("://")
    if not sep or scheme.lower() != "https":
        return False
    try:
        host = httpx2.URL(url).host.lower()
    except httpx2.InvalidURL:
        return False
    return not (host == "hf.space" or host.endswith(".hf.space"))


def token_path() -> str:
    """``HF_TOKEN_PATH``, else ``$HF_HOME/token`` (``HF_HOME``: ``$XDG_CACHE_HOME/huggingface`` or ``~/.cache/huggingface``)."""
    explicit = os.environ.get("HF_TOKEN_PATH")
    if explicit:
        return _expand(explicit)
    home = os.environ.get("HF_HOME")
    if not home:
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        home = os.path.join(cache, "huggingface")
    return os.path.join(_expand(home), "token")


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The Hub's base URL: ``endpoint``, else ``HF_ENDPOINT`` (a mirror), else ``https://huggingface.co``."""
    value = endpoint if endpoint is not None else os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT
    if not isinstance(value, str):
        raise TypeError(f"endpoint must be a str, not {type(value).__name__}")
    value = value.strip().rstrip("/")
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest:
        raise ValueError(f"endpoint must be an http(s) URL like {DEFAULT_ENDPOINT!r}, not {value!r}")
    return value


def _from_file() -> str | None:
    try:
        with open(token_path(), encoding="utf-8") as f:
            return _clean(f.read())
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def _clean(token: str | None) -> str | None:
    if token is None:
        return None
    return token.replace("\r", "").replace("\n", "").strip() or None


def _header_safe(token: str) -> bool:
    return all("!" <= ch <= "~" for ch in token)


def _expand(path: str) -> str:
    return os.path.expandvars(os.path.expanduser(path))
