"""Per-page chat histories kept in a mutable mapping (``st.session_state`` in the app).

The store is deliberately strict: a streamed answer is one ``add`` followed by ``update`` calls on
that same message, and an update of an id that does not exist raises instead of silently doing
nothing, so a UI bug can never drop tokens without anyone noticing.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Role = Literal["user", "assistant"]
Status = Literal["streaming", "done", "error", "stopped"]
ROLES: frozenset[str] = frozenset({"user", "assistant"})
STATUSES: frozenset[str] = frozenset({"streaming", "done", "error", "stopped"})


class MessageNotFound(KeyError):
    """Raised when an update names a message the page does not hold."""

    def __init__(self, message_id: str, page_id: str, known: list[str]) -> None:
        shown = ", ".join(known[-10:]) or "none"
        super().__init__(f"no message {message_id!r} on page {page_id!r} (it has: {shown})")
        self.message_id = message_id
        self.page_id = page_id

    def __str__(self) -> str:
        return str(self.args[0])


def new_message_id() -> str:
    """Time-ordered and random, so ids stay unique across reruns, pages and sessions."""
    return f"msg-{time.time_ns():x}-{secrets.token_hex(4)}"


@dataclass(frozen=True)
class Message:
    id: str
    role: Role
    content: str
    page_id: str
    created_at: float
    status: Status = "done"
    metadata: dict[str, Any] = field(default_factory=dict)


class ChatStore:
    """One page's history inside a shared state mapping, under a key derived from the page id."""

    PREFIX = "querychat.history."

    def __init__(self, state: MutableMapping[str, Any], page_id: str) -> None:
        if not page_id:
            raise ValueError("page_id must be a non-empty string")
        self._state = state
        self.page_id = page_id
        self._key = f"{self.PREFIX}{page_id}"

    @property
    def _items(self) -> list[Message]:
        items = self._state.get(self._key)
        if items is None:
            items = []
            self._state[self._key] = items
        return items

    def add(
        self,
        role: Role,
        content: str = "",
        metadata: dict[str, Any] | None = None,
        status: Status | None = None,
    ) -> Message:
        if role not in ROLES:
            raise ValueError(f"role must be 'user' or 'assistant', not {role!r}")
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        msg = Message(
            id=new_message_id(),
            role=role,
            content=content,
            page_id=self.page_id,
            created_at=time.time(),
            status=status or ("streaming" if role == "assistant" and not content else "done"),
            metadata=dict(metadata or {}),
        )
        self._items.append(msg)
        return msg

    def get(self, message_id: str) -> Message:
        for msg in self._items:
            if msg.id == message_id:
                return msg
        raise MessageNotFound(message_id, self.page_id, [m.id for m in self._items])

    def update(
        self,
        message_id: str,
        *,
        content: str | None = None,
        status: Status | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        """Replace content/status and merge metadata; identity fields are never touched."""
        items = self._items
        for i, msg in enumerate(items):
            if msg.id == message_id:
                if status is not None and status not in STATUSES:
                    raise ValueError(f"unknown status {status!r}")
                changes: dict[str, Any] = {}
                if content is not None:
                    changes["content"] = content
                if status is not None:
                    changes["status"] = status
                if metadata is not None:
                    changes["metadata"] = {**msg.metadata, **metadata}
                items[i] = replace(msg, **changes)
                return items[i]
        raise MessageNotFound(message_id, self.page_id, [m.id for m in items])

    def messages(self) -> list[Message]:
        return list(self._items)

    def clear(self) -> None:
        self._state[self._key] = []

    def __len__(self) -> int:
        return len(self._items)
