"""Task helpers as client methods, written once for both clients.

``text_classification = SyncTask(text.text_classification)`` gives ``InferenceClient`` a
method with the builder's signature and docstring that builds the call and runs it;
``AsyncTask`` gives ``AsyncInferenceClient`` the same method as a coroutine. Type checkers
see ``Callable[P, T]`` and ``Callable[P, Awaitable[T]]`` through the ``ParamSpec``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from ._call import TaskCall

__all__ = ["SyncTask", "AsyncTask", "ChatNamespace", "Deferred", "deferred_module"]

P = ParamSpec("P")
T = TypeVar("T")


class Deferred:
    """A builder of a task module not imported yet: ``deferred_module(path).name`` names it, ``resolve()`` loads it."""

    __slots__ = ("module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def resolve(self) -> Any:
        return getattr(importlib.import_module(self.module), self.name)


class _DeferredModule:
    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Deferred:
        return Deferred(self._path, name)


def deferred_module(path: str) -> Any:
    """Stands for the module ``path`` in class bodies: its builders are imported when a method is first used."""
    return _DeferredModule(path)


class _Task(ABC, Generic[P, T]):
    __slots__ = ("_build", "name", "_signature")

    def __init__(self, build: Callable[P, TaskCall[T]]) -> None:
        self._build: Any = build
        self.name = build.name if isinstance(build, Deferred) else build.__name__
        self._signature: inspect.Signature | None = None

    @property
    def build(self) -> Callable[..., Any]:
        if isinstance(self._build, Deferred):
            self._build = self._build.resolve()
        return self._build  # type: ignore[no-any-return]

    @property
    def signature(self) -> inspect.Signature:
        if self._signature is None:
            # The method returns what the builder's TaskCall[...] will produce.
            signature = inspect.signature(self.build)
            returned = signature.return_annotation
            if isinstance(returned, str) and returned.startswith("TaskCall[") and returned.endswith("]"):
                signature = signature.replace(return_annotation=returned[len("TaskCall["):-1])
            self._signature = signature
        return self._signature

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @abstractmethod
    def _bind(self, client: Any) -> Callable[..., Any]:
        """The method of ``client``: builds the call and runs it."""

    def _bound(self, client: Any) -> Any:
        method = self._bind(client)
        functools.update_wrapper(method, self.build)
        method.__qualname__ = f"{type(client).__name__}.{self.name}"
        method.__signature__ = self.signature  # type: ignore[attr-defined]
        return method


class SyncTask(_Task[P, T]):
    """A task method of ``InferenceClient``."""

    __slots__ = ()

    @overload
    def __get__(self, client: None, owner: type) -> SyncTask[P, T]: ...
    @overload
    def __get__(self, client: object, owner: type) -> Callable[P, T]: ...
    def __get__(self, client: Any, owner: type) -> Any:
        return self if client is None else self._bound(client)

    def _bind(self, client: Any) -> Callable[..., Any]:
        build, run = self.build, client._run

        def method(*args: Any, **kwargs: Any) -> Any:
            return run(build(*args, **kwargs))

        return method


class AsyncTask(_Task[P, T]):
    """A task method of ``AsyncInferenceClient``."""

    __slots__ = ()

    @overload
    def __get__(self, client: None, owner: type) -> AsyncTask[P, T]: ...
    @overload
    def __get__(self, client: object, owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, client: Any, owner: type) -> Any:
        return self if client is None else self._bound(client)

    def _bind(self, client: Any) -> Callable[..., Any]:
        build, run = self.build, client._run

        async def method(*args: Any, **kwargs: Any) -> Any:
            return await run(build(*args, **kwargs))

        return method


class ChatNamespace:
    """``client.chat.completions.create(...)``: OpenAI's spelling of ``client.chat_completion(...)``."""

    __slots__ = ("completions",)

    def __init__(self, client: Any) -> None:
        self.completions = _Completions(client)


class _Completions:
    __slots__ = ("create",)

    def __init__(self, client: Any) -> None:
        self.create = client.chat_completion
