"""The cassettes driven through huggingface_hub's calling contract: hfhub does at least what huggingface_hub does.

See ``hf_contract_replay`` for how each cassette is called, served and marked.
"""

from __future__ import annotations

from typing import Any

import pytest
from hf_contract_replay import Marks, table

# Where hfhub does less than huggingface_hub on purpose.
REFUSED_BEFORE_SENDING = {
    # The test passes a str as the messages; huggingface_hub sends it and gets a 422. hfhub refuses
    # bad input before anything is sent (a TypeError naming the expected shape).
    "chat_completion_unprocessable_entity",
}


@pytest.fixture(scope="module")
def rows() -> dict[str, tuple[Marks, Marks]]:
    return table()


def test_every_cassette_is_driven(rows: dict[str, Any]) -> None:
    assert len(rows) == 35


def test_hfhub_does_at_least_what_huggingface_hub_does(rows: dict[str, tuple[Marks, Marks]]) -> None:
    behind = {}
    for key, (theirs, ours) in rows.items():
        if key in REFUSED_BEFORE_SENDING:
            assert "must be a list of messages" in ours.note and not ours.replays
            continue
        for mark in ("replays", "matches", "parses"):
            if getattr(theirs, mark) and not getattr(ours, mark):
                behind[f"{key}.{mark}"] = ours.note
    assert behind == {}


def test_hfhub_replays_matches_and_parses_every_cassette_it_sends(rows: dict[str, tuple[Marks, Marks]]) -> None:
    failing = {key: ours.note for key, (_, ours) in rows.items()
               if key not in REFUSED_BEFORE_SENDING and not (ours.replays and ours.matches and ours.parses)}
    assert failing == {}
