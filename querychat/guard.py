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
from sqlglot.dialects.dialect import Dialect
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
_FORBIDDEN_PREFIXES = (
    "read_",
    "duckdb_",
    "pragma_",
    "parquet_",
    "iceberg_",
    "delta_",
    "sqlite_",
    "postgres_",
    "mysql_",
    "json_execute",
    "sniff_",
    "icu_",
    "pg_",
    "ducklake_",
    "arrow_scan",
    "st_read",
)
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
_QUERY_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except, exp.Subquery, exp.Pivot, exp.Values)

# What a statement that is not a query does, by its first word: the reason a user reads.
_STATEMENT_WORDS = {
    "ABORT": "it ends a transaction",
    "ALTER": "it changes the database",
    "ANALYZE": "it changes the database statistics",
    "ATTACH": "it opens another database",
    "BEGIN": "it starts a transaction",
    "CALL": "it runs a procedure",
    "CHECKPOINT": "it writes the database to disk",
    "COMMENT": "it changes the catalogue",
    "COMMIT": "it ends a transaction",
    "COPY": "it reads or writes files",
    "CREATE": "it changes the database",
    "DEALLOCATE": "it manages prepared statements",
    "DELETE": "it changes data",
    "DESCRIBE": "it is not a query over the data",
    "DETACH": "it changes the catalogue",
    "DROP": "it changes the database",
    "END": "it ends a transaction",
    "EXECUTE": "it runs a prepared statement",
    "EXPLAIN": "it is not a query over the data",
    "EXPORT": "it writes files",
    "FORCE": "it installs extensions or writes the database",
    "GRANT": "it changes permissions",
    "IMPORT": "it reads files",
    "INSERT": "it changes data",
    "INSTALL": "it adds extensions",
    "LOAD": "it loads extensions",
    "MERGE": "it changes data",
    "PRAGMA": "it reads or changes settings",
    "PREPARE": "it manages prepared statements",
    "RESET": "it changes settings",
    "REVOKE": "it changes permissions",
    "ROLLBACK": "it ends a transaction",
    "SET": "it changes settings",
    "SHOW": "it is not a query over the data",
    "START": "it starts a transaction",
    "SUMMARIZE": "it is not a query over the data",
    "TRUNCATE": "it changes data",
    "UPDATE": "it changes data",
    "UPSERT": "it changes data",
    "USE": "it changes the database",
    "VACUUM": "it rewrites the database",
}
_FIRST_WORD = re.compile(r"\s*(?:(?:--[^\n]*(?:\n|$)|/\*.*?\*/)\s*)*\(?\s*([A-Za-z_]+)", re.DOTALL)


def _statement_reason(sql: str) -> str | None:
    """`DROP is not allowed (it changes the database)...` when the text starts with a statement word."""
    m = _FIRST_WORD.match(sql)
    word = m.group(1).upper() if m else ""
    if word in _STATEMENT_WORDS:
        return f"{word} is not allowed ({_STATEMENT_WORDS[word]}); only one read-only SELECT query is"
    return None


def _parse_problem(exc: SqlglotError) -> str:
    """sqlglot's first error, without its class names and terminal colours."""
    errors = getattr(exc, "errors", None) or []
    if errors and isinstance(errors[0], dict):
        err = errors[0]
        what = re.sub(r"\s*for <class '[^']*'>|<Token token_type: TokenType\.(\w+).*?>", r"\1", str(err.get("description", "")))
        near = str(err.get("highlight") or "").strip()
        where = f" near {near[:40]!r}" if near else ""
        return f"{what}{where} (line {err.get('line')}, column {err.get('col')})"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _ANSI.sub("", first)[:200]


def _func_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        # ``node.name`` unwraps a quoted identifier: "getenv"('HOME') is still getenv.
        return str(node.name).lower()
    return node.sql_name().lower()


def _forbidden_func(name: str) -> bool:
    name = name.lower()
    return name in _FORBIDDEN_FUNCS or name.startswith(_FORBIDDEN_PREFIXES) or name.endswith(_FORBIDDEN_SUFFIXES)


def parse_one_query(sql: str, dialect: str = "duckdb") -> exp.Expression:
    """Parse text that must hold exactly one statement."""
    if not sql or not sql.strip():
        raise UnsafeSQLError("the SQL is empty")
    try:
        reader = Dialect.get_or_raise(dialect)
        tokens = reader.tokenize(sql)
        statements = [s for s in reader.parser().parse(tokens, sql) if s is not None]
    except SqlglotError as exc:
        reason = _statement_reason(sql)
        if reason:
            raise UnsafeSQLError(reason) from None
        raise UnsafeSQLError(f"the SQL could not be parsed: {_parse_problem(exc)}") from None
    if not statements:
        raise UnsafeSQLError("the SQL is empty")
    if len(statements) > 1:
        raise UnsafeSQLError(f"only one statement is allowed, found {len(statements)}")
    for token in tokens:
        for comment in token.comments:
            # Comments never run (the SQL is regenerated without them), but a `;` or a MySQL-style
            # `/*! ... */` in one is an attempt to smuggle a statement past a reviewer: refuse it.
            if ";" in comment or comment.startswith("!"):
                raise UnsafeSQLError("a comment holds a hidden statement (';' or '/*!'); remove the comment")
    return statements[0]


def check_query(tree: exp.Expression, tables: Iterable[str], sql: str = "") -> None:
    """Raise UnsafeSQLError unless the tree is one read-only query over known tables and its CTEs."""
    if not isinstance(tree, _QUERY_ROOTS):
        reason = _statement_reason(sql) if sql else None
        if reason is None:
            for forbidden, why in _FORBIDDEN_NODES.items():
                if isinstance(tree, forbidden):
                    reason = f"not allowed: {why}; only one read-only SELECT query is"
                    break
        if reason is None and isinstance(tree, (exp.Command, exp.DDL, exp.DML)):
            reason = f"only a read-only SELECT query is allowed, not {tree.key.upper()}"
        raise UnsafeSQLError(reason or "this is not a SQL query; write one SELECT (or WITH ... SELECT) query")
    known = {t.lower() for t in tables}
    for node in tree.walk():
        for forbidden, why in _FORBIDDEN_NODES.items():
            if isinstance(node, forbidden):
                raise UnsafeSQLError(f"not allowed: {why}")
        if isinstance(node, exp.Func):
            name = _func_name(node)
            if _forbidden_func(name) or _forbidden_func(type(node).__name__):
                raise UnsafeSQLError(f"the function {name}() is not allowed: it can reach files, settings or the system")
        if isinstance(node, exp.Table):
            _check_table(node, known)


def _ctes_in_scope(node: exp.Expression) -> set[str]:
    """CTE names visible at ``node``: those of every enclosing WITH (a CTE does not leak outward)."""
    names: set[str] = set()
    parent = node.parent
    while parent is not None:
        with_ = parent.args.get("with_") or parent.args.get("with")
        if isinstance(with_, exp.With):
            names.update(cte.alias_or_name.lower() for cte in with_.expressions)
        parent = parent.parent
    return names


def _check_table(node: exp.Table, known: set[str]) -> None:
    target = node.this
    if isinstance(target, exp.Func):
        name = _func_name(target)
        if _forbidden_func(name):
            raise UnsafeSQLError(f"the table function {name}() is not allowed: it can reach files, settings or the system")
        if name not in _ALLOWED_TABLE_FUNCS:
            allowed = ", ".join(f"{f}()" for f in sorted(_ALLOWED_TABLE_FUNCS))
            raise UnsafeSQLError(f"the table function {name}() is not allowed; only the loaded tables and {allowed} are")
        return
    if node.args.get("db") is not None or node.args.get("catalog") is not None:
        raise UnsafeSQLError(f"{node.sql()} refers to another schema or database; use the loaded tables only")
    if not isinstance(target, exp.Identifier):
        raise UnsafeSQLError(f"unsupported table reference {node.sql()[:80]}")
    name = target.name.lower()
    if name in known or name in _ctes_in_scope(node):
        return
    shown = ", ".join(sorted(known)) or "none"
    if re.search(r"[./\\:]", target.name):
        raise UnsafeSQLError(f"{target.name!r} looks like a file or URL; only the loaded tables can be queried: {shown}")
    raise UnsafeSQLError(f"unknown table {target.name!r}; the loaded tables are: {shown}")


def validate_sql(sql: str, tables: Iterable[str], *, dialect: str = "duckdb", limit: int | None = None) -> str:
    """Return the SQL to execute, regenerated from the checked tree (optionally capped to ``limit``)."""
    tree = parse_one_query(sql, dialect)
    check_query(tree, tables, sql)
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
