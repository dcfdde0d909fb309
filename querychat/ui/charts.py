"""Pick a chart from a result's shape, only when it helps.

Bars for one category and a number, lines for a date (or a year/month number) and a number;
anything else gets no chart, because a wrong chart is worse than a table. The chart is a plain
Vega-Lite spec (no Altair objects), built once per answer and cached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

MAX_BARS = 40
MAX_POINTS = 5000
TIME_NAMES = {"year", "month", "day", "week", "quarter", "hour", "date", "yr", "mon"}


def _kind(duck_type: str) -> str:
    t = duck_type.upper()
    if t in ("DATE",) or t.startswith("TIMESTAMP"):
        return "temporal"
    if t.startswith("DECIMAL") or t in {
        "TINYINT",
        "SMALLINT",
        "INTEGER",
        "BIGINT",
        "HUGEINT",
        "UTINYINT",
        "USMALLINT",
        "UINTEGER",
        "UBIGINT",
        "FLOAT",
        "DOUBLE",
        "REAL",
    }:
        return "number"
    if t.startswith("VARCHAR") or t in ("BOOLEAN", "UUID", "TIME"):
        return "category"
    return "other"


def chart_spec(columns: Sequence[str], types: Sequence[str], n_rows: int) -> dict[str, Any] | None:
    """Which chart, on which columns, as plain data (tested without Altair): or None for no chart."""
    if n_rows < 2 or len(columns) < 2:
        return None
    kinds = [_kind(t) for t in types]
    numbers = [c for c, k in zip(columns, kinds, strict=False) if k == "number"]
    temporal = [c for c, k in zip(columns, kinds, strict=False) if k == "temporal"]
    categories = [c for c, k in zip(columns, kinds, strict=False) if k == "category"]
    # A year or month as a number is time too, when it is named like one and another number remains.
    time_numbers = [c for c in numbers if c.lower() in TIME_NAMES]
    if temporal and numbers and n_rows <= MAX_POINTS:
        return {"mark": "line", "x": temporal[0], "x_type": "temporal", "y": numbers[0], "color": _color(categories)}
    if time_numbers and len(numbers) > len(time_numbers) and n_rows <= MAX_POINTS:
        y = next(c for c in numbers if c not in time_numbers)
        if len(time_numbers) == 1 and not categories:
            return {"mark": "line", "x": time_numbers[0], "x_type": "ordinal", "y": y, "color": None}
        if len(time_numbers) == 1:
            return {"mark": "line", "x": time_numbers[0], "x_type": "ordinal", "y": y, "color": _color(categories)}
    if len(categories) >= 1 and numbers and n_rows <= MAX_BARS:
        color = categories[1] if len(categories) > 1 else None
        return {"mark": "bar", "x": categories[0], "x_type": "nominal", "y": numbers[0], "color": color}
    return None


def _color(categories: Sequence[str]) -> str | None:
    return categories[0] if categories else None


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite chart as plain data: ``st.vega_lite_chart(chart.data, chart.spec)``.

    Built without Altair: Altair's chart objects and their schema validation cost ~10 ms per answer
    (about as much as the query), for a spec this small that we can write out directly.
    """

    data: pd.DataFrame
    spec: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.spec


def make_chart(df: pd.DataFrame, types: Sequence[str]) -> Chart | None:
    """A Vega-Lite chart for the result, or None when its shape does not call for one.

    Columns are renamed to ``c0``, ``c1``... inside the chart: SQL names such as ``avg(mass)`` or
    ``a.b`` mean aggregates and nested fields to Vega-Lite. Titles keep the real names.
    """
    spec = chart_spec(list(df.columns), types, len(df))
    if spec is None:
        return None
    names = {c: f"c{i}" for i, c in enumerate(df.columns)}
    x, y, color = spec["x"], spec["y"], spec["color"]
    if color and df[color].nunique() > 12:  # a legend of 40 colours explains nothing
        color = None
    used = [c for c in dict.fromkeys([x, y, color]) if c]
    data = df[used].rename(columns=names)
    tooltip = [{"field": names[c], "type": _vl_type(data[names[c]], c, spec), "title": c} for c in used]
    enc: dict[str, Any]
    if spec["mark"] == "bar":
        # Horizontal bars keep long category labels readable; the query's own order is kept.
        data[names[x]] = data[names[x]].astype(str)
        order = list(dict.fromkeys(data[names[x]].tolist()))
        enc = {
            "y": {"field": names[x], "type": "nominal", "sort": order, "title": x},
            "x": {"field": names[y], "type": "quantitative", "title": y},
            "tooltip": tooltip,
        }
        mark: dict[str, Any] = {"type": "bar", "cornerRadiusEnd": 3}
        height = min(34 * len(order) + 50, 520)
    else:
        x_type = "temporal" if spec["x_type"] == "temporal" else "ordinal"
        x_enc: dict[str, Any] = {"field": names[x], "type": x_type, "title": x}
        if x_type == "ordinal":
            x_enc["axis"] = {"labelAngle": 0}  # years and months read level, not rotated
        enc = {"x": x_enc, "y": {"field": names[y], "type": "quantitative", "title": y}, "tooltip": tooltip}
        mark = {"type": "line", "point": len(data) <= 60}
        height = 300
    if color:
        enc["color"] = {"field": names[color], "type": "nominal", "title": color}
    return Chart(data, {"mark": mark, "encoding": enc, "height": height})


def _vl_type(series: Any, column: str, spec: dict[str, Any]) -> str:
    if column == spec["x"]:
        return "temporal" if spec["x_type"] == "temporal" else "nominal" if spec["mark"] == "bar" else "ordinal"
    return "quantitative" if column == spec["y"] else "nominal"
