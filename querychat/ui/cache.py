"""Per-session cache of answer results, keyed by assistant message id.

Streamlit reruns the whole page on every interaction. Re-running an old answer's query on each
rerun would make a long chat slow and could change what an old answer shows, so the result of each
answer is kept here once, with its display frame and chart built lazily and at most once. Message
metadata stays small and plain (it is also the engine's view of history).

Memory is bounded: the newest ``full`` answers keep their whole fetched result (up to the data
layer's 10,000 rows, for the CSV download); older ones are trimmed to ``display_rows``, and a
download of a trimmed result re-runs its (already validated) SQL on demand only.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..results import QueryResult

if TYPE_CHECKING:
    import pandas as pd

DISPLAY_ROWS = 1_000


@dataclass
class CachedResult:
    """One answer's result plus what the UI derived from it (built on first use)."""

    result: QueryResult
    page_id: str
    frame: pd.DataFrame | None = None
    chart: Any = None
    chart_built: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """True when the cached rows are the whole result (a download needs no re-run)."""
        return len(self.result.rows) >= self.result.row_count


class ResultCache:
    """Results by message id, newest last; see the module docstring for the memory policy."""

    def __init__(self, full: int = 10, display_rows: int = DISPLAY_ROWS, max_entries: int = 1_000) -> None:
        self.full = full
        self.display_rows = display_rows
        self.max_entries = max_entries
        self._items: OrderedDict[str, CachedResult] = OrderedDict()
        # Markdown of finished answers by message id, with the content and metadata objects it was
        # built from (messages are replaced, never mutated, so identity says it is still current).
        self.texts: dict[str, tuple[str, dict[str, Any], str]] = {}

    def put(self, message_id: str, result: QueryResult, page_id: str) -> CachedResult:
        entry = CachedResult(result, page_id)
        self._items[message_id] = entry
        self._items.move_to_end(message_id)
        self._trim()
        return entry

    def get(self, message_id: str) -> CachedResult | None:
        return self._items.get(message_id)

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._items

    def __len__(self) -> int:
        return len(self._items)

    def frame(self, message_id: str) -> pd.DataFrame | None:
        """The first ``display_rows`` rows as a DataFrame, built once per answer."""
        entry = self._items.get(message_id)
        if entry is None:
            return None
        if entry.frame is None:
            shown = replace(entry.result, rows=entry.result.rows[: self.display_rows])
            entry.frame = shown.to_pandas()
        return entry.frame

    def chart(self, message_id: str) -> Any:
        """The answer's chart (or None), chosen and built once."""
        entry = self._items.get(message_id)
        if entry is None:
            return None
        if not entry.chart_built:
            from .charts import make_chart

            frame = self.frame(message_id)
            try:
                entry.chart = make_chart(frame, entry.result.types) if frame is not None else None
            except Exception:  # noqa: BLE001 - a chart is a nicety; the table is always there
                entry.chart = None
            entry.chart_built = True
        return entry.chart

    def discard(self, message_id: str) -> None:
        """Forget one answer's result (its retry starts from nothing)."""
        self._items.pop(message_id, None)

    def drop_page(self, page_id: str) -> None:
        """Forget a page's results (its "new chat")."""
        for key in [k for k, v in self._items.items() if v.page_id == page_id]:
            del self._items[key]
        self.texts.clear()  # rebuilt on the next draw: cheap, and no stale page's text is kept

    def _trim(self) -> None:
        keys = list(self._items)
        for key in keys[: max(0, len(keys) - self.full)]:
            entry = self._items[key]
            if len(entry.result.rows) > self.display_rows:
                entry.result = replace(entry.result, rows=entry.result.rows[: self.display_rows])
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)
