"""Task helpers as client methods, written once for both clients.

``text_classification = sync_method(text.text_classification)`` gives ``InferenceClient`` a
real function taking ``self`` and the builder's parameters, with the builder's docstring and
signature (what ``help()``, ``inspect.signature`` and IDEs read), that builds the call and
runs it; ``async_method`` gives ``AsyncInferenceClient`` the same method as a coroutine
function. Type checkers see ``Callable[Concatenate[Any, P], T]`` (and ``Awaitable[T]``): a
callable class attribute is a method to them, so the builder's parameters are checked exactly.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from ._call import TaskCall

__all__ = ["sync_method", "async_method", "name_methods", "ChatNamespace"]

P = ParamSpec("P")
T = TypeVar("T")

_SELF = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
_TASK_CALL = "TaskCall["


def sync_method(build: Callable[P, TaskCall[T]]) -> Callable[Concatenate[Any, P], T]:
    """``build`` as a method of ``InferenceClient``: the call it builds, sent."""

    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return self._run(build(*args, **kwargs))

    _describe(method, build)
    return method


def async_method(build: Callable[P, TaskCall[T]]) -> Callable[Concatenate[Any, P], Awaitable[T]]:
    """``build`` as a coroutine method of ``AsyncInferenceClient``."""

    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return await self._run(build(*args, **kwargs))

    _describe(method, build)
    return method


def _describe(method: Any, build: Callable[..., Any]) -> None:
    """``method`` named, documented and signed as ``build``, with ``self`` first and the result of its ``TaskCall``."""
    signature = inspect.signature(build)
    returned = signature.return_annotation
    if isinstance(returned, str) and returned.startswith(_TASK_CALL) and returned.endswith("]"):
        returned = returned[len(_TASK_CALL):-1]
    method.__name__ = method.__qualname__ = build.__name__
    method.__doc__ = build.__doc__
    method.__signature__ = signature.replace(parameters=[_SELF, *signature.parameters.values()], return_annotation=returned)
    method.__annotations__ = {**build.__annotations__, "return": returned}
    method.__task_method__ = True


def name_methods(cls: type) -> None:
    """Give the task methods of ``cls`` their place: ``InferenceClient.text_classification``, in its module."""
    for name, value in vars(cls).items():
        if getattr(value, "__task_method__", False):
            value.__qualname__ = f"{cls.__qualname__}.{name}"
            value.__module__ = cls.__module__


class ChatNamespace:
    """``client.chat.completions.create(...)``: OpenAI's spelling of ``client.chat_completion(...)``."""

    __slots__ = ("completions",)

    def __init__(self, client: Any) -> None:
        self.completions = _Completions(client)


class _Completions:
    __slots__ = ("create",)

    def __init__(self, client: Any) -> None:
        self.create = client.chat_completion
