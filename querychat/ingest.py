"""Turn a user's file into an Arrow stream, with DuckDB's own readers doing the parsing.

Reading happens on a short-lived, unlocked DuckDB connection that only ever sees the one file the
user gave us; the session's locked-down connection then materialises the stream. That keeps
DuckDB's fast CSV sniffer (delimiter, types, dates, header) while the connection that runs model
SQL never has file access at all.
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

# "None" is not among them: it is a category in real data (no airbags, no exercise), as the shared scorer reads it.
# A lone "." is how Stata and SAS exports write a missing number.
NULL_STRINGS = ["", "NA", "N/A", "n/a", "NaN", "nan", "null", "NULL", "Null", "#N/A", "-", "."]
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".psv", ".dat"}
JSON_SUFFIXES = {".json", ".ndjson", ".jsonl"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
SUPPORTED = sorted(TEXT_SUFFIXES | JSON_SUFFIXES | PARQUET_SUFFIXES | EXCEL_SUFFIXES)
DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # Streamlit's own default upload limit
SNIFF_BYTES = 1 << 20


class IngestError(ValueError):
    """A file we cannot turn into a table; the message is meant for the user as is."""


@dataclass
class Loaded:
    """One table read from a file, ready to be materialised."""

    name_hint: str
    reader: Any  # pyarrow.RecordBatchReader or pyarrow.Table
    notes: list[str] = field(default_factory=list)


def table_name_from(filename: str) -> str:
    """`my data (1).csv` -> `my_data_1`: a plain SQL identifier a model and a person can type."""
    stem = Path(filename).name
    for suffix in sorted(SUPPORTED, key=len, reverse=True):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    name = re.sub(r"[^0-9a-zA-Z]+", "_", stem).strip("_").lower()
    if not name:
        name = "table"
    if name[0].isdigit():
        name = f"t_{name}"
    name = name[:60]
    if name.upper() in _KEYWORDS:  # `select.csv`, `order.csv`, `semi.csv`: a name nobody has to quote
        name = f"{name}_data"
    return name


# SQL keywords that cannot be a bare table name in DuckDB (its reserved and type/function keywords)
# or that sqlglot's DuckDB dialect reads as a statement or operator.
_KEYWORDS = frozenset(
    """ALL ALTER ANALYSE ANALYZE AND ANTI ANY ARRAY AS ASC ASOF ASYMMETRIC AT AUTHORIZATION BETWEEN BINARY
    BOTH BY CASE CAST CHECK COLLATE COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS DEFAULT
    DEFERRABLE DESC DESCRIBE DISTINCT DO DROP ELSE END EXCEPT FALSE FETCH FOR FORCE FOREIGN FREEZE FROM
    FULL GLOB GRANT GROUP HAVING ILIKE IN INITIALLY INNER INSERT INSTALL INTERSECT INTO IS ISNULL JOIN
    LAMBDA LATERAL LEADING LEFT LIKE LIMIT NATURAL NOT NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER
    OVERLAPS PIVOT PIVOT_LONGER PIVOT_WIDER PLACING POSITIONAL PRIMARY QUALIFY REFERENCES RETURNING
    REVOKE RIGHT ROLLBACK SELECT SEMI SHOW SIMILAR SOME SUMMARIZE SYMMETRIC TABLE TABLESAMPLE THEN TO
    TRAILING TRUE UNION UNIQUE UNPACK UNPIVOT USING VALUES VARIADIC VERBOSE WHEN WHERE WINDOW WITH""".split()
)


def detect_encoding(head: bytes) -> str:
    """Good enough for the files people upload: BOMs, UTF-16 without BOM, UTF-8, else latin-1."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.1:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.1:
            return "utf-16-be"
    if b"\x00" in head or _control_share(head) > 0.05:
        raise IngestError("this does not look like a text file (it contains binary data)")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252" if _is_cp1252(head) else "latin-1"


def _decimal_comma(head: bytes) -> bool:
    """`1;2,5;x`: the European CSV dialect, ';' between fields and ',' in numbers."""
    lines = head.decode("latin-1").splitlines()[:50]
    if not lines or lines[0].count(";") <= lines[0].count(","):
        return False
    return any(re.search(r"(^|;)\s*-?\d+,\d+\s*(;|$)", line) for line in lines[1:])


_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])


def _control_share(head: bytes) -> float:
    """Share of bytes that never occur in text (C0 controls other than tab, CR, LF, FF; and DEL)."""
    if not head:
        return 0.0
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # one pass, not 28
    return controls / len(head)


# What a file really is when its name says text: the first bytes of common binary formats.
_MAGIC = {
    b"PK\x03\x04": "a zip archive or an Excel workbook; save it as .xlsx",
    b"PAR1": "a Parquet file; name it .parquet",
    b"\xd0\xcf\x11\xe0": "an old Excel (.xls) or other Office file",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive; unpack it first",
    b"SQLite format 3": "an SQLite database",
}


def _is_cp1252(head: bytes) -> bool:
    try:
        head.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


@contextmanager
def _utf8_copy(path: Path, encoding: str) -> Iterator[Path]:
    """DuckDB's CSV reader only reads UTF-8 without extensions, so other encodings are transcoded."""
    if encoding in ("utf-8", "utf-8-sig"):
        yield path
        return
    fd, tmp = tempfile.mkstemp(suffix=".csv", prefix="querychat-")
    try:
        with (
            open(path, encoding=encoding, errors="replace", newline="") as src,
            os.fdopen(fd, "w", encoding="utf-8", newline="") as dst,
        ):
            while chunk := src.read(1 << 20):
                dst.write(chunk)
        yield Path(tmp)
    finally:
        os.unlink(tmp)


def _connect() -> duckdb.DuckDBPyConnection:
    import duckdb

    return duckdb.connect(
        config={
            "threads": 2,
            "memory_limit": "2GB",
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
        }
    )


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def read_file(path: str | os.PathLike[str], filename: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Loaded]:
    """Read one file into Arrow; raise IngestError with a sentence a user understands."""
    path = Path(path)
    filename = filename or path.name
    suffix = Path(filename).suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(f"{filename}: unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"{filename}: cannot read the file ({exc.strerror})") from None
    if size == 0:
        raise IngestError(f"{filename}: the file is empty")
    if size > max_bytes:
        raise IngestError(f"{filename}: {size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB upload limit")
    hint = table_name_from(filename)
    try:
        if suffix in EXCEL_SUFFIXES:
            return _read_excel(path, filename, hint)
        con = _connect()
        try:
            if suffix in PARQUET_SUFFIXES:
                rel = con.sql(f"SELECT * FROM read_parquet({_sql_str(str(path))})")
                return [Loaded(hint, rel.to_arrow_table())]
            if suffix in JSON_SUFFIXES:
                rel = con.sql(f"SELECT * FROM read_json_auto({_sql_str(str(path))}, sample_size=20000)")
                return [Loaded(hint, rel.to_arrow_table())]
            return [_read_text(con, path, filename, suffix, hint)]
        finally:
            con.close()
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - any reader failure becomes one clear line
        raise IngestError(f"{filename}: could not be read as {suffix[1:].upper()}: {_first_line(exc)}") from None


def text_plan(path: Path, filename: str, suffix: str) -> tuple[str, dict[str, str], list[str]]:
    """Encoding, `read_csv` options and notes for a text file; IngestError when it is not a text table."""
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip():
        raise IngestError(f"{filename}: the file is empty")
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise IngestError(f"{filename}: this is not a text table, it looks like {what}")
    try:
        encoding = detect_encoding(head)
    except IngestError as exc:
        raise IngestError(f"{filename}: {exc}") from None
    notes = [] if encoding.startswith("utf-8") else [f"read as {encoding}"]
    opts = {
        "nullstr": "[" + ", ".join(_sql_str(s) for s in NULL_STRINGS) + "]",
        "null_padding": "true",
        "sample_size": "20480",
    }
    if suffix in (".tsv", ".tab"):
        opts["delim"] = "'\\t'"
    elif suffix == ".psv":
        opts["delim"] = "'|'"
    elif _decimal_comma(head):
        opts.update(delim="';'", decimal_separator="','")
        notes.append("read with ';' between fields and ',' as the decimal mark")
    return encoding, opts, notes


def read_csv_sql(path: str | os.PathLike[str], opts: dict[str, str], extra: dict[str, str] | None = None) -> str:
    """The one `read_csv` query text ingest runs, here and in the session's native fast path (data.py)."""
    args = ", ".join(f"{k}={v}" for k, v in {**opts, **(extra or {})}.items())
    return f"SELECT * FROM read_csv({_sql_str(str(path))}, {args})"


def _read_text(con: duckdb.DuckDBPyConnection, path: Path, filename: str, suffix: str, hint: str) -> Loaded:
    encoding, opts, notes = text_plan(path, filename, suffix)
    with _utf8_copy(path, encoding) as utf8:

        def attempt(extra: dict[str, str]) -> Any:
            return con.sql(read_csv_sql(utf8, opts, extra)).to_arrow_table()

        try:
            table = attempt({})
        except Exception:  # noqa: BLE001 - retry, then retry leniently and say so
            try:
                # The parallel reader cannot pad ragged rows when a quoted field holds a newline.
                table = attempt({"parallel": "false"})
            except Exception:  # noqa: BLE001
                table = attempt({"parallel": "false", "ignore_errors": "true", "strict_mode": "false"})
                notes.append("some malformed lines were skipped")
    if table.num_columns == 1 and table.num_rows == 0 and not table.column_names[0].strip():
        raise IngestError(f"{filename}: no columns found")
    if table.num_rows == 0:
        shown = ", ".join(table.column_names[:8])[:200]
        raise IngestError(f"{filename}: the file has column names ({shown}) but no data rows")
    return Loaded(hint, table, notes)


def _read_excel(path: Path, filename: str, hint: str) -> list[Loaded]:
    import pandas as pd
    import pyarrow as pa

    sheets = pd.read_excel(path, sheet_name=None)
    loaded = []
    for sheet, frame in sheets.items():
        if frame.empty and not len(frame.columns):
            continue
        frame.columns = [str(c) for c in frame.columns]
        name = hint if len(sheets) == 1 else f"{hint}_{table_name_from(str(sheet))}"
        loaded.append(Loaded(name, pa.Table.from_pandas(frame, preserve_index=False)))
    if not loaded:
        raise IngestError(f"{filename}: the workbook has no data")
    return loaded


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
