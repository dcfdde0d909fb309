"""Any OpenAI-compatible Chat Completions endpoint: OpenAI, Ollama, vLLM, llama.cpp, LM Studio.

Retries with backoff on 429 (honouring Retry-After), 5xx and connection errors are the SDK's own
(``max_retries``); we add the parts it does not do: a fallback to one non-streaming request when a
stream cannot start, and keeping the text that arrived when a stream breaks midway.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import openai

from ..config import Settings
from ..schema import Schema
from .base import EngineError, Preview, Turn, extract_sql
from .prompts import answer_messages, sql_messages


class StreamBroken(EngineError):
    """The answer stream ended early; ``partial`` holds the text that did arrive."""

    def __init__(self, partial: str, cause: str, user_message: str | None = None) -> None:
        super().__init__(
            f"answer stream broke after {len(partial)} characters: {cause}",
            user_message
            or "The model's answer was cut off before it finished; the part that arrived is kept. Retry to get the whole answer.",
        )
        self.partial = partial


_KEPT = "the part that arrived is kept. Retry to get the whole answer."


def _broken_reason(exc: BaseException) -> str:
    """Why a stream that had started ended early, in words a user can act on."""
    if isinstance(exc, openai.APITimeoutError):
        return f"The model stopped sending its answer midway (it went silent past the time limit); {_KEPT}"
    if isinstance(exc, openai.APIConnectionError):
        return f"The connection to the model dropped before the answer finished; {_KEPT}"
    if isinstance(exc, ValueError):
        return f"The model service sent a malformed piece of the answer, so the stream was ended there; {_KEPT}"
    return f"The model's answer was cut off before it finished; {_KEPT}"


def friendly(exc: BaseException, retries: int = 0) -> str:
    """Turn an SDK error into a sentence for the user, with the next step to take.

    ``retries`` is how many times the SDK already retried, so the message never claims retries that
    did not happen (``QUERYCHAT_MAX_RETRIES=0``).
    """
    after = f" even after {retries} {'retry' if retries == 1 else 'retries'}" if retries else ""
    if isinstance(exc, openai.AuthenticationError):
        return "The model rejected the API key (401). Check OPENAI_API_KEY, or switch to the offline engine."
    if isinstance(exc, openai.PermissionDeniedError):
        return "The API key is not allowed to use this model (403). Check QUERYCHAT_MODEL or the key's permissions."
    if isinstance(exc, openai.NotFoundError):
        return "The model or endpoint was not found (404). Check QUERYCHAT_MODEL and OPENAI_BASE_URL."
    if isinstance(exc, openai.RateLimitError):
        return f"The model service is rate-limiting us (429){after}. Wait a moment and retry."
    if isinstance(exc, openai.APITimeoutError):
        return "The model did not answer in time. Retry, or use the offline engine."
    if isinstance(exc, openai.APIConnectionError):
        return "Could not reach the model service. Check OPENAI_BASE_URL and the network, or use the offline engine."
    if isinstance(exc, openai.InternalServerError):
        return f"The model service had an internal error (5xx){after}. Retry in a moment."
    if isinstance(exc, openai.APIStatusError):
        return f"The model service answered with an error ({exc.status_code}). Retry, or use the offline engine."
    return f"The model call failed: {type(exc).__name__}."


class OpenAIEngine:
    name = "openai"

    def __init__(self, settings: Settings, client: Any | None = None) -> None:
        self.model = settings.model
        self.settings = settings
        self._client = client or openai.OpenAI(
            api_key=settings.api_key or "not-needed",  # local servers accept any key
            base_url=settings.base_url,
            timeout=openai.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s)),
            max_retries=settings.max_retries,
        )

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        try:
            reply = self._client.chat.completions.create(
                model=self.model, messages=sql_messages(question, schema, history, error), temperature=0, stream=False
            )
        except openai.OpenAIError as exc:
            raise EngineError(f"SQL request failed: {exc}", friendly(exc, self.settings.max_retries)) from exc
        text = reply.choices[0].message.content if reply.choices else ""
        return extract_sql(text or "")

    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]:
        messages = answer_messages(question, sql, result, history)
        try:
            stream = self._client.chat.completions.create(model=self.model, messages=messages, temperature=0.2, stream=True)
        except openai.OpenAIError as exc:
            # The stream could not start: one plain request may still get through.
            yield self._fallback(messages, exc)
            return
        got: list[str] = []
        finished = False
        try:
            for chunk in stream:
                if not chunk.choices:  # usage-only and keep-alive chunks
                    continue
                choice = chunk.choices[0]
                text = choice.delta.content if choice.delta else None
                if text:
                    got.append(text)
                    yield text
                if choice.finish_reason:
                    finished = True
        except Exception as exc:  # SDK, transport and decoding errors all end the stream alike
            if not got:
                yield self._fallback(messages, exc)
                return
            raise StreamBroken("".join(got), f"{type(exc).__name__}: {exc}", _broken_reason(exc)) from exc
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()
        if not finished:
            # The body ended without a finish_reason (and so without [DONE]): the server or a proxy
            # closed the connection midway. An SSE stream that is simply cut looks like a clean end.
            if not got:
                yield self._fallback(messages, RuntimeError("the stream ended before any text"))
                return
            cause = "the stream ended without a finish_reason or [DONE]"
            raise StreamBroken("".join(got), cause, f"The connection to the model dropped before the answer finished; {_KEPT}")

    def _fallback(self, messages: list[dict[str, str]], first: BaseException) -> str:
        try:
            reply = self._client.chat.completions.create(model=self.model, messages=messages, temperature=0.2, stream=False)
        except openai.OpenAIError as exc:
            raise EngineError(
                f"answer request failed: {first}; fallback failed: {exc}", friendly(exc, self.settings.max_retries)
            ) from exc
        text = reply.choices[0].message.content if reply.choices else ""
        if not text:
            raise EngineError("the model returned an empty answer", "The model returned an empty answer. Retry.")
        return text
