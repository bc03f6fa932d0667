"""Typed views over JSON: the models every generated response and body is made of.

A model keeps the decoded JSON object it came from and converts a field only when it is
read, so parsing a page of 1,000 items costs 1,000 small allocations, unknown fields and
enum values are kept as they came, and a missing "required" field reads as ``None``.
A list or map field keeps its converted value in the instance ``__dict__`` after the first
read or a write: later reads are plain attribute lookups and return the same object, and
what is changed in it in place is what ``to_dict()``, ``to_json()``, ``==`` and pickling see.
Constructing a model from keyword arguments is strict: unknown or missing fields raise.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Generic, TypeVar, cast, overload

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    try:
        from typing import dataclass_transform
    except ImportError:  # Python 3.10: the decorator only speaks to type checkers, which read typing_extensions

        def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
            return lambda cls: cls

__all__ = ["UNSET", "Unset", "Model", "Field", "ListOf", "DictOf", "AnyOf", "Converter", "parse_datetime", "to_json"]

T = TypeVar("T")
M = TypeVar("M", bound="Model")

Converter = Callable[[Any], T]
"""What turns one decoded JSON value into ``T`` (a model class is accepted wherever one is)."""


class Unset:
    """The type of ``UNSET``: an argument that was not given (as opposed to ``None``)."""

    __slots__ = ()
    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Any = Unset()
_REQUIRED: Any = object()
_new = object.__new__


def parse_datetime(value: Any) -> Any:
    """ISO 8601 text to an aware ``datetime``; anything unparseable is returned as it came."""
    if not isinstance(value, str):
        return value
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        from dateutil.parser import isoparse
    except ImportError:  # pragma: no cover - python-dateutil is a declared dependency
        return value
    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        return value


def to_json(value: Any) -> Any:
    """Python values (models, datetimes, containers of them) to JSON-ready data."""
    if isinstance(value, Model):
        return value._synced()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in cast("list[Any]", value)]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in cast("dict[str, Any]", value).items() if v is not UNSET}
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return value


def _copy_json(value: Any) -> Any:
    """A deep copy of decoded JSON (dicts, lists, scalars): much faster than ``copy.deepcopy``."""
    if type(value) is dict:
        return {k: _copy_json(v) for k, v in cast("dict[str, object]", value).items()}
    if type(value) is list:
        return [_copy_json(v) for v in cast("list[object]", value)]
    return value


def _model_converter(model: type[Model]) -> Callable[[Any], Any]:
    new = object.__new__

    def convert(value: Any) -> Any:
        if type(value) is not dict:
            return value
        obj = new(model)
        obj._data = value
        return obj

    return convert


def _model_class(spec: object) -> type[Model] | None:
    return spec if isinstance(spec, type) and issubclass(spec, Model) else None


def converter(spec: Converter[T] | type[T]) -> Converter[T]:
    """The function converting JSON to ``spec``: a model class's fast converter, else ``spec`` itself."""
    model = _model_class(spec)
    if model is not None:
        return model._convert
    return spec  # a class other than a model is its own converter


class ListOf(Generic[T]):
    """Converter for a JSON array whose items are converted by ``item``."""

    __slots__ = ("item", "model")

    def __init__(self, item: Converter[T] | type[T]) -> None:
        self.item = converter(item)
        self.model = _model_class(item)

    def __call__(self, value: Any) -> list[T]:
        if type(value) is not list:
            return value  # type: ignore[no-any-return]  # lenient: a value of another shape is kept as it came
        item = self.item
        return cast("list[T]", [item(v) if v is not None else v for v in cast("list[object]", value)])  # null items are kept


class DictOf(Generic[T]):
    """Converter for a JSON object used as a map whose values are converted by ``value``."""

    __slots__ = ("value",)

    def __init__(self, value: Converter[T] | type[T]) -> None:
        self.value = converter(value)

    def __call__(self, data: Any) -> dict[str, T]:
        if type(data) is not dict:
            return data  # type: ignore[no-any-return]  # lenient: a value of another shape is kept as it came
        conv = self.value
        return cast("dict[str, T]", {k: conv(v) if v is not None else v for k, v in cast("dict[str, object]", data).items()})  # null values are kept


class AnyOf:
    """Converter for a value of several shapes: the first converter for its JSON type applies."""

    __slots__ = ("by_type",)

    def __init__(self, *converters: Converter[Any] | type[Model]) -> None:
        self.by_type: dict[type, Converter[Any]] = {}
        for spec in converters:
            conv: Converter[Any] = converter(spec)
            self.by_type.setdefault(_json_type_read_by(conv), conv)

    def __call__(self, value: object) -> Any:
        conv = self.by_type.get(type(value))
        return conv(value) if conv is not None else value


def _json_type_read_by(conv: Converter[Any]) -> type:
    return list if isinstance(conv, ListOf) else (str if conv is parse_datetime else dict)


class Field(Generic[T]):
    """A model field stored under the JSON key ``key``, converted by ``conv`` when read.

    Declared as ``name: Field[str] = Field("key")``: reading ``instance.name`` gives a ``str``,
    ``Model.name`` the field itself, and the model's keyword constructor takes ``name: str``.
    A list or map field is a non-data descriptor, so the value it keeps in the instance
    ``__dict__`` shadows it; every other field is a :class:`_WritableField`, writing the JSON.
    """

    __slots__ = ("key", "conv", "default", "name", "model", "item_model")

    def __init__(self, key: str, conv: Converter[T] | type[T] | None = None, *, default: T = _REQUIRED) -> None:
        self.key = key
        self.conv = converter(conv) if conv is not None else None
        self.default = default
        self.name = key
        # The two commonest conversions, done inline by __get__: reads are hot in streams.
        self.model = _model_class(conv)
        self.item_model = conv.model if isinstance(conv, ListOf) else None
        if not isinstance(conv, (ListOf, DictOf)):
            object.__setattr__(self, "__class__", _WritableField)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Field[T]: ...
    @overload
    def __get__(self, obj: Model, owner: type[Any]) -> T: ...
    def __get__(self, obj: Model | None, owner: type[Any]) -> Field[T] | T:
        # A list or map field (the others are _WritableField): converted once, kept on the instance.
        if obj is None:
            return self
        value: Any = obj._data.get(self.key)
        if value is None:
            return None  # type: ignore[return-value]  # JSON is read as declared, not validated
        model = self.item_model
        if model is not None and type(value) is list:
            items: list[Any] = []
            for item in cast("list[object]", value):
                if type(item) is dict:
                    wrapped = _new(model)
                    wrapped._data = item
                    items.append(wrapped)
                else:
                    items.append(item)  # null (or another shape) kept as it came
            value = items
        elif self.conv is not None:
            value = self.conv(value)
        obj.__dict__[self.name] = value
        return value  # type: ignore[no-any-return]  # JSON is read as declared, not validated

    if TYPE_CHECKING:  # at run time only _WritableField has it: a list or map field's writes stay on the instance

        def __set__(self, obj: Model, value: T) -> None: ...


class _WritableField(Field[T]):
    """A field whose value is not kept on the instance: a data descriptor, writes go to the JSON."""

    __slots__ = ()

    def __get__(self, obj: Model | None, owner: type[Any]) -> Any:  # checkers read Field.__get__: fields are declared Field[T]
        if obj is None:
            return self
        value = obj._data.get(self.key)
        if value is None or self.conv is None:
            return value
        model = self.model
        if model is None:
            return self.conv(value)
        if type(value) is not dict:
            return value  # lenient: a value of another shape is kept as it came
        out = _new(model)
        out._data = value
        return out

    def __set__(self, obj: Model, value: T) -> None:
        obj._data[self.key] = to_json(value)


@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
class Model:
    """Base of every generated model: a typed, lenient view over one JSON object."""

    __slots__ = ("_data", "__dict__")  # __dict__: the values of list and map fields, once read or written
    _fields: ClassVar[dict[str, Field[Any]]] = {}
    _by_key: ClassVar[dict[str, Field[Any]]] = {}
    _convert: ClassVar[Converter[Any]]
    _data: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._convert = staticmethod(_model_converter(cls))
        fields = dict(cls._fields)
        for name, value in vars(cls).items():
            if isinstance(value, Field):
                fields[name] = cast("Field[object]", value)
        cls._fields = fields
        cls._by_key = {f.key: f for f in fields.values()}

    def __init__(self, **kwargs: Any) -> None:
        fields = self._fields
        data: dict[str, Any] = {}
        for name, value in kwargs.items():
            field = fields.get(name)
            if field is None:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {name!r}")
            if value is not UNSET:
                data[field.key] = to_json(value)
        missing = [n for n, f in fields.items() if f.required and f.key not in data]
        if missing:
            raise TypeError(f"{type(self).__name__}() missing required keyword arguments: {', '.join(missing)}")
        self._data = data

    @classmethod
    def from_dict(cls: type[M], data: dict[str, Any]) -> M:
        """Wrap decoded JSON without copying or validating it."""
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict() takes a dict, not {type(data).__name__}")
        obj = object.__new__(cls)
        obj._data = data
        return obj

    def _synced(self) -> dict[str, Any]:
        """The JSON object behind this model, with the list and map fields kept on it written back."""
        kept = self.__dict__
        if kept:
            data = self._data
            for name, value in kept.items():
                field = self._fields.get(name)
                if field is None or field.conv is None:
                    raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")
                if field.key not in data or field.conv(data[field.key]) != value:
                    data[field.key] = to_json(value)
        return self._data

    def to_dict(self) -> dict[str, Any]:
        """A copy of the JSON object behind this model, unknown fields included; changing it leaves the model as is."""
        return _copy_json(self._synced())  # type: ignore[no-any-return]

    def to_json(self, *, indent: int | None = None) -> str:
        """This model as a JSON string, unknown fields included (``indent`` as in ``json.dumps``)."""
        return json.dumps(self._synced(), indent=indent, ensure_ascii=False)

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields the server sent that this version of the model does not declare."""
        known = {f.key for f in self._fields.values()}
        return {k: v for k, v in self._data.items() if k not in known}

    # Read like a dict too, by attribute name or JSON key: code written for dict-shaped
    # answers keeps working. A declared field the server left out reads as None.
    def __getitem__(self, key: str) -> Any:
        field = self._fields.get(key) or self._by_key.get(key)
        if field is not None:
            return getattr(self, field.name)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def get(self, key: str, default: Any = None) -> Any:
        try:
            value = self[key]
        except KeyError:
            return default
        return default if value is None else value

    def keys(self) -> Any:
        return self._synced().keys()

    def __contains__(self, key: object) -> bool:
        data = self._synced()
        return key in data or (isinstance(key, str) and key in self._fields and self._fields[key].key in data)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._synced() == other._synced()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        data = self._data
        # The Hub's database id (``_id``) beside the object's own ``id`` says nothing more: left out.
        shown = [(name, f) for name, f in self._fields.items() if f.key in data and not (f.key == "_id" and "id" in data)]
        parts = [f"{name}={getattr(self, name)!r}" for name, _ in shown]
        extra = self.extra_fields
        if extra:
            parts.append(f"extra_fields={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __getstate__(self) -> dict[str, Any]:
        return self._synced()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._data = state
