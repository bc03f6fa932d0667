"""The generated method of an operation, bound to a client's resource, even where the overlay replaces it."""

from __future__ import annotations

from typing import Any


def generated_method(client: Any, dotted: str) -> Any:
    """``client.<resource>.<method>`` as generated.

    Where the overlay gives a method another contract (``list_tree`` of the file layer,
    ``repos.create`` with ``exist_ok``), the operation itself is still the generated method,
    so that is what the contract tests call.
    """
    resource_name, _, method_name = dotted.rpartition(".")
    resource = client
    for part in resource_name.split("."):
        resource = getattr(resource, part)
    for cls in type(resource).__mro__:
        if cls.__module__.startswith("hfhub_api.") and method_name in vars(cls):
            return vars(cls)[method_name].__get__(resource)
    return getattr(resource, method_name)
