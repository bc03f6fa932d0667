"""Builders made methods, written once for the sync and async clients.

A builder is a sans-I/O function that checks its arguments and returns a :class:`Call`
(an inference ``TaskCall``, a repository ``RepoCall``...). ``text_classification =
sync_method(text.text_classification)`` gives a client a real function taking ``self`` and the
builder's parameters, with the builder's docstring and signature (what ``help()``,
``inspect.signature`` and IDEs read), that builds the call and runs it with the client's
``_run``; ``async_method`` gives the async client the same method as a coroutine function.
Type checkers see ``Callable[Concatenate[Any, P], T]`` (and a coroutine of ``T``): a callable class
attribute is a method to them, so the builder's parameters are checked exactly.
"""

from __future__ import annotations

import inspect
import re
from typing import Any, Callable, Concatenate, Coroutine, Generic, ParamSpec, TypeVar

__all__ = ["Call", "sync_method", "async_method", "name_methods"]

P = ParamSpec("P")
T = TypeVar("T")

_SELF = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
_CALL_OF = re.compile(r"^\w*Call\[(?P<result>.*)\]$")


class Call(Generic[T]):
    """What a builder returns: one call whose result is a ``T``, for a client's ``_run`` to perform."""

    __slots__ = ()


def sync_method(build: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], T]:
    """``build`` as a method of a sync client or resource: the call it builds, run."""

    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return self._run(build(*args, **kwargs))

    _describe(method, build)
    return method


def async_method(build: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]:
    """``build`` as a coroutine method of an async client or resource."""

    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return await self._run(build(*args, **kwargs))

    _describe(method, build)
    return method


def _describe(method: Any, build: Callable[..., Any]) -> None:
    """``method`` named, documented and signed as ``build``, with ``self`` first and the result of its call."""
    signature = inspect.signature(build)
    returned = signature.return_annotation
    found = _CALL_OF.match(returned) if isinstance(returned, str) else None
    if found is not None:
        returned = found["result"]
    method.__name__ = method.__qualname__ = build.__name__
    method.__doc__ = build.__doc__
    method.__signature__ = signature.replace(parameters=[_SELF, *signature.parameters.values()], return_annotation=returned)
    method.__annotations__ = {**build.__annotations__, "return": returned}
    method.__task_method__ = True


def name_methods(cls: type) -> None:
    """Give the methods made from builders their place: ``InferenceClient.text_classification``, in its module."""
    for name, value in vars(cls).items():
        if getattr(value, "__task_method__", False):
            value.__qualname__ = f"{cls.__qualname__}.{name}"
            value.__module__ = cls.__module__
