"""The second wall and the limits: bombs end cleanly at the time or memory limit, the session stays
usable, and the locked-down DuckDB refuses files, extensions and settings even without the guard."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from conftest import ROOT, SAMPLE

from querychat.data import DuckDBSource, Limits, QueryError, QueryTimeout
from querychat.guard import UnsafeSQLError

LIMIT_S = 1.0

BOMBS = {
    "cross join of four copies": "SELECT count(*) FROM penguins a, penguins b, penguins c, penguins d",
    "endless recursive CTE": "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "huge range()": "SELECT sum(range) FROM range(1000000000000)",
    "huge generate_series()": "SELECT count(*) FROM generate_series(1, 100000000000)",
    "huge sort": "SELECT * FROM range(1000000000) ORDER BY random()",
    "memory: giant list": "SELECT list(range) FROM range(1000000000)",
    "memory: doubling string": "WITH RECURSIVE r(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM r) SELECT max(length(s)) FROM r",
}


@pytest.fixture(scope="module")
def source() -> DuckDBSource:
    src = DuckDBSource(Limits(timeout_s=LIMIT_S, memory="1GB", threads=2))
    src.add_file(SAMPLE / "penguins.csv", name="penguins")
    src.add_file(SAMPLE / "seattle_weather.csv", name="seattle_weather")
    yield src
    src.close()


@pytest.mark.parametrize("sql", list(BOMBS.values()), ids=list(BOMBS))
def test_bomb_is_stopped_within_twice_the_limit_and_the_session_survives(source: DuckDBSource, sql: str) -> None:
    start = time.perf_counter()
    with pytest.raises(QueryError) as info:
        source.query(sql)
    elapsed = time.perf_counter() - start
    assert elapsed < 2 * LIMIT_S, f"took {elapsed:.2f} s"
    message = str(info.value)
    if isinstance(info.value, QueryTimeout):
        assert f"{LIMIT_S:g} s limit" in message
    else:
        assert "memory limit" in message, message
    assert "\n" not in message
    # The same source answers the next query, and its tables are intact.
    assert source.query("SELECT count(*) FROM penguins").scalar() == 344
    assert source.query("SELECT count(*) FROM seattle_weather").scalar() == 1461


def test_big_results_are_capped_but_counted(source: DuckDBSource) -> None:
    result = source.query("SELECT * FROM range(50000000)", max_rows=100)
    assert len(result.rows) == 100 and result.row_count == 50_000_000 and result.truncated
    assert len(result.preview()) == 20


# -- the second wall: what if a query got past the guard? --------------------------------------------
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/*')",
        "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
    ],
)
def test_sandbox_blocks_file_and_network_reads_without_the_guard(source: DuckDBSource, sql: str) -> None:
    with pytest.raises((UnsafeSQLError, QueryError)) as info:
        source.run_validated(sql)  # straight past the guard
    assert "disabled" in str(info.value) or "blocked" in str(info.value), str(info.value)


def test_sandbox_has_no_file_replacement_scans_or_python_variables(source: DuckDBSource) -> None:
    import pandas as pd

    secret_frame = pd.DataFrame({"secret": [42]})  # noqa: F841 - what a replacement scan would find
    for sql in ["SELECT * FROM '/etc/hostname'", "SELECT * FROM secret_frame"]:
        with pytest.raises(QueryError):
            source.run_validated(sql)


@pytest.mark.parametrize(
    "statement",
    [
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "SET memory_limit = '64GB'",
        "SET threads = 64",
        "SET max_execution_time = 100000000",
        "SET allow_community_extensions = true",
        "SET autoinstall_known_extensions = true",
        "RESET memory_limit",
    ],
)
def test_locked_options_cannot_be_changed(source: DuckDBSource, statement: str) -> None:
    import duckdb

    with pytest.raises(duckdb.Error, match="locked"):
        source._con.execute(statement)  # the raw connection: no guard at all


@pytest.mark.parametrize(
    "statement",
    ["INSTALL httpfs", "LOAD httpfs", "ATTACH '/tmp/querychat-evil.db' AS evil", "COPY (SELECT 1) TO '/tmp/querychat-x.csv'"],
)
def test_extensions_attach_and_copy_are_refused_by_duckdb_itself(source: DuckDBSource, statement: str) -> None:
    import duckdb

    with pytest.raises(duckdb.PermissionException):
        source._con.execute(statement)
    assert not os.path.exists("/tmp/querychat-x.csv")


def test_settings_are_what_the_limits_say(source: DuckDBSource) -> None:
    rows = dict(
        source._con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('enable_external_access', 'lock_configuration', 'threads', 'allow_community_extensions', "
            "'autoload_known_extensions', 'autoinstall_known_extensions', 'max_execution_time')"
        ).fetchall()
    )
    assert rows["enable_external_access"] == "false"
    assert rows["lock_configuration"] == "true"
    assert rows["allow_community_extensions"] == "false"
    assert rows["autoload_known_extensions"] == "false"
    assert rows["autoinstall_known_extensions"] == "false"
    assert rows["threads"] == "2"
    assert rows["max_execution_time"] == str(int(LIMIT_S * 1000))


def test_each_source_is_its_own_database() -> None:
    a, b = DuckDBSource(Limits(timeout_s=2)), DuckDBSource(Limits(timeout_s=2))
    try:
        a.add_file(SAMPLE / "penguins.csv", name="penguins")
        assert a.tables() == ["penguins"] and b.tables() == []
        with pytest.raises(QueryError):
            b.run_validated("SELECT count(*) FROM penguins")
    finally:
        a.close()
        b.close()


def test_limits_come_from_the_environment() -> None:
    limits = Limits.from_env(
        {
            "QUERYCHAT_QUERY_TIMEOUT": "2.5",
            "QUERYCHAT_MEMORY_LIMIT": "512MB",
            "QUERYCHAT_THREADS": "1",
            "QUERYCHAT_MAX_UPLOAD_MB": "10",
        }
    )
    assert limits == Limits(memory="512MB", threads=1, timeout_s=2.5, max_upload_bytes=10 * 2**20)
    assert Limits.from_env({}) == Limits()


# -- the command line ---------------------------------------------------------------------------
def _cli(*args: str, timeout_s: float) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QUERYCHAT_"))}
    env["QUERYCHAT_QUERY_TIMEOUT"] = f"{timeout_s:g}"
    return subprocess.run(
        [sys.executable, "-m", "querychat", "query", "--table", f"penguins={SAMPLE / 'penguins.csv'}", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize("name", ["cross join of four copies", "endless recursive CTE", "huge range()"])
def test_cli_bomb_exits_nonzero_with_one_line_within_twice_the_limit(name: str) -> None:
    start = time.perf_counter()
    p = _cli(BOMBS[name], timeout_s=LIMIT_S)
    elapsed = time.perf_counter() - start
    assert p.returncode == 1
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "limit" in lines[0], p.stderr
    # Process start-up (imports, loading the table) is not query time; allow for it on top.
    assert elapsed < 2 * LIMIT_S + 1.5, f"{elapsed:.2f} s"


def test_cli_rejects_hostile_sql_with_one_line() -> None:
    p = _cli("SELECT * FROM read_csv('/etc/passwd')", timeout_s=5)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "read_csv" in p.stderr
