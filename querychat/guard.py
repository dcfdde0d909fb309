"""The first wall: only one read-only query over the loaded tables ever reaches the database.

SQL written by a model is untrusted input. It is parsed with sqlglot, checked node by node, and
regenerated, so what runs is exactly the tree that was checked, never the raw text (a statement
hidden after a comment or a second `;` cannot survive the round trip). The sandboxed DuckDB in
``data.py`` is the second wall for anything this one misses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

logging.getLogger("sqlglot").setLevel(logging.ERROR)


class UnsafeSQLError(ValueError):
    """The SQL is not one read-only query over known tables; the message says why, for a person."""


# Statements and clauses that change data, settings, files or the catalogue.
_FORBIDDEN_NODES: dict[type[exp.Expression], str] = {
    exp.Insert: "INSERT changes data",
    exp.Update: "UPDATE changes data",
    exp.Delete: "DELETE changes data",
    exp.Merge: "MERGE changes data",
    exp.Create: "CREATE changes the database",
    exp.Drop: "DROP changes the database",
    exp.Alter: "ALTER changes the database",
    exp.Into: "SELECT ... INTO creates a table",
    exp.Command: "commands such as PRAGMA, SET, LOAD or CALL are not allowed",
    exp.Pragma: "PRAGMA is not allowed",
    exp.Set: "SET changes settings",
    exp.Use: "USE changes the database",
    exp.Copy: "COPY reads or writes files",
    exp.Attach: "ATTACH opens another database",
    exp.Detach: "DETACH changes the catalogue",
    exp.Install: "INSTALL adds extensions",
    exp.Transaction: "transactions are not allowed",
    exp.Commit: "transactions are not allowed",
    exp.Rollback: "transactions are not allowed",
    exp.Describe: "DESCRIBE is not a query over the data",
    exp.Summarize: "SUMMARIZE is not allowed",
}
for _name, _why in (("Export", "EXPORT writes files"), ("Import", "IMPORT reads files"), ("LoadData", "LOAD reads files")):
    if hasattr(exp, _name):
        _FORBIDDEN_NODES[getattr(exp, _name)] = _why

# Functions that reach files, the network, the environment, settings or other catalogues.
_FORBIDDEN_PREFIXES = ("read_", "duckdb_", "pragma_", "parquet_", "iceberg_", "delta_", "sqlite_", "postgres_",
                       "mysql_", "json_execute", "sniff_", "icu_", "pg_", "ducklake_", "arrow_scan")
_FORBIDDEN_SUFFIXES = ("_scan", "_scan_array")
_FORBIDDEN_FUNCS = frozenset(
    """glob query query_table getenv current_setting checkpoint force_checkpoint load_aws_credentials
    which_secret enable_profiling disable_profiling enable_optimizer disable_optimizer system
    set_variable shell read_text read_blob list_files file_exists sql_auto_complete
    current_database current_schema current_schemas current_catalog httpfs_get from_csv_auto
    table_info show_tables show_databases database_size test_all_types test_vector_types
    finalize summary external_file_cache""".split()
)
# Table functions that only generate data in memory; anything else in FROM is rejected.
_ALLOWED_TABLE_FUNCS = frozenset({"range", "generate_series", "unnest"})

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_QUERY_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.Pivot)


def _func_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.this).lower()
    return node.sql_name().lower()


def _forbidden_func(name: str) -> bool:
    name = name.lower()
    return name in _FORBIDDEN_FUNCS or name.startswith(_FORBIDDEN_PREFIXES) or name.endswith(_FORBIDDEN_SUFFIXES)


def parse_one_query(sql: str, dialect: str = "duckdb") -> exp.Expression:
    """Parse text that must hold exactly one statement."""
    if not sql or not sql.strip():
        raise UnsafeSQLError("the SQL is empty")
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnsafeSQLError(f"the SQL could not be parsed: {_ANSI.sub('', first)[:200]}") from None
    if not statements:
        raise UnsafeSQLError("the SQL is empty")
    if len(statements) > 1:
        raise UnsafeSQLError(f"only one statement is allowed, found {len(statements)}")
    return statements[0]


def check_query(tree: exp.Expression, tables: Iterable[str]) -> None:
    """Raise UnsafeSQLError unless the tree is one read-only query over known tables and its CTEs."""
    if not isinstance(tree, _QUERY_ROOTS):
        kind = tree.key.upper() if isinstance(tree, exp.Expression) else type(tree).__name__
        raise UnsafeSQLError(f"only a read-only SELECT query is allowed, not {kind}")
    known = {t.lower() for t in tables}
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for node in tree.walk():
        for forbidden, why in _FORBIDDEN_NODES.items():
            if isinstance(node, forbidden):
                raise UnsafeSQLError(f"not allowed: {why}")
        if isinstance(node, exp.Func):
            name = _func_name(node)
            if _forbidden_func(name) or _forbidden_func(type(node).__name__):
                raise UnsafeSQLError(f"the function {name}() is not allowed: it can reach files, settings or the system")
        if isinstance(node, exp.Table):
            _check_table(node, known, ctes)


def _check_table(node: exp.Table, known: set[str], ctes: set[str]) -> None:
    target = node.this
    if isinstance(target, exp.Func):
        name = _func_name(target)
        if name not in _ALLOWED_TABLE_FUNCS:
            raise UnsafeSQLError(f"the table function {name}() is not allowed")
        return
    if node.args.get("db") is not None or node.args.get("catalog") is not None:
        raise UnsafeSQLError(f"{node.sql()} refers to another schema or database; use the loaded tables only")
    if not isinstance(target, exp.Identifier):
        raise UnsafeSQLError(f"unsupported table reference {node.sql()[:80]}")
    name = target.name.lower()
    if name in ctes or name in known:
        return
    shown = ", ".join(sorted(known)) or "none"
    raise UnsafeSQLError(f"unknown table {target.name!r}; the loaded tables are: {shown}")


def validate_sql(sql: str, tables: Iterable[str], *, dialect: str = "duckdb", limit: int | None = None) -> str:
    """Return the SQL to execute, regenerated from the checked tree (optionally capped to ``limit``)."""
    tree = parse_one_query(sql, dialect)
    check_query(tree, tables)
    if limit is not None:
        tree = _with_limit(tree, limit)
    return tree.sql(dialect=dialect, comments=False)


def limit_sql(sql: str, limit: int, dialect: str = "duckdb") -> str:
    """Cap an already validated query at ``limit`` rows, keeping a smaller LIMIT it already has."""
    return _with_limit(sqlglot.parse_one(sql, read=dialect), limit).sql(dialect=dialect, comments=False)


def _with_limit(tree: exp.Expression, limit: int) -> exp.Expression:
    if not isinstance(tree, exp.Query):
        return exp.select("*").from_(exp.paren(tree).as_("q")).limit(limit)
    existing = tree.args.get("limit")
    if existing is not None:
        value = existing.expression
        if isinstance(value, exp.Literal) and value.is_int and int(value.this) <= limit:
            return tree
        if tree.args.get("offset") is not None or not isinstance(value, exp.Literal):
            return exp.select("*").from_(tree.subquery("q")).limit(limit)
    return tree.limit(limit, copy=True)
