"""The small, typed result of one query: capped rows for people and models, the true row count."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas costs ~0.3 s to import; only the UI and downloads need it
    import pandas as pd

MODEL_ROWS = 20


@dataclass(frozen=True)
class QueryResult:
    sql: str
    columns: tuple[str, ...]
    types: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # capped at the fetch limit
    row_count: int  # rows the query really returns
    elapsed_ms: float
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def truncated(self) -> bool:
        return self.row_count > len(self.rows)

    def preview(self, n: int = MODEL_ROWS) -> tuple[tuple[Any, ...], ...]:
        """The rows a model may see: never more than ``n``."""
        return self.rows[:n]

    def to_pandas(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(list(self.rows), columns=_unique(self.columns))

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows and self.rows[0] else None


def _unique(names: tuple[str, ...]) -> list[str]:
    """pandas tolerates duplicate column names badly; ``count_star()`` twice is legal SQL."""
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append(f"{n}_{seen[n]}")
        else:
            seen[n] = 0
            out.append(n)
    return out
