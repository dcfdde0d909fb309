"""One streamed answer as one stored message: created once, updated in place, always finalised.

This is the bookkeeping half of streaming, kept free of Streamlit so it can be tested directly:
the page renders, ``LiveAnswer`` makes sure the history holds exactly one assistant message per
question, never empty, whatever happens — a finished answer, a failure, a stream that breaks, or
the user stopping the script run midway (Streamlit raises a control exception at the next ``st``
call; the page's ``finally`` calls :meth:`LiveAnswer.interrupted`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any

from ..messages import ChatStore, Message
from ..pipeline import Done, Event, Failed, QueryDone, SqlReady, Token
from ..results import QueryResult

STOPPED_EMPTY = "Stopped before the answer started."


class LiveAnswer:
    """Feeds pipeline events into one assistant message of ``store``."""

    def __init__(
        self,
        store: ChatStore,
        question: str,
        metadata: dict[str, Any] | None = None,
        *,
        reuse: str | None = None,
        stop_flags: MutableMapping[str, str] | None = None,
    ) -> None:
        """``reuse`` names a failed or stopped answer to answer again in place (a retry: no new
        messages, the old attempt's fields cleared); ``stop_flags`` is where a Stop click lands."""
        self.store = store
        self.stop_flags = stop_flags if stop_flags is not None else {}
        meta = {"question": question, **(metadata or {})}
        if reuse is None:
            self.message: Message = store.add("assistant", "", metadata=meta, status="streaming")
        else:
            old = store.get(reuse)
            self.stop_flags.pop(reuse, None)  # an earlier Stop of this answer does not stop its retry
            cleared = {k: None for k in old.metadata if k not in meta}
            attempts = int(old.metadata.get("retries") or 0) + 1
            self.message = store.update(reuse, content="", status="streaming", metadata={**cleared, **meta, "retries": attempts})
        self.parts: list[str] = []
        self.result: QueryResult | None = None
        self.outcome: Done | Failed | None = None

    @property
    def id(self) -> str:
        return self.message.id

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    @property
    def stopped(self) -> bool:
        """The user clicked Stop (the callback already marked the message)."""
        return self.id in self.stop_flags

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def feed(self, event: Event) -> None:
        """Record one event in the store (the page draws it separately)."""
        if isinstance(event, SqlReady):
            self.message = self.store.update(self.id, metadata={"sql": event.sql, "sql_ms": round(event.ms, 2)})
        elif isinstance(event, QueryDone):
            self.result = event.result
            self.message = self.store.update(
                self.id,
                metadata={"execution_ms": round(event.ms, 2), "total_rows": event.result.row_count, "has_result": True},
            )
        elif isinstance(event, Token):
            if self.stopped:
                return
            self.parts.append(event.text)
            self.message = self.store.update(self.id, content=self.text)
        elif isinstance(event, Done):
            self.outcome = event
            content = event.answer or self.text
            self.message = self.store.update(
                self.id,
                content=content or "_(the model returned no text; the result is below)_",
                status="done",
                metadata=event.metadata,
            )
        elif isinstance(event, Failed):
            self.outcome = event
            partial = self.text or event.partial
            meta = {
                **event.metadata,
                "error": event.error,
                "error_stage": event.stage,
                "user_message": event.user_message,
                "incomplete": bool(partial),
            }
            self.message = self.store.update(self.id, content=partial or event.user_message, status="error", metadata=meta)

    def tokens(self, events: Iterable[Event]) -> Iterator[str]:
        """The token texts for ``st.write_stream``, recording every event on the way."""
        for event in events:
            if self.stopped:
                return
            self.feed(event)
            if isinstance(event, Token):
                yield event.text
            elif isinstance(event, (Done, Failed)):
                return

    def fail(self, exc: BaseException, stage: str | None = None) -> None:
        """An unexpected error (a bug, not a model fault): still one clear, non-empty message.

        The stage, unless given, is the first one that had not finished when it happened.
        """
        meta = self.message.metadata
        if stage is None:
            stage = "sql" if "sql" not in meta else "query" if self.result is None else "answer"
        text = f"{type(exc).__name__}: {exc}"
        self.feed(
            Failed(
                stage,  # type: ignore[arg-type]
                text,
                "Something went wrong while answering. The details are below; retry, or rephrase the question.",
                metadata=dict(self.message.metadata),
            )
        )

    def interrupted(self) -> None:
        """The run ended before Done/Failed (stop button, page switch, another click): keep what arrived."""
        if self.finished:
            return
        if self.stopped:
            # The Stop callback marked it already and drew the text it found; a token this run
            # stored in the same instant is dropped, so the history keeps exactly what was shown.
            kept = self.stop_flags[self.id] or self.text or STOPPED_EMPTY  # '' while the callback runs
            self.message = self.store.update(self.id, content=kept)
            return
        self.message = self.store.update(
            self.id, content=self.text or STOPPED_EMPTY, status="stopped", metadata={"stopped": True}
        )
