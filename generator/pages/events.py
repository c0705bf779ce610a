"""The webhooks a document describes as cases of the spec folder's union of webhook events: each
event's object becomes the class its envelope's ``type`` value chooses.

The value is the key the document files the webhook's example under (``customer.created`` for
``EVENTS.CUSTOMER.CREATED``, ``business_validation_rule.created`` for
``EVENTS.BUS_VAL_RULE.CREATED``): the document states it nowhere else, and it is no spelling of
the webhook's name. A webhook with no such key, with several, or with one another case has already
is left to decide."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from generator.model import naming
from generator.pages.folder import Folder, Union
from generator.pages.page import Event, OpenPoint

# Claims a class name for the object of a title: None when free, else the stand-in it gets.
Claim = Callable[[str, str | None, str], str | None]


def cases(
    events: list[Event],
    titles: Mapping[str, str],
    folder: Folder | None,
    source: str,
    claim: Claim,
    points: list[OpenPoint],
) -> list[dict[str, Any]]:
    """The ``cases`` entries of the file for ``events``; ``titles`` maps an object's title to the
    title the file or the folder gives it (a stand-in, where another object took it)."""
    union = _union(events, folder, points)
    if union is None:
        return []
    made: list[dict[str, Any]] = []
    taken = dict(union.cases)
    for event in events:
        title = titles.get(event.title, event.title)
        value = _value(event, union, taken, title, points)
        if value is None:
            continue
        taken[value] = f"the webhook {event.webhook}"
        stem = naming.class_name(" ".join(re.findall(r"[A-Za-z0-9]+", value)))
        variant = f"{stem}{union.name}" if stem else None
        named = claim(title, variant, f"the variant for {value!r}") or variant
        made.append({"union": union.name, "value": value, "class": title, "name": named, "source": source})
    return made


def _union(events: list[Event], folder: Folder | None, points: list[OpenPoint]) -> Union | None:
    """The folder's one tagged union, which the events become cases of; with none, the events are
    objects only (a folder without an envelope); with several, a point to decide."""
    unions = list(folder.unions.values()) if folder is not None else []
    if not events or not unions:
        return None
    if len(unions) == 1:
        return unions[0]
    said = ", ".join(f"{u.name} ({u.where})" for u in unions)
    what = f"the folder has the tagged unions {said}: add the webhooks' cases to `cases`, naming the union of events"
    points.append(OpenPoint(events[0].title, "", what))
    return None


def _value(event: Event, union: Union, taken: dict[str, str], title: str, points: list[OpenPoint]) -> str | None:
    """The ``type`` value of the event's case, or None and a point to decide."""
    if len(event.values) != 1:
        shown = f"under {', '.join(repr(v) for v in event.values)}" if event.values else "under no key"
        what = f"the document files the webhook {event.webhook}'s examples {shown}"
    elif event.values[0] in taken:
        value = event.values[0]
        what = f"the webhook {event.webhook}'s example is filed under {value!r}, as {taken[value]}'s"
    else:
        return event.values[0]
    points.append(OpenPoint(title, "", f"{what}: add its case of {union.name} to `cases` with its `type` value"))
    return None
