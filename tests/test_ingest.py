"""Bad files, generated here: each either loads with sensible types or raises IngestError with one
clear line, and the tables already loaded stay intact."""

from __future__ import annotations

import codecs
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from querychat.data import DuckDBSource, Limits
from querychat.ingest import IngestError, detect_encoding, table_name_from


@pytest.fixture
def source() -> DuckDBSource:
    src = DuckDBSource(Limits(timeout_s=5))
    src.add_file(SAMPLE / "penguins.csv", name="penguins")
    yield src
    # Whatever happened to the file, the table that was there before is untouched.
    assert src.query("SELECT count(*) FROM penguins").scalar() == 344
    src.close()


def write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def load(source: DuckDBSource, path: Path) -> tuple[str, dict[str, str], list[tuple]]:
    (name,) = source.add_file(path)
    result = source.query(f'SELECT * FROM "{name}"')
    return name, dict(zip(result.columns, result.types, strict=True)), list(result.rows)


def assert_one_clear_line(exc: IngestError, filename: str) -> None:
    text = str(exc)
    assert text.startswith(f"{filename}: "), text
    assert "\n" not in text and "Traceback" not in text and len(text) < 400, text


# -- files that cannot become a table ------------------------------------------------------------------
rng = random.Random(7)
BAD_FILES = {
    "empty.csv": (b"", "empty"),
    "blank.csv": (b"\n\n  \n", "empty"),
    "header_only.csv": (b"a,b,c\n", "no data rows"),
    "header_only_no_newline.csv": (b"a,b,c", "no data rows"),
    "garbage.csv": (bytes(rng.randrange(256) for _ in range(4000)), "binary"),
    "garbage_without_zeros.csv": (bytes(rng.randrange(1, 256) for _ in range(4000)), "binary"),
    "really_a_workbook.csv": (b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(500)), "Excel"),
    "really_a_png.csv": (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    "truncated.json": (b'[{"a": 1}, {"a": ', "JSON"),
    "broken.parquet": (b"PAR1 not really", "PARQUET"),
    "broken.xlsx": (b"PK\x03\x04 not really a workbook", "XLSX"),
    "program.exe": (b"MZ\x90\x00", "unsupported file type"),
}


@pytest.mark.parametrize("filename", list(BAD_FILES))
def test_bad_file_raises_one_clear_line(tmp_path: Path, source: DuckDBSource, filename: str) -> None:
    data, words = BAD_FILES[filename]
    path = write(tmp_path, filename, data)
    before = source.tables()
    with pytest.raises(IngestError) as info:
        source.add_file(path)
    assert_one_clear_line(info.value, filename)
    assert words in str(info.value), str(info.value)
    assert source.tables() == before


def test_upload_size_limit_is_enforced_and_explained(tmp_path: Path) -> None:
    src = DuckDBSource(Limits(timeout_s=2, max_upload_bytes=1000))
    try:
        data = ("x\n" + "1\n" * 600).encode()
        with pytest.raises(IngestError, match="upload limit"):
            src.add_bytes(data, "big.csv")
        with pytest.raises(IngestError, match="upload limit"):
            src.add_file(write(tmp_path, "big.csv", data))
        assert src.add_bytes(b"x\n1\n", "small.csv") == ["small"]
    finally:
        src.close()


# -- dirty files that load --------------------------------------------------------------------------
def test_latin1_text(tmp_path: Path, source: DuckDBSource) -> None:
    path = write(tmp_path, "latin.csv", "name,city,score\nJosé,Zürich,1\nRenée,Málaga,2\n", "latin-1")
    name, types, rows = load(source, path)
    assert types == {"name": "VARCHAR", "city": "VARCHAR", "score": "BIGINT"}
    assert rows[0][:2] == ("José", "Zürich")
    assert any("read as" in note for note in source.notes[name])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_text(tmp_path: Path, source: DuckDBSource, encoding: str) -> None:
    path = write(tmp_path, f"enc_{encoding}.csv", "name,score\nZoë,1\nJosé,2\n", encoding)
    _, types, rows = load(source, path)
    assert types == {"name": "VARCHAR", "score": "BIGINT"}
    assert [r[0] for r in rows] == ["Zoë", "José"]


def test_detect_encoding() -> None:
    assert detect_encoding(b"a,b\n1,2\n") == "utf-8"
    assert detect_encoding(codecs.BOM_UTF8 + b"a") == "utf-8-sig"
    assert detect_encoding("é,b\n".encode("latin-1")) in ("cp1252", "latin-1")
    assert detect_encoding("abc,def\n".encode("utf-16-le")) == "utf-16-le"
    with pytest.raises(IngestError, match="binary"):
        detect_encoding(b"\x00\x01\x02\x03\xff\xfe\x00\x00\x10")


def test_semicolon_delimiter_with_decimal_commas(tmp_path: Path, source: DuckDBSource) -> None:
    path = write(tmp_path, "european.csv", "product;price;qty\nTee;2,50;3\nCoffee;3,10;1\n")
    _, types, rows = load(source, path)
    assert types == {"product": "VARCHAR", "price": "DOUBLE", "qty": "BIGINT"}
    assert rows[0] == ("Tee", 2.5, 3)


def test_semicolon_delimiter(tmp_path: Path, source: DuckDBSource) -> None:
    path = write(tmp_path, "semi.csv", "a;b;c\n1;2;x\n3;4;y\n")
    name, types, rows = load(source, path)
    assert name == "semi_data"  # SEMI is an SQL keyword
    assert types == {"a": "BIGINT", "b": "BIGINT", "c": "VARCHAR"} and rows == [(1, 2, "x"), (3, 4, "y")]


@pytest.mark.parametrize("filename", ["tabs.tsv", "tabs.txt", "tabs.tab"])
def test_tab_delimiter(tmp_path: Path, source: DuckDBSource, filename: str) -> None:
    _, types, rows = load(source, write(tmp_path, filename, "a\tb\tc\n1\t2.5\tx y\n3\t4\tz\n"))
    assert types == {"a": "BIGINT", "b": "DOUBLE", "c": "VARCHAR"} and rows[0] == (1, 2.5, "x y")


def test_ragged_rows_are_padded(tmp_path: Path, source: DuckDBSource) -> None:
    _, types, rows = load(source, write(tmp_path, "ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n"))
    assert list(types)[:3] == ["a", "b", "c"] and types["a"] == "BIGINT"
    assert len(rows) == 3 and rows[1][:3] == (4, 5, None)


def test_quoted_newlines_commas_and_quotes(tmp_path: Path, source: DuckDBSource) -> None:
    path = write(tmp_path, "quoted.csv", 'id,text\n1,"hello\nworld"\n2,"a, b"\n3,"say ""hi"""\n')
    _, types, rows = load(source, path)
    assert types == {"id": "BIGINT", "text": "VARCHAR"}
    assert rows == [(1, "hello\nworld"), (2, "a, b"), (3, 'say "hi"')]


def test_quoted_newlines_and_ragged_rows_together(tmp_path: Path, source: DuckDBSource) -> None:
    path = write(tmp_path, "both.csv", 'id,text,n\n1,"two\nlines",5\n2,short\n3,"x",7\n')
    _, types, rows = load(source, path)
    assert types["id"] == "BIGINT" and len(rows) == 3 and rows[0][1] == "two\nlines"


def test_none_is_a_category_not_a_missing_value(tmp_path: Path, source: DuckDBSource) -> None:
    _, types, rows = load(source, write(tmp_path, "bags.csv", "model,airbags\na,None\nb,Driver only\nc,NA\n"))
    assert types["airbags"] == "VARCHAR" and [r[1] for r in rows] == ["None", "Driver only", None]


def test_duplicate_and_blank_headers_get_distinct_names(tmp_path: Path, source: DuckDBSource) -> None:
    _, types, rows = load(source, write(tmp_path, "dups.csv", "a,a,b,,\n1,2,3,4,5\n6,7,8,9,10\n"))
    assert len(types) == 5 and len(set(types)) == 5
    assert all(name.strip() for name in types)
    assert list(types)[:2] == ["a", "a_1"] and rows[0] == (1, 2, 3, 4, 5)


def test_null_markers_keep_numeric_columns_numeric(tmp_path: Path, source: DuckDBSource) -> None:
    text = "id,score,count,label\n1,NA,1,x\n2,N/A,,y\n3,null,3,\n4,,NULL,z\n5,7.5,5,NA\n"
    _, types, rows = load(source, write(tmp_path, "nulls.csv", text))
    assert types == {"id": "BIGINT", "score": "DOUBLE", "count": "BIGINT", "label": "VARCHAR"}
    assert [r[1] for r in rows] == [None, None, None, None, 7.5]
    assert [r[2] for r in rows] == [1, None, 3, None, 5]
    assert [r[3] for r in rows] == ["x", "y", None, "z", None]


def test_a_lone_dot_is_a_missing_number_as_stata_writes_it(tmp_path: Path, source: DuckDBSource) -> None:
    _, types, rows = load(source, write(tmp_path, "stata.csv", "county,arrests\n1001,2\n1003,.\n1005,7\n"))
    assert types["arrests"] == "BIGINT" and [r[1] for r in rows] == [2, None, 7]


def test_dates_are_dates(tmp_path: Path, source: DuckDBSource) -> None:
    _, types, _ = load(source, write(tmp_path, "dates.csv", "day,v\n2024-01-05,1\n2024-02-10,2\n"))
    assert types == {"day": "DATE", "v": "BIGINT"}


def test_a_50_mb_file_loads_in_reasonable_time(tmp_path: Path, source: DuckDBSource) -> None:
    import duckdb

    path = tmp_path / "big file.csv"
    duckdb.sql(
        "COPY (SELECT i AS id, 'group_' || (i % 50) AS grp, (i * 7919 % 100000) / 100.0 AS amount, "
        "DATE '2020-01-01' + CAST(i % 1500 AS INTEGER) AS day, "
        "CASE WHEN i % 97 = 0 THEN NULL ELSE 'note ' || (i % 1000) END AS note "
        f"FROM range(1200000) t(i)) TO '{path}' (HEADER, NULLSTR 'NA')"
    )
    assert os.path.getsize(path) > 48e6
    start = time.perf_counter()
    (name,) = source.add_file(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 15, f"{elapsed:.1f} s to load 50 MB"
    assert name == "big_file"
    profile = source.profile(name)
    assert profile.row_count == 1_200_000
    assert {c.name: c.type for c in profile.columns} == {
        "id": "BIGINT",
        "grp": "VARCHAR",
        "amount": "DOUBLE",
        "day": "DATE",
        "note": "VARCHAR",
    }
    assert profile.column("note").nulls == len(range(0, 1_200_000, 97))
    assert source.query(f"SELECT count(DISTINCT grp) FROM {name}").scalar() == 50


# -- names ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("my data (1).csv", "my_data_1"),
        ('O\'Brien "quotes".csv', "o_brien_quotes"),
        ("données été.csv", "donnees_ete"),
        ("x; DROP TABLE penguins; --.csv", "x_drop_table_penguins"),
        ("2024 sales.csv", "t_2024_sales"),
        ("日本.csv", "table_data"),
        ("select.csv", "select_data"),
        ("Order.CSV", "order_data"),
        ("report.final.csv", "report_final"),
    ],
)
def test_file_names_become_plain_unique_identifiers(tmp_path: Path, source: DuckDBSource, filename: str, expected: str) -> None:
    assert table_name_from(filename) == expected
    path = write(tmp_path, filename, "x,y\n1,2\n")
    (name,) = source.add_file(path)
    assert name == expected
    # The name can be used as is, without quotes, through the guard.
    assert source.query(f"SELECT x + y AS s FROM {name}").scalar() == 3
    (again,) = source.add_file(path)
    assert again == f"{expected}_2"
    assert source.query(f"SELECT count(*) FROM {again}").scalar() == 1


def test_explicit_names_that_are_keywords_still_load(tmp_path: Path, source: DuckDBSource) -> None:
    (name,) = source.add_file(write(tmp_path, "a.csv", "x\n1\n"), name="semi")
    assert name == "semi" and "semi" in source.tables()


def test_columns_named_like_keywords_profile_and_answer(source: DuckDBSource) -> None:
    """`lambda` is a DuckDB keyword (light-chain data has `kappa` and `lambda`): the profile and the engine quote it."""
    from querychat.engines.offline import OfflineEngine

    (name,) = source.add_bytes(b"kappa,lambda,left,sex\n1.5,2.5,3,F\n2.0,1.0,4,M\n", "chains.csv")
    schema = source.schema()
    table = schema.table(name)
    assert table is not None and [c.name for c in table.columns] == ["kappa", "lambda", "left", "sex"]
    assert table.column("lambda").max == 2.5  # type: ignore[union-attr]
    sql = OfflineEngine().write_sql("average lambda by sex in chains", schema)
    assert '"lambda"' in sql
    assert sorted(source.run_validated(sql).rows) == [("F", 2.5), ("M", 1.0)]


def test_uploads_as_bytes_use_the_original_file_name(source: DuckDBSource) -> None:
    assert source.add_bytes(b"a,b\n1,2\n", "my data (1).csv") == ["my_data_1"]
    assert source.add_bytes(b"a,b\n1,2\n", "my data (1).csv") == ["my_data_1_2"]


# -- other formats ---------------------------------------------------------------------------------
def test_excel_workbook_one_table_per_sheet(tmp_path: Path, source: DuckDBSource) -> None:
    import pandas as pd

    path = tmp_path / "Budget 2024.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"item": ["a", "b"], "cost": [1.5, 2.0]}).to_excel(writer, sheet_name="Costs", index=False)
        pd.DataFrame({"n": [1, 2, 3]}).to_excel(writer, sheet_name="Other sheet", index=False)
    names = source.add_file(path)
    assert names == ["budget_2024_costs", "budget_2024_other_sheet"]
    assert source.query("SELECT sum(cost) FROM budget_2024_costs").scalar() == 3.5
    assert source.query("SELECT count(*) FROM budget_2024_other_sheet").scalar() == 3


def test_single_sheet_excel_takes_the_file_name(tmp_path: Path, source: DuckDBSource) -> None:
    import pandas as pd

    path = tmp_path / "people.xlsx"
    pd.DataFrame({"name": ["x"], "age": [3]}).to_excel(path, index=False)
    assert source.add_file(path) == ["people"]


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        ("array.json", '[{"a": 1, "b": "x"}, {"a": 2, "b": null}]'),
        ("lines.ndjson", '{"a": 1, "b": "x"}\n{"a": 2, "b": null}\n'),
        ("lines.jsonl", '{"a": 1, "b": "x"}\n{"a": 2}\n'),
    ],
)
def test_json_and_ndjson(tmp_path: Path, source: DuckDBSource, filename: str, text: str) -> None:
    _, types, rows = load(source, write(tmp_path, filename, text))
    assert types == {"a": "BIGINT", "b": "VARCHAR"}
    assert rows == [(1, "x"), (2, None)]


def test_parquet(tmp_path: Path, source: DuckDBSource) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "facts.parquet"
    pq.write_table(pa.table({"k": ["a", "b"], "v": [1.0, None]}), path)
    _, types, rows = load(source, path)
    assert types == {"k": "VARCHAR", "v": "DOUBLE"} and rows == [("a", 1.0), ("b", None)]


# -- the command line ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("filename", "data", "ok"),
    [
        ("garbage.csv", bytes(random.Random(3).randrange(256) for _ in range(3000)), False),
        ("header_only.csv", b"a,b\n", False),
        ("utf16 file.csv", "x,y\n1,2\n".encode("utf-16"), True),
    ],
    ids=["garbage", "header-only", "utf16"],
)
def test_cli_bad_file_gives_one_clear_line(tmp_path: Path, filename: str, data: bytes, ok: bool) -> None:
    path = write(tmp_path, filename, data)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QUERYCHAT_"))}
    p = subprocess.run(
        [sys.executable, "-m", "querychat", "query", "--table", f"t={path}", "SELECT count(*) AS n FROM t"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    if ok:
        assert p.returncode == 0 and p.stdout.split() == ["n", "1"], p.stderr
        return
    assert p.returncode == 1 and "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and filename in lines[0], p.stderr
