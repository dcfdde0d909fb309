"""Data sources: where tables live and where validated SQL runs.

``DataSource`` is the interface everything above the data layer uses; ``DuckDBSource`` is the one
implementation today: one in-memory, locked-down DuckDB per browser session. Other engines
(PostgreSQL, Spark) will implement the same methods with their own ``dialect``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import weakref
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from .guard import UnsafeSQLError, limit_sql, validate_sql
from .ingest import DEFAULT_MAX_BYTES, TEXT_SUFFIXES, IngestError, Loaded, read_csv_sql, read_file, table_name_from, text_plan
from .results import QueryResult
from .schema import ColumnProfile, Kind, Schema, TableProfile, quote_ident

DISPLAY_ROWS = 10_000  # rows fetched for people (tables, charts, downloads); models see 20
VALUE_CAP = 5_000  # distinct text values kept per column for value matching


class QueryError(RuntimeError):
    """A query that was allowed but failed to run; the message is meant for the user."""


class QueryTimeout(QueryError):
    """The query ran past the session's time limit and was cancelled."""


@dataclass(frozen=True)
class Limits:
    """Sandbox limits; each can be set from the environment (see SECURITY.md)."""

    memory: str = "1GB"
    threads: int = 2
    timeout_s: float = 5.0
    max_upload_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Limits:
        env = dict(os.environ if env is None else env)
        return cls(
            memory=env.get("QUERYCHAT_MEMORY_LIMIT", cls.memory),
            threads=int(env.get("QUERYCHAT_THREADS", cls.threads)),
            timeout_s=float(env.get("QUERYCHAT_QUERY_TIMEOUT", cls.timeout_s)),
            max_upload_bytes=int(float(env.get("QUERYCHAT_MAX_UPLOAD_MB", DEFAULT_MAX_BYTES / 2**20)) * 2**20),
        )


class DataSource(ABC):
    """What engines, the pipeline and the UI may rely on, whatever database sits underneath."""

    dialect: str = "duckdb"

    @abstractmethod
    def tables(self) -> list[str]: ...

    @abstractmethod
    def schema(self) -> Schema: ...

    @abstractmethod
    def run_validated(self, sql: str, max_rows: int = DISPLAY_ROWS) -> QueryResult:
        """Run SQL that already passed the guard."""

    def validate(self, sql: str) -> str:
        return validate_sql(sql, self.tables(), dialect=self.dialect)

    def query(self, sql: str, max_rows: int = DISPLAY_ROWS) -> QueryResult:
        """Validate untrusted SQL and run the regenerated text, never the raw input."""
        return self.run_validated(self.validate(sql), max_rows)

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


class DuckDBSource(DataSource):
    """One in-memory DuckDB for one session: no file or network access, settings locked."""

    dialect = "duckdb"

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits.from_env()
        # The one directory this session's DuckDB may read: its own private inbox (mode 0700), where a
        # text upload sits only while DuckDB's native CSV reader loads it (no Arrow round trip: ingest
        # within ~1.1x of plain read_csv instead of ~2x). External access is off and the settings are
        # locked before __init__ returns, so no query ever runs with them open; model SQL cannot
        # reach read_csv anyway (the guard), and the inbox holds nothing but this session's uploads.
        self._inbox = tempfile.mkdtemp(prefix="querychat-session-")
        self._inbox_cleanup = weakref.finalize(self, shutil.rmtree, self._inbox, True)
        self._con = duckdb.connect(
            ":memory:",
            config={
                "allow_community_extensions": False,
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "memory_limit": self.limits.memory,
                "threads": self.limits.threads,
                "max_execution_time": str(int(self.limits.timeout_s * 1000)),
            },
        )
        try:
            self._con.execute("SET allowed_directories = [" + _sql_literal(self._inbox + os.sep) + "]")
            self._con.execute("SET enable_external_access = false")
            self._con.execute("SET lock_configuration = true")
        except BaseException:
            self._con.close()
            raise
        self._lock = threading.RLock()
        self._profiles: dict[str, TableProfile] = {}
        self._sources: dict[str, str] = {}
        self.notes: dict[str, list[str]] = {}

    # -- tables --------------------------------------------------------------------------------
    def tables(self) -> list[str]:
        return list(self._sources)

    def add_file(self, path: str | os.PathLike[str], name: str | None = None, filename: str | None = None) -> list[str]:
        """Load a file as one table (or one per Excel sheet); returns the table names."""
        native = self._add_text_native(path, name, filename)
        if native is not None:
            return [native]
        loaded = read_file(path, filename=filename, max_bytes=self.limits.max_upload_bytes)
        names = []
        for item in loaded:
            if name and len(loaded) == 1:
                item.name_hint = name
            names.append(self._materialise(item, filename or Path(path).name))
        return names

    def _add_text_native(self, path: str | os.PathLike[str], name: str | None, filename: str | None) -> str | None:
        """A clean UTF-8 text file, read by DuckDB straight into the session's table; None otherwise.

        Uses ingest's own plan (encoding, options), so the result is the same table the Arrow path
        makes. Anything unusual (another encoding, a malformed line, a limit) returns None and the
        regular path in ``ingest.read_file`` handles it, with its retries and its error messages.
        """
        filename = filename or Path(path).name
        suffix = Path(filename).suffix.lower()
        if suffix not in TEXT_SUFFIXES:
            return None
        try:
            size = os.stat(path).st_size
            if not 0 < size <= self.limits.max_upload_bytes:
                return None
            encoding, opts, notes = text_plan(Path(path), filename, suffix)
        except (OSError, IngestError):
            return None
        if encoding not in ("utf-8", "utf-8-sig"):
            return None
        staged = os.path.join(self._inbox, f"upload-{threading.get_ident()}-{time.monotonic_ns()}{suffix}")
        try:
            try:
                os.link(path, staged)
            except OSError:
                shutil.copyfile(path, staged)
        except OSError:
            return None
        table = self._unique_name(name or table_name_from(filename))
        ident = '"' + table.replace('"', '""') + '"'
        try:
            with self._lock:
                try:
                    self._con.execute(f"CREATE TABLE {ident} AS {read_csv_sql(staged, opts)}")
                    rows = self._con.execute(f"SELECT count(*) FROM {ident}").fetchone()[0]
                    names = [r[0] for r in self._con.execute(f"DESCRIBE {ident}").fetchall()]
                except duckdb.Error:
                    self._con.execute(f"DROP TABLE IF EXISTS {ident}")
                    return None
                if not rows or (len(names) == 1 and not names[0].strip()):
                    self._con.execute(f"DROP TABLE {ident}")  # the regular path says what is wrong
                    return None
        finally:
            try:
                os.unlink(staged)
            except OSError:
                pass
        self._sources[table] = filename
        self.notes[table] = list(notes)
        return table

    def add_bytes(self, data: bytes, filename: str, name: str | None = None) -> list[str]:
        """Uploads arrive as bytes; the readers want a path, so the bytes go to a private temp file."""
        if len(data) > self.limits.max_upload_bytes:
            raise IngestError(
                f"{filename}: {len(data) / 1e6:.0f} MB is over the {self.limits.max_upload_bytes / 1e6:.0f} MB upload limit"
            )
        suffix = Path(filename).suffix.lower()
        fd, tmp = tempfile.mkstemp(suffix=suffix, prefix="querychat-upload-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            return self.add_file(tmp, name=name, filename=filename)
        finally:
            os.unlink(tmp)

    def add_arrow(self, name: str, table: Any, source: str = "") -> str:
        """Register an Arrow table or pandas DataFrame (tests, generated data) as a table."""
        return self._materialise(Loaded(name, table), source or name)

    def _unique_name(self, hint: str) -> str:
        name, n = hint, 1
        while name.lower() in {t.lower() for t in self._sources}:
            n += 1
            name = f"{hint}_{n}"
        return name

    def _materialise(self, item: Loaded, source: str) -> str:
        name = self._unique_name(item.name_hint)
        view = f"__querychat_ingest_{os.getpid()}_{threading.get_ident()}"
        with self._lock:
            self._con.register(view, item.reader)
            try:
                # Always quoted: a name given on the command line may be any text, even a keyword.
                ident = '"' + name.replace('"', '""') + '"'
                self._con.execute(f"CREATE TABLE {ident} AS SELECT * FROM {view}")
            finally:
                self._con.unregister(view)
        self._sources[name] = source
        self.notes[name] = list(item.notes)
        return name

    def drop(self, name: str) -> None:
        if name not in self._sources:
            raise KeyError(name)
        with self._lock:
            self._con.execute(f"DROP TABLE {quote_ident(name)}")
        del self._sources[name]
        self._profiles.pop(name, None)
        self.notes.pop(name, None)

    # -- schema ----------------------------------------------------------------------------------
    def schema(self) -> Schema:
        return Schema(tuple(self.profile(t) for t in self._sources), dialect=self.dialect)

    def profile(self, table: str) -> TableProfile:
        """Computed once per table and cached: the model-facing profile of columns and values."""
        cached = self._profiles.get(table)
        if cached is None:
            cached = self._profiles[table] = self._compute_profile(table)
        return cached

    def _compute_profile(self, table: str) -> TableProfile:
        qt = quote_ident(table)
        with self._lock:
            described = self._con.execute(f"DESCRIBE {qt}").fetchall()
            row_count = self._con.execute(f"SELECT count(*) FROM {qt}").fetchone()[0]
            cols = [(r[0], str(r[1])) for r in described]
            stats_sql = []
            for name, typ in cols:
                q = quote_ident(name)
                orderable = _kind(typ) != "other"
                stats_sql.append(f"count({q})")
                stats_sql.append(f"approx_count_distinct({q})" if orderable else "NULL")
                stats_sql.append(f"min({q})" if orderable and _kind(typ) != "bool" else "NULL")
                stats_sql.append(f"max({q})" if orderable and _kind(typ) != "bool" else "NULL")
            stats = self._con.execute(f"SELECT {', '.join(stats_sql)} FROM {qt}").fetchone() if cols else ()
            profiles = []
            for i, (name, typ) in enumerate(cols):
                nonnull, distinct, lo, hi = stats[4 * i : 4 * i + 4]
                kind = _kind(typ)
                values: tuple[str, ...] = ()
                complete = False
                if kind in ("text", "bool") and nonnull:
                    q = quote_ident(name)
                    top = self._con.execute(
                        f"SELECT CAST({q} AS VARCHAR) v, count(*) n FROM {qt} WHERE {q} IS NOT NULL "
                        f"GROUP BY 1 ORDER BY n DESC, v LIMIT {VALUE_CAP + 1}"
                    ).fetchall()
                    complete = len(top) <= VALUE_CAP
                    values = tuple(r[0] for r in top[:VALUE_CAP])
                    distinct = len(top) if complete else distinct
                profiles.append(
                    ColumnProfile(
                        name=name,
                        type=typ,
                        kind=kind,
                        nulls=row_count - (nonnull or 0),
                        distinct=int(distinct or 0),
                        min=_plain(lo),
                        max=_plain(hi),
                        values=values,
                        values_complete=complete,
                    )
                )
        return TableProfile(table, int(row_count), tuple(profiles), self._sources.get(table, ""))

    # -- queries ---------------------------------------------------------------------------------
    def run_validated(self, sql: str, max_rows: int = DISPLAY_ROWS) -> QueryResult:
        capped = limit_sql(sql, max_rows + 1, self.dialect)
        start = time.perf_counter()
        with self._lock:
            timer = threading.Timer(self.limits.timeout_s + 0.5, self._con.interrupt)
            timer.start()
            try:
                cur = self._con.execute(capped)
                description = cur.description or []
                rows = cur.fetchall()
                row_count = len(rows)
                if row_count > max_rows:
                    rows = rows[:max_rows]
                    row_count = self._con.execute(f"SELECT count(*) FROM ({sql}) AS q").fetchone()[0]
            except duckdb.InterruptException:
                raise QueryTimeout(f"the query ran longer than the {self.limits.timeout_s:g} s limit and was stopped") from None
            except duckdb.OutOfMemoryException:
                raise QueryError(f"the query needed more than the {self.limits.memory} memory limit and was stopped") from None
            except duckdb.PermissionException as exc:
                raise UnsafeSQLError(f"blocked by the sandbox: {_first_line(exc)}") from None
            except duckdb.Error as exc:
                raise QueryError(_first_line(exc)) from None
            finally:
                timer.cancel()
        elapsed = (time.perf_counter() - start) * 1000
        return QueryResult(
            sql=sql,
            columns=tuple(d[0] for d in description),
            types=tuple(str(d[1]) for d in description),
            rows=tuple(tuple(r) for r in rows),
            row_count=int(row_count),
            elapsed_ms=elapsed,
        )

    def preview(self, table: str, n: int = 100) -> QueryResult:
        return self.run_validated(f"SELECT * FROM {quote_ident(table)} LIMIT {int(n)}", n)

    def close(self) -> None:
        self._con.close()
        self._inbox_cleanup()

    def __enter__(self) -> DuckDBSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _kind(duck_type: str) -> Kind:
    t = duck_type.upper()
    if t in ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"):
        return "integer"
    if t in ("FLOAT", "DOUBLE", "REAL") or t.startswith("DECIMAL"):
        return "number"
    if t == "DATE":
        return "date"
    if t.startswith("TIMESTAMP"):
        return "timestamp"
    if t == "BOOLEAN":
        return "bool"
    if t == "VARCHAR" or t.startswith("VARCHAR") or t == "UUID":
        return "text"
    if t in ("TIME",):
        return "text"
    return "other"


def _plain(value: Any) -> Any:
    """Profiles are shown to models and people; dates and decimals read best as strings."""
    if value is None or isinstance(value, (int, float, str)):
        return value
    return str(value)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    lines = [ln for ln in str(exc).strip().splitlines() if ln.strip()]
    return lines[0][:300] if lines else type(exc).__name__


def load_tables(specs: Iterable[tuple[str, str]], limits: Limits | None = None) -> DuckDBSource:
    """A source with ``name=path`` pairs loaded, as the CLI and the evaluation use it."""
    source = DuckDBSource(limits)
    for name, path in specs:
        source.add_file(path, name=name)
    return source
