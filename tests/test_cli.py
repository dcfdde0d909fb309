from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SAMPLE


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    e = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QUERYCHAT_"))}
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "querychat", *args], capture_output=True, text=True, cwd=ROOT, env=e, timeout=120
    )


def test_ask_json_counts_penguins_offline() -> None:
    p = run("ask", "--table", f"penguins={SAMPLE / 'penguins.csv'}", "How many penguins are there?", "--json")
    out = json.loads(p.stdout)
    assert p.returncode == 0, p.stderr
    assert out["rows"] == [[344]]
    assert "SELECT" in out["sql"].upper()
    for key in ("sql", "rows_analyzed", "total_rows", "execution_ms", "sql_ms", "first_token_ms", "total_ms", "engine"):
        assert key in out["metadata"], key
    assert out["answer"].strip()


def test_query_rejects_unsafe_sql_with_one_line() -> None:
    p = run("query", "--table", f"penguins={SAMPLE / 'penguins.csv'}", "SELECT 1; DROP TABLE penguins")
    assert p.returncode == 1
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert "one statement" in p.stderr


def test_bad_file_is_one_clear_line(tmp_path) -> None:
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    p = run("ask", "--table", f"t={bad}", "How many rows?")
    assert p.returncode == 1 and "empty" in p.stderr and "Traceback" not in p.stderr


def test_import_does_not_pull_streamlit_or_openai() -> None:
    code = "import querychat, querychat.pipeline, querychat.engines.offline, sys; print(sorted(m for m in ('streamlit','openai') if m in sys.modules))"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.stdout.strip() == "[]", p.stderr
