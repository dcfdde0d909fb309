from __future__ import annotations

import dataclasses

import pytest

from querychat.messages import ChatStore, Message, MessageNotFound


def test_add_returns_message_with_unique_id() -> None:
    store = ChatStore({}, "p")
    a = store.add("user", "hi")
    b = store.add("assistant")
    assert isinstance(a, Message) and a.id.startswith("msg-") and a.id != b.id
    assert a.status == "done" and b.status == "streaming"
    assert [m.id for m in store.messages()] == [a.id, b.id]


def test_update_changes_only_allowed_fields_and_merges_metadata() -> None:
    store = ChatStore({}, "p")
    m = store.add("assistant", metadata={"a": 1})
    u = store.update(m.id, content="x", status="done", metadata={"b": 2})
    assert (u.id, u.role, u.page_id, u.created_at) == (m.id, m.role, m.page_id, m.created_at)
    assert u.content == "x" and u.status == "done" and u.metadata == {"a": 1, "b": 2}
    with pytest.raises(TypeError):
        store.update(m.id, role="user")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        u.content = "y"  # type: ignore[misc]


def test_unknown_id_raises_and_names_page() -> None:
    store = ChatStore({}, "page-a")
    store.add("user", "q")
    with pytest.raises(MessageNotFound, match="page-a"):
        store.update("msg-nope", content="z")


def test_pages_are_isolated_in_one_state() -> None:
    state: dict = {}
    a, b = ChatStore(state, "a"), ChatStore(state, "b")
    a.add("user", "only on a")
    assert b.messages() == [] and len(a.messages()) == 1
    b.add("user", "only on b")
    assert [m.content for m in a.messages()] == ["only on a"]
    a.clear()
    assert a.messages() == [] and len(b.messages()) == 1


def test_many_token_updates_leave_one_message() -> None:
    store = ChatStore({}, "p")
    store.add("user", "q")
    m = store.add("assistant")
    text = ""
    for i in range(500):
        text += f"t{i} "
        store.update(m.id, content=text)
    assert len(store.messages()) == 2
    assert store.messages()[-1].content == text


def test_bad_role_and_status_are_rejected() -> None:
    store = ChatStore({}, "p")
    with pytest.raises(ValueError):
        store.add("system", "x")  # type: ignore[arg-type]
    m = store.add("user", "x")
    with pytest.raises(ValueError):
        store.update(m.id, status="weird")  # type: ignore[arg-type]
