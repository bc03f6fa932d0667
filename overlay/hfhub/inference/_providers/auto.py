"""``provider="auto"``: the provider is chosen from the Hub's mapping of the model.

Chat goes to the router's OpenAI-compatible endpoint, which chooses server-side. For the
other tasks the mapping (fetched once per model and client) is read in the Hub's order,
live providers first, and the first one this client can send the task to is used.
``"<model>:<provider>"`` names the provider directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call import TaskCall
from .._plan import Deadline, Plan
from . import check, get, serves
from ._base import Provider

if TYPE_CHECKING:
    from .._plan import Host

__all__ = ["Auto"]


class Auto(Provider):
    name = "auto"
    mapped = False

    def plan(self, call: TaskCall[Any], client: Host, model: str | None, deadline: Deadline, mapping: Any = None) -> Plan:
        if model is None:
            raise ValueError("pass model= (a Hub model id or a URL)")
        if call.task == "conversational":
            return (yield from get("router").plan(call, client, model, deadline))
        repo, _, named = model.partition(":")
        if named:
            if named == "auto":
                raise ValueError(f"unknown provider {named!r} in model {model!r}")
            return (yield from get(check(named)).plan(call, client, repo, deadline))
        if call.task is None:
            return (yield from get("hf-inference").plan(call, client, model, deadline))
        from .._hub import provider_mappings

        mappings = yield from provider_mappings(client, model, deadline)
        candidates = [(name, m) for name, m in mappings if m.task == call.task and serves(name, call.task)]
        candidates.sort(key=lambda pair: pair[1].status != "live")  # stable: the Hub's order otherwise
        for name, found in candidates:
            return (yield from get(name).plan(call, client, model, deadline, mapping=found))
        served = ", ".join(f"{name} ({m.task}, {m.status})" for name, m in mappings) or "none"
        raise ValueError(f"no provider this client supports serves {model} for {call.task!r}; the Hub lists: {served}")
