"""Stage timings of an answer and the targets of the query-first design they are compared with.

Plain data so the UI, the CLI and the benchmarks agree on what "fast enough" means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    key: str  # metadata key, in milliseconds
    label: str
    limit_ms: float  # at or under this meets the target
    text: str  # the target as people read it


TARGETS: tuple[Target, ...] = (
    Target("sql_ms", "Writing SQL", 1000.0, "< 1 s"),
    Target("execution_ms", "Running the query", 40.0, "30-40 ms"),
    Target("first_token_ms", "First token", 500.0, "< 500 ms"),
    Target("total_ms", "Whole answer", 5000.0, "2-5 s"),
)


@dataclass(frozen=True)
class StageCheck:
    target: Target
    value_ms: float | None

    @property
    def met(self) -> bool | None:
        return None if self.value_ms is None else self.value_ms <= self.target.limit_ms

    @property
    def delta_ms(self) -> float | None:
        """Negative is good: how far under (or over) the target this stage was."""
        return None if self.value_ms is None else self.value_ms - self.target.limit_ms


def assess(metadata: Mapping[str, Any]) -> list[StageCheck]:
    checks = []
    for t in TARGETS:
        v = metadata.get(t.key)
        checks.append(StageCheck(t, float(v) if isinstance(v, (int, float)) else None))
    return checks


@dataclass(frozen=True)
class TargetShare:
    target: Target
    measured: int
    met: int

    @property
    def share(self) -> float | None:
        return self.met / self.measured if self.measured else None


def summarize(metadatas: Iterable[Mapping[str, Any]]) -> list[TargetShare]:
    """Per target: how many answers were measured and how many met it."""
    rows = [assess(m) for m in metadatas]
    out = []
    for i, t in enumerate(TARGETS):
        values = [r[i] for r in rows if r[i].met is not None]
        out.append(TargetShare(t, len(values), sum(1 for c in values if c.met)))
    return out


def format_ms(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 10:
        return f"{value:.0f} ms"
    return f"{value:.1f} ms"
