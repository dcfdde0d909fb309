"""Engines: the offline rule-based one (default) and any OpenAI-compatible endpoint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Engine, EngineError, NotUnderstood, Preview, Turn, extract_sql

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["Engine", "EngineError", "NotUnderstood", "Preview", "Turn", "extract_sql", "make_engine"]


def make_engine(settings: Settings) -> Engine:
    """Lazy on purpose: the offline path must never pay for importing the openai SDK."""
    if settings.provider == "openai":
        from .openai_engine import OpenAIEngine

        return OpenAIEngine(settings)
    from .offline import OfflineEngine

    return OfflineEngine()
