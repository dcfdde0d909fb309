from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from querychat.data import DuckDBSource
from querychat.engines.base import NotUnderstood, Preview, Turn
from querychat.engines.offline import OfflineEngine
from querychat.pipeline import ask, collect

SHARED_EVAL = ROOT.parent / "shared" / "eval"


def _answer(source: DuckDBSource, question: str, history: list[Turn] | None = None) -> dict:
    return collect(ask(question, source, OfflineEngine(), history or []))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many penguins are there?", [(344,)]),
        ("How many female penguins are there?", [(165,)]),
        ("How many Adelie penguins live on Dream island?", [(56,)]),
        ("How many penguins weigh more than 5000 grams?", [(61,)]),
        ("Which island has the most penguins?", [("Biscoe", 168)]),
        ("How many distinct islands are there?", [(3,)]),
    ],
)
def test_everyday_questions_give_right_rows(penguins_source: DuckDBSource, question: str, expected: list) -> None:
    out = _answer(penguins_source, question)
    assert out["error"] is None, out["error"]
    assert [tuple(r) for r in out["result"].rows] == expected


def test_grouped_average_by_species(penguins_source: DuckDBSource) -> None:
    out = _answer(penguins_source, "What is the average body mass by species?")
    rows = {r[0]: round(r[1], 1) for r in out["result"].rows}
    assert rows == {"Gentoo": 5076.0, "Chinstrap": 3733.1, "Adelie": 3700.7}
    assert "Gentoo" in out["answer"] and "5,076.02" in out["answer"]


def test_dates_by_year_and_month(sample_source: DuckDBSource) -> None:
    out = _answer(sample_source, "What was the total precipitation per year?")
    assert len(out["result"].rows) == 4 and "YEAR" in out["sql"].upper()
    out = _answer(sample_source, "What was the average wind in March 2014?")
    assert "MONTH" in out["sql"].upper() and "2014" in out["sql"]


def test_followups_modify_previous_question(penguins_source: DuckDBSource) -> None:
    engine = OfflineEngine()
    first = collect(ask("How many penguins of each species are there?", penguins_source, engine))
    turn = Turn("How many penguins of each species are there?", first["sql"], first["answer"])
    out = collect(ask("Now by island instead.", penguins_source, engine, [turn]))
    assert {r[0] for r in out["result"].rows} == {"Biscoe", "Dream", "Torgersen"}
    out = collect(ask("Only for female penguins.", penguins_source, engine, [turn]))
    assert "female" in out["sql"] and "species" in out["sql"]


def test_declines_honestly_with_suggestions(penguins_source: DuckDBSource) -> None:
    engine = OfflineEngine()
    with pytest.raises(NotUnderstood) as info:
        engine.write_sql("What is the meaning of life?", penguins_source.schema())
    assert "can't answer" in info.value.user_message and "How many rows are in penguins?" in info.value.user_message
    out = _answer(penguins_source, "How many unicorns are there?")
    assert out["stage"] == "understand" and out["result"] is None


def test_answer_streams_word_by_word_from_rows() -> None:
    engine = OfflineEngine()
    tokens = list(engine.stream_answer("q", "SELECT 1", Preview(("n",), ((42,),), 1)))
    assert len(tokens) > 1 and "42" in "".join(tokens)


def test_engine_is_fast_on_a_wide_table() -> None:
    import pyarrow as pa

    cols = {f"metric_{i}_value": pa.array([float(j) for j in range(200)]) for i in range(45)}
    cols.update({f"cat_{i}": pa.array([f"v{j % 7}" for j in range(200)]) for i in range(5)})
    source = DuckDBSource()
    source.add_arrow("wide", pa.table(cols))
    schema = source.schema()
    engine = OfflineEngine()
    engine.write_sql("What is the average metric 3 value by cat 2?", schema)
    start = time.perf_counter()
    for i in range(20):
        engine.write_sql(f"What is the average metric {i} value by cat {i % 5}?", schema)
    per_question_ms = (time.perf_counter() - start) * 1000 / 20
    print(f"offline engine: {per_question_ms:.2f} ms per question on a 50-column table")
    assert per_question_ms < 1000  # a sanity bound only; bench/ reports the real figure


@pytest.mark.parametrize("cases", ["cases.jsonl", "followups.jsonl"])
def test_dev_set_accuracy_is_pinned(tmp_path: Path, cases: str) -> None:
    """The evaluation contract end to end: CLI eval, then the shared scorer (or ours when absent)."""
    path = SHARED_EVAL / cases
    if not path.exists():
        pytest.skip("shared eval set not beside the project")
    out = tmp_path / "pred.jsonl"
    subprocess.run([sys.executable, "-m", "querychat", "eval", "--cases", str(path), "--out", str(out)], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    score = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--cases", str(path), "--pred", str(out), "--json"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    result = json.loads(score.stdout[: score.stdout.rindex("}") + 1])
    assert result["accuracy"] >= 0.95, [r for r in result["results"] if r["status"] != "right"]


def test_sample_data_exists() -> None:
    assert (SAMPLE / "penguins.csv").exists()


EVAL_DATA = ROOT / "eval" / "data"


@pytest.fixture
def shop_source() -> DuckDBSource:
    source = DuckDBSource()
    source.add_file(EVAL_DATA / "orders.csv", name="orders")
    source.add_file(EVAL_DATA / "customers.csv", name="customers")
    yield source
    source.close()


def test_joins_two_tables_on_their_shared_key(shop_source: DuckDBSource) -> None:
    out = _answer(shop_source, "Total sales by state")
    assert out["error"] is None and "JOIN" in out["sql"].upper() and "customer_id" in out["sql"]
    assert len(out["result"].rows) == 8 and "TX" in out["answer"]
    out = _answer(shop_source, "How many orders came from customers in Texas?")
    assert "'TX'" in out["sql"] and out["result"].rows[0][0] > 100
    out = _answer(shop_source, "How many customers are in each state?")  # one table is enough: no join
    assert "JOIN" not in out["sql"].upper()


def test_yes_no_columns_ids_and_unused_numbers(shop_source: DuckDBSource) -> None:
    out = _answer(shop_source, "What share of orders were returned?")
    assert "returned" in out["sql"] and "%" in out["answer"]
    out = _answer(shop_source, "Which category has the fewest orders?")
    assert "order_id" not in out["sql"] and "COUNT(*)" in out["sql"]
    engine = OfflineEngine()
    with pytest.raises(NotUnderstood) as info:  # a number it cannot place is never silently dropped
        engine.write_sql("How many orders had 17 bananas?", shop_source.schema())
    assert "can't answer" in info.value.user_message and "17" in info.value.user_message


def test_answers_name_people_and_format_numbers() -> None:
    source = DuckDBSource()
    source.add_file(EVAL_DATA / "employees.csv", name="employees")
    out = _answer(source, "Who is the highest paid employee?")
    assert out["answer"].startswith("**Sam Garcia**") and "172,200" in out["answer"]
    out = _answer(source, "How many employees earn more than 100000?")
    assert "salary > 100000" in out["sql"]
    source.close()


def _source(**tables: str) -> DuckDBSource:
    source = DuckDBSource()
    for name, file in tables.items():
        source.add_file(EVAL_DATA / file, name=name)
    return source


@pytest.mark.parametrize(
    ("tables", "question", "must", "must_not"),
    [
        # a group ranked by the sum of a quantity, not the single largest row
        ({"orders": "orders.csv"}, "Which product sold the most units?", ["SUM(quantity)", "GROUP BY product"], []),
        # an adverb names a yes/no column
        ({"employees": "employees.csv"}, "What percentage of employees work remotely?", ["remote", "100.0"], []),
        # "number of" before a numeric column is that column, not a count of rows
        ({"e": "us-employment.csv"}, "What was the highest number of construction jobs?", ["MAX(construction)"], ["COUNT"]),
        ({"orders": "orders.csv"}, "How many units were sold in 2022?", ["SUM(quantity)"], ["COUNT"]),
        # a superlative before the table's own noun asks for rows, named by their label
        ({"movies": "movies.csv"}, "What is the longest movie?", ["title", "runtime_minutes", "LIMIT 1"], ["MAX("]),
        ({"movies": "movies.csv"}, "Top 10 highest grossing movies", ["title", "ORDER BY gross DESC LIMIT 10"], []),
        ({"movies": "movies.csv"}, "Which studio made the most movies?", ["GROUP BY studio", "COUNT(*)"], []),
        ({"movies": "movies.csv"}, "Disney movies with a budget over 100 million", ["budget > 100000000"], []),
        # abbreviated column names (arr_delay, dest) and the direction words "to"/"from"
        ({"flights": "flights.csv"}, "min arrival delay", ["MIN(arr_delay)"], []),
        ({"flights": "flights.csv"}, "Which destination gets the most flights?", ["GROUP BY dest"], []),
        ({"flights": "flights.csv"}, "flights to SFO that left late", ["dest = 'SFO'"], ["origin ="]),
        ({"flights": "flights.csv"}, "How many flights went from SFO to JFK?", ["origin = 'SFO'", "dest = 'JFK'"], []),
        # the other table named as the thing ranked: grouped by its label column over the join
        (
            {"sales": "sales.csv", "products": "products.csv"},
            "What's the best selling product?",
            ["JOIN", "GROUP BY product_name"],
            [],
        ),
        (
            {"sales": "sales.csv", "products": "products.csv"},
            "list products in the Tea category",
            ["category = 'Tea'"],
            ["DISTINCT"],
        ),
        # "daily" over one row per day is not a grouping; "the 3 days with the lowest low" is a row ranking
        ({"ohlc": "ohlc.csv"}, "average daily return", ["AVG(ret)"], ["GROUP BY"]),
        ({"ohlc": "ohlc.csv"}, "Show the 3 days with the lowest low", ["ORDER BY low ASC LIMIT 3"], []),
    ],
)
def test_general_rules_read_new_tables(tables: dict, question: str, must: list[str], must_not: list[str]) -> None:
    source = _source(**tables)
    try:
        sql = OfflineEngine().write_sql(question, source.schema())
        rows = source.run_validated(sql).rows  # the query runs
    finally:
        source.close()
    flat = " ".join(sql.split())
    for part in must:
        assert part in flat, (question, flat)
    for part in must_not:
        assert part not in flat, (question, flat)
    assert rows, (question, flat)


def test_unknown_names_are_declined_and_years_follow_the_data() -> None:
    source = _source(flights="flights.csv", wheat="wheat.csv")
    engine = OfflineEngine()
    try:
        with pytest.raises(NotUnderstood) as info:  # no value is Delta: never silently all flights
            engine.write_sql("average distance of Delta flights", source.schema())
        assert "can't answer" in info.value.user_message and "Delta" in info.value.user_message
        sql = engine.write_sql("average wages before 1700", source.schema())
        assert "year < 1700" in sql.replace('"', "") and "wages <" not in sql
    finally:
        source.close()


@pytest.mark.parametrize(
    ("tables", "question", "must"),
    [
        ({"flights": "flights.csv"}, "average departure delay on weekends", ["ISODOW(flight_date) IN (6, 7)"]),
        ({"flights": "flights.csv"}, "how many flights on weekdays", ["ISODOW(flight_date) IN (1, 2, 3, 4, 5)"]),
        ({"flights": "flights.csv"}, "how many flights in Q1 2020", ["QUARTER(flight_date) = 1", "= 2020"]),
        ({"flights": "flights.csv"}, "number of flights in the third quarter", ["QUARTER(flight_date) = 3"]),
        ({"flights": "flights.csv"}, "average arrival delay in winter", ["MONTH(flight_date) IN (12, 1, 2)"]),
        ({"t": "seattle-temps.csv"}, "average temp in the morning", ['HOUR("date") BETWEEN 6 AND 11']),
        ({"t": "seattle-temps.csv"}, "average temperature by hour", ['GROUP BY HOUR("date")']),
    ],
)
def test_date_concepts(tables: dict, question: str, must: list[str]) -> None:
    source = _source(**tables)
    try:
        sql = " ".join(OfflineEngine().write_sql(question, source.schema()).split())
        assert source.run_validated(sql).rows
    finally:
        source.close()
    for part in must:
        assert part in sql, (question, sql)


@pytest.mark.parametrize(
    ("tables", "question", "word"),
    [
        ({"flights": "flights.csv"}, "average delay for premium flights", "premium"),
        ({"flights": "flights.csv"}, "average dep delay by hour", "hour"),  # a date column has no hours
        ({"flights": "flights.csv"}, "average delay during the morning", "morning"),
        ({"orders": "orders.csv"}, "total sales on rainy days", "rainy"),  # no weather in the data
        ({"employees": "employees.csv"}, "average salary of unionized employees", "unionized"),
        ({"flights": "flights.csv"}, "how many flights last month", "last month"),  # needs today's date
    ],
)
def test_unexplained_words_are_declined_not_dropped(tables: dict, question: str, word: str) -> None:
    source = _source(**tables)
    try:
        with pytest.raises(NotUnderstood) as info:
            OfflineEngine().write_sql(question, source.schema())
    finally:
        source.close()
    assert "can't answer" in info.value.user_message and f'"{word}"' in info.value.user_message


@pytest.mark.parametrize(
    ("tables", "question", "must", "must_not"),
    [
        ({"visits": "visits.csv"}, "avg cost per dept", ["GROUP BY department"], []),  # an abbreviation
        ({"visits": "visits.csv"}, "average cost for uninsured patients", ["insured = FALSE"], []),  # un- on a yes/no column
        ({"visits": "visits.csv"}, "Total cost by insurance status", ["GROUP BY insured"], []),  # same root
        ({"visits": "visits.csv"}, "average length of stay for oncology patients", ["AVG(stay_days)"], ["patient_age"]),
        ({"visits": "visits.csv"}, "What was the most expensive visit?", ["ORDER BY cost DESC LIMIT 1"], ["GROUP BY"]),
        ({"students": "students.csv"}, "How many students are in grade 12?", ["grade_level = 12"], []),
        ({"scores": "scores.csv"}, "How many exams scored below 50?", ["COUNT(*)", "score < 50"], ["SUM("]),
        ({"rides": "rides.csv"}, "avg duration for casual riders vs members", ["GROUP BY member_type"], []),
        ({"rides": "rides.csv"}, "What share of rides were by members?", ["FILTER (WHERE member_type = 'member')"], ["GROUP BY"]),
        ({"rides": "rides.csv"}, "Which station do most rides start from?", ["GROUP BY start_station"], []),
        ({"rides": "rides.csv"}, "total riding time in minutes by bike type", ["SUM(duration_min)", "GROUP BY bike_type"], []),
        ({"sf_temps": "sf-temps.csv"}, "average temperature in San Francisco in July", ['MONTH("date") = 7'], []),
        ({"listings": "listings.csv"}, "How many listings have 3 or more bedrooms?", ["bedrooms >= 3"], []),
        ({"listings": "listings.csv"}, "Show me the 5 most reviewed listings", ["ORDER BY reviews DESC LIMIT 5"], []),
        ({"visits": "visits.csv"}, "What is the maximum length of stay?", ["MAX(stay_days)"], []),
    ],
)
def test_general_rules_of_the_fourth_holdout(tables: dict, question: str, must: list[str], must_not: list[str]) -> None:
    test_general_rules_read_new_tables(tables, question, must, must_not)


@pytest.mark.parametrize(
    "question",
    [
        "Which department has the best doctors?",  # outside knowledge: an unknown noun after a superlative
        "Is the cost of cardiology visits higher than the national average?",
        "What is the ratio of the average cost in cardiology to that in neurology?",
        "Which patients are likely to come back?",
        "Which department is the safest?",  # a superlative of something the data does not hold
        "What will the average cost be next summer?",
    ],
)
def test_questions_beyond_the_data_are_declined(question: str) -> None:
    source = _source(visits="visits.csv")
    try:
        with pytest.raises(NotUnderstood) as info:
            OfflineEngine().write_sql(question, source.schema())
    finally:
        source.close()
    assert "can't answer that yet" in info.value.user_message


def test_snake_case_names_as_typed_are_read_like_column_names(tmp_path: Path) -> None:
    """'by sale_date' groups by that column; 'rows in bars_upload' picks that table."""
    csv = tmp_path / "bars_upload.csv"
    csv.write_text("sale_date,amount\n2023-01-05,10\n2023-01-05,20\n2023-02-07,5\n")
    source = DuckDBSource()
    source.add_file(SAMPLE / "penguins.csv", name="penguins")
    source.add_file(csv)
    out = _answer(source, "What is the total amount by sale_date?")
    assert sorted(r[-1] for r in out["result"].rows) == [5, 30]
    assert _answer(source, "How many rows are in bars_upload?")["result"].rows == ((3,),)
    out = _answer(source, "average body_mass_g by species")
    assert len(out["result"].rows) == 3


def test_answers_name_what_was_counted_and_declines_read_as_sentences(penguins_source: DuckDBSource) -> None:
    assert "most penguins" in _answer(penguins_source, "Which island has the most penguins?")["answer"]
    out = _answer(penguins_source, "How many unicorns are there?")
    assert ". but" not in out["error"] and "could not tell what to count" in out["error"]


@pytest.mark.parametrize(
    ("tables", "question", "must", "must_not"),
    [
        ({"flights": "flights.csv"}, "how many flights weren't cancelled", ["cancelled = FALSE"], []),  # n't negates
        ({"sales": "sales.csv"}, "monthly sale count for 2023", ["ORDER BY MONTH(sale_date)"], ["ORDER BY count"]),
        ({"songs": "songs.csv"}, "number of songs released in 2019", ["release_year = 2019"], []),  # a year-named column
        ({"movies": "movies.csv"}, "list all movies by Warner Bros", ["studio = 'Warner Bros'"], ["GROUP BY"]),
        ({"listings": "listings.csv"}, "top 2 neighborhoods by total reviews", ["SUM(reviews)", "LIMIT 2"], ["GROUP BY reviews"]),
        ({"visits": "visits.csv"}, "which department receives the most visits", ["GROUP BY department", "COUNT(*)"], []),
        ({"rides": "rides.csv"}, "distribution of bike types", ["GROUP BY bike_type", "COUNT(*)"], []),
        ({"visits": "visits.csv"}, "visits over time", ["DATE_TRUNC('month', visit_date)", "ORDER BY DATE_TRUNC"], []),
        ({"movies": "movies.csv"}, "average rating trend", ['GROUP BY "year"', "AVG(rating)"], []),
        ({"movies": "movies.csv"}, "which studios have an average rating above 6", ["HAVING AVG(rating) > 6"], ["WHERE"]),
        ({"listings": "listings.csv"}, "Which neighborhoods have more than 140 listings?", ["HAVING COUNT(*) > 140"], []),
        ({"flights": "flights.csv"}, "most common destination", ["GROUP BY dest", "ORDER BY count DESC LIMIT 1"], []),
        ({"movies": "movies.csv"}, "the movie with the third highest gross", ["ORDER BY gross DESC LIMIT 1 OFFSET 2"], []),
        ({"movies": "movies.csv"}, "studios sorted by average budget", ["GROUP BY studio", "AVG(budget)"], []),
        ({"orders": "orders.csv"}, "share of orders that had a discount", ["FILTER (WHERE discount > 0)"], []),
        ({"orders": "orders.csv"}, "how many orders with no discount", ["discount = 0"], ["returned"]),
    ],
)
def test_general_rules_of_the_sixth_holdout(tables: dict, question: str, must: list[str], must_not: list[str]) -> None:
    test_general_rules_read_new_tables(tables, question, must, must_not)


@pytest.mark.parametrize(
    ("tables", "question", "must", "must_not"),
    [
        ({"movies": "movies.csv"}, "movies in 2020 sorted by gross", ["ORDER BY gross ASC"], []),  # rows in the asked order
        ({"movies": "movies.csv"}, "movies ranked by rating", ["ORDER BY rating DESC"], ["GROUP BY"]),
        ({"movies": "movies.csv"}, "what is the lowest rated horror movie", ["ORDER BY rating ASC LIMIT 1"], ["MIN("]),
        ({"movies": "movies.csv"}, "What genre makes the most money?", ["SUM(gross)"], []),
        ({"cars": "cars.csv"}, "cars per origin", ["COUNT(*)", 'GROUP BY "Origin"'], ["Miles_per_Gallon"]),  # 'per' in a name
        ({"cars": "cars.csv"}, "max horsepower 8 cylinders", ['MAX("Horsepower")', '"Cylinders" = 8'], []),
    ],
)
def test_rows_in_order_and_measures_beside_filters(tables: dict, question: str, must: list[str], must_not: list[str]) -> None:
    test_general_rules_read_new_tables(tables, question, must, must_not)


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("I want the average tip for trips longer than 10 miles", ["AVG(tip_amount)", "trip_miles > 10"], ["AVG(trip_miles)"]),
        ("median passenger count", ["MEDIAN(passenger_count)"], ["COUNT(*)"]),  # a column called *_count
        ("Average trip distance per borough", ["AVG(trip_miles)"], []),
        ("the 5 most expensive trips", ["trip_id", "ORDER BY fare_amount DESC LIMIT 5"], []),  # rows carry their id
    ],
)
def test_general_rules_of_the_seventh_holdout(question: str, must: list[str], must_not: list[str]) -> None:
    test_general_rules_read_new_tables({"taxi_trips": "taxi_trips.csv"}, question, must, must_not)


@pytest.mark.parametrize(
    ("tables", "question", "must", "must_not"),
    [
        ({"listings": "listings.csv"}, "cheapest neighborhood", ["AVG(price_per_night)", "ASC LIMIT 1"], ["MIN("]),
        ({"listings": "listings.csv"}, "top 3 neighborhoods by price", ["AVG(price_per_night)", "LIMIT 3"], ["MAX("]),
        ({"listings": "listings.csv"}, "which neighborhood has the maximum price", ["MAX(price_per_night)"], ["AVG("]),
        ({"taxi_trips": "taxi_trips.csv"}, "fares over time", ["AVG(fare_amount)"], ["SUM("]),  # a price, not a total
        ({"taxi_trips": "taxi_trips.csv"}, "total fare by borough", ["SUM(fare_amount)"], []),
        ({"taxi_trips": "taxi_trips.csv"}, "busiest borough", ["COUNT(*)", "DESC LIMIT 1"], []),
        ({"shop_orders": "shop_orders.csv"}, "units sold per category", ["SUM(quantity)"], []),
    ],
)
def test_prices_rank_groups_by_their_average_and_busiest_counts(
    tables: dict, question: str, must: list[str], must_not: list[str]
) -> None:
    test_general_rules_read_new_tables(tables, question, must, must_not)


def _csv_source(name: str, text: str) -> DuckDBSource:
    source = DuckDBSource()
    source.add_bytes(text.encode(), f"{name}.csv", name=name)
    return source


_SUBSCRIBERS = "sub_id,tier,age,signup_date,weekly_price,logins_per_week,active\n" + "\n".join(
    f"{i},{['Gold', 'Silver', 'Kids'][i % 3]},{18 + (i * 7) % 60},2023-{1 + i % 12:02d}-{1 + i % 27:02d},"
    f"{5 + i % 4}.5,{i % 9},{'yes' if i % 4 else 'no'}"
    for i in range(1, 61)
)
_PARCELS = "parcel_id,carrier,category,sent_date,delivered_date,days_overdue,weight_kg\n" + "\n".join(
    f"{i},{['Fast', 'Cheap'][i % 2]},{['Children' + chr(39) + 's', 'Garden', 'Tools'][i % 3]},2024-03-{1 + i % 27:02d},"
    f"{'' if i % 5 == 0 else f'2024-04-{1 + i % 27:02d}'},{max(0, i % 7 - 4)},{1 + i % 6}"
    for i in range(1, 61)
)


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # 1. a period word inside a matched column name is not a time grouping
        ("subscribers", "avg weekly price gold", ["AVG(weekly_price)", "tier = 'Gold'"], ["GROUP BY", "WEEK"]),
        ("subscribers", "total weekly prices by tier", ["GROUP BY tier"], ["signup_date"]),
        ("subscribers", "average logins per week by tier", ["AVG(logins_per_week)", "GROUP BY tier"], ["logins_per_week,"]),
        # 3. in-/non-/not on a yes/no column
        ("subscribers", "inactive subscribers by tier", ["active = FALSE", "GROUP BY tier"], []),
        ("subscribers", "non-active subscribers", ["active = FALSE"], []),
        ("subscribers", "subscribers who are not active", ["active = FALSE"], []),
        # 4. "over 60" with no unit on a table about people: its only age column
        ("subscribers", "subscribers over 60 in the silver tier", ["age > 60", "tier = 'Silver'"], []),
        # 2. an empty date named by a negated verb; a count column named by its adjective after a verb
        ("parcels", "How many parcels haven't been delivered?", ["delivered_date IS NULL"], []),
        ("parcels", "how many parcels were delivered overdue", ["days_overdue > 0"], ["IS NULL"]),
        ("parcels", "total days overdue for Fast", ["SUM(days_overdue)"], ["> 0"]),
        # 3. a possessive value
        ("parcels", "What's the average weight of children's parcels?", ["AVG(weight_kg)", "category = 'Children''s'"], []),
    ],
)
def test_round7_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _SUBSCRIBERS if table == "subscribers" else _PARCELS), question, must, must_not)


def _check_reading(
    source: DuckDBSource, question: str, must: list[str], must_not: list[str], *, decline_if_empty: bool = False
) -> None:
    """The SQL read from a question holds every `must` part and no `must_not` part and runs; a decline passes only
    when nothing is required (and, with `decline_if_empty`, an empty `must` requires the decline)."""
    try:
        try:
            sql = OfflineEngine().write_sql(question, source.schema())
        except NotUnderstood:
            assert not must, question
            return
        assert must or not decline_if_empty, (question, sql)  # a question meant to be declined was answered
        source.run_validated(sql)  # the query runs
    finally:
        source.close()
    flat = " ".join(sql.split())
    for part in must:
        assert part in flat, (question, flat)
    for part in must_not:
        assert part not in flat, (question, flat)


def test_a_measure_word_no_column_holds_is_declined_not_counted() -> None:
    source = _csv_source("parcels", _PARCELS)
    try:
        for question in ("revenue per carrier", "profit by category"):
            with pytest.raises(NotUnderstood):
                OfflineEngine().write_sql(question, source.schema())
        assert "COUNT(*)" in OfflineEngine().write_sql("parcels per carrier", source.schema())
    finally:
        source.close()


# Rounds 8-15 (real public data with terse names): the same rules over small tables of other names.
_AUTOS = "model,hp,wt,cyl,qsec\n" + "\n".join(
    f"Model {chr(65 + i % 26)}{i},{60 + (i * 37) % 250},{1.5 + (i * 13) % 40 / 10},{[4, 6, 8][i % 3]},{14 + i % 9}.5"
    for i in range(1, 41)
)
_COUNTIES = "county,state,poptotal,popdensity,percollege,inmetro\n" + "\n".join(
    f"C{i},{['OH', 'IN', 'WI'][i % 3]},{1000 * (i * 7 % 90 + 5)},{(i * 11) % 400 + 0.5},{(i * 3) % 40 + 0.25},{i % 2}"
    for i in range(1, 61)
)
_HOMES = "price,lotsize,bedrooms,airco,prefarea\n" + "\n".join(
    f"{40000 + (i * 7919) % 90000},{2000 + (i * 313) % 8000},{1 + i % 5},{'yes' if i % 3 == 0 else 'no'},{'yes' if i % 4 == 0 else 'no'}"
    for i in range(1, 81)
)
_NAP_STUDY = "name,vore,sleep_total,bodywt\n" + "\n".join(
    f"{['Cheetah', 'Owl monkey', 'Vole', 'Cow', 'Sloth', 'Lion', 'Mole', 'Bat'][i % 8]} {i},{['herbi', 'carni', 'omni', 'insecti'][i % 4]},{4 + (i * 7) % 16}.5,{(i * 17) % 300 + 0.5}"
    for i in range(1, 41)
)
_FACULTY = "rank,discipline,salary,year\n" + "\n".join(
    f"{['AsstProf', 'AssocProf', 'Prof'][i % 3]},{'AB'[i % 2]},{60000 + (i * 977) % 90000},{2000 + i % 6}" for i in range(1, 61)
)
_ROUND8_TABLES = {"autocars": _AUTOS, "countystats": _COUNTIES, "homes": _HOMES, "napstudy": _NAP_STUDY, "faculty": _FACULTY}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # rows named inside the table's name; skeleton column names (hp, wt, cyl)
        ("autocars", "Which car is the heaviest?", ["ORDER BY wt DESC", "model"], []),
        ("autocars", "Top 3 cars by horsepower", ["ORDER BY hp DESC", "LIMIT 3"], ["GROUP BY"]),
        ("autocars", "total horsepower of the 6 cylinder cars", ["SUM(hp)", "cyl = 6"], []),
        # glued column names (poptotal, popdensity, percollege)
        ("countystats", "Total population by state", ["SUM(poptotal)", "GROUP BY state"], []),
        ("countystats", "median population density in WI", ["MEDIAN(popdensity)", "state = 'WI'"], []),
        ("countystats", "top 5 counties by percent college educated", ["ORDER BY percollege DESC", "LIMIT 5"], ["percent FROM"]),
        # two question words spelling a glued yes/no column; the column asked of one ranked row
        ("homes", "How many homes have air conditioning?", ["airco = TRUE"], []),
        ("homes", "What percentage of homes are in a preferred area?", ["prefarea = TRUE"], []),
        ("homes", "What is the lot size of the most expensive home?", ["lotsize", "ORDER BY price DESC", "LIMIT 1"], []),
        # values written short; rows named by an unknown head noun over a table not named for them
        ("napstudy", "How many herbivores are there?", ["vore = 'herbi'"], []),
        ("napstudy", "Which animal sleeps the most?", ["ORDER BY sleep_total DESC", "name"], []),
        ("napstudy", "Average body weight of carnivores", ["AVG(bodywt)", "vore = 'carni'"], []),
        ("faculty", "median salary of associate professors", ["MEDIAN(salary)", "rank = 'AssocProf'"], []),
        ("faculty", "median salary of assistant professors", ["rank = 'AsstProf'"], []),
        # a year after the data's last one is a forecast: declined, not an empty answer
        ("faculty", "What will the average salary be in 2030?", [], []),
        ("faculty", "average salary in 2030", [], []),
    ],
)
def test_round8_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND8_TABLES[table]), question, must, must_not, decline_if_empty=True)


# Rounds 16-17 (car, plyr, Ecdat and the vega-datasets npm files): the same rules over small tables of other names.
_POLL = "answer,region,smoker,n\n" + "\n".join(  # a frequency table: every combination once, `n` cases each
    f"{a},{r},{s},{(i * 37) % 90 + 5}"
    for i, (a, r, s) in enumerate(
        (a, r, s) for a in ("agree", "disagree") for r in ("North", "South", "East") for s in ("Smoker", "Non")
    )
)
_TRIALS = "trap,catch\n" + "\n".join(f"{'ABC'[i % 3]},{(i * 7) % 20}" for i in range(1, 31))  # a measured count, repeated traps
_ROUTES = "origin,destination,hours,dist\n" + "\n".join(
    f"{['SEA', 'PDX', 'BOI'][i % 3]},{['PDX', 'BOI', 'SEA'][(i + 1 + i // 3) % 3]},{(i * 13) % 9 + 1},{100 + i * 7}"
    for i in range(1, 41)
)
_NATIONS = "nation,gdp,literacy\n" + "\n".join(
    f"Land.{chr(65 + i)},{'' if i % 5 == 0 else 1000 + (i * 331) % 9000},{0.4 + (i * 7) % 50 / 100}" for i in range(20)
)
_SECTORS = "series,year,month,rate,count\n" + "\n".join(
    f"{['Mining', 'Retail', 'Finance'][i % 3]},{2000 + i // 36},{1 + (i // 3) % 12},{2 + (i * 17) % 80 / 10},{100 + i}"
    for i in range(108)
)
_ANOMALY = "year,temp\n" + "\n".join(f"{1950 + i},{((i * 37) % 50 - 20) / 100}" for i in range(40))
_CALAMITIES = "Entity,Year,Deaths\n" + "\n".join(
    f"{['Drought', 'Storm', 'Wildfire'][i % 3]},{1990 + i // 3},{(i * 97) % 5000}" for i in range(45)
)
_HAILSTORMS = "Storm Name,Time of day,Hail Size,Damage USD\n" + "\n".join(
    f"S{i},{['Day', 'Night', 'Dusk'][i % 3]},{['Small', 'Large'][i % 2]},{(i * 1231) % 90000}" for i in range(1, 41)
)
_WELL_COUNTIES = "county,acres,wells\n" + "\n".join(f"County {chr(65 + i)},{1000 + i * 17},{(i * 7) % 11}" for i in range(20))
_LEAGUES = "division,home_team,home_goals\n" + "\n".join(
    f"{['Scottish Premiership League', 'English Championship League'][i % 2]},T{i % 5},{i % 4}" for i in range(30)
)
_OZONE = "Date,O3,adjusted O3\n" + "\n".join(
    f"{1990 + i // 12}-{1 + i % 12:02d}-01,{30 + (i * 7) % 25}.5,{31 + (i * 5) % 20}.5" for i in range(60)
)
_COMMITS = "time,count\n" + "\n".join(f"2020-03-{1 + i // 24:02d} {i % 24:02d}:00:00,{(i * 13) % 40}" for i in range(96))
_DONORS = "Donor_Name,Party_Code,Party_Affiliation,Total_Gifts\n" + "\n".join(
    f"Donor {i},{[1, 2, 3][i % 3]},{['DEM', 'REP', 'GRN'][i % 3]},{(i * 977) % 9000 + 10}" for i in range(1, 31)
)
_ECONOMY = "year,quarter,realgdp,realinv,cpi\n" + "\n".join(
    f"{1990 + i // 4},{1 + i % 4},{9000 + i * 37}.5,{1500 + (i * 11) % 300}.25,{100 + i}.5" for i in range(40)
)
_FILMS = "Title,Distributor,Creative Type,Director\n" + "\n".join(
    f"{['Made', 'Up', 'Heat', 'Ran'][i % 4]} {i // 4 if i > 3 else ''},{['Distributor Unknown', 'Fox', 'Sony'][i % 3]},"
    f"{['Super Hero', 'Contemporary Fiction'][i % 2]},{['Ann Lee', 'Bo Park', 'Cy Diaz'][i % 3]}"
    for i in range(30)
)
_SITE_GUSTS = "longitude,latitude,dir,dirCat,speed\n" + "\n".join(
    f"{i * 0.25},{45 + i * 0.1},{(i * 37) % 360},{[0, 90, 180, 270][i % 4]},{(i * 13) % 20}.5" for i in range(40)
)
_JOBLESS = "id,rate\n" + "\n".join(f"{1000 + i * 3},{((i * 7) % 40 + 2) / 1000}" for i in range(30))
_RATES = "year,unemp,tbilrate\n" + "\n".join(f"{1960 + i},{3 + (i * 7) % 8}.5,{1 + (i * 5) % 12}.25" for i in range(40))
_NESTS = "studyName,Individual ID,Clutch Completion,Body Mass (g)\n" + "\n".join(
    f"PAL{i % 3},N{i}A{i % 2},{'Yes' if i % 4 else 'No'},{3000 + (i * 211) % 2500}" for i in range(60)
)
_LARDER = "date,beef,veal\n" + "\n".join(
    f"{1950 + i // 12}-{1 + i % 12:02d}-01,{1500 + (i * 37) % 1200},{5 + (i * 3) % 20}" for i in range(60)
)
_TRIAL = "Treat,Prewt,Postwt\n" + "\n".join(
    f"{['Cont', 'CBT', 'FT'][i % 3]},{75 + (i * 7) % 20}.5,{78 + (i * 5) % 22}.5" for i in range(45)
)
_SLEEPY = "Reaction,Days,Subject\n" + "\n".join(f"{200 + (i * 17) % 250}.5,{i % 10},{300 + i // 10}" for i in range(60))
_CASE_CONTROL = "agegp,alcgp,ncases,ncontrols\n" + "\n".join(
    f"{['25-34', '35-44', '45-54'][i % 3]},{['0-39g', '40-79g'][i // 3 % 2]},{(i * 5) % 9},{10 + i}" for i in range(12)
)
_TICKER = "date,price\n" + "\n".join(
    f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i % 12]} 1 {2000 + i // 12},{900 + (i * 37) % 500}.5"
    for i in range(60)
)
_ROUND16_TABLES = {
    "poll": _POLL, "trials": _TRIALS, "routes": _ROUTES, "nations": _NATIONS, "sectors": _SECTORS, "anomaly": _ANOMALY,
    "calamities": _CALAMITIES, "hailstorms": _HAILSTORMS, "county_acres_wells": _WELL_COUNTIES, "leagues": _LEAGUES,
    "ozone": _OZONE, "commits": _COMMITS, "donors": _DONORS, "economy": _ECONOMY, "films": _FILMS,
    "gustvectors": _SITE_GUSTS, "jobless_rates": _JOBLESS, "rates": _RATES, "nests": _NESTS, "larder": _LARDER,
    "bulimia": _TRIAL, "sleepy": _SLEEPY, "case_control": _CASE_CONTROL, "ticker": _TICKER,
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a frequency table's counts are summed; its rows are counted only when asked for rows
        ("poll", "How many smokers agree?", ["SUM(n)", "answer = 'agree'", "smoker = 'Smoker'"], ["COUNT(*)"]),
        ("poll", "Which region had the most people?", ["SUM(n)", "GROUP BY region"], []),
        ("poll", "What percentage disagree?", ["SUM(n) FILTER (WHERE answer = 'disagree')"], []),
        ("poll", "How many rows are in poll?", ["COUNT(*)"], ["SUM("]),
        ("trials", "How many catches at trap A?", [], ['SUM("catch")']),  # repeated categories: not a frequency table
        # "at least N" is a bound, not the superlative "least"
        ("routes", "routes with at least 5 hours", ["hours >= 5"], ["MIN(", "LIMIT"]),
        ("routes", "How many routes have at most 3 hours?", ["hours <= 3"], []),
        # a code after "from" is the origin, after "to" the destination
        ("routes", "How many routes go from SEA to BOI?", ["origin = 'SEA'", "destination = 'BOI'"], [" IN ("]),
        # "N <rows> with the lowest X"; "which <rows> had X below N" lists rows; "missing X" is empty
        ("nations", "3 nations with the lowest literacy", ["ORDER BY literacy ASC", "LIMIT 3"], []),
        ("nations", "Which nations have a literacy below 0.5?", ["literacy < 0.5"], ["LIMIT"]),
        ("nations", "How many nations are missing gdp?", ["gdp IS NULL"], []),
        ("nations", "What is the average gdp across nations?", ["AVG(gdp)"], ["GROUP BY"]),
        ("nations", "How many nations have a literacy above 60%?", ["literacy > 0.6"], []),
        # "which X had the highest average Y" groups X even when X names the rows
        ("sectors", "Which series had the highest average rate?", ["AVG(rate)", "GROUP BY series", "LIMIT 1"], []),
        # the share's condition is the non-date filter; the year scopes it
        (
            "sectors",
            "What percentage of rows had a rate above 5 in 2001?",
            ["FILTER (WHERE rate > 5)", 'WHERE "year" = 2001'],
            [],
        ),
        # "the 3 coldest years": years ranked by the temperature
        ("anomaly", "What were the 3 coldest years?", ['"year"', "temp", "ASC LIMIT 3"], []),
        # "how many people died" over rows that are not people: the deaths column, added up
        ("calamities", "How many people died in droughts in 1995?", ['SUM("Deaths")', "'Drought'", '"Year" = 1995'], []),
        ("calamities", "What were the 3 deadliest years for storms?", ['"Year"', '"Deaths"', "DESC LIMIT 3"], []),
        # a column whose whole name is spelled out ("time of day") is the column, not its value 'Day'
        ("hailstorms", "Number of storms by time of day and hail size", ['GROUP BY "Time of day", "Hail Size"'], []),
        # a word of a many-word table name is still a column when the question names the rows by their label
        ("county_acres_wells", "Which county has the most wells?", ["ORDER BY wells DESC", "county"], ["COUNT(*)"]),
        # a value named by its distinctive end ("the Championship League"); terse "X of <value>"
        ("leagues", "What percentage of matches were in the Championship League?", ["'English Championship League'"], []),
        ("leagues", "How many matches were in the Premiership League?", ["'Scottish Premiership League'"], []),
        ("nations", "gdp of Land.C", ["gdp", "nation = 'Land.C'"], []),
        # a name of letters and digits (`O3`) is asked as written; readings of a series are named by their date
        ("ozone", "avg o3 per year", ['AVG("O3")', 'YEAR("Date")'], []),
        ("ozone", "Top 5 highest O3 readings", ['"Date"', 'ORDER BY "O3" DESC', "LIMIT 5"], []),
        ("ozone", "How many monthly O3 readings are there?", ["COUNT(*)"], ["GROUP BY"]),
        # a series of counts: "events" add the counts up, "hours" count the rows
        ("commits", "How many commits are there in total?", ["SUM(count)"], []),
        ("commits", "total commits per day", ["SUM(count)", "GROUP BY"], []),
        ("commits", "How many hours had more than 20 commits?", ["COUNT(*)", "count > 20"], []),
        ("commits", "What's the highest number of commits in a single hour?", ["MAX(count)"], []),
        # text before a numeric code; a party code read from the start of its word; the rows counted per party
        ("donors", "Total gifts by party", ['GROUP BY "Party_Affiliation"', 'SUM("Total_Gifts")'], []),
        ("donors", "How many Republican donors are there?", ["\"Party_Affiliation\" = 'REP'"], []),
        ("donors", "Which party has the most donors?", ["COUNT(*)", 'GROUP BY "Party_Affiliation"'], ["Party_Code"]),
        ("donors", "Which donors had total gifts between 1,000 and 5,000?", ['"Total_Gifts" BETWEEN 1000 AND 5000'], ["SUM("]),
        # initials of a run of words (`cpi`), a glued name's piece in capitals ("real GDP"), ordinal quarters
        ("economy", "How many quarters had a consumer price index of at least 120?", ["cpi >= 120"], []),
        ("economy", "What was real GDP in the first quarter of 1995?", ["realgdp", '"year" = 1995', "quarter = 1"], []),
        ("economy", "Average real investment in fourth quarters", ["AVG(realinv)", "quarter = 4"], []),
        # a column's own word is not a value's first word; a verb after "has" is not a title; values asked glued
        ("films", "Which distributor released the most films?", ['GROUP BY "Distributor"'], ["'Distributor Unknown'"]),
        ("films", "Which director has made the most films?", ['GROUP BY "Director"'], ["'Made"]),
        ("films", "How many superhero films are there?", ["\"Creative Type\" = 'Super Hero'"], []),
        # a word opening the table's name ("gust" in `gustvectors`) is explained; `dir` is not inside "direction"
        ("gustvectors", "What is the average gust speed?", ["AVG(speed)"], []),
        ("gustvectors", "Average gust speed for each direction category", ['GROUP BY "dirCat"'], []),
        ("gustvectors", "Which direction category is the most common?", ['GROUP BY "dirCat"', "COUNT(*)"], []),
        # rows without a name are named by their id
        ("jobless_rates", "top 5 counties by jobless rate", ["SELECT id, rate", "LIMIT 5"], []),
        # "unemployment rate" is `unemp`, the "rate" only qualifying it (not half of `tbilrate`)
        ("rates", "How many years had an unemployment rate above 6?", ["unemp > 6"], ["tbilrate"]),
        # a name column that does not name rows (three studies) is not the label; "incomplete" is the flag's "no"
        ("nests", "Which nest is the heaviest?", ['"Individual ID"', 'ORDER BY "Body Mass (g)" DESC'], ['"studyName"']),
        ("nests", "How many nests have an incomplete clutch?", ['"Clutch Completion" = FALSE'], []),
        # "2000 million pounds" over a column already kept in millions; "list ... where the X percentage": rows
        ("larder", "How many months had more than 2000 million pounds of beef?", ["beef > 2000"], ["2000000000"]),
        ("nations", "List the nations where the literacy percentage is between 0.5 and 0.7", ["literacy BETWEEN"], ["percent"]),
        # the people of a study table are its rows; the slowest time is the largest; "most cases" adds `ncases` up
        ("bulimia", "How many patients are there?", ["COUNT(*)"], []),
        ("sleepy", "What was the slowest reaction time recorded?", ['"Reaction"', "DESC LIMIT 1"], []),
        ("sleepy", "What was the fastest reaction time recorded?", ['"Reaction"', "ASC LIMIT 1"], []),
        ("case_control", "Which age group has the most cases?", ["SUM(ncases)", "GROUP BY agegp"], ["MAX("]),
        # dates written as text ('Jan 1 2000') are read as dates, converted in a subquery
        ("ticker", "Average price in 2002", ["TRY_STRPTIME(\"date\", '%b %d %Y')", 'YEAR("date") = 2002'], []),
        ("ticker", "average price by year", ['GROUP BY YEAR("date")'], []),
    ],
)
def test_round16_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND16_TABLES[table]), question, must, must_not)


_FIRMS = "rank,name,country,category,sales,profits,marketvalue\n" + "\n".join(
    f"{i},Firm {chr(65 + i % 26)}{i} Company,{['Japan', 'United Kingdom', 'Chile'][i % 3]},"
    f"{['Banking', 'Trading Companies', 'Retailing'][i % 3]},{10 + i % 17}.5,{(i % 9) - 3}.25,{20 + (i * 13) % 300}.5"
    for i in range(1, 81)
)
_CLINIC = "inst,time,age,sex,pat_score\n" + "\n".join(
    f"{1 + i % 9},{100 + (i * 37) % 900},{40 + (i * 7) % 45},{1 + i % 2},{50 + (i % 6) * 10}" for i in range(120)
)
_DERBIES = "HomeTeam,AwayTeam,HomeGoals,AwayGoals,Round,Year,Date\n" + "\n".join(
    f"{['Lions', 'Tigers', 'Bears', 'Wolves'][i % 4]},{['Hawks', 'Lions', 'Tigers', 'Bears'][(i + 1) % 4]},{i % 5},{(i * 3) % 4},"
    f"{1 + i % 30},{2000 + i // 60},{2000 + i // 60}-{1 + (i // 5) % 12:02d}-{1 + i % 27:02d} 15:30:00"
    for i in range(240)
)
_SHELLS = "sp,sex,index,FL,RW,CL,CW,BD\n" + "\n".join(
    f"{'BO'[i % 2]},{'MF'[(i // 2) % 2]},{i},{8 + i % 15}.1,{6 + i % 9}.2,{15 + i % 30}.3,{18 + i % 35}.4,{7 + i % 12}.5"
    for i in range(80)
)
_WEEKLY = "date,AAA,BBB\n" + "\n".join(
    f"{dt.date(2018, 1, 1) + dt.timedelta(weeks=i)},{1 + (i * 7) % 13 / 10},{1 + (i * 5) % 11 / 10}" for i in range(60)
)
_MARRIAGES = "rate_marriage,age,yrs_married,children,religious,educ,affairs\n" + "\n".join(
    f"{1 + i % 5},{[17.5, 22, 27, 32, 37, 42][i % 6]},{[0.5, 2.5, 6, 9, 13, 16.5][(i * 5) % 6]},{i % 4},{1 + i % 4},"
    f"{[9, 12, 14, 16, 17, 20][(i * 7) % 6]},{(i % 7) * 0.4 if i % 3 == 0 else 0}"
    for i in range(90)
)
_LANDMASSES = "name,area\n" + "\n".join(f"Isle {chr(65 + i)},{(i * 37) % 500 + 12}" for i in range(20))
_TRADES = "class,trade,drinks,wage\n" + "\n".join(
    f"{'ABC'[i % 3]},{w},{i % 11},{15 + i % 20}.5"
    for i, w in enumerate(
        ["baker", "butcher", "carter", "painter", "sailor", "mason", "joiner", "printer", "stoker", "plumber", "slater",
         "chemist", "postman", "glassmaker", "tinsmith", "rivetter", "engineer", "blacksmith", "cabinetmaker", "plasterer",
         "wireworker", "ironfounder", "upholsterer", "bookbinder", "lithographer", "letterpresser", "tramdriver", "gasworker",
         "bottler", "jeweller", "timekeeper", "linesman", "coopers", "tailors", "clerk", "typecaster", "sadler", "gardener",
         "platelayer", "hammerman", "billposter", "surfaceman", "cellarman", "stonecutter", "scavenger", "shoemaker",
         "brassfounder", "barman", "chimneysweep", "maltmen", "porter", "millworker", "stablemen", "goldbeater", "cabmen",
         "papercutter"]
    )
)  # fmt: skip
_AIRFIELDS = "faa,name,alt,tzone\n" + "\n".join(
    f"{chr(65 + i % 26)}{chr(65 + i // 26)}X,Field {i} Airport,{(i * 433) % 9000},{['America/Denver', 'Pacific/Honolulu'][i % 2]}"
    for i in range(60)
)
_ROUND22_TABLES = {
    "firms": _FIRMS, "clinic": _CLINIC, "derbies": _DERBIES, "shells": _SHELLS, "weekly": _WEEKLY, "ticker": _TICKER,
    "marriages": _MARRIAGES, "landmasses": _LANDMASSES, "trades": _TRADES, "airfields": _AIRFIELDS,
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a glued name spelled as two words; a plural noun a word of some names holds is still what the rows are
        ("firms", "median market value", ["MEDIAN(marketvalue)"], []),
        ("firms", "top 5 companies by market value", ["SELECT name, marketvalue", "DESC LIMIT 5"], []),
        ("firms", "How many firms made a loss?", ["profits < 0"], []),
        ("firms", "What is the most profitable British company?", ["country = 'United Kingdom'", "ORDER BY profits DESC"], []),
        ("firms", "How many firms have a market value between 50 and 100 billion?", ["BETWEEN 50 AND 100"], ["000000"]),
        # a code column named by a clipped word ranks its groups; plural people are the rows, not `pat_score`
        ("clinic", "Top 3 institutions by number of patients", ["GROUP BY inst", "COUNT(*)", "LIMIT 3"], ["pat_score"]),
        ("clinic", "average patient score", ["AVG(pat_score)"], []),
        ("clinic", "What is the average survival time?", ["AVG(time)"], []),
        # the superlative of one reading is one row's value; of a group's rows, the average
        ("clinic", "Which institution had the oldest patient?", ["MAX(age)", "DESC LIMIT 1"], ["AVG("]),
        ("clinic", "Which institution had the youngest patients on average?", ["AVG(age)", "ASC LIMIT 1"], []),
        ("derbies", "Which home team scored the most goals in a single match?", ['MAX("HomeGoals")'], ["SUM("]),
        # "goals scored by the home team" is one side, not a grouping; "season" is the year
        ("derbies", "What is the average number of goals scored by the home team?", ['AVG("HomeGoals")'], ["GROUP BY"]),
        ("derbies", "Total home goals per season", ['GROUP BY "Year"', 'SUM("HomeGoals")'], []),
        ("derbies", "How many matches had the away team scoring more than 3 goals?", ['"AwayGoals" > 3'], ["HomeGoals"]),
        ("derbies", "How many matches were played in rounds 10 to 20?", ['"Round" BETWEEN 10 AND 20'], []),
        ("derbies", "Which home team played the fewest home matches?", ['GROUP BY "HomeTeam"', "COUNT(*)", "ASC"], []),
        # whole dates, day or month first
        (
            "derbies",
            "How many matches took place between 1 January 2001 and 31 March 2001?",
            ["BETWEEN DATE '2001-01-01' AND DATE '2001-03-31'"],
            [],
        ),
        ("derbies", "How many matches since 2002-06-15?", ["DATE '2002-06-15'", ">="], []),
        # two-letter acronyms spelled by their words; colours coded by their first letter
        ("shells", "How many blue shells have a carapace width over 40?", ["sp = 'B'", '"CW" > 40'], []),
        ("shells", "Smallest rear width among female orange shells", ['MIN("RW")', "sex = 'F'", "sp = 'O'"], []),
        ("shells", "What species are in the data?", ["DISTINCT sp"], []),
        # a row of a weekly or monthly series is named by its date; the date shown as the file writes it
        ("weekly", "Which week had the highest AAA value?", ['SELECT "date", "AAA"', "DESC LIMIT 1"], []),
        ("ticker", "Which month had the lowest price?", ['"date"', "ASC LIMIT 1"], ["STRPTIME", "MONTH("]),
        ("ticker", "What percentage of the monthly prices are over 1000?", ["FILTER (WHERE price > 1000)"], ["GROUP BY"]),
        ("ticker", "What was the price on Mar 1 2003?", ["DATE '2003-03-01'"], []),
        # a unit word for a column the question names; "-ness"; "years of X"; "any X at all"; float codes as groups
        ("marriages", "How many women have been married for more than 10 years?", ["yrs_married > 10"], ["age >"]),
        ("marriages", "How many women are older than 30 years?", ["age > 30"], ["yrs_married"]),
        ("marriages", "Number of women at each level of religiousness", ["GROUP BY religious"], []),
        ("marriages", "How many women have between 12 and 16 years of education?", ["educ BETWEEN 12 AND 16"], []),
        ("marriages", "How many women reported any affairs at all?", ["affairs > 0"], []),
        ("marriages", "Which age group has the most women?", ["GROUP BY age", "COUNT(*)"], []),
        ("marriages", "average number of years married by religiousness", ["AVG(yrs_married)", "GROUP BY religious"], []),
        # the one measure of a table ranks its rows by size
        ("landmasses", "Which landmass is the smallest?", ["ORDER BY area ASC LIMIT 1"], []),
        # one-word names of each row are values; "how many X in total" adds the column named like the table
        ("trades", "What was the wage of bakers?", ["trade = 'baker'"], []),
        ("trades", "How many drinks are there in total?", ["SUM(drinks)"], []),
        # elevation words; "list the airports" names them
        ("airfields", "Which airport is at the highest elevation?", ["SELECT name, alt", "DESC LIMIT 1"], []),
        ("airfields", "How many airports are above 5000 feet?", ["alt > 5000"], []),
        ("airfields", "List the airports in the Pacific/Honolulu time zone", ["DISTINCT name"], ["faa"]),
    ],
)
def test_round22_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND22_TABLES[table]), question, must, must_not)


_PUPILS = "tmathssk,treadssk,classk,totexpk,sex,freelunk,race,schidkn\n" + "\n".join(
    f"{400 + (i * 37) % 200},{380 + (i * 29) % 190},{['small.class', 'regular', 'regular.with.aide'][i % 3]},{i % 27},"
    f"{'boy' if i % 2 else 'girl'},{'yes' if i % 3 else 'no'},{['white', 'black'][i % 2]},{1 + i % 70}"
    for i in range(400)
)
_TRACTS = "crim,rm,ptratio,lstat,rad,tax,chas,medv\n" + "\n".join(
    f"{(i * 7) % 90 / 10},{5 + (i % 30) / 10},{12 + i % 10}.5,{2 + (i * 3) % 30}.1,{1 + i % 8},{200 + (i * 11) % 500},{int(i % 9 == 0)},"
    f"{10 + (i * 13) % 40}.2"
    for i in range(120)
)
_GEYSER = "eruptions,waiting\n" + "\n".join(f"{1.5 + (i * 7) % 35 / 10},{45 + (i * 11) % 50}" for i in range(100))
_PANEL = "country,year,fertility,life_expect\n" + "\n".join(
    f"{['Kenya', 'Japan', 'China', 'Peru'][i % 4]},{1955 + 5 * (i // 4)},{1 + (i * 3) % 6}.5,{40 + (i * 7) % 40}.25"
    for i in range(48)
)
_JUDGES = "name,DILG,RTEN,PHYS,ORAL\n" + "\n".join(
    f"JUDGE{chr(65 + i % 26)}{i},{6 + (i % 30) / 10},{5 + (i % 40) / 10},{7 + (i % 20) / 10},{6 + (i % 25) / 10}"
    for i in range(40)
)
_VIEWS = "date_hour,pageviews\n" + "\n".join(
    f"{dt.datetime(2013, 2, 1) + dt.timedelta(hours=7 * i)},{5000 + (i * 37) % 4000}.25" for i in range(200)
)
_CONES = "cons,income,price,temp\n" + "\n".join(
    f"0.{300 + (i * 17) % 250},{76 + i % 20},0.{260 + i % 30},{24 + (i * 13) % 50}" for i in range(30)
)
_ROUND23_TABLES = {
    "pupils": _PUPILS, "tracts": _TRACTS, "geyser": _GEYSER, "panel": _PANEL, "judges": _JUDGES, "views": _VIEWS, "cones": _CONES,
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # names packed from clipped words and codes: "math score" in `tmathssk`, "teacher experience" in `totexpk`
        ("pupils", "What is the average math score?", ["AVG(tmathssk)"], []),
        ("pupils", "avg reading score by class type", ["AVG(treadssk)", "GROUP BY classk"], []),
        ("pupils", "How many boys get free lunch?", ["sex = 'boy'", "freelunk = TRUE"], []),
        ("pupils", "How many pupils had a teacher with at least 20 years of experience?", ["totexpk >= 20"], []),
        # an id repeated on many rows is a group ("which school"), and "different schools" counts its values
        ("pupils", "How many different schools are there?", ["COUNT(DISTINCT schidkn)"], []),
        ("pupils", "Which school has the highest average math score?", ["GROUP BY schidkn", "AVG(tmathssk)"], []),
        ("pupils", "Top 5 schools by number of pupils", ["GROUP BY schidkn", "COUNT(*)", "LIMIT 5"], []),
        ("pupils", "Lowest reading score for boys and for girls", ["GROUP BY sex", "MIN(treadssk)"], ["LIMIT"]),
        # initials before a word (`ptratio`), a clipped word after a letter (`lstat`), a column of percentages averaged
        ("tracts", "What is the median pupil-teacher ratio?", ["MEDIAN(ptratio)"], []),
        ("tracts", "average lower status percentage for each rad", ["AVG(lstat)", "GROUP BY rad"], ["percent"]),
        ("tracts", "How many different tax rates are there?", ["COUNT(DISTINCT tax)"], []),
        ("tracts", "What is the average number of rooms for each rad?", ["AVG(rm)", "GROUP BY rad"], ["COUNT("]),
        ("tracts", "Which rad value has the most tracts?", ["GROUP BY rad", "COUNT(*)"], ["ptratio"]),
        # a column of fractional minutes named like the events is not a count; "wait" names `waiting`
        ("geyser", "How many eruptions are recorded?", ["COUNT(*)"], ["SUM("]),
        ("geyser", "How many eruptions lasted more than 4 minutes?", ["COUNT(*)", "eruptions > 4"], ["SUM("]),
        ("geyser", "What was the shortest wait between eruptions?", ["MIN(waiting)"], []),
        # "how many countries" over a row per country and year; values for each year; a filter beside its grouping
        ("panel", "How many countries are in the data?", ["COUNT(DISTINCT country)"], []),
        ("panel", "Show Kenya's fertility for each year", ["fertility", 'GROUP BY "year"', "country = 'Kenya'"], ["DISTINCT"]),
        (
            "panel",
            "Average life expectancy by country and year for Japan and China",
            ["country IN ('Japan', 'China')", 'GROUP BY country, "year"'],
            [],
        ),
        # capitalised codes of a word's letters; a word inside a column's phrase is explained
        ("judges", "How many judges have a diligence rating of at least 8?", ['"DILG" >= 8'], []),
        ("judges", "What is the average retention rating?", ['AVG("RTEN")'], []),
        ("judges", "median physical ability rating", ['MEDIAN("PHYS")'], []),
        ("judges", "How many judges have oral ruling ratings between 7 and 8?", ['"ORAL" BETWEEN 7 AND 8'], []),
        # a glued column named like its table, added up when a total is asked for
        ("views", "What is the total number of page views?", ["SUM(pageviews)"], []),
        ("views", "What is the lowest number of page views in an hour?", ["MIN(pageviews)"], []),
        ("views", "How many page views were there in March?", ["SUM(pageviews)", "MONTH(date_hour) = 3"], []),
        # the column asked about the ranked row ("the temperature in the period with ...")
        ("cones", "What was the temperature in the period with the highest consumption?", ["temp", "ORDER BY cons DESC"], []),
    ],
)
def test_round23_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND23_TABLES[table]), question, must, must_not)


_TOWNS = "location,town,mortality,hardness\n" + "\n".join(
    f"{'North' if i % 2 else 'South'},Town{chr(97 + i % 26)}{chr(97 + i // 26)},{1200 + (i * 37) % 700},{10 + (i * 13) % 130}"
    for i in range(40)
)
_MEETS = "name,highjump,run200m,run800m,javelin,score\n" + "\n".join(
    f"Athlete {chr(65 + i)} (USA),1.{70 + i % 20},{22 + (i * 7) % 30 / 10},{125 + (i * 11) % 30}.5,{35 + (i * 3) % 15}.2,{5500 + (i * 97) % 1800}"
    for i in range(24)
)
_EXOPLANETS = "mass,period,eccen\n" + "\n".join(
    f"{(i * 7) % 90 / 10 + 0.1},{3 + (i * 37) % 900}.5,{(i % 5) / 10}" for i in range(60)
)
_COUPLES = "work,hoursw,hoursh,agew,ageh,wagew,wageh,income,city\n" + "\n".join(
    f"{'no' if i % 3 else 'yes'},{0 if i % 3 == 0 else 500 + i * 13 % 1500},{1500 + i * 17 % 1500},{30 + i % 30},{32 + i % 30},"
    f"{2 + i % 9}.5,{3 + i % 15}.25,{10000 + (i * 379) % 40000},{'yes' if i % 2 else 'no'}"
    for i in range(80)
)
_MARCH = "long,lat,survivors,direction,group\n" + "\n".join(
    f"{24 + i * 0.4:.1f},{54 + (i % 7) / 10},{340000 - i * 6000},{'A' if i < 20 else 'R'},{1 + i % 3}" for i in range(40)
)
_OPINIONS = "education,sex,agree,disagree\n" + "\n".join(
    f"{i % 21},{'Male' if i < 21 else 'Female'},{(i * 7) % 40},{(i * 5) % 30}" for i in range(42)
)
_FIELDS = "iata,name,city,state,country,latitude,longitude\n" + "\n".join(
    f"X{i:02d},Field {i},{['Austin', 'Dallas', 'Houston', 'Reno'][i % 4] if i % 5 else f'Town{i}'},{['TX', 'TX', 'TX', 'NV'][i % 4]},"
    f"{'USA' if i % 9 else 'Canada'},{25 + (i * 7) % 45}.5,-{80 + i % 40}.25"
    for i in range(80)
)
_YEARLY = "year,source,net_generation\n" + "\n".join(
    f"{2001 + i // 3}-01-01,{['Fossil Fuels', 'Nuclear Energy', 'Renewables'][i % 3]},{1000 + (i * 397) % 9000}"
    for i in range(45)
)
_PAYROLLS = "month,nonfarm,nonfarm_change\n" + "\n".join(
    f"{dt.date(2006 + i // 12, 1 + i % 12, 1)},{130000 + i * 50},{(i * 137) % 700 - 350}" for i in range(48)
)
_ODOMETER = "year,miles,gas\n" + "\n".join(f"{1956 + i},{3600 + i * 97},{2 + (i * 7) % 20 / 10}" for i in range(50))
_GRAIN = "year,wheat,wages\n" + "\n".join(f"{1565 + 5 * i},{40 + (i * 13) % 60},{5 + i * 0.5}" for i in range(50))
_ROUND24_TABLES = {
    "towns": _TOWNS, "meets": _MEETS, "exoplanets": _EXOPLANETS, "couples": _COUPLES, "march": _MARCH, "opinions": _OPINIONS,
    "fields": _FIELDS, "yearly": _YEARLY, "payrolls": _PAYROLLS, "odometer": _ODOMETER, "grain": _GRAIN,
    "podium": "nation,gold,silver,bronze\nNorway,14,14,11\nCanada,11,8,10\nJapan,13,5,6\nChile,2,3,4\n",
    "bills": "total_bill,tip,smoker,sex\n" + "\n".join(
        f"{10 + (i * 7) % 40}.5,{1 + (i * 3) % 7}.25,{'Yes' if i % 3 else 'No'},{'Female' if i % 2 else 'Male'}" for i in range(60)
    ),
    "world": "country,continent,year,pop\n" + "\n".join(
        f"{['Kenya', 'Chad', 'France', 'Peru', 'Spain'][i % 5]},{['Africa', 'Africa', 'Europe', 'Americas', 'Europe'][i % 5]},"
        f"{1990 + i // 5},{1000 + i * 37}"
        for i in range(50)
    ),
    "env": "ozone,radiation,temperature,wind\n" + "\n".join(f"{10 + (i * 7) % 150},{50 + (i * 13) % 280},{57 + (i * 3) % 40},{2 + (i * 7) % 19}.3" for i in range(90)),
    "sst": "YEAR,JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC\n" + "\n".join(
        f"{1950 + i}," + ",".join(f"{20 + ((i * 7 + k * 3) % 60) / 10}" for k in range(12)) for i in range(60)
    ),
    "tremors": "lat,long,depth,mag,stations\n" + "\n".join(
        f"-{15 + i % 20}.5,{165 + i % 20}.5,{40 + (i * 37) % 600},{4 + (i * 7) % 20 / 10},{10 + i % 60}" for i in range(200)
    ),
    "macro": "date,psavert,unemploy\n" + "\n".join(
        f"{dt.date(1990 + i // 12, 1 + i % 12, 1)},{3 + (i * 7) % 90 / 10},{7000 + (i * 37) % 5000}" for i in range(120)
    ),
    "autos": "manufacturer,model,cty,hwy,class\n" + "\n".join(
        f"{['audi', 'ford', 'honda'][i % 3]},m{i % 17},{12 + i % 20},{18 + i % 25},{['compact', 'suv', 'pickup'][i % 3]}"
        for i in range(60)
    ),
    "counties": "county,state,poptotal,inmetro\n" + "\n".join(
        f"{['ADAMS', 'BROWN', 'CLARK', 'DANE', 'ELK'][i % 5] if i % 3 == 0 else f'C{i}'},{['IL', 'WI', 'OH'][i % 3]},"
        f"{5000 + (i * 3571) % 900000},{i % 2}"
        for i in range(90)
    ),
    "councils": "COUNCILDIST,YES,COUTAX,UNEMPF\n" + "\n".join(
        f"Area_{chr(65 + i)},{45 + (i * 7) % 30}.5,{600 + (i * 37) % 300},{15 + (i * 3) % 15}.2" for i in range(26)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # lexicon: death rate is mortality, region a location; "the higher" of two is the highest
        ("towns", "Which 3 towns have the lowest death rates?", ["ORDER BY mortality ASC LIMIT 3"], []),
        ("towns", "Which region has the higher average hardness?", ["GROUP BY location", "AVG(hardness)", "LIMIT 1"], []),
        # a race time: the fastest is the smallest; "200 metres" is `run200m`; "furthest"; "1.80 m" compared as 1.8
        ("meets", "Who was the slowest in the 800m?", ["ORDER BY run800m DESC LIMIT 1"], []),
        ("meets", "What was the fastest 200 metres time?", ["run200m", "ASC LIMIT 1"], []),
        ("meets", "Who threw the javelin the furthest?", ["ORDER BY javelin DESC LIMIT 1"], []),
        ("meets", "How many athletes cleared at least 1.80 m in the high jump?", ["highjump >= 1.8"], []),
        ("meets", "Top 3 athletes by score", ["SELECT name, score", "DESC LIMIT 3"], []),
        ("meets", "How many athletes scored more than 6000 points?", ["COUNT(*)", "score > 6000"], ["SUM("]),
        # "have an eccentricity of 0" is equality
        ("exoplanets", "How many planets have an eccentricity of 0?", ["eccen = 0"], []),
        # a pair of columns told apart by whose they are (`ageh`/`agew`); "hours worked" is not the flag `work`
        ("couples", "median age of the husbands", ["MEDIAN(ageh)"], ["agew"]),
        ("couples", "What is the highest hourly wage of a husband?", ["MAX(wageh)"], []),
        ("couples", "How many husbands earn more than $10 an hour?", ["wageh > 10"], ["income"]),
        ("couples", "Total hours worked by all the wives", ["SUM(hoursw)"], ["work ="]),
        ("couples", "What is the average family income?", ["AVG(income)"], []),
        # a word nothing else explains, coded by its first letter in a column of one-letter codes
        ("march", "What was the lowest number of survivors during the retreat?", ["MIN(survivors)", "direction = 'R'"], []),
        # people who did something counted by a column of counts
        ("opinions", "How many women disagreed?", ["SUM(disagree)", "sex = 'Female'"], []),
        ("opinions", "Top 3 education levels by number of people who disagree", ["SUM(disagree)", "GROUP BY education"], []),
        # round 25: directions in words, "outside", "which city in Texas", "north of latitude 60"
        ("fields", "Which airport is furthest south?", ["ORDER BY latitude ASC LIMIT 1"], []),
        ("fields", "How many airports are outside the USA?", ["country != 'USA'"], []),
        ("fields", "Which city in Texas has the most airports?", ["state = 'TX'", "GROUP BY city", "COUNT(*)"], []),
        ("fields", "How many airports are north of latitude 60?", ["latitude > 60"], []),
        # "in which year" over a yearly date column shows the year; "the biggest drop" is the lowest change
        ("yearly", "In which year was nuclear generation the highest?", ['YEAR("year")', "'Nuclear Energy'", "DESC LIMIT 1"], []),
        ("payrolls", "Which month had the biggest drop in nonfarm jobs?", ["ORDER BY nonfarm_change ASC LIMIT 1"], []),
        ("payrolls", "top 3 months by nonfarm change", ["nonfarm_change", "DESC LIMIT 3"], ["GROUP BY nonfarm_change"]),
        # "top 5 years by miles" ranks the years (a reading per row is not a group); centuries
        ("odometer", "Top 5 years by miles driven", ['"year"', "miles", "DESC LIMIT 5"], ["GROUP BY miles"]),
        ("grain", "Average wages in the 1700s", ['"year" BETWEEN 1700 AND 1799'], []),
        # round 26: a count column of one named row ("did Canada win"), country for `nation`, "paid by smokers" filters
        ("podium", "how many bronze medals did Canada win", ["SUM(bronze)", "nation = 'Canada'"], ["COUNT("]),
        ("podium", "Which country got the fewest bronze medals?", ["nation", "ORDER BY bronze ASC LIMIT 1"], []),
        ("bills", "How many bills were paid by smokers?", ["smoker = TRUE"], ["GROUP BY"]),
        ("bills", "number of tips under $2", ["tip < 2"], []),
        ("world", "How many African countries are there?", ["COUNT(DISTINCT country)", "continent = 'Africa'"], []),
        # rows that are days without a date column; a column per month named by the month
        ("env", "avg ozone on days hotter than 90 degrees", ["AVG(ozone)", "temperature > 90"], []),
        ("env", "What was the ozone level on the windiest day?", ["ozone", "ORDER BY wind DESC LIMIT 1"], []),
        ("env", "lowest solar radiation", ["MIN(radiation)"], []),
        ("sst", "What was the average July temperature after 2000?", ['AVG("JUL")', '"YEAR" > 2000'], []),
        ("sst", "Which year had the warmest December?", ['"DEC"', "DESC LIMIT 1"], []),
        # "by decade": the year rounded down to its decade, over a year number or a date
        ("sst", "Average April temperature by decade", ['(("YEAR" // 10) * 10) AS decade', 'AVG("APR")'], ['GROUP BY "DEC"']),
        ("macro", "average unemploy by decade", ['((YEAR("date") // 10) * 10) AS decade'], []),
        # a packed word goes to the name holding the most of it ("councils" is `COUNCILDIST`, not `COUTAX`)
        ("councils", "How many councils voted more than 60 percent yes?", ['"YES" > 60'], ["COUTAX"]),
        # round 27: "occurs most often", a measure of few values as the most common; "personal savings rate" -> `psavert`
        ("tremors", "Which magnitude occurs most often?", ["GROUP BY mag", "COUNT(*)", "LIMIT 1"], ["MAX("]),
        ("macro", "What is the average personal savings rate?", ["AVG(psavert)"], []),
        ("macro", "On what date was the personal savings rate at its lowest?", ['"date"', "ORDER BY psavert ASC"], []),
        # "cars" names the rows; counties mostly their own rows are counted as rows, not as distinct names
        ("autos", "How many cars are in the data?", ["COUNT(*)"], []),
        ("counties", "How many counties have more than 100,000 people?", ["COUNT(*)", "poptotal > 100000"], ["DISTINCT"]),
    ],
)
def test_round24_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND24_TABLES[table]), question, must, must_not)


def test_text_dates_are_read_as_dates_and_the_query_runs_on_the_text_column() -> None:
    """The query converts 'Jan 1 2000' itself, so it returns the same rows on a copy of the file read as text."""
    source = _csv_source("ticker", _TICKER)
    try:
        sql = OfflineEngine().write_sql("How many rows are there in 2003?", source.schema())
        result = source.query(sql)  # through the guard, as the pipeline runs it
    finally:
        source.close()
    assert "TRY_STRPTIME" in sql
    assert result.rows[0][0] == 12
    month_values = [f"Jan 1 {2000 + i}" for i in range(3)] + ["not a date", "Feb 2 2001"]
    mixed = "d,x\n" + "\n".join(f"{v},{i}" for i, v in enumerate(month_values))
    source = _csv_source("mixed", mixed)
    try:  # one value that is not a date: the column stays text
        assert "TRY_STRPTIME" not in OfflineEngine().write_sql("How many rows are there?", source.schema())
    finally:
        source.close()


_ROUND28_TABLES = {
    # a row per bakery item and day: "how many loaves were ordered" adds `orders`; the names repeat
    "bakery": "sale_date,weekday_name,kind,item,price,orders,takings\n" + "\n".join(
        f"{dt.date(2021, 1, 1) + dt.timedelta(days=i // 4)},{['Mon', 'Tue', 'Wed'][i // 4 % 3]},"
        f"{['Bread', 'Cake'][i % 2]},{['Rye Loaf', 'Seed Loaf', 'Lemon Cake', 'Plum Cake'][i % 4]},{3 + i % 4},"
        f"{1 + (i * 7) % 9},{(3 + i % 4) * (1 + (i * 7) % 9)}"
        for i in range(240)
    ),
    # a frequency table whose columns include derived ones (`agegroup` from `age`, `how2` from `how`)
    "mishaps": "count,gender,method,age,agegroup,method2\n" + "\n".join(
        f"{5 + (i * 7) % 40},{['male', 'female'][i % 2]},{['fall', 'burn', 'cut'][i // 2 % 3]},{20 + 10 * (i // 6)},"
        f"{'20-40' if i // 6 < 2 else '40-60'},{['falls', 'burns', 'cuts'][i // 2 % 3]}"
        for i in range(24)
    ),
    # two-digit model years, a make as the first word of a name, cylinders counted
    "motors": "name,mpg,cylinders,weight,year\n" + "\n".join(
        f"{['Buick', 'Dodge', 'Volvo'][i % 3]} M{i},{15 + i % 20},{[4, 6, 8][i % 3]},{2000 + (i * 37) % 2500},{70 + i % 12}"
        for i in range(90)
    ),
    # a monthly series kept as year and month columns
    "ratings": "month,year,approve,disapprove\n" + "\n".join(
        f"{1 + i % 12},{2001 + i // 12},{40 + (i * 7) % 40}.5,{20 + (i * 11) % 50}.5" for i in range(48)
    ),
    # a row per letter with its frequency; trading days
    "letters": "letter,frequency\n" + "\n".join(f"{chr(65 + i)},{(i * 7) % 26 / 100 + 0.001 * i}" for i in range(26)),
    "ticks": "Date,Open,High,Low,Close,Volume\n" + "\n".join(
        f"{dt.date(2017, 1, 2) + dt.timedelta(days=i)},{100 + i % 9},{104 + i % 11},{96 + i % 7},{101 + i % 10},{1000 + i}"
        for i in range(60)
    ),
    # where from and where to; workers with years of schooling and experience
    "moves": "source,destination,migrants\n" + "\n".join(
        f"{a},{b},{100 + (i * 37) % 900}" for i, (a, b) in enumerate((a, b) for a in ("QUE", "ONT", "ALTA", "BC") for b in ("QUE", "ONT", "ALTA", "BC") if a != b)
    ),
    "staff": "wage,educ,exper,gender\n" + "\n".join(f"{10 + i % 7}.5,{1 + i % 5},{i % 12},{['m', 'f'][i % 2]}" for i in range(60)),
    "athletes": "name,sport,born,gold\n" + "\n".join(
        f"A{i},{['cycling', 'rowing', 'gymnastics'][i % 3]},{dt.date(1980 + i % 20, 1 + i % 12, 1 + i % 27)},{i % 3}"
        for i in range(30)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # several figures at once, each its own column; "the average maximum" stays one figure
        ("bakery", "min and max price", ["MIN(price)", "MAX(price)"], []),
        ("bakery", "average price and total takings by kind", ["AVG(price)", "SUM(takings)", "GROUP BY kind"], []),
        ("motors", "average mpg and weight by cylinders", ["AVG(mpg)", "AVG(weight)", "GROUP BY cylinders"], []),
        # the verb's column is counted: "were ordered" adds `orders`; names that repeat are ranked by their totals
        ("bakery", "How many loaves were ordered?", ["SUM(orders)"], ["COUNT("]),
        ("bakery", "Number of items ordered per kind", ["SUM(orders)", "GROUP BY kind"], []),
        ("bakery", "Which item was ordered the most?", ["GROUP BY item", "SUM(orders)", "LIMIT 1"], []),
        ("bakery", "What are the top 2 items by takings?", ["GROUP BY item", "SUM(takings)", "LIMIT 2"], []),
        # a column that is the day of the week beats the weekday of the date
        ("bakery", "orders by day of the week", ["GROUP BY weekday_name"], ["DAYNAME"]),
        # a frequency table found through its derived columns; "the 20-40 age group" is a value, not two numbers
        ("mishaps", "How many mishaps were there in total?", ["SUM(count)"], ["COUNT(*)"]),
        ("mishaps", "How many age groups are there?", ["COUNT(DISTINCT agegroup)"], []),
        ("mishaps", "Which method did men in the 20-40 age group use most?", ["agegroup = '20-40'", "SUM(count)"], ["age = 40"]),
        # two-digit years, a make, "cylinder count"
        ("motors", "How many cars are from 1976?", ['"year" = 76'], []),
        ("motors", "average mpg from 1975 to 1979", ['"year" BETWEEN 75 AND 79'], []),
        ("motors", "How many Volvo cars are there?", ["name LIKE 'Volvo %'"], []),
        ("motors", "Average weight per year and cylinder count", ['GROUP BY "year", cylinders', "AVG(weight)"], ["COUNT("]),
        # a month of a year-and-month series is a row, named with its year
        ("ratings", "Top 3 months by disapproval", ['"year", "month", disapprove', "DESC LIMIT 3"], ["GROUP BY"]),
        ("ratings", "In which month and year was approval highest?", ['"year", "month"', "ORDER BY approve DESC LIMIT 1"], []),
        ("ratings", "average disapproval from 2002 through 2003", ['"year" BETWEEN 2002 AND 2003'], []),
        # one row per letter with its frequency: the most common letter has the highest frequency
        ("letters", "Which letter is the most common?", ["ORDER BY frequency DESC LIMIT 1"], ["COUNT("]),
        ("letters", "Show the 3 rarest letters", ["ORDER BY frequency ASC LIMIT 3"], []),
        ("letters", "What is the frequency of the letter Q?", ["letter = 'Q'"], ["GROUP BY"]),
        # a stock's price is its close; its highest price the day's high
        ("ticks", "On how many days did the stock close above 105?", ['"Close" > 105'], []),
        ("ticks", "What is the lowest price the stock traded at?", ['MIN("Low")'], []),
        # from and to; a province written out for its code
        (
            "moves",
            "How many people moved from Quebec to Ontario?",
            ["SUM(migrants)", "source = 'QUE'", "destination = 'ONT'"],
            [],
        ),
        ("moves", "Which province received the most migrants?", ["GROUP BY destination"], ["GROUP BY source"]),
        ("moves", "How many people moved to Alberta?", ["destination = 'ALTA'"], []),
        # numbers beside a column: "education level 5", "10 years of experience"
        ("staff", "How many workers have education level 5?", ["educ = 5"], []),
        ("staff", "What percentage of workers have zero years of experience?", ["exper = 0"], []),
        # who does a sport for the sport; the oldest by date of birth
        ("athletes", "How many cyclists are there?", ["sport = 'cycling'"], []),
        ("athletes", "How many gymnasts are there?", ["sport = 'gymnastics'"], []),
        ("athletes", "Who is the oldest athlete?", ["ORDER BY born ASC LIMIT 1"], []),
    ],
)
def test_round28_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND28_TABLES[table]), question, must, must_not)


def test_several_figures_are_answered_in_one_sentence() -> None:
    """Each figure is named beside its value, not only the first, and per group when there are groups."""
    from querychat.engines.answers import compose_answer
    from querychat.engines.intent import ColRef, Intent

    source = _csv_source("bakery", _ROUND28_TABLES["bakery"])
    try:
        result = source.query(OfflineEngine().write_sql("min and max price", source.schema()))
    finally:
        source.close()
    assert [list(r) for r in result.rows] == [[3, 6]]
    both = Intent("bakery", "agg", agg="min", measure="price", more=(("max", "price"),))
    text = compose_answer(both, Preview(("min_price", "max_price"), ((3, 6),), 1))
    assert "Minimum `price` is **3**" in text and "maximum `price` is **6**" in text
    grouped = Intent("bakery", "agg", agg="avg", measure="price", groups=(ColRef("kind"),), more=(("sum", "takings"),))
    text = compose_answer(grouped, Preview(("kind", "avg_price", "sum_takings"), (("Bread", 4.5, 900), ("Cake", 4.0, 700)), 2))
    assert text.startswith("Average `price` and total `takings` by `kind`") and "Bread: 4.50, 900" in text


_ROUND30_TABLES = {
    # factor levels numbered as R writes them; a yes/no column written '1. Yes' / '2. No'
    "payroll": "age,maritl,race,health_ins,wage\n" + "\n".join(
        f"{20 + i % 40},{['1. Never Married', '2. Married', '3. Divorced'][i % 3]},{['1. White', '2. Black', '3. Asian'][i % 3]},"
        f"{['1. Yes', '2. No'][i % 2]},{50 + (i * 7) % 90}.5"
        for i in range(120)
    ),
    # unnamed rows with yes/no columns; a name glued from two words and a competitor's price
    "outlets": "Sales,CompPrice,Price,ShelveLoc,Advertising,Urban,US\n" + "\n".join(
        f"{5 + i % 9}.5,{100 + (i * 7) % 50},{90 + (i * 11) % 60},{['Bad', 'Good', 'Medium'][i % 3]},{(i * 3) % 12},"
        f"{['Yes', 'No'][i % 2]},{['Yes', 'No'][i // 2 % 2]}"
        for i in range(90)
    ),
    # names made of initials ("S.F.Ratio"), hyphenated words glued ("Outstate"), a yes/no `Private`
    "colleges": "Private,Apps,Outstate,S.F.Ratio,Expend\n" + "\n".join(
        f"{['Yes', 'No'][i % 2]},{1000 + (i * 37) % 9000},{6000 + (i * 53) % 12000},{8 + (i * 3) % 14}.5,{5000 + (i * 71) % 20000}"
        for i in range(80)
    ),
    # hourly rows with a text month; riders
    "bikes": "mnth,hr,holiday,weathersit,bikers\n" + "\n".join(
        f"{['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][i // 24 % 12]},{i % 24},"
        f"{1 if i % 50 == 0 else 0},{['clear', 'cloudy', 'light rain'][i % 3]},{(i * 37) % 400}"
        for i in range(24 * 24)
    ),
    # a glued `ctryname`, spells that lasted years; a reason given as a noun
    "regimes": "ctryname,continent,start_year,duration\n" + "\n".join(
        f"{['Chad', 'Peru', 'Laos', 'Fiji'][i % 4]},{['Africa', 'Americas', 'Asia', 'Oceania'][i % 4]},{1946 + i},{1 + (i * 7) % 30}"
        for i in range(60)
    ),
    "members": "name,province,reason,days\n" + "\n".join(
        f"M{i},{['Quebec', 'Ontario'][i % 2]},{['Death', 'Retirement', 'Resignation'][i % 3]},{100 + (i * 97) % 9000}"
        for i in range(45)
    ),
    "players": "HmRun,Runs,Hits,Salary,Division\n" + "\n".join(
        f"{i % 35},{20 + i % 80},{50 + i % 150},{'' if i % 9 == 0 else 100 + i * 5},{['E', 'W'][i % 2]}" for i in range(90)
    ),
    "accounts": "student,balance,income\n" + "\n".join(f"{['Yes', 'No'][i % 3 == 0]},{0 if i % 7 == 0 else 100 + i * 13},{20000 + i * 311}" for i in range(70)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # '2. Married' is asked as "married"; '1. Yes' / '2. No' is a yes/no column
        ("payroll", "How many married workers are there?", ["maritl = '2. Married'"], []),
        ("payroll", "What is the average wage of Asian workers?", ["race = '3. Asian'"], []),
        ("payroll", "How many workers don't have health insurance?", ["health_ins = '2. No'"], []),
        ("payroll", "Which marital status has the highest average wage?", ["GROUP BY maritl", "AVG(wage)"], []),
        ("payroll", "Which age has the most workers?", ["GROUP BY age", "COUNT(*)"], []),
        # the other side of a yes/no word; both sides; a name spelling more of the question; "nothing", "zero"
        ("outlets", "How many stores are in rural areas?", ['"Urban" = FALSE'], []),
        ("outlets", "average sales in urban and rural stores", ['GROUP BY "Urban"'], ['"US"']),
        ("outlets", "What is the average sales by shelf location?", ['GROUP BY "ShelveLoc"'], []),
        ("outlets", "median competitor price", ['MEDIAN("CompPrice")'], []),
        ("outlets", "median price", ['MEDIAN("Price")'], ["CompPrice"]),
        ("outlets", "How many stores spend nothing on advertising?", ['"Advertising" = 0'], []),
        ("accounts", "How many customers have a balance of zero?", ["balance = 0"], []),
        ("accounts", "avg balance for students vs non-students", ["GROUP BY student", "AVG(balance)"], []),
        # initials, hyphenated words, "public" for not `Private`, "by private colleges" a filter
        ("colleges", "median student to faculty ratio", ['MEDIAN("S.F.Ratio")'], []),
        ("colleges", "How many colleges have a student-faculty ratio under 10?", ['"S.F.Ratio" < 10'], []),
        (
            "colleges",
            "Average out-of-state tuition for private and public colleges",
            ['AVG("Outstate")', 'GROUP BY "Private"'],
            [],
        ),
        ("colleges", "total applications received by private colleges", ['SUM("Apps")', '"Private" = TRUE'], ["GROUP BY"]),
        ("colleges", "What is the lowest spending per student?", ['MIN("Expend")'], []),
        # a month range over month names; "per hour" over hourly rows is a rate
        ("bikes", "How many bikers rode from June through August?", ["'July'", "'June'", "'Aug'", "SUM(bikers)"], []),
        ("bikes", "Average bikers per hour for each weather type", ["GROUP BY weathersit", "AVG(bikers)"], ["GROUP BY hr"]),
        ("bikes", "average bikers per hour of the day", ["GROUP BY hr"], []),
        ("bikes", "Which 3 months had the fewest riders?", ["SUM(bikers)", "ASC LIMIT 3"], []),
        # glued `ctryname`; "lasted" is a duration; a verb for its noun value; "don't have a salary"
        ("regimes", "How many different countries are covered?", ["COUNT(DISTINCT ctryname)"], []),
        ("regimes", "How many spells lasted more than 20 years?", ["duration > 20"], ["start_year"]),
        ("members", "How many members retired?", ["reason = 'Retirement'"], []),
        ("players", "How many players don't have a salary listed?", ['"Salary" IS NULL'], []),
        ("players", "How many players hit more than 20 home runs?", ['"HmRun" > 20'], ['"Hits"']),
    ],
)
def test_round30_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND30_TABLES[table]), question, must, must_not)


_ROUND31_TABLES = {
    "shop": "City,Segment,Sub-Category,Category,Sales,Discount\n" + "\n".join(
        f"{['Austin', 'Boise', 'Tulsa'][i % 3]},{['Consumer', 'Corporate'][i % 2]},{['Chairs', 'Phones', 'Binders', 'Art'][i % 4]},"
        f"{['Furniture', 'Technology', 'Office', 'Office'][i % 4]},{50 + (i * 137) % 2000}.25,{(i % 5) / 10}"
        for i in range(120)
    ),
    "weddings_divorces": "Year,Marriages,Divorces,Marriages_per_1000,Divorces_per_1000\n" + "\n".join(
        f"{1950 + i},{1500000 + (i * 7919) % 900000},{300000 + (i * 3571) % 900000},{6 + (i * 7) % 50 / 10},{2 + (i * 3) % 40 / 10}"
        for i in range(60)
    ),
    "dash": "Name,Country,Medal,Time,Year\n" + "\n".join(
        f"R{i},{['JAM', 'USA', 'CAN'][i % 3]},{['GOLD', 'SILVER', 'BRONZE'][i % 3]},{9.6 + (i % 9) / 10},{1960 + 4 * (i // 3)}"
        for i in range(45)
    ),
    "atoms": "name,standard state,metal,density\n" + "\n".join(
        f"E{i},{['gas', 'solid', 'liquid'][i % 3]},{['metal', 'nonmetal', 'noble gas', 'metalloid'][i % 4]},{(i * 37) % 220 / 10}"
        for i in range(60)
    ),
    "flights_net": "Airline,Source,Destination,Stops\n" + "\n".join(
        f"{['AA', 'DL', 'UA'][i % 3]},{['BOS', 'ORD', 'LAX', 'JFK'][i % 4]},{['LAX', 'DEN', 'BOS', 'ORD', 'SEA'][i % 5]},0"
        for i in range(60)
    ),
    "station_log": "STATION,NAME,DATE,TMAX,TMIN\n" + "\n".join(
        f"US1,LINCOLN NE,{dt.date(2016, 1, 1) + dt.timedelta(days=i)},{20 + (i * 7) % 80},{-20 + (i * 37) % 97}" for i in range(200)
    ),
    "ticks": _ROUND28_TABLES["ticks"],
    "herd": "butterfat,age,breed\n" + "\n".join(
        f"{3 + (i * 7) % 30 / 10},{['2 years old', 'Mature'][i % 2]},{['Jersey', 'Guernsey'][i % 2]}" for i in range(40)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a money amount compared is counted in rows; "the single largest" is one row's value; hyphenated names
        ("shop", "number of sales over 1000 dollars", ["COUNT(*)", '"Sales" > 1000'], ["SUM("]),
        ("shop", "Which city had the single largest sale?", ['MAX("Sales")'], ["SUM("]),
        ("shop", "Which sub-category has the lowest average discount?", ['GROUP BY "Sub-Category"', "ASC LIMIT 1"], []),
        # a plural name is a count; "rate" for a per-1000 column; "per 1000" is a unit
        ("weddings_divorces", "median number of divorces", ['MEDIAN("Divorces")'], ["COUNT("]),
        ("weddings_divorces", "Which year had the fewest weddings?", ['"Marriages"', "ASC LIMIT 1"], ["COUNT("]),
        (
            "weddings_divorces",
            "In how many years was the divorce rate above 5 per 1000?",
            ['"Divorces_per_1000" > 5'],
            ["GROUP BY"],
        ),
        # "who" lists the names of matching rows; "medals were won" are rows; "medal type" is the column
        ("dash", "Who won gold in 1988?", ['DISTINCT "Name"', "\"Medal\" = 'GOLD'", '"Year" = 1988'], []),
        ("dash", "How many medals were won with a time under 10 seconds?", ["COUNT(*)", '"Time" < 10'], ["DISTINCT"]),
        # plural "gases", "the densest", "metal type" over a column `metal` holding the value 'metal'
        ("atoms", "How many elements are gases?", ["\"standard state\" = 'gas'"], []),
        ("atoms", "What are the top 5 densest elements?", ["ORDER BY density DESC LIMIT 5"], []),
        ("atoms", "Which metal type has the most elements?", ["GROUP BY metal", "COUNT(*)"], ["metal = 'metal'"]),
        # sides of a route
        ("flights_net", "List the airports you can fly to from BOS", ['DISTINCT "Destination"', "\"Source\" = 'BOS'"], []),
        ("flights_net", "Which airport has the most arriving routes?", ['GROUP BY "Destination"'], []),
        ("flights_net", "What are the top 3 departure airports by number of routes?", ['GROUP BY "Source"'], []),
        (
            "flights_net",
            "Which airlines fly from ORD to LAX?",
            ['DISTINCT "Airline"', "\"Source\" = 'ORD'", "\"Destination\" = 'LAX'"],
            [],
        ),
        # GHCN weather names: TMAX is the daily high, TMIN the low; a constant NAME does not name the rows
        ("station_log", "What was the hottest temperature recorded?", ['"TMAX"', "DESC LIMIT 1"], ['"NAME"']),
        ("station_log", "average daily high", ['AVG("TMAX")'], []),
        ("station_log", "median low temperature", ['MEDIAN("TMIN")'], []),
        ("station_log", "How many days had a high above 90?", ['"TMAX" > 90'], []),
        # "two-year-old" for '2 years old'
        ("herd", "highest butterfat among two-year-old cows", ["MAX(butterfat)", "age = '2 years old'"], []),
        # "the coldest" over TMAX and TMIN is the low; a column named again after its first mention; "shares traded"
        ("station_log", "What were the 3 coldest overnight lows and their dates?", ['"TMIN" ASC LIMIT 3'], ['"TMAX"']),
        ("dash", "Number of medals per country and medal type", ['GROUP BY "Country", "Medal"'], []),
        ("ticks", "Top 5 days by shares traded", ['"Volume" DESC LIMIT 5'], ["percent"]),
        ("ticks", "What share of days did the stock close above 105?", ["percent", '"Close" > 105'], []),
    ],
)
def test_round31_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND31_TABLES[table]), question, must, must_not)


_ROUND32_TABLES = {
    # a table of population counts in a `Value` column, one row per place, year, sex and age group
    "city_population": "Location,Year,Sex,AgeGrp,AgeGrpStart,Value\n" + "\n".join(
        f"{loc},{year},{sex},{a * 5}-{a * 5 + 4},{a * 5},{1000 + (li * 3571 + year * 7 + si * 97 + a * 1013) % 9000}"
        for li, loc in enumerate(("Oslo", "Lima", "Pune")) for year in (2000, 2010) for si, sex in enumerate(("Male", "Female"))
        for a in range(4)
    ),
    "versions": "Browser Version,Share\n" + "\n".join(
        f"{['Firefox', 'IE', 'Chrome', 'Safari'][i % 4]} {i}.0,{(i * 7) % 20 / 10}" for i in range(40)
    ),
    # a price kept in one column per brand code, the codes also the values of `Purchase`
    "juice": "Purchase,StoreID,PriceCH,PriceMM,SalePriceMM,LoyalCH\n" + "\n".join(
        f"{['CH', 'MM'][i % 2]},{[1, 2, 3, 4, 7][i % 5]},{1.5 + (i % 7) / 10},{1.7 + (i % 5) / 10},{1.6 + (i % 4) / 10},{(i % 10) / 10}"
        for i in range(80)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # people counted by adding `Value`; the rows still counted when asked for rows
        (
            "city_population",
            "What was the total population of Oslo in 2010?",
            ['SUM("Value")', "\"Location\" = 'Oslo'"],
            ["COUNT(*)"],
        ),
        ("city_population", "How many women lived in Lima in 2000?", ['SUM("Value")', "\"Sex\" = 'Female'"], []),
        ("city_population", "How many rows are in the city population data?", ["COUNT(*)"], ["WHERE"]),
        # "by population in Pune": grouped by age group, Pune a filter (a value after the cue's first word is not a group)
        ("city_population", "top 2 age groups by population in Pune in 2010", ['GROUP BY "AgeGrp"', "\"Location\" = 'Pune'"], []),
        # a make shared by many names, also a short capitalised one ('IE 9.0')
        ("versions", "total share of all Firefox versions", ["LIKE 'Firefox %'"], []),
        ("versions", "How many versions of IE are there?", ["LIKE 'IE %'"], []),
        # one column per brand code
        ("juice", "What's the average price of CH?", ['AVG("PriceCH")'], ["Purchase"]),
        ("juice", "median sale price of MM", ['MEDIAN("SalePriceMM")'], ["Purchase"]),
    ],
)
def test_round32_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND32_TABLES[table]), question, must, must_not)


_ROUND33_TABLES = {
    # a trading day per row: a condition between two of its columns
    "trades": "day,Open,Close,Volume\n" + "\n".join(
        f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},{50 + i % 9},{50 + (i * 5) % 11},{1000 + i * 37}" for i in range(60)
    ),
    "teams": "team,wins,losses\n" + "\n".join(f"Team{i},{(i * 7) % 15},{(i * 5) % 13}" for i in range(20)),
    # daily readings over two years: day ranges asked without a year
    "readings": "date,temp,conditions\n" + "\n".join(
        f"{2021 + i // 365}-{1 + (i % 365) // 31:02d}-{1 + (i % 365) % 28:02d},{(i * 13) % 35},{['sun', 'rain', 'snow'][i % 3]}"
        for i in range(700)
    ),
    # yes/no columns asked on both sides; a yes/no `south`
    "homes": "price,rooms,garage,pool,south\n" + "\n".join(
        f"{90000 + i * 1500},{1 + i % 4},{'yes' if i % 3 else 'no'},{'yes' if i % 5 == 0 else 'no'},{'TRUE' if i % 2 else 'FALSE'}"
        for i in range(60)
    ),
    "sellers": "gender,sales,papers\n" + "\n".join(f"{['Male', 'Female'][i % 2]},{100 + (i * 37) % 90},{i % 4}" for i in range(40)),
    # a party's seats glued to its code; a name per row before a kind; age bands beside a column `Group`
    "parliament": "date,Seats,SNPSeats,LABSeats\n" + "\n".join(f"{1990 + i}-05-01,{600 + i},{10 + (i * 7) % 50},{200 + i % 90}" for i in range(30)),
    "bikes": "Bike,Type,Price\n" + "\n".join(f"Model {i},{['Road', 'Mountain', 'City'][i % 3]},{400 + (i * 53) % 900}" for i in range(30)),
    "claims": "District,Group,Age,Holders,Claims\n" + "\n".join(
        f"{1 + i % 4},{['small', 'large'][i // 4 % 2]},{['<30', '30-50', '>50'][i % 3]},{100 + i * 11},{5 + (i * 7) % 40}" for i in range(48)
    ),
    # quarter codes as the only dates; a percentile per column; codes of sex named by what they hold
    "donations": "State,Quarter,Rate\n" + "\n".join(
        f"{['Ohio', 'Utah', 'Iowa'][i % 3]},Q{1 + (i // 3) % 4}{2018 + i // 12},{(i * 7) % 10 / 10}" for i in range(36)
    ),
    "earnings": "Year,P50,P90\n" + "\n".join(f"{1990 + i},{30000 + i * 500},{90000 + (i * 7919) % 40000}" for i in range(30)),
    "authors": "g,papers,time\n" + "\n".join(f"{['Men', 'Women'][i % 2]},{i % 5},{[1, 5, 10][i % 3]}" for i in range(30)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # one column against another, named on both sides of the comparison
        ("trades", "How many days did the share close higher than it opened?", ['"Close" > "Open"'], []),
        ("trades", "average volume on days the close was lower than the open", ['AVG("Volume")', '"Close" < "Open"'], []),
        ("teams", "How many teams had more wins than losses?", ["wins > losses"], []),
        ("trades", "volume over the years", [], ['> "day"', "> day"]),
        # day ranges without a year: those days of every year; the year written once holds for both days
        ("readings", "average temp from June 1 to August 31", ["MONTH(", "DAY(", ">= 1", "<= 31"], ["2021"]),
        ("readings", "how many days from Dec 1 to Feb 28 had snow", [") OR (MONTH", "'snow'"], []),
        ("readings", "average temp from June 1 to August 31, 2021", ["DATE '2021-06-01'", "DATE '2021-08-31'"], []),
        ("readings", "average temp on July 4", ['MONTH("date") = 7', 'DAY("date") = 4'], []),
        # both sides of a yes/no column as groups
        ("homes", "average price for homes with and without a garage", ["GROUP BY garage"], ["WHERE"]),
        ("homes", "average price by number of rooms and whether the home has a pool", ["GROUP BY rooms, pool"], ["WHERE"]),
        ("homes", "average price for southern versus non-southern homes", ["GROUP BY south"], ["WHERE"]),
        ("homes", "What is the average sale price of a home?", ["AVG(price)"], ["WHERE"]),
        ("homes", "How many homes sold for more than 150000?", ["price > 150000"], []),
        ("homes", "average predicted price", [], []),
        # of two named choices, the one with more
        ("sellers", "Who sells more on average, men or women?", ["GROUP BY gender", "DESC LIMIT 1"], []),
        ("sellers", "which gender has lower sales, male or female?", ["GROUP BY gender", "ASC LIMIT 1"], []),
        ("sellers", "How many sellers haven't published any papers?", ["papers = 0"], []),
        # a glued party code; the kind a row's name only describes; bands named "age group"; integer place codes
        ("parliament", "In how many elections did the SNP win more than 30 seats?", ['"SNPSeats" > 30'], ['"Seats" >']),
        ("bikes", "avg price by bike type", ['GROUP BY "Type"'], ['GROUP BY "Bike"']),
        ("claims", "List the age groups", ['DISTINCT "Age"'], ['"Group"']),
        ("claims", "Which age group filed the most claims in total?", ['"Age"', 'SUM("Claims")'], ['"Group"']),
        ("claims", "How many claims came from drivers over 50?", ["\"Age\" = '>50'"], ['"Claims" >']),
        ("claims", "How many districts are there?", ['COUNT(DISTINCT "District")'], []),
        ("claims", "How many claim records had more than 20 claims?", ["COUNT(*)", '"Claims" > 20'], ["DISTINCT"]),
        # quarter codes, percentile columns, a column named by the values it holds, the data's coverage
        ("donations", "What was the average rate in Q2 2019?", ["\"Quarter\" = 'Q22019'"], []),
        ("donations", "What was the average rate in 2019?", ["\"Quarter\" LIKE '%2019%'"], []),
        ("earnings", "Which year had the highest 90th percentile income?", ['"P90"'], ['"P50"']),
        ("earnings", "Which years does the earnings data cover?", ['DISTINCT "Year"'], []),
        ("authors", "average papers by gender", ["GROUP BY g"], []),
        ("authors", "How many records were made at time 10?", ["time = 10"], []),
    ],
)
def test_round33_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND33_TABLES[table]), question, must, must_not)


_ROUND34_TABLES = {
    # yes/no columns sharing the prefix of the rows' noun (`leg_` for legislators); a packed income
    "outreach": "leg_black,leg_senator,leg_democrat,responded,totalpop,medianhhincom\n" + "\n".join(
        f"{i % 2},{(i // 2) % 2},{(i // 3) % 2},{(i // 5) % 2},{1 + i % 9}.5,{2 + i % 5}.25" for i in range(60)
    ),
    # one row per numbered district, party codes, votes per candidate and year
    "house": "district,IncParty,contested,Bush2004,Kerry2004\n" + "\n".join(
        f"{i},{['D', 'R'][i % 2]},{'true' if i % 4 else 'false'},{90000 + i * 1234 % 70000},{80000 + i * 4321 % 90000}"
        for i in range(1, 41)
    ),
    # two rows per patient; a coded treatment; a column `differ` beside it
    "trial": "id,rx,age,differ\n" + "\n".join(f"{1 + i // 2},{['Obs', 'Lev', 'Lev+5FU'][i // 2 % 3]},{40 + i % 30},{1 + i % 3}" for i in range(60)),
    # pigs weighed every week: numbered pigs and litters
    "growth": "Pig,Litter,Weight,Time\n" + "\n".join(f"{4601 + i // 6},{1 + i // 12},{20 + i % 6 * 9},{1 + i % 6}" for i in range(180)),
    # two senators per state: a code and a name for the state
    "senate": "state_abb,state_name,vote_share\n" + "\n".join(
        f"{['AL', 'AK', 'AZ', 'AR', 'CA'][i // 2]},{['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California'][i // 2]},{30 + i // 2 * 7}"
        for i in range(10)
    ),
    "returns": "Date,Google_Return,SP500_Return\n" + "\n".join(
        f"2015-07-{1 + i:02d},{((i * 7) % 11 - 5) / 100},{((i * 5) % 9 - 4) / 100}" for i in range(28)
    ),
    "road": "year,day,y\n" + "\n".join(f"{1961 + i // 50},{1 + i % 50},{10 + (i * 7) % 30}" for i in range(100)),
    "traffic": "year,day,accidents\n" + "\n".join(f"{1961 + i // 50},{1 + i % 50},{10 + (i * 7) % 30}" for i in range(100)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the prefix several yes/no columns share names the rows, not a condition on each
        ("outreach", "How many black legislators are there?", ["leg_black = 1"], ["leg_senator", "leg_democrat"]),
        ("outreach", "What is the total population over all legislators?", ["SUM(totalpop)"], ["leg_"]),
        ("outreach", "How many legislators have a median household income under 3?", ["medianhhincom < 3"], ["leg_"]),
        # party codes; numbered districts counted, not added; "which district gave Kerry the most votes"
        ("house", "How many seats were held by Republicans?", ["\"IncParty\" = 'R'"], []),
        ("house", "how many districts were uncontested", ["COUNT(*)", "contested = FALSE"], ["SUM("]),
        ("house", "Which district gave Kerry the most votes in 2004?", ['"Kerry2004"', "district"], ['"Bush2004"']),
        ("house", "Which 3 districts had the fewest Bush votes in 2004?", ['"Bush2004"', "ASC LIMIT 3"], []),
        # a coded treatment; "different" is not the column `differ`
        ("trial", "avg age by treatment", ["GROUP BY rx"], ["differ"]),
        ("trial", "List the different treatments", ["DISTINCT rx"], ["differ"]),
        # numbered units weighed every week are counted once each
        ("growth", "How many pigs are there?", ['COUNT(DISTINCT "Pig")'], []),
        ("growth", "How many litters are there?", ['COUNT(DISTINCT "Litter")'], ["SUM("]),
        # a state's name before its code; a sign asked after the column
        ("senate", "Which state has the highest vote share?", ["state_name"], ["state_abb"]),
        ("returns", "On how many days was Google's return negative?", ['"Google_Return" < 0'], []),
        ("returns", "How many days did the S&P 500 go up?", ['"SP500_Return" > 0'], []),
        # "which year had more": the most; "from day 20 to day 40"
        ("traffic", "Which year had more accidents?", ["DESC LIMIT 1", "year"], []),
        ("traffic", "total accidents from day 20 to day 40", ['"day" BETWEEN 20 AND 40'], []),
        # a measure named only `y`: the one word of the question nothing else explains
        ("road", "What is the total number of accidents?", ["SUM(y)"], []),
        ("road", "How many days had between 15 and 20 accidents?", ["y BETWEEN 15 AND 20"], ['"day" BETWEEN']),
        ("road", "How many days had more than 30 accidents?", ["y > 30"], []),
        ("road", "How many days are there?", ["COUNT(*)"], ["y"]),
    ],
)
def test_round34_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND34_TABLES[table]), question, must, must_not)


_ROUND35_TABLES = {
    # a row per day kept in integer year, month and day-of-month columns, with an ISO weekday code
    "daily_births": "year,month,date_of_month,day_of_week,births\n" + "\n".join(
        f"{1970 + i // 336},{1 + i // 28 % 12},{1 + i % 28},{1 + i % 7},{8000 + (i * 37) % 2500}" for i in range(672)
    ),
    "workers": "occupation,gender,wage\n" + "\n".join(
        f"{['sales', 'clerical', 'service'][i % 3]},{['male', 'female'][i // 3 % 2]},{5 + (i * 7) % 20}.5" for i in range(60)
    ),
    "speeches": "year,president,word_count\n" + "\n".join(
        f"{1900 + i},{['Adams', 'Baker', 'Clark'][i % 3]},{3000 + (i * 977) % 9000}" for i in range(30)
    ),
    "lexicon_words": "word,valence\n" + "\n".join(f"w{i},{(i * 3) % 11 - 5}" for i in range(50)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "per day" over a row per day is the mean of the rows; weekdays as ISO codes; the date of a row in 3 columns
        ("daily_births", "What is the average number of births per day?", ["AVG(births)"], ["GROUP BY"]),
        ("daily_births", "What is the average number of births on Sundays?", ["day_of_week = 7"], []),
        ("daily_births", "average births on weekends", ["day_of_week IN (6, 7)"], []),
        ("daily_births", "How many babies were born in total?", ["SUM(births)"], []),
        ("daily_births", "How many births were there in 1971?", ["SUM(births)"], ["DISTINCT"]),
        ("daily_births", "Which date had the most births?", ['"year", "month", date_of_month', "DESC LIMIT 1"], []),
        # "the top wage" is the highest; "how many men and how many women in each occupation"
        ("workers", "What is the top hourly wage among clerical workers?", ["wage", "DESC LIMIT 1"], ["AVG("]),
        ("workers", "How many men and how many women are there in each occupation?", ["GROUP BY occupation, gender"], []),
        # a text's length is its words: one address each, not a president's total
        ("speeches", "Which president gave the longest speech?", ["MAX(word_count)"], ["SUM("]),
        # one signed score in a word list: "negative words"
        ("lexicon_words", "How many negative words are there?", ["valence < 0"], []),
        ("lexicon_words", "What percentage of the words are positive?", ["valence > 0"], []),
        # ranked rows shown with the further columns named after them
        ("speeches", "Show the 3 longest speeches and the president of each", ["president", "word_count", "LIMIT 3"], []),
    ],
)
def test_round35_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND35_TABLES[table]), question, must, must_not)


_STATES10 = [("Ohio", "OH", "Midwest"), ("Texas", "TX", "South"), ("Utah", "UT", "West"), ("Iowa", "IA", "Midwest"),
             ("Maine", "ME", "Northeast"), ("Idaho", "ID", "West"), ("Georgia", "GA", "South"), ("Vermont", "VT", "Northeast"),
             ("Nevada", "NV", "West"), ("Alabama", "AL", "South")]  # fmt: skip
_ROUND36_TABLES = {
    # a measured count per row under a name that only says it counts
    "outbreaks": "illness,province,year,count\n" + "\n".join(
        f"{['Flu', 'Mumps', 'Hepatitis B'][i % 3]},{['Ontario', 'Quebec', 'Manitoba'][i // 3 % 3]},{1990 + i // 9},{(i * 137) % 900}"
        for i in range(90)
    ),
    # one row per state: its full name, its postal code, and a `total` of the table's own noun
    "burglaries": "state,abb,region,population,total\n" + "\n".join(
        f"{s},{a},{r},{1000000 + i * 370000},{50 + (i * 83) % 700}" for i, (s, a, r) in enumerate(_STATES10)
    ),
    # named rows whose table name says nothing of what they are; `sex` beside `gender`
    "saga": "name,height,mass,sex,gender,species\n" + "\n".join(
        f"Hero{i},{90 + (i * 13) % 120},{30 + (i * 7) % 90},{['male', 'female', 'none'][i % 3]},"
        f"{['masculine', 'feminine'][i % 2]},{['Human', 'Droid'][i // 2 % 2]}"
        for i in range(20)
    ),
    # a packed `tvhours`; religions stored as -ism
    "viewers": "year,marital,relig,tvhours\n" + "\n".join(
        f"{2000 + i % 5},{['Married', 'Divorced'][i % 2]},{['Hinduism', 'Catholic', 'None'][i % 3]},{i % 9}" for i in range(60)
    ),
    # yes/no columns asked as verbs: "left the company", "work overtime"
    "staff": "Age,Attrition,OverTime,Gender,MonthlyIncome,PercentSalaryHike,DistanceFromHome\n" + "\n".join(
        f"{22 + i % 30},{['Yes', 'No', 'No'][i % 3]},{['No', 'Yes'][i // 3 % 2]},{['Female', 'Male'][i % 2]},"
        f"{2000 + (i * 331) % 9000},{11 + i % 14},{1 + (i * 5) % 29}"
        for i in range(60)
    ),
    # a status value that is also a word of a width column; years as integers
    "cyclones": "name,year,status,wind,hurricane_force_diameter\n" + "\n".join(
        f"N{i % 7},{1995 + i % 15},{['hurricane', 'tropical storm', 'tropical depression'][i % 3]},{30 + (i * 11) % 120},{(i * 17) % 200}"
        for i in range(60)
    ),
    # species written with the genus cut to a letter
    "polls": "state,smith,jones\n" + "\n".join(f"{s},{40 + i * 1.5},{55 - i * 1.5}" for i, (s, _, _) in enumerate(_STATES10)),
    "frogs": "species,temp,rate\n" + "\n".join(
        f"{['R. pipiens', 'R. clamitans'][i % 2]},{15 + i % 12},{40 + (i * 3) % 30}" for i in range(30)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a count per row: the noun it counts is added up, after a value ("flu cases", "hepatitis B cases")
        ("outbreaks", "How many flu cases were there in Ontario?", ["SUM(count)", "illness = 'Flu'"], ["COUNT(*)"]),
        ("outbreaks", "How many hepatitis B cases were reported in 1995?", ["SUM(count)", "'Hepatitis B'"], []),
        ("outbreaks", "total cases per illness", ["SUM(count)", "GROUP BY illness"], []),
        ("outbreaks", "Which province had the most mumps cases?", ["SUM(count)", "LIMIT 1"], []),
        ("outbreaks", "How many records have more than 500 cases?", ["COUNT(*)", "count > 500"], ["SUM("]),
        # the table's own noun over its `total`; the state's name, not its code; a mean over one row per state
        ("burglaries", "How many burglaries were there in the West?", ["SUM(total)", "region = 'West'"], []),
        ("burglaries", "total population and total burglaries by region", ["SUM(population)", "SUM(total)"], []),
        ("burglaries", "Which state had the most burglaries?", ["state", "ORDER BY total DESC"], ["abb"]),
        ("burglaries", "Which states had more than 300 burglaries?", ["state", "total > 300"], ["abb"]),
        ("burglaries", "avg burglaries per state", ["AVG(total)"], ["GROUP BY"]),
        ("burglaries", "What is the abbreviation for Ohio?", ["abb", "state = 'Ohio'"], []),
        ("burglaries", "What is the region of Texas?", ["region", "state = 'Texas'"], []),
        # an unnamed kind of named rows; a column called `gender` over a synonym
        ("saga", "How many characters are there?", ["COUNT(*)"], ["WHERE"]),
        ("saga", "Which character is the tallest?", ["name", "ORDER BY height DESC", "LIMIT 1"], []),
        ("saga", "Which gender has the higher average mass?", ["GROUP BY gender"], ["sex"]),
        # an initialism glued to a word; -ists for -ism; "the most hours" as a value
        ("viewers", "Average TV hours by marital status", ["AVG(tvhours)", "GROUP BY marital"], []),
        ("viewers", "How many Hindus watch more than 3 hours of TV a day?", ["relig = 'Hinduism'", "tvhours > 3"], []),
        ("viewers", "How many people watch more than 5 hours of TV a day?", ["tvhours > 5"], []),
        ("viewers", "What's the most hours of TV anyone watches?", ["MAX(tvhours)"], ["LIMIT"]),
        # yes/no columns as verbs; "paid" is the income, not the raise; a describing word for the unsaid part of a name
        ("staff", "How many employees left the company?", ['"Attrition" = TRUE'], []),
        ("staff", "How many women work overtime?", ['"OverTime" = TRUE', "'Female'"], []),
        ("staff", "What percentage of employees work overtime?", ['"OverTime" = TRUE', "100.0"], []),
        ("staff", "How old is the highest paid employee?", ['"Age"', '"MonthlyIncome" DESC'], ["PercentSalaryHike"]),
        ("staff", "How many employees have a commute distance over 20?", ['"DistanceFromHome" > 20'], []),
        # a value that is a word of another column's name; a year range read once
        ("cyclones", "How many hurricane observations are there?", ["status = 'hurricane'"], ["SUM("]),
        ("cyclones", "How many hurricanes are there?", ["status = 'hurricane'", "COUNT(*)"], ["diameter"]),
        (
            "cyclones",
            "How many observations are from the years 2000 through 2005?",
            ['"year" BETWEEN 2000 AND 2005'],
            ['"year" = 2000'],
        ),
        # a species' own name after the genus letter; percentages in a range
        ("frogs", "What is the average rate of the pipiens frogs?", ["species = 'R. pipiens'"], []),
        ("polls", "In how many states did Smith get between 45% and 50% of the vote?", ["smith BETWEEN 45 AND 50"], []),
    ],
)
def test_round36_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND36_TABLES[table]), question, must, must_not)


def test_round36_one_row_per_state_tables_join_on_the_state() -> None:
    """Two tables with one row per state share the state's name: a question over both joins them on it."""
    source = DuckDBSource()
    source.add_bytes(_ROUND36_TABLES["burglaries"].encode(), "burglaries.csv", name="burglaries")
    turnout = "state,electoral_votes,turnout\n" + "\n".join(
        f"{s},{3 + i * 2},{50 + i}.5" for i, (s, _, _) in enumerate(_STATES10)
    )
    source.add_bytes(turnout.encode(), "turnout.csv", name="turnout")
    try:
        sql = OfflineEngine().write_sql("Total electoral votes per region", source.schema())
        assert "JOIN" in sql and "SUM(electoral_votes)" in sql and "region" in sql, sql
        rows = source.run_validated(sql).rows
        assert sum(r[1] for r in rows) == sum(3 + i * 2 for i in range(10))
        sql = OfflineEngine().write_sql("average turnout in the South", source.schema())
        assert "JOIN" in sql and "region = 'South'" in sql, sql
    finally:
        source.close()


_ROUND37_TABLES = {
    # a yes/no asked only of some rows ('No internet service'), a plain 'No' among kinds, money per month
    "clients": "churn,internet_service,streaming_movies,streaming_tv,online_security,contract,paperless_billing,"
    "monthly_charges,total_charges\n" + "\n".join(
        f"{['Yes', 'No', 'No'][i % 3]},{['DSL', 'Fiber optic', 'No'][i % 3]},{['Yes', 'No', 'No internet service'][i % 3]},"
        f"{['No', 'Yes', 'No internet service'][i % 3]},{['Yes', 'No', 'No internet service'][i // 2 % 3]},"
        f"{['Month-to-month', 'One year', 'Two year'][i % 3]},{i % 2},{15 + (i * 7) % 100}.5,{100 + i * 40}.0"
        for i in range(60)
    ),
    # categories asked with a kind word ("marital status", "job type"), values asked as people ("freelancers")
    "credit_file": "Status,Home,Marital,Job,Age,Income,Amount\n" + "\n".join(
        f"{['good', 'bad'][i % 2]},{['rent', 'owner', 'parents'][i % 3]},{['married', 'single', 'widow'][i // 2 % 3]},"
        f"{['fixed', 'freelance', 'partime'][i // 3 % 3]},{20 + i % 40},{80 + (i * 13) % 200},{500 + (i * 97) % 3000}"
        for i in range(60)
    ),
    # one row per rating a user gave a movie; genres kept as a list
    "ratings_log": "movieId,title,genres,userId,rating,rated_on\n" + "\n".join(
        f"{i % 12},Film {i % 12},{['Comedy|Drama', 'Horror', 'Comedy', 'Drama|Romance'][i % 12 % 4]},{100 + i % 7},"
        f"{1 + (i * 3) % 9 / 2},2015-0{1 + i % 9}-1{i % 9}"
        for i in range(80)
    ),
    # a survey of developers: the roles are yes/no columns sharing the word
    "survey_devs": "Country,Salary,Remote,Web_developer,Embedded_developer,Desktop_developer,Data_scientist\n" + "\n".join(
        f"{['Germany', 'India', 'Canada'][i % 3]},{20000 + (i * 3301) % 120000},{['Remote', 'Not remote'][i % 2]},"
        f"{i % 2},{i // 2 % 2},{i // 5 % 2},{i // 3 % 2}"
        for i in range(60)
    ),
    # artists stored surname first; a title that is a preposition
    "artworks": "artist,title,medium,year\n" + "\n".join(
        f"\"{['Hirst, Damien', 'Doig, Peter', 'Beuys, Joseph'][i % 3]}\",{['After', 'Untitled', 'Ski Jacket', 'Red'][i % 4]},"
        f"{['Oil paint on canvas', 'Etching on paper'][i % 2]},{1990 + i % 25}"
        for i in range(60)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # people the rows are; a plain 'No' value; a yes/no with a third kind of no; money a month
        ("clients", "How many customers are there?", ["COUNT(*)"], ["WHERE"]),
        ("clients", "How many customers have no internet service?", ["internet_service = 'No'"], []),
        ("clients", "How many customers stream movies?", ["streaming_movies = 'Yes'"], ["streaming_tv"]),
        ("clients", "How many customers with no online security churned?", ["online_security = 'No'"], []),
        ("clients", "How many customers pay under $20 a month?", ["monthly_charges < 20"], ["contract"]),
        ("clients", "What is the lowest monthly bill a customer pays?", ["MIN(monthly_charges)"], ["paperless"]),
        # categories named with a kind word; values asked as the people they describe
        ("credit_file", "What is the average income for each type of housing?", ['GROUP BY "Home"'], []),
        ("credit_file", "What is the average age of freelancers?", ["\"Job\" = 'freelance'"], []),
        ("credit_file", "How many home owners are there?", ["\"Home\" = 'owner'", "COUNT(*)"], ["DISTINCT"]),
        (
            "credit_file",
            "How many applicants are there for each marital status and credit status?",
            ['GROUP BY "Marital", "Status"'],
            [],
        ),
        ("credit_file", "What are the top 3 marital statuses by number of applicants?", ['GROUP BY "Marital"'], []),
        ("credit_file", "Average amount by job type and credit status", ['GROUP BY "Job", "Status"'], []),
        # ids named by their noun; the most ratings counted; list columns
        ("ratings_log", "How many different users are there?", ['COUNT(DISTINCT "userId")'], []),
        ("ratings_log", "Which user gave the most ratings?", ['GROUP BY "userId"', "COUNT(*)"], ["AVG("]),
        ("ratings_log", "Which movie has the most ratings?", ["GROUP BY title", "COUNT(*)"], ["movieId"]),
        ("ratings_log", "What is the average rating of comedies?", ["genres LIKE '%Comedy%'"], []),
        # a word many yes/no columns share names the rows; dollars are the money column
        ("survey_devs", "How many developers are there?", ["COUNT(*)"], ["WHERE"]),
        ("survey_devs", "How many developers make between 40,000 and 60,000 dollars?", ['"Salary" BETWEEN 40000 AND 60000'], []),
        ("survey_devs", "How many web developers are there?", ['"Web_developer" = 1'], ["Embedded"]),
        # names stored surname first; a preposition is not a title
        ("artworks", "How many works by Damien Hirst are there?", ["artist = 'Hirst, Damien'"], []),
        ("artworks", "What mediums has Peter Doig used?", ["DISTINCT medium", "artist = 'Doig, Peter'"], []),
        ("artworks", "How many artworks were made after 2005?", ['"year" > 2005'], ["title"]),
    ],
)
def test_round37_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND37_TABLES[table]), question, must, must_not)


_ROUND38_TABLES = {
    # a table named for what it holds (ratings), numbered professors, yes/no instructor traits
    "course_ratings": "prof,age,gender,minority,tenure,eval,students\n" + "\n".join(
        f"{1 + i % 12},{30 + (i * 7) % 35},{['female', 'male'][i % 2]},{['yes', 'no', 'no'][i % 3]},{['yes', 'no'][i // 2 % 2]},"
        f"{2.5 + (i * 0.37) % 2.5:.2f},{10 + (i * 13) % 120}"
        for i in range(60)
    ),
    # a state panel: rates per 100,000 people, income per capita, a yes/no law
    "state_crime": "year,state,murder,prisoners,income,population,law\n" + "\n".join(
        f"{1990 + i % 10},{['Texas', 'Ohio', 'Utah'][i // 10 % 3]},{2 + (i * 7) % 20}.5,{90 + (i * 37) % 400},"
        f"{12000 + (i * 311) % 6000},{1 + i % 9}.5,{['yes', 'no'][i % 2]}"
        for i in range(30)
    ),
    # a health survey whose rating column holds the word 'average'
    "senior_visits": "visits,hospital,emergency,health,region,gender\n" + "\n".join(
        f"{i % 9},{i % 3},{i % 4},{['poor', 'average', 'excellent'][i % 3]},{['west', 'other'][i // 3 % 2]},"
        f"{['male', 'female'][i % 2]}"
        for i in range(60)
    ),
    # cities with a population, a latitude, countries written surname-first ('Korea South')
    "big_cities": "name,country,pop,lat,long\n" + "\n".join(
        f"{['Paris', 'Lima', 'Perth', 'Oslo', 'Seoul'][i % 5]}{'' if i < 5 else i},"
        f"{['France', 'Peru', 'Australia', 'Norway', 'Korea South'][i % 5]},{10000 + (i * 7919) % 900000},"
        f"{[48.8, -12.0, -31.9, 59.9, 37.5][i % 5] + i / 100:.2f},{(i * 13) % 180}"
        for i in range(40)
    ),
    # customers whose rows mention customers only inside another column's name
    "phone_customers": "state,churn,account_length,number_customer_service_calls,total_day_calls\n" + "\n".join(
        f"{['KS', 'OH', 'NJ'][i % 3]},{['yes', 'no', 'no'][i % 3]},{50 + (i * 17) % 200},{i % 5},{60 + (i * 7) % 90}"
        for i in range(45)
    ),
    # poll shares kept as fractions, two dates per poll
    "ref_polls": "startdate,enddate,pollster,poll_type,samplesize,remain,leave\n" + "\n".join(
        f"2016-0{1 + i % 6}-0{1 + i % 8},2016-0{1 + i % 6}-1{i % 8},{['ICM', 'Opinium', 'ComRes'][i % 3]},"
        f"{['Online', 'Telephone'][i % 2]},{800 + (i * 97) % 3000},{0.40 + (i % 13) / 100:.2f},{0.52 - (i % 11) / 100:.2f}"
        for i in range(40)
    ),
    # yes/no columns named for the one who does it (`owner`, `smoker`)
    "card_applications": "card,owner,smoker,income,age\n" + "\n".join(
        f"{['yes', 'no'][i % 2]},{['yes', 'no', 'no'][i % 3]},{['no', 'yes'][i // 2 % 2]},{2 + (i * 7) % 9}.5,{20 + i % 40}"
        for i in range(40)
    ),
    # money a month and in all
    "phone_plans": "contract,monthly_charges,total_charges\n" + "\n".join(
        f"{['Month-to-month', 'One year'][i % 2]},{18 + (i * 7) % 90}.5,{200 + i * 55}.0" for i in range(40)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "taught by" names who does it (a condition), the rows of a ratings table, numbered professors
        ("course_ratings", "How many courses are taught by minority instructors?", ["minority = TRUE"], ["GROUP BY"]),
        ("course_ratings", "What percentage of courses are taught by tenured instructors?", ["tenure = TRUE", "100.0"], []),
        ("course_ratings", "How many courses are there?", ["COUNT(*)"], ["WHERE"]),
        ("course_ratings", "Bottom 3 professors by average eval", ["GROUP BY prof", "AVG(eval)", "LIMIT 3"], []),
        # units of a rate or a scale; a compound describing a yes/no column, negated before it
        ("state_crime", "median income per capita", ["MEDIAN(income)"], []),
        ("state_crime", "Which states had fewer than 150 prisoners per 100,000 people in 1999?", ["prisoners < 150"], []),
        ("state_crime", "What was the total population of all states in 1995, in millions?", ["SUM(population)"], []),
        ("state_crime", "What is the average murder rate with and without a shall-carry law in effect?", ["GROUP BY law"], []),
        ("state_crime", "How many states did not have a shall-carry law in 1995?", ["law = FALSE"], ["law = TRUE"]),
        # 'average' the value and "average" the aggregate
        ("senior_visits", "Average number of emergency room visits", ["AVG(emergency)"], ["'average'"]),
        ("senior_visits", "How many people have average health?", ["health = 'average'"], []),
        ("senior_visits", "Which health rating has the highest average number of hospital stays?", ["AVG(hospital)"], ["SUM("]),
        # the equator, the row of a terse superlative, the largest city by its people, names written backwards
        ("big_cities", "How many cities are south of the equator?", ["lat < 0"], []),
        ("big_cities", "southernmost city?", ["name", "ORDER BY lat ASC", "LIMIT 1"], ["MIN("]),
        ("big_cities", "What is the largest city?", ["ORDER BY pop DESC", "LIMIT 1"], []),
        ("big_cities", "how many cities are listed for south korea", ["country = 'Korea South'"], []),
        ("big_cities", "In which countries is there a city called Paris?", ["name = 'Paris'"], []),
        # the rows' people, not the column about them; a column compared with another; shares kept as fractions
        ("phone_customers", "How many customers are there?", ["COUNT(*)"], ["WHERE"]),
        ("phone_customers", "What are the top 3 states by number of customers?", ["COUNT(*)", "GROUP BY state"], ["SUM("]),
        ("ref_polls", "How many phone polls had leave ahead of remain?", ["poll_type = 'Telephone'", "leave > remain"], []),
        ("ref_polls", "How many polls had remain between 45% and 50%?", ["remain BETWEEN 0.45 AND 0.5"], []),
        ("ref_polls", "When was the most recent poll finished?", ["MAX(enddate)"], []),
        # a yes/no column named for its agent, asked by the verb
        ("card_applications", "How many applicants own their home?", ["owner = TRUE"], []),
        ("card_applications", "How many people smoke?", ["smoker = TRUE"], []),
        # dollars a month: the monthly money column
        ("phone_plans", "How many customers pay under $20 a month?", ["monthly_charges < 20"], ["contract"]),
        ("phone_plans", "How many customers pay more than 100 dollars a month?", ["monthly_charges > 100"], []),
    ],
)
def test_round38_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND38_TABLES[table]), question, must, must_not)


_ROUND39_TABLES = {
    # most rows a 'Sovereign state', a few a bare 'State': "states" are all of them
    "territories": "name,kind,area,people\n" + "\n".join(
        f"Land{i},{['Sovereign state', 'Sovereign state', 'Sovereign state', 'State', 'Dependency'][i % 5]},"
        f"{1000 + i * 37},{50000 + (i * 7919) % 900000}"
        for i in range(40)
    ),
    # one measure per year kept in columns: `jobs_05`, `jobs_15`
    "county_jobs": "county,jobs_05,jobs_15,wage_05,wage_15\n" + "\n".join(
        f"C{i},{1000 + (i * 37) % 900},{1100 + (i * 53) % 900},{30000 + (i * 311) % 9000},{32000 + (i * 173) % 9000}"
        for i in range(30)
    ),
    # a cause column; deaths kept as fatalities
    "outages": "cause,region,fatalities,year\n" + "\n".join(
        f"{['storm', 'equipment', 'fire'][i % 3]},{['north', 'south'][i % 2]},{(i * 7) % 5},{2000 + i % 10}" for i in range(45)
    ),
    # a survey's `id` numbered again each year; a trial's `subject` on every visit
    "poll_answers": "id,year,age,answer\n" + "\n".join(
        f"{1 + i % (7 + i // 20)},{2000 + i // 20},{18 + (i * 7) % 70},{['yes', 'no'][i % 2]}" for i in range(80)
    ),
    "trial_visits": "subject,visit,age,gender,score\n" + "\n".join(
        f"{1 + i // 4},{i % 4},{30 + (i // 4) % 40},{['female', 'male'][(i // 4) % 2]},{(i * 13) % 50}" for i in range(80)
    ),
    # kept long: a city's rent and food costs in one `amount` column
    "city_costs": "city,item,amount\n" + "\n".join(
        f"{['Oslo', 'Lima', 'Rome', 'Pune', 'Kiev', 'Nice'][i // 2]},{['rent', 'food'][i % 2]},{300 + (i * 173) % 2000}"
        for i in range(12)
    ),
    # an app named in a longer value; a yes/no false on every row beside the count it shadows
    "posts": "source,is_shared,share_count,favorite_count\n" + "\n".join(
        f"{['App for Windows', 'App for Mac', 'Web'][i % 3]},false,{(i * 37) % 500},{(i * 91) % 900}" for i in range(30)
    ),
    # a probability per age and sex
    "life_risk": "age,sex,prob\n" + "\n".join(f"{i // 2},{['Male', 'Female'][i % 2]},{0.001 * (1 + (i * 7) % 90):.3f}" for i in range(60)),
    # men only, no sex column; a wave suffix on every measure
    "men_study": "id,age0,height0,weight0,chol0\n" + "\n".join(
        f"{100 + i},{40 + i % 20},{64 + i % 12},{150 + (i * 7) % 80},{180 + (i * 11) % 120}" for i in range(40)
    ),
    # seeds counted, then taken; many rows a date
    "feeders": "station,species,date,seeds,taken\n" + "\n".join(
        f"{1 + i % 9},{['oak', 'pine', 'ash'][i % 3]},2020-0{1 + i % 5}-1{i % 3},{i % 6},{(i * 5) % 6}" for i in range(90)
    ),
    # one row per sighting with its `count`, a week number, missing depths
    "bird_counts": "site,week,count,habitat,depth\n" + "\n".join(
        f"S{i % 4},{1 + i % 9},{(i * 7) % 12},{['reed', 'open'][i % 2]},{'' if i % 5 == 0 else i % 30}" for i in range(50)
    ),
    # districts numbered one a row; an incumbent's party
    "districts": "district,party,dem_votes,rep_votes\n" + "\n".join(
        f"{1 + i},{['D', 'R'][i % 2]},{50000 + (i * 7919) % 90000},{40000 + (i * 6007) % 90000}" for i in range(30)
    ),
    # a yes/no code whose first letters a word may share; kinds of coma; Y/N illness
    "ward": "systolic,prevhosp,coma,ill\n" + "\n".join(
        f"{90 + (i * 13) % 110},{['true', 'false'][i % 2]},{['None', 'Stupor', 'Coma'][i % 3]},{['Y', 'N'][i // 2 % 2]}"
        for i in range(30)
    ),
    # pollsters kept as `org`; a glued prefix on a word (`deptbudget`)
    "polls_au": "org,labor,sampleSize\n" + "\n".join(f"{['Newspoll', 'Galaxy', 'Morgan'][i % 3]},{35 + i % 12},{800 + (i * 97) % 2000}" for i in range(30)),
    "depts": "dept,deptbudget,staff\n" + "\n".join(f"{['Art', 'Law', 'Math'][i % 3]},{10000 + (i * 733) % 50000},{5 + i % 20}" for i in range(30)),
    "home_survey": "homeOwn,age,cylinders\n" + "\n".join(f"{['Yes', 'No', 'No'][i % 3]},{20 + i % 50},{[4, 6, 6, 8][i % 4]}" for i in range(40)),
    "age_groups": "age,group,holders\n" + "\n".join(f"{['<25', '25-29', '30-35', '>35'][i % 4]},G{i // 4 % 3},{100 + (i * 37) % 500}" for i in range(24)),
    # two thousand years of yearly concentrations per gas
    "ice_core": "year,gas,concentration\n" + "\n".join(f"{20 * (1 + i // 2)},{['CO2', 'CH4'][i % 2]},{270 + (i * 3) % 50}.5" for i in range(200)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the bare plural names the class when most rows are a described kind of it
        ("territories", "How many states are in the territories data?", ["COUNT(*)"], ["kind ="]),
        ("territories", "How many sovereign states are there?", ["kind = 'Sovereign state'"], []),
        # a year picks its column among a measure kept per year
        ("county_jobs", "Which county had the most jobs in 2015?", ["jobs_15"], ["jobs_05"]),
        ("county_jobs", "average wage in 2005", ["AVG(wage_05)"], ["wage_15"]),
        ("county_jobs", "Show the 3 counties with the most jobs in 2005", ["jobs_05", "LIMIT 3"], ["jobs_15", "wage"]),
        # "caused by" a stored cause; deaths as fatalities
        ("outages", "How many outages were caused by storms?", ["cause = 'storm'"], []),
        ("outages", "total deaths by year", ["SUM(fatalities)", 'GROUP BY "year"'], []),
        # respondents are the rows over a repeated survey id; patients are the subjects
        ("poll_answers", "How many respondents are over 60?", ["COUNT(*)", "age > 60"], ["DISTINCT"]),
        ("trial_visits", "How many patients are in the trial?", ["COUNT(DISTINCT subject)"], []),
        ("trial_visits", "How many male patients are there?", ["COUNT(DISTINCT subject)", "gender = 'male'"], []),
        # a long table: the measure's name is a value of `item`, its number the `amount`
        ("city_costs", "What is the average rent?", ["AVG(amount)", "item = 'rent'"], []),
        ("city_costs", "Which city has the highest rent?", ["city", "item = 'rent'", "amount", "DESC LIMIT 1"], []),
        ("city_costs", "How many cities have food above 1000?", ["item = 'food'", "amount > 1000"], []),
        # the last word of a value ('App for Windows'); a yes/no false on every row is not what "shares" are
        ("posts", "How many posts came from Windows?", ["source = 'App for Windows'"], []),
        ("posts", "What is the median number of shares?", ["MEDIAN(share_count)"], ["is_shared"]),
        ("posts", "avg likes per post", ["AVG(favorite_count)"], []),
        # a probability stored in the data; "which age" ranked by another measure
        ("life_risk", "What is the average probability for women?", ["AVG(prob)", "sex = 'Female'"], []),
        ("life_risk", "Which age has the lowest probability for men?", ["age", "prob", "ASC", "sex = 'Male'"], ["MIN(age)"]),
        # "man" over a table of men; a wave digit on every column name
        ("men_study", "How tall is the tallest man?", ["height0"], []),
        ("men_study", "What are the 3 heaviest men?", ["weight0", "LIMIT 3"], []),
        # the participle after a noun names the column; a date of many rows is a group
        ("feeders", "Total seeds taken for each species", ["SUM(taken)", "GROUP BY species"], ["SUM(seeds)"]),
        ("feeders", "On which date were the most seeds taken?", ['GROUP BY "date"', "SUM(taken)"], []),
        ("feeders", "Which seed species had the most seeds taken?", ["GROUP BY species"], ["GROUP BY seeds"]),
        ("feeders", "How many different stations are there?", ["COUNT(DISTINCT station)"], []),
        # observations are the rows, not the counts in them; a range named twice; a missing value
        ("bird_counts", "How many observations had at least 5 birds?", ["COUNT(*)", "count >= 5"], ["SUM("]),
        ("bird_counts", "How many observations were made between week 3 and week 6?", ["week BETWEEN 3 AND 6"], []),
        ("bird_counts", "How many sightings are missing the depth value?", ["depth IS NULL"], []),
        ("bird_counts", "Which site had the biggest single count?", ["MAX(count)", "GROUP BY site"], ["SUM("]),
        # numbered districts are the rows
        ("districts", "How many districts are there?", ["COUNT(*)"], ["WHERE"]),
        ("districts", "districts per party", ["COUNT(*)", "GROUP BY party"], ["AVG("]),
        # not a yes/no by three shared letters; a kind word after a value; "sick" for `ill`
        ("ward", "What was the highest systolic pressure recorded?", ["MAX(systolic)"], ["prevhosp"]),
        ("ward", "What are the different coma levels?", ["DISTINCT coma"], ["WHERE"]),
        ("ward", "How many patients got sick?", ["ill = 'Y'"], []),
        # pollsters, the verb "ran", a word glued after a prefix
        ("polls_au", "List all the pollsters", ["DISTINCT org"], []),
        ("polls_au", "Which pollster ran the poll with the biggest sample?", ["org", "sampleSize"], []),
        ("depts", "average budget by dept", ["AVG(deptbudget)", "GROUP BY dept"], []),
        # the share is of the condition said last; the earliest check is a date; "3 seeds taken" compares `taken`
        ("ward", "What percentage of the patients in a coma got sick?", ["FILTER (WHERE ill = 'Y')", "coma = 'Coma'"], []),
        ("feeders", "When was the earliest seed check?", ['MIN("date")'], []),
        ("feeders", "How many checks had more than 3 seeds taken?", ["taken > 3"], ["seeds >"]),
        ("bird_counts", "What is the largest number of birds counted in a single observation?", ["MAX(count)"], []),
        # words inside a name; "how many ... and how many don't"; "which number of"; a ranked list shown
        ("territories", "How many places have Land1 in their name?", ["name ILIKE '%Land1%'"], []),
        ("home_survey", "How many respondents own their home and how many don't?", ['GROUP BY "homeOwn"'], ["WHERE"]),
        ("home_survey", "Which number of cylinders is the most common?", ["GROUP BY cylinders"], []),
        ("territories", "Show the 3 biggest territories by area", ["ORDER BY area DESC", "LIMIT 3"], ["DISTINCT"]),
        ("territories", "What is the largest area of any state in the territories data?", ["MAX(area)"], ["kind ="]),
        # a kind word after a column word keeps that column ("age group" over `age` beside a `group`)
        ("age_groups", "Which age group has the fewest holders?", ["GROUP BY age"], ['GROUP BY "group"']),
        # a `year` from 20 to 2000 is still the year
        ("ice_core", "What was the CO2 concentration in 1900?", ["gas = 'CO2'", '"year" = 1900'], []),
        ("ice_core", "Top 5 years by CH4 concentration", ["gas = 'CH4'", "LIMIT 5"], []),
    ],
)
def test_round39_40_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND39_TABLES[table]), question, must, must_not)


_ROUND41_TABLES = {
    "police_checks": "released,colour,year,age,sex\n" + "\n".join(
        f"{['Yes', 'No'][i % 2]},{['Black', 'White'][i // 2 % 2]},{1997 + i % 6},{14 + (i * 7) % 40},{['Male', 'Female'][i % 3 // 2]}"
        for i in range(60)
    ),
    "snail_trials": "Species,Exposure,Temp,Deaths\n" + "\n".join(f"{['A', 'B'][i % 2]},{1 + i % 4},{[10, 15, 20][i % 3]},{(i * 7) % 9}" for i in range(48)),
    "clinic_visits": "visits,gender,age\n" + "\n".join(f"{i % 5},{['female', 'male'][i % 2]},{20 + i % 50}" for i in range(40)),
    "state_rates": "rate,convictions,income\n" + "\n".join(f"{1.5 + (i * 0.77) % 18:.2f},{0.1 + (i * 0.013) % 0.4:.3f},{1.1 + i % 9 / 10:.1f}" for i in range(44)),
    "country_growth": "country,gdp85,gdp60,invest\n" + "\n".join(
        f"{['Canada', 'France', 'Japan', 'Italy', 'Spain', 'Chile'][i]},{15000 + i * 1500},{3000 + i * 900},{0.2 + i / 100:.2f}" for i in range(6)
    ),
    "flchain": "id,age,sex,flc_grp,death\n" + "\n".join(f"{i},{50 + (i * 7) % 45},{['F', 'M'][i % 2]},{1 + i % 10},{i % 3 // 2}" for i in range(60)),
    "canada_survey": "province,answer,urban\n" + "\n".join(
        f"{['QC', 'ON', 'BC'][i % 3]},{['Too Much', 'About Right', 'Too Little'][i // 3 % 3]},{['urban', 'rural'][i % 2]}" for i in range(36)
    ),
    "patrol_stops": "date,year,problem,educ\n" + "\n".join(
        f"2017-0{1 + i % 9}-1{i % 9} {(i * 7) % 24:02d}:15:00,{2000 + i % 5},{['traffic', 'suspicious'][i % 2]},{8 + i % 10}" for i in range(60)
    ),
    "hourly_normals": "date,temperature,wind\n" + "\n".join(f"2010-{1 + i % 12:02d}-0{1 + i % 9} {i % 24:02d}:00:00,{(i * 7) % 30 - 5},{i % 9}" for i in range(96)),
    "page_hours": "date_hour,pageviews\n" + "\n".join(f"2013-0{1 + i % 9}-1{i % 9} {i % 24:02d}:00:00,{(i * 37) % 500}" for i in range(50)),
    "ship_damage": "type,year,service,incidents\n" + "\n".join(f"{'ABCDE'[i % 5]},{1960 + 5 * (i // 5 % 4)},{100 + (i * 97) % 900},{(i * 7) % 15}" for i in range(40)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # people named by "-ee"; "each combination of" two columns, one named with a describing word ("skin colour")
        ("police_checks", "How many arrestees were under 18?", ["age < 18"], []),
        ("police_checks", "How many checks for each combination of skin colour and sex?", ["GROUP BY colour, sex"], []),
        ("police_checks", "Which skin colour has the lower average age?", ["GROUP BY colour", "AVG(age)", "ASC LIMIT 1"], []),
        # "at a temperature of 20": that value of the column named before "of"
        ("snail_trials", "Average deaths at a temperature of 20", ['AVG("Deaths")', '"Temp" = 20'], []),
        # the table's own noun before a column's ("the number of clinic visits" over `visits`)
        ("clinic_visits", "Average number of clinic visits by gender", ["AVG(visits)", "GROUP BY gender"], ["COUNT("]),
        ("clinic_visits", "What is the total number of clinic visits?", ["SUM(visits)"], []),
        # "the 5 highest rates": the rows, not one group per rate
        ("state_rates", "Show the 5 highest murder rates", ["ORDER BY rate DESC", "LIMIT 5"], ["GROUP BY"]),
        # a year names the column kept for it and is not also a value
        ("country_growth", "How many countries had a 1960 GDP under 5000?", ["gdp60 < 5000"], ["= 1960", "gdp85"]),
        # incidents are added up
        ("ship_damage", "total incidents by ship type", ["SUM(incidents)", "GROUP BY type"], []),
        # the table's own name is no column's abbreviation (`flchain`, `flc_grp`); "who" is the id, not a shared sex
        ("flchain", "What percentage of people in flchain died?", ["100.0", "FILTER (WHERE death = 1)"], ["AVG("]),
        ("flchain", "How many people in flchain are older than 80?", ["age > 80"], ["flc_grp"]),
        ("flchain", "Who is the youngest person?", ["SELECT id", "ORDER BY age ASC"], []),
        # a stored answer that reads like an opinion ('Too Much'); the table's own place as a demonym
        ("canada_survey", "How many respondents think the government does too much?", ["answer = 'Too Much'"], []),
        ("canada_survey", "What percentage of the Canadian respondents live in urban areas?", ["urban = 'urban'"], []),
        # the hour of a timestamp; "schooling" for `educ`
        ("patrol_stops", "At which hour of the day were the most stops made?", ['HOUR("date")', "COUNT(*)", "LIMIT 1"], []),
        ("patrol_stops", "Average years of schooling per survey year", ["AVG(educ)", 'GROUP BY "year"'], []),
        # "the coldest" over a column spelled out (`temperature`); a column named for the hour is its own rows
        ("hourly_normals", "Which month is the coldest on average?", ["AVG(temperature)", "ASC LIMIT 1"], ["COUNT("]),
        ("page_hours", "Which hour had the most page views?", ["date_hour", "pageviews", "DESC LIMIT 1"], ["HOUR("]),
    ],
)
def test_round41_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND41_TABLES[table]), question, must, must_not)


# Round 42 (sets 163-170, AER data never seen): the rules its misses showed, over small tables of other names.
_ROUND42_TABLES = {
    "county_schools": "district,town,spendtot,income,score4,score8\n" + "\n".join(
        f"{i + 1},{['Avon', 'Bolton', 'Carver', 'Dover', 'Essex', 'Foxboro', 'Groton', 'Hull'][i % 8]}{i // 8 or ''},"
        f"{4000 + i * 97},{12 + (i * 5) % 17 + i / 10:.1f},{700 + (i * 3) % 20},{'' if i == 3 else 680 + (i * 7) % 25}"
        for i in range(40)
    ),
    "exam_takers": "gender,ethnicity,score,wage,fcollege,mcollege,education\n" + "\n".join(
        f"{['female', 'male'][i % 2]},{['afam', 'cauc', 'hispanic'][i % 3]},{35 + (i * 7.3) % 40:.2f},{7 + (i * 0.37) % 5:.2f},"
        f"{['yes', 'no'][i % 3 // 2]},{['yes', 'no'][i % 4 // 3]},{12 + i % 6}"
        for i in range(90)
    ),
    "carriers_panel": "firm,year,cost,output,load\n" + "\n".join(
        f"{1 + i // 10},{1970 + i % 10},{1000 + i * 37},{0.5 + i / 100:.2f},{0.5 + (i % 7) / 20:.2f}" for i in range(40)
    ),
    "trip_choices": "individual,mode,choice,travel,gcost,size\n" + "\n".join(
        f"{1 + i // 4},{['air', 'train', 'bus', 'car'][i % 4]},{['yes', 'no'][0 if i % 4 == (i // 4) % 4 else 1]},"
        f"{60 + (i * 37) % 700},{50 + (i * 13) % 200},{1 + i % 3}"
        for i in range(400)
    ),
    "road_safety": "state,year,fatalities,seatbelt,speed70,enforce\n" + "\n".join(
        f"{['AK', 'AL', 'AZ', 'CA', 'CO'][i % 5]},{1983 + i // 5},{0.015 + (i * 0.0007) % 0.02:.4f},{0.3 + (i * 0.0137) % 0.6:.4f},"
        f"{['yes', 'no'][i % 3 // 2]},{['no', 'secondary', 'primary'][i % 3]}"
        for i in range(75)
    ),
    "worker_survey": "smoker,ban,age,gender,afam\n" + "\n".join(
        f"{['yes', 'no'][i % 3 // 2]},{['yes', 'no'][i % 2]},{20 + i % 40},{['female', 'male'][i % 2]},{['yes', 'no'][i % 5 // 4]}"
        for i in range(100)
    ),
    "coverage_survey": "health,insurance,region,family,married,selfemp\n" + "\n".join(
        f"{['yes', 'no'][i % 4 // 3]},{['yes', 'no'][i % 5 // 4]},{['south', 'west', 'northeast'][i % 3]},{1 + i % 7},"
        f"{['yes', 'no'][i % 2]},{['yes', 'no'][i % 6 // 5]}"
        for i in range(120)
    ),
    "paper_cites": "journal,authors,pages,equations,cites\n" + "\n".join(
        f"{['Ecology', 'Genetics', 'Evolution'][i % 3]},Author{i} et al.,{5 + i % 12},{(i * 3) % 7},{(i * 17) % 160}" for i in range(45)
    ),
    "program_visits": "visits,program,age\n" + "\n".join(f"{(i * 3) % 11},{['AFDC', 'SSI'][i % 2]},{20 + i % 50}" for i in range(60)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a numbered district a row: ranked rows show the number and the name; "total spending" over `spendtot`
        ("county_schools", "Top 3 districts by per capita income", ["district, town, income", "DESC LIMIT 3"], ["GROUP BY"]),
        (
            "county_schools",
            "How many districts spend between 5000 and 6000 in total?",
            ["COUNT(*)", "BETWEEN 5000 AND 6000"],
            ["SUM("],
        ),
        ("county_schools", "Which town has the lowest 8th grade score?", ["score8", "ASC LIMIT 1"], ["score4"]),
        ("county_schools", "How many districts are missing an 8th grade score?", ["score8 IS NULL"], []),
        # the N highest values of a measure, no name column: the values; father's/mother's columns by their letter
        ("exam_takers", "Show the 5 lowest test scores", ["SELECT score", "ASC LIMIT 5"], ["ethnicity"]),
        ("exam_takers", "the 3 highest wages", ["ORDER BY wage DESC LIMIT 3"], ["MAX("]),
        ("exam_takers", "How many students have a father who went to college?", ["fcollege = TRUE"], ["mcollege"]),
        ("exam_takers", "Average education of students whose mother went to college", ["mcollege = TRUE", "AVG(education)"], []),
        ("exam_takers", "How many African American women are there?", ["ethnicity = 'afam'", "gender = 'female'"], []),
        # a panel of numbered firms by year: the table's noun counts and groups the firms
        ("carriers_panel", "How many carriers are in the data?", ["COUNT(DISTINCT firm)"], []),
        ("carriers_panel", "total cost per carrier", ["GROUP BY firm", "SUM(cost)"], []),
        ("carriers_panel", "total cost of carriers 1 and 3", ["firm IN (1, 3)"], []),
        # people numbered on several rows each; the table's own name said whole; "chosen most often"
        ("trip_choices", "How many different travelers are there?", ["COUNT(DISTINCT individual)"], ["travel)"]),
        ("trip_choices", "Which trip mode was chosen most often?", ["GROUP BY mode", "COUNT(*)", "choice = TRUE"], ["travel"]),
        ("trip_choices", "Top 3 individuals by generalized cost", ["ORDER BY gcost DESC LIMIT 3"], ["GROUP BY mode"]),
        # state-years are rows; a kind word's column over the words describing it; "which state and year"
        ("road_safety", "How many state-years had primary enforcement?", ["COUNT(*)", "enforce = 'primary'"], ["DISTINCT"]),
        ("road_safety", "Average fatality rate for each seat belt enforcement type", ["GROUP BY enforce", "AVG(fatalities)"], []),
        ("road_safety", "What are the different seat belt enforcement types?", ["DISTINCT enforce"], ["seatbelt"]),
        ("road_safety", "Which state and year had the lowest fatality rate?", ['state, "year"', "ASC LIMIT 1"], []),
        ("road_safety", "How many records had a 70 mph speed limit?", ["speed70 = TRUE"], []),
        # a word before the yes/no column it describes; the verb of an agent noun
        ("worker_survey", "How many people work somewhere with a smoking ban?", ["ban = TRUE"], ["smoker"]),
        ("worker_survey", "What percentage of women smoke?", ["FILTER (WHERE smoker = TRUE)", "gender = 'female'"], []),
        ("worker_survey", "How many African-American smokers are there?", ["afam = TRUE", "smoker = TRUE"], []),
        ("coverage_survey", "How many people don't have health insurance?", ["insurance = FALSE"], ["health ="]),
        ("coverage_survey", "Number of insured and uninsured people in each region", ["GROUP BY region, insurance"], ["WHERE"]),
        ("coverage_survey", "Which region has the highest share of uninsured people?", ["GROUP BY region", "DESC LIMIT 1"], []),
        # rows implied by a `journal` column; "at least one"; a count cited past a bound counts the rows
        ("paper_cites", "How many articles are there?", ["COUNT(*)"], []),
        ("paper_cites", "What percentage of articles have at least one equation?", ["equations >= 1"], []),
        ("paper_cites", "How many articles were cited at least 100 times?", ["COUNT(*)", "cites >= 100"], ["SUM("]),
        ("paper_cites", "Top 5 most cited articles", ["ORDER BY cites DESC LIMIT 5"], []),
        ("paper_cites", "What's the average number of citations an article gets?", ["AVG(cites)"], []),
        # "doctor visits" over `visits`
        ("program_visits", "Average number of doctor visits for each program", ["GROUP BY program", "AVG(visits)"], []),
    ],
)
def test_round42_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND42_TABLES[table]), question, must, must_not)


@pytest.mark.parametrize(
    ("table", "question"),
    [
        ("coverage_survey", "Which US state has the highest share of uninsured people?"),  # no state column
        ("worker_survey", "Is this company a good place for women to work?"),  # an opinion
        ("carriers_panel", "What is the real name of carrier 1?"),  # outside knowledge
    ],
)
def test_round42_declines(table: str, question: str) -> None:
    _check_reading(_csv_source(table, _ROUND42_TABLES[table]), question, [], [], decline_if_empty=True)


# Round 43 (sets 171-178, AER/nlme/vcd/sm/boot/quantreg data never seen): the rules its misses showed.
_ROUND43_TABLES = {
    "reading_achievement": "School,Sex,SES,ReadAch\n" + "\n".join(
        f"{1000 + i % 40},{['Male', 'Female'][i % 2]},{-1 + (i * 0.037) % 2:.3f},{5 + (i * 1.7) % 20:.2f}" for i in range(400)
    ),
    "girls_growth": "Subject,age,height,Occasion\n" + "\n".join(
        f"{1 + i // 9},{-1 + (i % 9) / 4:.2f},{130 + (i // 9) * 1.3 + (i % 9) * 1.1:.1f},{1 + i % 9}" for i in range(180)
    ),
    "animal_speeds": "weight,speed,jumpers\n" + "\n".join(
        f"{(i * 37) % 900 + 1},{10 + (i * 13) % 100},{['TRUE', 'FALSE'][i % 4 // 3]}" for i in range(90)
    ),
    "family_survey": "kids,age,education,birthyear,meducation,income\n" + "\n".join(
        f"{i % 6},{20 + i % 40},{8 + i % 10},{1970 + i % 20},{9 + i % 8},{1000 + (i * 53) % 4000}" for i in range(120)
    ),
    "corps_deaths": "deaths,year,corps,analysed\n" + "\n".join(
        f"{(i * 7) % 4},{1875 + i // 10},{'ABCDEFGHIK'[i % 10]},{['yes', 'no'][i % 10 // 7]}" for i in range(200)
    ),
    "welfare_counts": "Freq,Alcohol,Status,Urban\n" + "\n".join(
        f"{5 + (i * 11) % 90},{['<1', '1-2', '>2'][i % 3]},{['Married', 'Unmarried', 'Widow'][i // 3 % 3]},{['City', 'Country'][i // 9 % 2]}"
        for i in range(36)
    ),
    "quake_readings": "Quake,Richter,distance,soil,accel\n" + "\n".join(
        f"{1 + i // 8},{5 + (i // 8) % 20 / 10:.1f},{1 + (i * 17) % 300},{i % 2},{0.01 + (i * 0.013) % 0.7:.3f}" for i in range(160)
    ),
    "goat_milk": "protein,Time,Goat,Diet\n" + "\n".join(
        f"{2.8 + (i * 0.07) % 1.6:.2f},{1 + i % 15},{1 + i // 15},{['hay', 'grass'][i // 15 % 2]}" for i in range(300)
    ),
    "hourly_pay": "earnings,degree,gender,age\n" + "\n".join(
        f"{8 + (i * 1.3) % 30:.2f},{['highschool', 'bachelor'][i % 2]},{['female', 'male'][i // 2 % 2]},{25 + i % 10}" for i in range(80)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a column named for the table (`ReadAch` of reading_achievement); numbered schools, many pupils each
        ("reading_achievement", "avg reading score by sex", ['GROUP BY "Sex"', 'AVG("ReadAch")'], []),
        (
            "reading_achievement",
            "How many students scored between 10 and 15 in reading?",
            ['"ReadAch" BETWEEN 10 AND 15'],
            ["SES"],
        ),
        ("reading_achievement", "Which school has the most students?", ['GROUP BY "School"', "COUNT(*)"], ["SES"]),
        ("reading_achievement", "What are the top 5 schools by average reading score?", ['GROUP BY "School"', "LIMIT 5"], []),
        # people numbered on several rows each (`Subject`); a length in cm is the `height`
        ("girls_growth", "How many girls were measured?", ['COUNT(DISTINCT "Subject")'], []),
        ("girls_growth", "max height for each girl", ['GROUP BY "Subject"', "MAX(height)"], []),
        ("girls_growth", "What is the average height of girl 10?", ['"Subject" = 10', "AVG(height)"], []),
        ("girls_growth", "How many measurements are over 160 cm?", ["height > 160"], ["age >"]),
        # a speed in km/h; "faster than"; ranked by the superlative's own column; the N slowest values
        ("animal_speeds", "How many animals can run faster than 80 km/h?", ["speed > 80"], []),
        ("animal_speeds", "Show the weight and speed of the 5 fastest animals", ["ORDER BY speed DESC LIMIT 5"], []),
        ("animal_speeds", "What are the 3 slowest running speeds?", ["ORDER BY speed ASC LIMIT 3"], ["COUNT("]),
        # children are `kids`; born in a year is the birth year; the mother's columns
        ("family_survey", "How many women have no children?", ["kids = 0"], []),
        ("family_survey", "How many people were born between 1980 and 1985?", ["birthyear BETWEEN 1980 AND 1985"], []),
        ("family_survey", "How many have a mother with at least 12 years of education?", ["meducation >= 12"], []),
        ("family_survey", "average number of years of mother's education by kids", ["AVG(meducation)", "GROUP BY kids"], []),
        # "by whether ...": the yes/no column said last; a describing word before "and"
        ("corps_deaths", "Total deaths by year and by whether the corps was analysed", ['GROUP BY "year", analysed'], ["corps,"]),
        ("corps_deaths", "How many different army corps are there?", ["COUNT(DISTINCT corps)"], []),
        ("welfare_counts", "people by alcohol consumption and marital status", ['GROUP BY "Alcohol", "Status"'], []),
        (
            "welfare_counts",
            "How many unmarried people live in the countryside?",
            ["\"Urban\" = 'Country'", "\"Status\" = 'Unmarried'"],
            [],
        ),
        # a 0/1 column named with a kind word; "soil type 0"; magnitude over `Richter`
        ("quake_readings", "List the soil types", ["DISTINCT soil"], ["WHERE"]),
        ("quake_readings", "What percentage of the readings are on soil type 0?", ["soil = 0"], []),
        ("quake_readings", "What are the top 3 quakes by magnitude?", ['"Richter"', "LIMIT 3"], []),
        # a study's `Time` in weeks, no date column
        ("goat_milk", "Average protein by diet and week", ['GROUP BY "Diet", "Time"'], []),
        ("goat_milk", "Which week had the lowest average protein?", ['GROUP BY "Time"', "ASC LIMIT 1"], []),
        ("goat_milk", "How many readings were taken between week 5 and week 10?", ['"Time" BETWEEN 5 AND 10'], []),
        # pay and wage are `earnings`
        ("hourly_pay", "What is the average hourly pay?", ["AVG(earnings)"], []),
        ("hourly_pay", "What's the highest hourly wage?", ["MAX(earnings)"], []),
    ],
)
def test_round43_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND43_TABLES[table]), question, must, must_not)


_ROUND44_TABLES = {
    "road_sections": "section,rate,len,slim,htype\n" + "\n".join(
        f"{i + 1},{1 + (i * 0.37) % 8:.2f},{2 + (i * 1.3) % 30:.1f},{[45, 50, 55, 60][i % 4]},{['FAI', 'PA', 'MA'][i % 3]}"
        for i in range(40)
    ),
    "reading_classes": "score,class,size,mixed\n" + "\n".join(
        f"{20 + (i * 7) % 40},{1000 + 10 * (i // 15)},{15 + (i // 15) % 20},{(i // 15) % 2}" for i in range(600)
    ),
    "loan_files": "deny,dirat,lvrat,selfemp,single\n" + "\n".join(
        f"{['no', 'no', 'yes'][i % 3]},{0.1 + (i * 0.013) % 0.6:.3f},{0.3 + (i * 0.017) % 0.9:.3f},"
        f"{['no', 'yes'][i % 7 // 6]},{['no', 'yes'][i % 2]}" for i in range(300)
    ),
    "mothers_census": "sex1,sex2,age,weeks\n" + "\n".join(
        f"{['female', 'male'][i % 2]},{['female', 'male'][i // 2 % 2]},{21 + i % 15},{(i * 7) % 53}" for i in range(400)
    ),
    "city_wards": "ward,population,black,foreign\n" + "\n".join(
        f"Ward {i},{1000 + (i * 37) % 9000},{(i * 0.07) % 0.9:.3f},{(i * 0.05) % 0.5:.3f}" for i in range(60)
    ),
    "sleep_diary": "id,day,migraine,mitype,airq\n" + "\n".join(
        f"{1 + i // 30},{i % 30},{['yes', 'no'][i % 3 // 2]},{['aura', 'no aura', 'mixed'][i // 30 % 3]},{20 + (i * 3) % 60}"
        for i in range(300)
    ),
    "glass_samples": "Site,Al,Fe,Na\n" + "\n".join(
        f"{['LakeView', 'Hilltop', 'Riverside'][i % 3]},{10 + (i * 0.7) % 9:.2f},{0.5 + (i * 0.3) % 7:.2f},{(i * 0.11) % 1:.2f}"
        for i in range(30)
    ),
    "memory_tests": "id,days,sex,age,piq,viq\n" + "\n".join(
        f"{1 + i // 2},{30 + (i * 17) % 300},{['Male', 'Female'][i // 2 % 2]},{18 + (i // 2) % 50},{60 + (i * 7) % 60},"
        f"{65 + (i * 11) % 55}" for i in range(200)
    ),
    "ward_visits": "id,treat,center,sex\n" + "\n".join(
        f"{1 + i // 3},{['placebo', 'drug'][i // 3 % 2]},{['Boston', 'Lyon', 'Oslo'][i // 6 % 3]},{['male', 'female'][i // 9 % 2]}"
        for i in range(180)
    ),
    "retina_eyes": "id,eye,risk,months\n" + "\n".join(
        f"{1 + i // 2},{['left', 'right'][i % 2]},{6 + i % 7},{(i * 5.3) % 70:.1f}" for i in range(120)
    ),
    "cohort_followup": "id,age,sex,futime,death\n" + "\n".join(
        f"{i + 1},{40 + i % 45},{['F', 'M'][i % 2]},{1 + (i * 13) % 400},{i % 3 // 2}" for i in range(150)
    ),
    "election_panel": "vote,age,gender,Europe\n" + "\n".join(
        f"{['Labour', 'Conservative', 'Liberal Democrat'][i % 3]},{20 + (i * 7) % 70},{['female', 'male'][i % 2]},{1 + i % 11}"
        for i in range(150)
    ),
    "court_cases": "judge,nation,decision,language\n" + "\n".join(
        f"{['Heald', 'Mahoney', 'Stone', 'Pratte', 'Hugessen'][(i * i) % 5]},{['Ghana', 'Iran', 'Peru'][i % 3]},"
        f"{['yes', 'no'][i % 2]},{['English', 'French'][i % 4 // 3]}" for i in range(90)
    ),
    "farm_attacks": "longitude,latitude,number,early,late\n" + "\n".join(
        f"{-96 + (i * 0.13) % 5:.2f},{45 + (i * 0.07) % 4:.2f},{1 + (i * 7) % 12},{(i * 3) % 5},{(i * 5) % 6}" for i in range(80)
    ),
    "tumour_bank": "pid,age,hormon,recur,rtime\n" + "\n".join(
        f"{i + 1},{30 + i % 50},{i % 5 // 4},{i % 3 // 2},{100 + (i * 37) % 3000}" for i in range(200)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a column numbering the rows 1..n names them: counted as rows, shown by its number, never summed
        ("road_sections", "How many road sections are there?", ["COUNT(*)"], ["SUM(section)"]),
        (
            "road_sections",
            "Which section has the highest accident rate?",
            ["section", "ORDER BY rate DESC LIMIT 1"],
            ["GROUP BY"],
        ),
        ("road_sections", "What is the total length of all the sections?", ["SUM(len)"], ["SUM(section"]),
        ("road_sections", "number of sections by speed limit", ["GROUP BY slim", "COUNT(*)"], ["SUM(section)"]),
        # numbered classes of many pupils each are groups; pupils are the rows
        ("reading_classes", "How many pupils are there?", ["COUNT(*)"], []),
        ("reading_classes", "average score by class", ["GROUP BY class", "AVG(score)"], []),
        ("reading_classes", "What are the 3 classes with the lowest average score?", ["GROUP BY class", "ASC LIMIT 3"], []),
        # initials joined by "to" then the ratio clipped (`dirat`, `lvrat`); "denied"/"approved" for a `deny` yes/no
        ("loan_files", "average debt to income ratio", ["AVG(dirat)"], []),
        ("loan_files", "What is the median loan-to-value ratio?", ["MEDIAN(lvrat)"], []),
        ("loan_files", "How many applications were denied?", ["deny = TRUE"], []),
        ("loan_files", "How many applications were approved?", ["deny = FALSE"], []),
        ("loan_files", "Average loan to value ratio for denied and approved applications", ["GROUP BY deny", "AVG(lvrat)"], []),
        # a value in numbered columns (`sex1`, `sex2`) is the one the ordinal says, else no filter
        ("mothers_census", "How many women are there?", ["COUNT(*)"], ["WHERE"]),
        ("mothers_census", "How many women had a girl first?", ["sex1 = 'female'"], ["sex2"]),
        (
            "mothers_census",
            "How many women had girls as both their first and second child?",
            ["sex1 = 'female'", "sex2 = 'female'"],
            [],
        ),
        # "more than half of the residents are black": the share column
        ("city_wards", "List the wards where more than half of the residents are black", ["black > 0.5"], ["population"]),
        ("city_wards", "How many wards have less than a third of residents who are foreign?", ['foreign" < 0.33'], []),
        # days with and without a yes/no; a kind column named by a clipped word (`mitype`)
        ("sleep_diary", "avg air quality on migraine days vs days without migraine", ["GROUP BY migraine"], []),
        ("sleep_diary", "How many entries are there for each migraine type?", ["GROUP BY mitype"], ["WHERE"]),
        ("sleep_diary", "Which type of migraine has the most entries?", ["GROUP BY mitype"], ["migraine ="]),
        # chemical symbols; a value written without its space
        ("glass_samples", "What is the average iron oxide content at each site?", ['AVG("Fe")', 'GROUP BY "Site"'], []),
        ("glass_samples", "What's the highest sodium level in any sample?", ['MAX("Na")'], []),
        ("glass_samples", "How many samples come from Lake View?", ["'LakeView'"], []),
        # a letter and a word (`piq` "performance IQ"); "age at injury"; "IQ measurements" are the rows
        ("memory_tests", "What is the average performance IQ?", ["AVG(piq)"], []),
        ("memory_tests", "median verbal IQ by sex", ["MEDIAN(viq)", "GROUP BY sex"], []),
        ("memory_tests", "How many IQ measurements are there?", ["COUNT(*)"], []),
        ("memory_tests", "What is the average age at injury?", ["AVG(age)"], []),
        # of two named first, the one with the higher average
        ("memory_tests", "Do men or women have the higher average performance IQ?", ["GROUP BY sex", "AVG(piq)", "LIMIT 1"], []),
        ("memory_tests", "Who has the lower average verbal IQ, men or women?", ["GROUP BY sex", "AVG(viq)", "ASC LIMIT 1"], []),
        # people on several rows each, counted once per group
        ("ward_visits", "How many patients were in each treatment group?", ["COUNT(DISTINCT id)", "GROUP BY treat"], []),
        ("ward_visits", "number of rows per center", ["COUNT(*)", "GROUP BY center"], ["DISTINCT"]),
        # a side ('left'/'right') does not count the eyes
        ("retina_eyes", "How many eyes are there?", ["COUNT(*)"], ["DISTINCT"]),
        ("retina_eyes", "How many eyes have a risk score of at least 11?", ["COUNT(*)", "risk >= 11"], ["DISTINCT"]),
        # a hyphened compound's initials (`futime` "follow-up time")
        ("cohort_followup", "What is the average follow-up time?", ["AVG(futime)"], []),
        # party for a `vote` of party names; irregular verbs after "which N judges"
        ("election_panel", "avg age by party", ["GROUP BY vote", "AVG(age)"], []),
        ("election_panel", "Which party has the highest average Europe score?", ["GROUP BY vote", "DESC LIMIT 1"], []),
        ("court_cases", "Which 3 judges heard the fewest cases?", ["GROUP BY judge", "ASC LIMIT 3"], []),
        # a `number` per farm in a table of attacks: the attacks (the farms across which they are summed are the rows)
        ("farm_attacks", "What is the total number of attacks across all farms?", ["SUM(number)"], []),
        # "received" is not `recur` by its first three letters
        ("tumour_bank", "What share of patients received hormonal treatment?", ["hormon = 1"], ["recur"]),
    ],
)
def test_round44_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND44_TABLES[table]), question, must, must_not)


_ROUND45_TABLES = {
    "boat_loads": "side,boat,crew,men,women,total,cap\n" + "\n".join(
        f"{['Port', 'Starboard'][i % 2]},B{i},{2 + i % 5},{(i * 3) % 12},{10 + (i * 7) % 30},{12 + i % 5 + (i * 3) % 12 + (i * 7) % 30},"
        f"{[40, 47, 65][i % 3]}" for i in range(18)
    ),
    "exam_scores": '"group","pretest.1","post.test.1","post.test.2"\n' + "\n".join(
        f"{['Basal', 'DRTA', 'Strat'][i % 3]},{4 + i % 12},{20 + (i * 7) % 40},{30 + (i * 11) % 30}" for i in range(66)
    ),
    "launches": "FlightNumber,Temperature,nFailures,Fail\n" + "\n".join(
        f"{i + 1},{53 + (i * 7) % 30},{i % 3 // 2 * (1 + i % 2)},{['no', 'yes'][i % 3 // 2]}" for i in range(24)
    ),
    "power_plants": "cost,date,cum.n,ne\n" + "\n".join(f"{200 + (i * 37) % 600},{67 + (i % 5) * 0.3:.2f},{i % 20},{i % 2}" for i in range(32)),
    "card_show": "permonth,trade,years,age,gender\n" + "\n".join(
        f"{(i * 7) % 40},{['yes', 'no'][i % 2]},{(i * 3) % 30},{20 + (i * 11) % 50},{['male', 'female'][i // 2 % 2]}" for i in range(148)
    ),
    "waitlist": "age,sex,abo,futime,event\n" + "\n".join(
        f"{20 + i % 50},{['m', 'f'][i % 2]},{['A', 'B', 'AB', 'O'][i % 4]},{1 + (i * 29) % 2000},"
        f"{['ltx', 'death', 'withdraw', 'censored'][i % 5 % 4]}" for i in range(200)
    ),
    "glass_bits": "RI,Na,Ba,type\n" + "\n".join(
        f"{1.51 + (i % 9) * 0.001:.4f},{12 + (i * 0.3) % 4:.2f},{(i % 4 // 3) * 0.5:.2f},{['Con', 'Head', 'WinF'][i % 3]}" for i in range(90)
    ),
    "speed_trials": "Expt,Run,Speed\n" + "\n".join(f"{1 + i // 20},{1 + i % 20},{620 + (i * 37) % 450}" for i in range(100)),
    "staff_attitudes": "rating,complaints,privileges,advance\n" + "\n".join(
        f"{40 + (i * 7) % 50},{45 + (i * 11) % 45},{30 + (i * 13) % 50},{25 + (i * 5) % 50}" for i in range(30)
    ),
    "seedlings": "weight,group\n" + "\n".join(f"{3.5 + (i * 0.17) % 3:.2f},{['ctrl', 'trt1', 'trt2'][i // 10]}" for i in range(30)),
    "mouse_weights": "weight,Time,Mouse,Diet\n" + "\n".join(
        f"{20 + (i * 7) % 15},{1 + (i % 11) * 7},{1 + i // 11},{1 + (i // 11) % 3}" for i in range(176)
    ),
    "liver_study": "id,case.id,male,weight\n" + "\n".join(
        f"{i + 1},{1 + i // 4 * 4},{i % 2},{45 + (i * 13) % 80}" for i in range(160)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a `total` beside the counts it adds up: the row's people, never a count of the boats
        ("boat_loads", "How many boats are there?", ["COUNT(*)"], ["SUM(total)"]),
        ("boat_loads", "Which boat carried the most people?", ["ORDER BY total DESC LIMIT 1"], []),
        ("boat_loads", "total men per side", ["SUM(men)", "GROUP BY side"], ["SUM(total)"]),
        ("boat_loads", "How many boats carried more than 40 people?", ["total > 40"], []),
        # a number inside a column's name ("post-test 2") names it, it is no value
        ("exam_scores", "What is the average score on post-test 2?", ['AVG("post.test.2")'], ["WHERE"]),
        ("exam_scores", "How many kids scored at least 50 on post-test 2?", ['"post.test.2" >= 50'], ['"post.test.1"']),
        # `nFailures` is a number of failures (added up), not a frequency weight
        ("launches", "How many launches are there?", ["COUNT(*)"], ["SUM("]),
        ("launches", "Total number of O-ring failures", ['SUM("nFailures")'], []),
        ("power_plants", "How many plants are there?", ["COUNT(*)"], ["cum.n"]),
        # "trades per month" over `permonth` beside a yes/no `trade`; "years" is the column called `years`
        ("card_show", "median trades per month", ["MEDIAN(permonth)"], ["trade", "GROUP BY"]),
        (
            "card_show",
            "Which 2 genders have the lowest average number of trades per month?",
            ["AVG(permonth)", "GROUP BY gender"],
            ["COUNT("],
        ),
        ("card_show", "How many people have traded for at least 10 years?", ["years >= 10"], ["age"]),
        ("card_show", "How many people are over 50 years old?", ["age > 50"], ["years"]),
        # outcome values said as verbs; a blood type is `abo`
        ("waitlist", "How many patients died?", ["event = 'death'"], []),
        ("waitlist", "median futime for patients who withdrew", ["event = 'withdraw'"], []),
        ("waitlist", "average age by blood type", ["GROUP BY abo"], []),
        # "content" and "contain" are no code ('Con'); "contain no barium" is none
        ("glass_bits", "What is the average sodium content?", ['AVG("Na")'], ["'Con'"]),
        ("glass_bits", "How many fragments contain no barium?", ['"Ba" = 0'], ["'Con'"]),
        # a number and no column named: the one measure whose values hold it
        ("speed_trials", "How many measurements were at least 950?", ['"Speed" >= 950'], []),
        ("speed_trials", "How many readings in experiment 5 were under 800?", ['"Speed" < 800', '"Expt" = 5'], []),
        # a 0/1 `male` and no sex column: the sex; the id that names a row over the one it is matched to
        ("liver_study", "avg weight by sex", ["GROUP BY male"], []),
        ("liver_study", "How many women are there?", ["male = 0"], []),
        ("liver_study", "Top 5 heaviest people", ["id, weight", "LIMIT 5"], ["case.id"]),
        # round 46: "score" beside a column named by its own word; a consonant code ('ctrl' for "control")
        ("staff_attitudes", "lowest advancement score", ["MIN(advance)"], ["rating"]),
        ("staff_attitudes", "What's the highest score for handling of complaints?", ["MAX(complaints)"], ["rating"]),
        ("staff_attitudes", "average score", ["AVG(rating)"], []),
        ("staff_attitudes", "How many departments were surveyed?", ["COUNT(*)"], []),
        ("seedlings", "How many plants are in the control group?", ["'ctrl'"], []),
        # units numbered 1..n on several rows each (rat 1 to 16, weighed weekly) are what "how many rats" counts
        ("mouse_weights", "How many mice are in the study?", ['COUNT(DISTINCT "Mouse")'], []),
        ("mouse_weights", "How many mice are on each diet?", ['COUNT(DISTINCT "Mouse")', 'GROUP BY "Diet"'], []),
    ],
)
def test_round45_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND45_TABLES[table]), question, must, must_not)


_ROUND47_TABLES = {
    "census_towns": "town,year,rent,lrent,pop\n" + "\n".join(
        f"{1 + i // 2},{[80, 90][i % 2]},{150 + (i * 37) % 400},{math.log(150 + (i * 37) % 400):.4f},{20000 + (i * 7919) % 200000}"
        for i in range(60)
    ),
    "pay_panel": "id,year,y92,y95,y99,salary,lsalary,assist\n" + "\n".join(
        f"{1 + i // 3},{[92, 95, 99][i % 3]},{int(i % 3 == 0)},{int(i % 3 == 1)},{int(i % 3 == 2)},"
        f"{40000 + (i * 1237) % 50000},{math.log(40000 + (i * 1237) % 50000):.4f},{i % 2}"
        for i in range(90)
    ),
    "county_crime": "state,year,crmrte,ccrmrte,unem\n" + "\n".join(
        f"{['AL', 'AK', 'AZ', 'TX', 'CA'][i % 5]},{[85, 88, 91][i // 5 % 3]},{2 + (i * 7) % 30 / 2},{(i % 7) - 3},{4 + i % 6}"
        for i in range(45)
    ),
    "clinics": "priv,visits,staff\n" + "\n".join(f"{i % 2},{100 + (i * 37) % 900},{5 + i % 30}" for i in range(50)),
    "pitchers": "games,strikeouts,allstar,marr,salary\n" + "\n".join(
        f"{10 + (i * 7) % 60},{1 + (i * 3) % 12},{int(i % 5 == 0)},{i % 2},{300 + (i * 97) % 3000}" for i in range(120)
    ),
    "newborns": "bwght,cigs,motheduc\n" + "\n".join(f"{90 + (i * 13) % 70},{[0, 0, 0, 5, 10, 20][i % 6]},{10 + i % 8}" for i in range(90)),
    "cancer_deaths": "country,lung,skin,deaths\n" + "\n".join(
        f"C{i},{20 + (i * 7) % 60},{3 + (i * 5) % 20},{700 + (i * 37) % 300}" for i in range(20)
    ),
    "firms": "mktval,sales,age\n" + "\n".join(f"{100 + (i * 997) % 9000},{50 + (i * 331) % 5000},{38 + i % 30}" for i in range(80)),
    "diners": "nregs,nmgrs,hrsopen,emp\n" + "\n".join(f"{1 + i % 7},{1 + i % 4},{10 + i % 14},{5 + (i * 3) % 40}" for i in range(60)),
    "contests": "state,district,voteA,shareA,expendA\n" + "\n".join(
        f"{['CA', 'TX', 'NY'][i % 3]},{1 + i},{20 + (i * 7) % 70},{(i * 13) % 100},{10 + (i * 31) % 900}" for i in range(60)
    ),
    "league": "team,season,wins,losses\n" + "\n".join(
        f"{['Hawks', 'Owls', 'Bears', 'Lions'][i % 4]},{['2001-2002', '2002-2003'][i // 4]},{10 + (i * 7) % 20},{5 + (i * 3) % 15}"
        for i in range(8)
    ),
    "undergrads": "age,job19,job20,colGPA,hsGPA\n" + "\n".join(
        f"{18 + i % 6},{int(i % 4 == 1)},{int(i % 4 == 2)},{2 + (i % 20) / 10},{2.5 + (i % 15) / 10}" for i in range(80)
    ),
    "professor_pay": "id,year,prof,female,salary\n" + "\n".join(
        f"{1 + i // 3},{[92, 95, 99][i % 3]},{int(i % 5 < 2)},{int(i % 7 < 3)},{40000 + (i * 997) % 60000}" for i in range(120)
    ),
    "home_sales": "price,assess,bdrms\n" + "\n".join(f"{200 + (i * 37) % 400},{250 + (i * 29) % 300},{2 + i % 5}" for i in range(60)),
    # round 48
    "road_deaths": "state,dthrte85,dthrte90,open85,open90\n" + "\n".join(
        f"S{i},{2 + (i * 7) % 30 / 10},{1.5 + (i * 11) % 30 / 10},{int(i % 3 == 0)},{int(i % 3 < 2)}" for i in range(50)
    ),
    "donors": "respond,gift,weekslast,mailsyear,union\n" + "\n".join(
        f"{int(i % 3 == 0)},{(i * 7) % 60 if i % 3 == 0 else 0},{10 + (i * 13) % 150},{1 + i % 5},{i % 2}" for i in range(90)
    ),
    "plans": "prate,mrate,totpart,totemp,sole\n" + "\n".join(
        f"{50 + (i * 7) % 51},{(i % 10) / 10},{100 + (i * 37) % 5000},{200 + (i * 91) % 20000},{i % 2}" for i in range(60)
    ),
    "classes": "attend,missed,termGPA,ACT,frosh,soph\n" + "\n".join(
        f"{32 - i % 8},{i % 8},{1.5 + (i % 25) / 10},{15 + i % 16},{int(i % 3 == 0)},{int(i % 3 == 1)}" for i in range(90)
    ),
    "staff_survey": "wage,exper,educ,restaurn,cigs\n" + "\n".join(
        f"{3 + (i * 7) % 30},{(i * 3) % 40},{8 + i % 10},{i % 2},{[0, 0, 10, 20][i % 4]}" for i in range(80)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # two-digit years, even two of them (80 and 90); a year's 0/1 dummy takes no number; the log twin is never read
        ("census_towns", "What was the average rent in 1990?", ["AVG(rent)", '"year" = 90'], ["lrent"]),
        ("census_towns", "Which town had the highest rent in 1980?", ['"year" = 80', "rent"], ["lrent"]),
        (
            "pay_panel",
            "How many salaries in 1992 were between $50,000 and $70,000?",
            ["salary BETWEEN 50000 AND 70000"],
            ["y92 B"],
        ),
        ("pay_panel", "How many assistant professors earned more than $55,000 in 1995?", ["salary > 55000"], ["lsalary"]),
        # names written without vowels (`crmrte`, `nregs`, `mktval`); its change `ccrmrte` is not it
        ("county_crime", "What was the average crime rate in each year?", ["AVG(crmrte)", 'GROUP BY "year"'], ["ccrmrte"]),
        ("county_crime", "Which state has the lowest average crime rate over the three years?", ["AVG(crmrte)"], ['"year" = 3']),
        ("diners", "How many diners have more than 5 registers?", ["nregs > 5"], []),
        ("diners", "average number of managers", ["AVG(nmgrs)"], []),
        ("firms", "How many firms have a market value over $5 billion?", ["mktval > 5000"], ["age"]),
        ("firms", "average sales of firms whose CEO is under 50", ["AVG(sales)", "age < 50"], []),
        # both sides of a yes/no column: "private vs public", "married and unmarried", "vs those who never"
        ("clinics", "average visits at private vs public clinics", ["GROUP BY priv"], ["WHERE"]),
        ("clinics", "Average visits at public clinics?", ["priv = 0"], []),
        ("pitchers", "Compare average salary for married and unmarried pitchers", ["GROUP BY marr"], ["games"]),
        ("pitchers", "Average salary for all-stars vs. pitchers who never made an all-star team", ["GROUP BY allstar"], []),
        ("pitchers", "How many pitchers have more than 5 strikeouts per game?", ["strikeouts > 5"], ["GROUP BY"]),
        ("pitchers", "What's the most strikeouts per game by any all-star?", ["MAX(strikeouts)", "allstar = 1"], ["GROUP BY"]),
        # smoking said as a verb over a count of cigarettes
        ("newborns", "average birth weight of babies whose mothers smoked", ["AVG(bwght)", "cigs > 0"], []),
        ("newborns", "How many mothers did not smoke?", ["cigs = 0"], []),
        # a kind of death before the table's own word for it
        ("cancer_deaths", "Top 3 countries by lung cancer deaths", ["ORDER BY lung DESC"], ["ORDER BY deaths"]),
        ("cancer_deaths", "average deaths", ["AVG(deaths)"], []),
        # "60% of the vote": the column the noun names; "won" is the `wins`
        ("contests", "List the districts where candidate A got at least 60% of the vote", ['"voteA" >= 60'], ["district >="]),
        ("league", "Which team won the most games?", ["wins"], ["COUNT(*)"]),
        ("undergrads", "How many students work 20 or more hours a week?", ["job20 = 1"], [">= 20"]),
        # whatever the rows are called, "how many X are in the data" counts them
        ("diners", "How many restaurants are in the data?", ["COUNT(*)"], []),
        # the table's own noun is its rows, not the yes/no `prof` its name clips; different ids, once each
        ("professor_pay", "How many records are for female professors?", ["female = 1"], ["prof ="]),
        ("professor_pay", "average salary of full professors", ["prof = 1"], []),
        ("professor_pay", "How many different professors are there?", ["COUNT(DISTINCT id)"], []),
        # a price said by its verb against another column; "a home" over house sales
        ("home_sales", "How many homes sold for more than their assessed value?", ["price > assess"], []),
        ("home_sales", "What's the cheapest price for a home with 4 or more bedrooms?", ["bdrms >= 4", "price"], []),
        # round 48: the year said picks a measure's year column; a unit word that starts a packed name
        ("road_deaths", "median death rate in 1985", ["MEDIAN(dthrte85)"], ["dthrte90"]),
        ("road_deaths", "Top 3 states by 1990 death rate", ["ORDER BY dthrte90 DESC", "LIMIT 3"], ["dthrte85"]),
        ("donors", "How many people haven't responded in more than 104 weeks?", ["weekslast > 104"], []),
        ("donors", "How many people get more than 3 mailings a year?", ["mailsyear > 3"], []),
        ("donors", "total amount donated", ["SUM(gift)"], []),
        ("donors", "Average weeks since last response, for people who gave vs. people who didn't", ["GROUP BY respond"], []),
        ("donors", "Compare the average gift of union members and non-members", ['GROUP BY "union"'], ["WHERE"]),
        ("staff_survey", "How many people have 10 to 20 years of experience?", ["exper BETWEEN 10 AND 20"], []),
        ("plans", "How many 401k plans are there?", ["COUNT(*)"], ["401"]),  # a plan's name, not 401 thousand
        ("plans", "Average match rate for firms with more than 10,000 employees", ["totemp > 10000"], []),
        ("classes", "How many freshmen are there?", ["frosh = 1"], []),
        ("classes", "average term GPA of students who scored at least 25 on the ACT", ['"ACT" >= 25'], []),
        ("classes", "How many students never missed a class?", ["missed = 0"], []),
        (
            "staff_survey",
            "Average cigarettes for people with restaurant smoking restrictions versus without",
            ["GROUP BY restaurn"],
            ["cigs >", "cigs ="],
        ),
    ],
)
def test_round47_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND47_TABLES[table]), question, must, must_not)


@pytest.mark.parametrize(
    ("table", "question"),
    [
        ("firms", "What is the name of the firm with the highest sales?"),  # no column holds a name
        ("newborns", "How many of these mothers are women?"),  # no column records a sex
    ],
)
def test_round47_questions_about_what_no_column_holds_are_declined(table: str, question: str) -> None:
    _check_reading(_csv_source(table, _ROUND47_TABLES[table]), question, [], [], decline_if_empty=True)


_ROUND49_TABLES = {
    "brain_tumors": "size_mm,grade\n" + "\n".join(f"{5 + (i * 7) % 60},{1 + i % 4}" for i in range(50)),
    "crop_trial": "fertiliser,crop_yield\n" + "\n".join(f"{['N', 'P', 'K'][i % 3]},{20 + (i * 7) % 30}" for i in range(40)),
    "clinic_visits": "subject,visit,arm,score\n" + "\n".join(
        f"{i // 3},{['First', 'Second', 'Third'][i % 3]},{['Active', 'Placebo'][i // 3 % 2]},{3 + (i * 7) % 9}" for i in range(60)
    ),
    "injury_months": "month,FSI,law\n" + "\n".join(f"{1970 + i // 12}-{1 + i % 12:02d}-01,{300 + (i * 37) % 400},{int(i > 40)}" for i in range(48)),
    "unit_sales": "period,units\n" + "\n".join(
        f"{2001 + i // 12} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i % 12]},{(i * 7) % 15}"
        for i in range(48)
    ),
    "trade_changes": "quarter,exports,imports\n" + "\n".join(
        f"{1990 + i // 4} Q{1 + i % 4},{((i * 7) % 11 - 5) / 2},{((i * 5) % 9 - 4) / 3}" for i in range(60)
    ),
    "mood_log": "person,session,happy\n" + "\n".join(f"{i // 3},{['Monday', 'Wednesday', 'Friday'][i % 3]},{int(i % 5 < 3)}" for i in range(60)),
    "meter_readings": "read_at,kwh\n" + "\n".join(f"2022-05-{1 + i // 48:02d} {i % 48 // 2:02d}:{30 * (i % 2):02d}:00,{(i * 7) % 13 / 10}" for i in range(240)),
    "ward_trial": "arm,fever,aches,pressure\n" + "\n".join(
        f"{['Active', 'Placebo'][i % 2]},{37 + (i * 7) % 30 / 10},{10 + (i * 3) % 25},{60 + (i * 11) % 40}" for i in range(40)
    ),
    "yearly_stats": "year,exports,troops\n" + "\n".join(f"{1950 + i},{100 + (i * 37) % 300},{1000 + (i * 331) % 3000}" for i in range(16)),
    "bug_ratings": "subject,education,urge\n" + "\n".join(f"{1 + i // 4},{['low', 'high'][i // 4 % 2]},{(i * 5) % 21 / 2}" for i in range(80)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a table's noun in its other spelling; the N largest values of a column listed, not one maximum
        ("brain_tumors", "How many tumours are there?", ["COUNT(*)"], ["WHERE"]),
        ("brain_tumors", "List the 3 largest size values", ["ORDER BY size_mm DESC LIMIT 3"], ["MAX("]),
        # numbers that only say how many there are restrict nothing
        ("crop_trial", "What is the average crop yield for each of the three fertilisers?", ["AVG(crop_yield)", "GROUP BY fertiliser"], []),
        ("crop_trial", "What is the median crop yield across all 40 plots?", ["MEDIAN(crop_yield)"], ["WHERE"]),
        ("bug_ratings", "What was the average urge, on a 0-10 scale?", ["AVG(urge)"], ["WHERE"]),
        ("clinic_visits", "What is the median score in the placebo arm across all three visits?", ["MEDIAN(score)", "'Placebo'"], ["GROUP BY"]),
        # initials across "or"; monthly text dates; the mean of monthly rows "per month"
        ("injury_months", "In how many months were more than 500 people fatally or seriously injured?", ['"FSI" > 500'], []),
        ("unit_sales", "How many units were sold in 2003?", ["TRY_STRPTIME", "2003"], []),
        ("unit_sales", "What is the average number of units per month?", ["AVG(units)"], ["GROUP BY"]),
        # a table of changes: fell is below zero, rose above; the previous quarter is the row's own change
        ("trade_changes", "How many quarters saw exports fall?", ["exports < 0"], []),
        ("trade_changes", "In how many quarters did imports rise compared with the previous quarter?", ["imports > 0"], []),
        # (a quarter '1990 Q1' a row, read as a date since round 63: its one row's exports, grouped or not)
        ("trade_changes", "Which quarter had the steepest drop in exports?", ["exports", "ASC", "LIMIT 1"],
         ["exports < 0", "QUARTER(", "DESC"]),
        # weekdays named by "day"; a stressed NOT is a word, not a name
        ("mood_log", "For each day, what share of people felt happy?", ["GROUP BY session", "happy = 1"], []),
        ("mood_log", "For each day, how many people were NOT happy?", ["happy = 0", "GROUP BY session"], []),
        # a timestamp's day is its date; "3 May" is May 3
        ("meter_readings", "What is the total kwh for each day?", ["CAST(read_at AS DATE)", "SUM(kwh)"], []),
        ("meter_readings", "Which day had the highest average kwh?", ["CAST(read_at AS DATE)", "AVG(kwh)", "LIMIT 1"], []),
        ("meter_readings", "What was the average kwh on 3 May?", ["MONTH(read_at) = 5", "DAY(read_at) = 3"], []),
        ("meter_readings", "How many half-hourly readings show zero kwh?", ["kwh = 0"], []),
        # words for the same measure; the one grouping column a trial has; listed years
        ("ward_trial", "What is the average body temperature in each group?", ["AVG(fever)", "GROUP BY arm"], []),
        ("ward_trial", "What is the median pain score?", ["MEDIAN(aches)"], []),
        ("yearly_stats", "Which years had troops above 3000?", ['ORDER BY "year"', "troops > 3000"], ["AVG("]),
        # each person's average, ranked; the rating without the person number; "8 or higher" is no value 'high'
        ("bug_ratings", "Which 3 subjects had the lowest average urge across their ratings?", ["GROUP BY subject", "AVG(urge)"], []),
        ("bug_ratings", "How many ratings fell between 3 and 6, inclusive?", ["urge BETWEEN 3 AND 6"], []),
        ("bug_ratings", "What percentage of ratings were 8 or higher?", ["urge >= 8"], ["'high'"]),
        # the difference of two groups, first minus second ("lower": second minus first)
        ("ward_trial", "How much higher is the average fever in the placebo arm than in the active arm?",
         ["AVG(fever) FILTER (WHERE arm = 'Placebo') - AVG(fever) FILTER (WHERE arm = 'Active') AS difference"], []),
        ("ward_trial", "How much lower is the average fever for placebo patients than for active patients?",
         ["AVG(fever) FILTER (WHERE arm = 'Active') - AVG(fever) FILTER (WHERE arm = 'Placebo') AS difference"], []),
    ],
)  # fmt: skip
def test_round49_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND49_TABLES[table]), question, must, must_not)


@pytest.mark.parametrize(
    ("table", "question"),
    [
        ("mood_log", "How many of these people are married?"),  # no column records a marital status
        ("bug_ratings", "How old were the subjects who gave the highest ratings?"),  # no column records an age
    ],
)
def test_round49_questions_about_what_no_column_holds_are_declined(table: str, question: str) -> None:
    _check_reading(_csv_source(table, _ROUND49_TABLES[table]), question, [], [], decline_if_empty=True)


_ROUND50_TABLES = {
    "lake_level": "year,depth\n" + "\n".join(f"{1900 + i},{300 + (i * 37) % 200}" for i in range(60)),
    "comet_sightings": "YEAR,SIGHTINGS_INDEX\n" + "\n".join(f"{1800 + i},{(i * 13) % 90}" for i in range(80)),
    "ozone_weekly": "date,ozone\n" + "\n".join(
        f"{1990 + i // 52}{1 + i % 52 // 5:02d}{1 + i % 5 * 5:02d},{'' if i % 17 == 0 else 280 + i % 40}" for i in range(260)
    ),
    "factory_orders": "DATE,orders_index\n" + "\n".join(
        f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i % 12]}-1-{2000 + i // 12},{80 + (i * 7) % 50}"
        for i in range(72)
    ),
    "card_holders": "AVGEXP,AGE,INCOME\n" + "\n".join(f"{50 + (i * 37) % 500},{20 + i % 40},{2 + i % 8}" for i in range(60)),
    "walkouts": "duration,iprod\n" + "\n".join(f"{1 + (i * 7) % 80},{((i % 9) - 4) / 100}" for i in range(50)),
    "survey_96": "age,educ,vote\n" + "\n".join(f"{18 + (i * 7) % 70},{1 + i % 7},{i % 2}" for i in range(90)),
    "births_wide": "Country Name,Country Code,Indicator Name,1990,2000,2005\n" + "\n".join(
        f"Land {i},L{i},Births per woman,{2 + i % 5},{1.5 + i % 4},{1.2 + i % 3}" for i in range(30)
    ),
    "transplants": "survival,censors,age\n" + "\n".join(f"{10 + (i * 31) % 1800},{i % 2},{20 + (i * 3) % 40}.{i % 10}" for i in range(40)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a series of one measure: the table's own words name it, and its rows are the years
        ("lake_level", "Which year had the lowest lake level?", ['"year"', "depth", "ASC", "LIMIT 1"], ["COUNT("]),
        ("lake_level", "What was the median lake level?", ["MEDIAN(depth)"], ['MEDIAN("year")']),
        ("lake_level", "In how many years was the lake level above 400?", ["depth > 400"], ['"year" > 400']),
        ("comet_sightings", "Which 3 years had the most comet sightings?", ['"YEAR"', '"SIGHTINGS_INDEX"', "LIMIT 3"], ["COUNT("]),
        # dates written as whole numbers (19900105) and as 'Jan-1-2000'; "not missing"
        ("ozone_weekly", "What was the average ozone in 1992?", ["TRY_STRPTIME", 'YEAR("date") = 1992', "AVG(ozone)"], []),
        ("ozone_weekly", "How many weeks have an ozone reading (not missing)?", ["ozone IS NOT NULL"], []),
        ("factory_orders", "Which year had the lowest average orders index?", ["'%b-%d-%Y'", 'YEAR("DATE")', "AVG(orders_index)"], []),
        # an aggregate word is no column ("average" is not AGE, "combined" not in`come`); people "over 40" are their age
        ("card_holders", "What is the combined monthly card spending of all holders over 40?", ['SUM("AVGEXP")', '"AGE" > 40'], ["INCOME"]),
        ("card_holders", "What is the average monthly card spending?", ['AVG("AVGEXP")'], ['"AGE"']),
        ("survey_96", "How many voters under 30 turned out?", ["age < 30"], ["vote = 30"]),
        # durations said with a verb; years joined by a dash; ranked rows shown "together with" another column
        ("walkouts", "How many walkouts went on for more than 30 days?", ["duration > 30"], []),
        ("lake_level", "What was the average lake level over the 1920-1929 period?", ['"year" BETWEEN 1920 AND 1929'], []),
        ("transplants", "Show me the 3 longest survival times in days, together with each patient's age, longest first.", ["age, survival", "LIMIT 3"], []),
        # a range of year columns, or ages over a table with none, is no comparison of values
        ("births_wide", "What was the rate among women aged 25 to 29 in 2005?", [], []),
        ("births_wide", "In how many years between 1990 and 2005 was the rate of Land 3 above 2?", [], []),
    ],
)  # fmt: skip
def test_round50_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND50_TABLES[table]), question, must, must_not, decline_if_empty=True)


def test_round50_smoking_no_column_records_is_declined() -> None:
    _check_reading(_csv_source("card_holders", _ROUND50_TABLES["card_holders"]), "How many of the holders are smokers?", [], [],
                   decline_if_empty=True)  # fmt: skip


@pytest.mark.parametrize(
    ("table", "text", "question", "must", "must_not"),
    [
        # examples in brackets say how to write the answer; "which decade" is each decade's; "labelled by" groups nothing
        ("lake_level", None, "Which decade had the highest average lake level? Give its first year (e.g. 1950 for 1950-1959).",
         ['(("year" // 10) * 10)', "AVG(depth)", "LIMIT 1"], ["BETWEEN 1950"]),
        ("lake_level", None, "Show the average lake level for each decade, labelled by its first year (1900, 1910, ..., 1950).",
         ['GROUP BY (("year" // 10) * 10)'], ['GROUP BY (("year" // 10) * 10), "year"']),
        # "of" inside a long name is no mention of it; "the exam" is the score; ranked rows "along with" others
        ("wine_lab", "magnesium,od280_of_diluted,cultivar\n" + "\n".join(f"{80 + i},{1 + i % 3},{i % 3}" for i in range(40)),
         "How many wines have a magnesium level of at least 100?", ["magnesium >= 100"], ["od280"]),
        ("class_scores", "Scores,Income,Method\n" + "\n".join(f"{10 + (i * 7) % 40},{20 + (i * 13) % 80}.5,{'ABCD'[i % 4]}" for i in range(36)),
         "Show the three highest exam scores, along with each student's income.", ['ORDER BY "Scores" DESC LIMIT 3'], ['ORDER BY "Income"']),
        ("class_scores", "Scores,Income,Method\n" + "\n".join(f"{10 + (i * 7) % 40},{20 + (i * 13) % 80}.5,{'ABCD'[i % 4]}" for i in range(36)),
         "What's the average income of students who scored more than 30 on the exam?", ['"Scores" > 30', 'AVG("Income")'], []),
    ],
)  # fmt: skip
def test_round50_later_rules(table: str, text: str | None, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, text or _ROUND50_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND51_TABLES = {
    "cafe_orders": "order_id,sold_on,item_name,size,category,price\n" + "\n".join(
        f"C{i // 3:04d},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{['latte', 'mocha', 'scone', 'bagel', 'tea'][i % 5]},"
        f"{'SML'[i % 3]},{['coffee', 'coffee', 'pastry', 'pastry', 'tea'][i % 5]},{3 + i % 4}.5"
        for i in range(300)
    ),
    "metro_stops": "stop,lines,passengers\n" + "\n".join(
        f"Stop {i},\"{', '.join('MNPQRSTUVW'[(i + k) % 10] for k in range(1 + i % 3))}\",{1000 * (i + 3)}" for i in range(60)
    ),
    "festival_films": "title,languages,countries,year\n" + "\n".join(
        f"Film {i},\"{['en', 'fr', 'ja', 'it', 'en,fr', 'fr,it'][i % 6]}\",\"{['US', 'FR', 'JP', 'IT', 'US,FR', 'FR,IT'][i % 6]}\",{1950 + i}"
        for i in range(60)
    ),
    "river_levels": "year,level\n" + "\n".join(f"{1900 + i},{250 + (i * 37) % 120}" for i in range(100)),
    "kiln_runs": "LOSS,AIRFLOW,WATERTEMP\n" + "\n".join(f"{10 + (i * 7) % 30},{50 + 5 * (i % 6)},{17 + i % 8}" for i in range(40)),
    "nation_pops": "country,year,population\n" + "\n".join(f"Land {i % 20},{1990 + i // 20},{1000 * (i + 7)}" for i in range(200)),
    "towns_census": "name,kind,population_2016,population_2021,density_2016,density_2021\n" + "\n".join(
        f"Town {i},{['city', 'town', 'village'][i % 3]},{500 + 37 * i},{520 + 41 * i},{1 + i % 9}.5,{2 + i % 7}.25" for i in range(45)
    ),
    "harbour_readings": "day,clock,temp,pressure,sky\n" + "\n".join(
        f"2023-06-{1 + i // 12:02d},{(i % 12) * 2:02d}:{30 * (i % 2):02d}:00,{14 + (i * 5) % 13}.5,{1000 + (i * 7) % 25},"
        f"{['Fair', 'Cloudy', 'Rain'][i % 3]}"
        for i in range(120)
    ),
    "tremors": "place,mag\n" + "\n".join(
        f"\"{10 + i} km N of Town{i}, {['Chile', 'Japan', 'Peru'][i % 3]}\",{4 + (i % 9) / 4}" for i in range(45)
    ),
    "member_list": "name_given,name_family,height_cm,born\n" + "\n".join(
        f"Ann{i},Lee{i},{150 + (i * 7) % 45},19{50 + i}-0{1 + i % 9}-1{i % 9}" for i in range(30)
    ),
    "coupes": "make,model,hp,price\n" + "\n".join(f"Brand{i % 5},Model{i},{300 + (i * 37) % 400},{50000 + 977 * i}" for i in range(30)),
    "country_populations": "country_name,country_code_2,country_code_3,year,population\n" + "\n".join(
        f"Land {i % 15},L{i % 15},LD{i % 15},{1990 + i // 15},{1000 * (i + 7) + 13 * (i % 15)}" for i in range(150)
    ),
    "deluxe_cars": "mfr,model,bdy_style,ctry_origin,msrp\n" + "\n".join(
        f"Maker{i % 6},Car{i},{['coupe', 'convertible'][i % 2]},{['Italy', 'Germany', 'Japan'][i % 3]},{90000 + 7919 * i}"
        for i in range(36)
    ),
    "quakes_log": "mag,mag_class,depth,depth_class\n" + "\n".join(
        f"{4 + (i % 30) / 10},{['Light', 'Moderate', 'Strong'][i % 3]},{5 + (i * 13) % 300},{['Shallow', 'Deep'][i % 2]}"
        for i in range(60)
    ),
    "index_daily": "date,open,high,low,close,volume\n" + "\n".join(
        f"19{80 + i // 40}-{1 + (i // 3) % 12:02d}-{1 + i % 28:02d},{100 + i},{105 + i},{95 + i},{101 + i},{1000 * i}" for i in range(400)
    ),
    "homes": "city,type,price\n" + "\n".join(f"{['Elk', 'Davis', 'Galt'][i % 3]},{['Condo', 'House'][i % 2]},{100000 + 7919 * i}" for i in range(40)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a table of orders with one price per item sold: revenue is the prices added up, popularity the items counted
        ("cafe_orders", "What was the total revenue?", ["SUM(price)"], []),
        ("cafe_orders", "Which month brought in the most revenue?", ["SUM(price)", "LIMIT 1"], ["AVG("]),
        ("cafe_orders", "What share of total revenue came from pastry?", ["SUM(price) FILTER", "category = 'pastry'"], ["COUNT("]),
        ("cafe_orders", "What are the 3 most popular items?", ["item_name", "COUNT(*)", "LIMIT 3"], ["price"]),
        ("cafe_orders", "Which item sold the most?", ["item_name", "COUNT(*)"], ["price"]),
        ("cafe_orders", "How many large lattes were sold?", ["size = 'L'", "item_name = 'latte'"], []),
        # houses each with a price are no till: their sales are counted
        ("homes", "Which city had the most sales?", ["COUNT(*)", "GROUP BY city"], ["SUM(price)"]),
        ("homes", "What percentage of the sales were condos?", ["COUNT(*) FILTER", "type = 'Condo'"], ["SUM(price)"]),
        # lists written in one value: the item itself, so line 1 is not line 11
        ("metro_stops", "How many stops connect to line M?", ["regexp_split_to_array(lines", "'M')"], ["LIKE"]),
        ("festival_films", "How many films are in Japanese?", ["regexp_split_to_array(languages", "'ja')"], []),
        ("festival_films", "How many Italian films are there?", ["regexp_split_to_array(countries", "'IT')"], []),
        # years named by a filter are still what "which years" lists; "for the years A through B" is one range
        ("river_levels", "Which years after 1950 had a level above 300?", ['"year" > 1950', "level > 300", 'ORDER BY "year"'], []),
        ("river_levels", "What was the total level for the years 1950 through 1959?", ['"year" BETWEEN 1950 AND 1959'], ['"year" = 1959']),
        # a three-word subject before "goes with" / "had"
        ("kiln_runs", "Which cooling water temperature goes with the highest average loss?", ['GROUP BY "WATERTEMP"', 'AVG("LOSS")'], []),
        ("kiln_runs", "Which 3 air flow rates had the highest average loss?", ['GROUP BY "AIRFLOW"', "LIMIT 3"], []),
        # two series of one census: the head noun names the measure; a density no column holds is declined
        ("towns_census", "average 2021 population density by kind", ["AVG(density_2021)", "GROUP BY kind"], ["population_2021"]),
        ("nation_pops", "Which country has the highest population density?", [], []),
        # the gap between the highest and the lowest is one figure, the highest minus the lowest
        ("harbour_readings", "What's the difference between the highest and lowest pressure readings?",
         ["MAX(pressure) - MIN(pressure)"], []),
        ("harbour_readings", "What is the gap between the lowest and highest temperature each day?",
         ["MAX(temp) - MIN(temp)", 'GROUP BY "day"'], ["AS min_temp"]),
        # days over several readings a day are counted once each; times of day over a TIME column
        ("harbour_readings", "On how many days did the temperature reach 25 degrees or more?", ['COUNT(DISTINCT "day")', "temp >= 25"], []),
        ("harbour_readings", "How many days had at least one Rain reading?", ['COUNT(DISTINCT "day")', "sky = 'Rain'"], []),
        ("harbour_readings", "What was the average temperature before 6 in the morning?", ["clock < TIME '06:00:00'"], ["temp < 6"]),
        ("harbour_readings", "How many readings were taken after 6 pm?", ["clock > TIME '18:00:00'"], []),
        ("harbour_readings", "How many readings were taken before noon?", ["clock < TIME '12:00:00'"], []),
        # an order id over several rows: the orders counted once each (but "diary entries" are rows)
        ("cafe_orders", "How many orders were placed in 2024?", ["COUNT(DISTINCT order_id)"], []),
        ("cafe_orders", "How many items were sold in 2024?", ["COUNT(*)"], ["DISTINCT"]),
        # a place written last after a comma
        ("tremors", "How many quakes were in Japan?", ["place LIKE '%Japan'"], []),
        # a row's name in two columns
        ("member_list", "Who is the tallest person?", ["name_given, name_family"], []),
        ("coupes", "Which car has the most horsepower?", ["make, model"], []),
        # a table named for its countries' populations: "by country" is by the name, not a code; "3 least" is no `_3`
        ("country_populations", "max population by country", ["GROUP BY country_name", "MAX(population)"], []),
        ("country_populations", "What were the 3 least populated countries in 1995?", ["country_name", "LIMIT 3"], ["code_3"]),
        # a ranked row whose name a condition fixes is named by its year
        ("country_populations", "When was Land 3's population at its lowest?", ['"year"', "ORDER BY population ASC"], []),
        # a suggested retail price is the price; makers are the `mfr`
        ("deluxe_cars", "What's the median price of the cars?", ["MEDIAN(msrp)"], []),
        ("deluxe_cars", "What is the cheapest convertible?", ["msrp", "ASC", "bdy_style = 'convertible'"], []),
        ("deluxe_cars", "How many different car makers are there?", ["COUNT(DISTINCT mfr)"], []),
        # a superlative names a measure, not a text class by its stem; a category may be a class
        ("quakes_log", "What was the strongest magnitude recorded?", ["MAX(mag)"], ["COUNT("]),
        ("quakes_log", "avg depth by depth category", ["GROUP BY depth_class", "AVG(depth)"], []),
        # "close during 1987" does not spell `closed`; "during" restricts nothing itself; hours of a TIME column
        ("index_daily", "What was the lowest close during 1987?", ["MIN(close)", 'YEAR("date") = 1987'], ["close = 1987"]),
        ("index_daily", "What was the lowest the index closed at during 1987?", ['YEAR("date") = 1987', "close"], []),
        ("harbour_readings", "Which hour of the day had the most readings?", ["HOUR(clock)", "COUNT(*)"], []),
        # the Nth of a ranking; years over dates; countries and their people over a row per country and year
        ("country_populations", "Which country was the 10th most populous in 1995?", ["LIMIT 1 OFFSET 9"], []),
        ("index_daily", "How many different years does the data cover?", ['COUNT(DISTINCT YEAR("date"))'], []),
        ("country_populations", "How many countries are in the data?", ["COUNT(DISTINCT country_name)"], []),
        ("country_populations", "How many people lived in Land 4 in 1995?", ["SUM(population)", "country_name = 'Land 4'"], []),
    ],
)  # fmt: skip
def test_round51_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND51_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND52_TABLES = {
    "ferry_riders": "month,riders\n" + "\n".join(f"{1990 + i // 12}-{1 + i % 12:02d}-01,{200 + (i * 37) % 300}" for i in range(96)),
    "index_daily": _ROUND51_TABLES["index_daily"],
    "women_height_weight": "height,weight\n" + "\n".join(f"{58 + i},{115 + 3 * i + i // 4}" for i in range(15)),
    "coal_use": "year,quarter,coal_million_tonnes\n" + "\n".join(f"{1970 + i // 4},{1 + i % 4},{50 + (i * 13) % 70}.5" for i in range(80)),
    "mayor_approval": "year,quarter,approval_rating\n" + "\n".join(f"{1980 + i // 4},{1 + i % 4},{30 + (i * 11) % 60}" for i in range(60)),
    "road_casualties_monthly": "month,drivers_killed_or_injured\n" + "\n".join(
        f"{1970 + i // 12}-{1 + i % 12:02d}-01,{1200 + (i * 53) % 900}" for i in range(120)
    ),
    "air_miles": "year,passenger_miles_millions\n" + "\n".join(f"{1937 + i},{400 + 1200 * i}" for i in range(24)),
    "boutiques": "sales,ssize,margin\n" + "\n".join(f"{3000 + (i * 97) % 4000}.5,{80 + (i * 31) % 400},{30 + i % 20}" for i in range(50)),
    "lung_deaths": "month,deaths\n" + "\n".join(f"{1974 + i // 12}-{1 + i % 12:02d}-01,{1500 + (i * 71) % 2000}" for i in range(72)),
    "city_temps": "month,avg_temp_f\n" + "\n".join(f"{1950 + i // 12}-{1 + i % 12:02d}-01,{30 + (i * 7) % 45}.5" for i in range(120)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the busiest and quietest months rank the table's one count; "the passenger count" is that column
        ("ferry_riders", "What was the busiest month on record?", ['"month"', "riders", "DESC", "LIMIT 1"], ["COUNT("]),
        ("ferry_riders", "What were the 3 quietest months?", ["riders", "ASC", "LIMIT 3"], []),
        ("ferry_riders", "What's the median monthly rider count?", ["MEDIAN(riders)"], ["COUNT("]),
        ("ferry_riders", "What was the difference between the busiest and the quietest month in 1992?",
         ["MAX(riders) - MIN(riders)", 'YEAR("month") = 1992'], []),
        ("ferry_riders", "What percentage of all the riders travelled in 1995?", ["SUM(riders) FILTER"], ["COUNT(*)"]),
        ("ferry_riders", "When does the data start?", ['MIN("month")'], []),
        ("ferry_riders", "In which month did riders first go over 450?", ['MIN("month")', "riders > 450"], []),
        # a measure named with the table's own (mass) noun; "quarter of the year" is no year measure
        ("coal_use", "How much coal was used in total in 1975?", ["SUM(coal_million_tonnes)", '"year" = 1975'], []),
        ("coal_use", "Which quarter of the year has the lowest coal use on average?", ["AVG(coal_million_tonnes)", "GROUP BY quarter"],
         ['AVG("year")']),
        ("coal_use", "What percentage of all coal consumption happened in the first quarter?", ["SUM(coal_million_tonnes) FILTER"], []),
        ("mayor_approval", "average approval per year", ["AVG(approval_rating)", 'GROUP BY "year"'], []),
        # a year of quarters is named with its quarter; the spread between the best and the worst
        ("mayor_approval", "When was the approval rating at its lowest?", ['"year", quarter, approval_rating'], []),
        ("mayor_approval", "How far apart were the best and worst approval ratings in 1985?",
         ["MAX(approval_rating) - MIN(approval_rating)"], []),
        # a month named as a word before its measure, or several of them
        ("city_temps", "What is the typical July temperature?", ['MONTH("month") = 7'], []),
        ("city_temps", "What was the average temperature in June, July or August?", ['MONTH("month") IN (6, 7, 8)'], []),
        ("city_temps", "What was the average temperature from January to March 1955?", ["1955"], ["IN (1, 3)"]),
        # round 53: an adverb before a column's own word qualifies it; thousands written with commas before "million"
        ("road_casualties_monthly", "How many drivers were killed or seriously injured in total in 1975?",
         ["SUM(drivers_killed_or_injured)", 'YEAR("month") = 1975'], []),
        ("air_miles", "How many years had fewer than 5,000 million passenger miles?", ["passenger_miles_millions < 5000"], []),
        # units and shops; the worst months of a harm have the most of it; the spread between the heaviest and lightest
        ("boutiques", "avg sales per square metre", ["AVG(sales)"], []),
        ("boutiques", "What's the average shop size?", ["AVG(ssize)"], []),
        ("boutiques", "How many stores have a gross margin of at least 45 percent?", ["margin >= 45"], []),
        ("lung_deaths", "Show me the 5 worst months for lung disease deaths.", ["deaths DESC", "LIMIT 5"], []),
        ("women_height_weight", "What's the difference in pounds between the heaviest and lightest weight?",
         ["MAX(weight) - MIN(weight)"], []),
        # one year against another: both figures and their difference; a year's first or last trading day
        ("road_casualties_monthly", "How many fewer drivers were killed or seriously injured in 1975 than in 1974?",
         ['YEAR("month") = 1974', 'YEAR("month") = 1975', "AS difference"], []),
        ("index_daily", "What was the closing price on the first trading day of 1985?",
         ["close", 'YEAR("date") = 1985', 'ORDER BY "date" ASC LIMIT 1'], []),
        ("index_daily", "What did the index close at on the last trading day of 1984?", ['ORDER BY "date" DESC LIMIT 1'], []),
    ],
)  # fmt: skip
def test_round52_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND52_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND54_TABLES = {
    # a pump's pressure log every 20 minutes (the table's own measure beside a battery voltage), a deploy log
    "pressure_readings": "reading_time,pressure_kpa,battery_volts\n" + "\n".join(
        f"2021-{1 + i // 400:02d}-{1 + (i // 72) % 5:02d} {(i // 3) % 24:02d}:{(i % 3) * 20:02d}:00,{90 + (i * 37) % 120},{3 + (i % 7) / 10}"
        for i in range(2000)
    ),
    "deploys": "deployed_at,utc_offset\n" + "\n".join(
        f"2019-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d} {(i * 5) % 24:02d}:{(i * 13) % 60:02d}:00,{('-05:00', '+01:00', '-08:00')[i % 3]}"
        for i in range(300)
    ),
    "road_casualties_monthly": _ROUND52_TABLES["road_casualties_monthly"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # synonyms: blood sugar is glucose, a time zone is an offset
        ("deploys", "How many different time zone offsets are there?", ["COUNT(DISTINCT utc_offset)"], []),
        # a bare number about the readings compares the table's own measure (not the battery)
        ("pressure_readings", "How many readings in March were over 150?", ["pressure_kpa > 150", "MONTH(reading_time) = 3"], []),
        ("pressure_readings", "How many readings were in the 100 to 120 kPa range?", ["pressure_kpa BETWEEN 100 AND 120"], []),
        # days of a timestamp counted once each; both ends of the log
        ("pressure_readings", "On how many different days were readings taken?", ["COUNT(DISTINCT CAST(reading_time AS DATE))"], []),
        ("deploys", "On how many distinct days was at least one deploy made?", ["COUNT(DISTINCT CAST(deployed_at AS DATE))"], []),
        ("pressure_readings", "When was the very first reading taken, and when was the last one?",
         ["MIN(reading_time)", "MAX(reading_time)"], []),
        # a month of the year is shown by its name too
        ("pressure_readings", "Which month had the most readings?", ["MONTHNAME(reading_time) AS month_name"], []),
        # the hours of a timestamp: between midnight and 6 am, after 6 pm; Saturday or Sunday is the weekend only
        ("deploys", "How many deploys were made between midnight and 6 am?", ["HOUR(deployed_at) BETWEEN 0 AND 5"], []),
        ("deploys", "How many deploys after 6 pm in 2019?", ["HOUR(deployed_at) >= 18"], []),
        ("deploys", "What percentage of deploys were made on a Saturday or Sunday?", ["ISODOW(deployed_at) IN (6, 7)"],
         ["DAYNAME"]),
        # a span of years followed by what happened in it; "the first and last month" are the data's own
        ("road_casualties_monthly", "How many months between 1972 and 1975 had fewer than 1,500 drivers killed or seriously injured?",
         ['YEAR("month") BETWEEN 1972 AND 1975', "drivers_killed_or_injured < 1500"], []),
        ("road_casualties_monthly", "What date range does the data span? First and last month please.",
         ['MIN("month")', 'MAX("month")'], []),
    ],
)  # fmt: skip
def test_round54_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND54_TABLES[table]), question, must, must_not, decline_if_empty=True)


def test_a_month_of_the_year_is_named_in_the_answer() -> None:
    from querychat.engines.answers import compose_answer
    from querychat.engines.base import Preview
    from querychat.engines.intent import ColRef, Intent

    intent = Intent("t", "top", agg="count", groups=(ColRef("d", "month"),), order="desc", limit=1, entity="readings")
    text = compose_answer(intent, Preview(("month", "month_name", "count"), ((5, "May", 8411),), 1))
    assert text.startswith("**May** has the most readings") and "8,411" in text


_ROUND55_TABLES = {
    # a table whose name lists its two measures; a table of sales named for what is sold (its size is no price)
    "eu_inflation_unemployment": "year,inflation_rate,unemployment_rate\n" + "\n".join(
        f"{1960 + i},{((i * 7) % 15) - 2}.5,{3 + (i * 5) % 9}.1" for i in range(40)
    ),
    "flat_sales_2001": "price_thousands,assessed_value_thousands,bedrooms,flat_size_sqft,balcony\n" + "\n".join(
        f"{150 + (i * 37) % 300},{140 + (i * 31) % 290}.5,{1 + i % 4},{600 + (i * 53) % 1400},{i % 2}" for i in range(60)
    ),
    # a count of cigarettes beside a yes/no rule about smoking; hours of TV a day; one column of percentages
    "habits_survey": "age,cigarettes_per_day,office_smoking_ban,tv_hours_per_day,year\n" + "\n".join(
        f"{18 + (i * 7) % 60},{(i * 3) % 25 if i % 3 else 0},{i % 2},{(i * 5) % 9},{1994 + i % 6}" for i in range(200)
    ),
    "degrees_women": "year,field,percent_women\n" + "\n".join(
        f"{1970 + i},{f},{(20 + 1.5 * i + k * 9) % 95:.1f}" for i in range(40) for k, f in enumerate(("Biology", "Law", "Physics"))
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # words of the table's name naming one measure each
        ("eu_inflation_unemployment", "How many years had negative inflation?", ["inflation_rate < 0"], ['"year" <']),
        ("eu_inflation_unemployment", "In how many years was unemployment above 7%?", ["unemployment_rate > 7"], []),
        ("eu_inflation_unemployment", "Which year had the lowest inflation?", ["inflation_rate"], ["COUNT(*)"]),
        # "a flat", "flats" are the rows, not `flat_size_sqft`; dollars in thousands go to the price
        ("flat_sales_2001", "What was the average sale price of a flat?", ["AVG(price_thousands)"], ["flat_size_sqft"]),
        ("flat_sales_2001", "How many flats sold for at least $200k but no more than $300k?",
         ["price_thousands >= 200", "price_thousands <= 300"], ["flat_size_sqft"]),
        ("flat_sales_2001", "What's the average flat size?", ["AVG(flat_size_sqft)"], []),
        ("flat_sales_2001", "How many flats with exactly 3 bedrooms have a balcony?", ["bedrooms = 3", "balcony > 0"], []),
        # smokers are those who smoke, not the yes/no ban on smoking (unless a ban is said)
        ("habits_survey", "How many of the respondents smoke?", ["cigarettes_per_day > 0"], ["office_smoking_ban"]),
        ("habits_survey", "On average, how many cigarettes a day do smokers smoke?",
         ["AVG(cigarettes_per_day)", "cigarettes_per_day > 0"], ["office_smoking_ban"]),
        ("habits_survey", "How many respondents work in an office with a smoking ban?", ["office_smoking_ban > 0"],
         ["cigarettes_per_day"]),
        # "per day" is the unit of the column named, not one group per value
        ("habits_survey", "What is the median number of hours of TV people watch per day?", ["MEDIAN(tv_hours_per_day)"],
         ["GROUP BY"]),
        ("habits_survey", "Average hours of TV watched per day, broken down by survey year", ['GROUP BY "year"'],
         ["GROUP BY tv_hours_per_day"]),
        # a share is the column of percentages; half of it, 20% of it; the first year it passed 50%
        ("degrees_women", "Which 2 fields had the biggest average share of women?", ["AVG(percent_women)", "LIMIT 2"], []),
        ("degrees_women", "In 1990, how many fields had more than half of their degrees earned by women?",
         ["percent_women > 50", '"year" = 1990'], []),
        ("degrees_women", "How many years did women earn fewer than 30% of Physics degrees?", ["percent_women < 30"], []),
        ("degrees_women", "first year women passed 50% of law degrees", ['MIN("year")', "percent_women > 50", "field = 'Law'"], []),
        ("degrees_women", "what is the first year in the data?", ['MIN("year")'], []),
    ],
)  # fmt: skip
def test_round55_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND55_TABLES[table]), question, must, must_not, decline_if_empty=True)


_BREEDS = ('"Retriever, Golden"', "Domestic Shorthair", "Poodle")
_ROUND56_TABLES = {
    # a kind and a name holding the same word; a title starting with a common word; a total of medal columns
    "pet_licenses": "issue_date,animal_name,species,primary_breed\n" + "\n".join(
        f"2018-{1 + i % 12:02d}-{1 + i % 28:02d},{('Cat', 'Dog')[i % 2] if i % 50 == 0 else f'Pet {i}'},"
        f"{('Cat', 'Dog', 'Dog', 'Cat', 'Goat')[i % 5 if i % 7 else 1]},{_BREEDS[i % 3]}"
        for i in range(300)
    ),
    "award_winners": "award_year,award,name,film,age,birth_place\n" + "\n".join(
        f"{1950 + i},{('Best actor', 'Best actress')[i % 2]},Person {i},{('Born Free', 'Places Unknown', f'Film {i}')[i % 3]} {i},{25 + (i * 7) % 50},"
        f"{('England', 'California', 'New York')[i % 3]}"
        for i in range(60)
    ),
    "ski_medals": "country,gold,silver,bronze,total\n" + "\n".join(
        f"Land {i},{(i * 3) % 5},{(i * 2) % 4},{i % 3},{(i * 3) % 5 + (i * 2) % 4 + i % 3}" for i in range(30)
    ),
    "holidays": "holiday_date,holiday\n" + "\n".join(
        f"{2000 + i // 3}-{(1, 5, 11)[i % 3]:02d}-{1 + (i * 5) % 27:02d},{('New Year', 'Spring Day', 'Harvest Day')[i % 3]}" for i in range(60)
    ),
    "cafe_menu": "item,calories,protein,fiber,type\n" + "\n".join(
        f"Item {i},{100 + (i * 37) % 500},{(i * 7) % 30},{i % 4},{('bakery', 'sandwich', 'salad')[i % 3]}" for i in range(40)
    ),
    "box_office": "movie,release_date,opening_weekend_us,gross_us,gross_world\n" + "\n".join(
        f"Hero Story {i},{2008 + i // 2}-{1 + (i * 5) % 12:02d}-{1 + i % 27:02d},{50 + i * 3}000000,{200 + i * 9}000000,{500 + i * 21}000000"
        for i in range(20)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the same word as a kind and as a name: the kind; a lower-case word is no title's first word
        ("pet_licenses", "How many cats are licensed?", ["species = 'Cat'"], ["animal_name ="]),
        ("pet_licenses", "How many dogs have Golden Retriever as their main breed?", ["primary_breed = 'Retriever, Golden'"], []),
        ("pet_licenses", "When was the oldest license issued?", ["MIN(issue_date)"], ["COUNT("]),
        ("pet_licenses", "what's the latest issue date in the data", ["MAX(issue_date)"], ["COUNT("]),
        ("award_winners", "How many of the winners were born in England?", ["birth_place = 'England'"], ["film"]),
        ("award_winners", "What's the average age of Best actor winners?", ["AVG(age)", "award = 'Best actor'"], ["ORDER BY"]),
        # a `total` beside its parts counts the table's noun; more of one column than another
        ("ski_medals", "Which country won the most medals overall?", ["country", "total DESC"], ["COUNT("]),
        ("ski_medals", "How many countries didn't win any medals at all?", ["total = 0"], []),
        ("ski_medals", "Among the countries that won at least one medal, what's the median number of medals?",
         ["MEDIAN(total)", "total >= 1"], ["MIN("]),
        ("ski_medals", "Which countries won more silver medals than gold medals?", ["silver > gold"], []),
        # the date, or its weekday, of a row picked by its name
        ("holidays", "What date was Harvest Day in 2005?", ["SELECT DISTINCT holiday_date", "holiday = 'Harvest Day'"], []),
        ("holidays", "What day of the week was New Year in 2010?", ["DAYNAME(holiday_date)"], []),
        # "from most to least" is how to list them; a food item is an item; a chain is a restaurant
        ("cafe_menu", "What are the 3 items with the highest protein, from most to least?", ["protein DESC", "LIMIT 3"], []),
        ("cafe_menu", "How many food items are in the bakery category?", ["type = 'bakery'"], []),
        # a column called opening weekend is no weekend of the dates; worldwide is the world gross
        ("box_office", "What was the average US opening weekend?", ["AVG(opening_weekend_us)"], ["ISODOW"]),
        ("box_office", "Which film made the most money worldwide?", ["gross_world DESC"], []),
    ],
)  # fmt: skip
def test_round56_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND56_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND57_TABLES = {
    # a table of wins (a row per win); award years beside birth dates; a census of countries; an auction log
    "chess_champions": "year,name,country,division\n" + "\n".join(
        f"{1980 + i},{('Ann Lee', 'Bo Chan', 'Cy Diaz', None)[i % 4] or ''},{('Norway', 'India', 'Peru')[i % 3]},{('Open', 'Women')[i % 2]}"
        for i in range(40)
    ),
    "prize_winners": "prize_yr,award,name,birth_date,age\n" + "\n".join(
        f"{1960 + i},{('Best actor', 'Best actress')[i % 2]},Person {i},{1920 + i}-0{1 + i % 9}-1{i % 9},{30 + (i * 7) % 40}"
        for i in range(50)
    ),
    "nation_facts": "country,population,population_growth_rate,death_rate,internet_users\n" + "\n".join(
        f"Land {i},{1000000 * (1 + (i * 37) % 300)},{((i * 7) % 50 - 10) / 10},{5 + (i * 3) % 12}.5,{'' if i % 5 == 0 else 1000 * i}"
        for i in range(60)
    ),
    "game_auctions": "id,duration,cond,total_pr,stock_photo\n" + "\n".join(
        f"{1000 + i},{(1, 3, 5, 7)[i % 4]},{('new', 'used')[i % 2]},{30 + (i * 7) % 40}.5,{('yes', 'no')[i % 3 == 0]}"
        for i in range(60)
    ),
    "home_sales": "address,price,bed,year_built\n" + "\n".join(
        f"{i} Oak St,{200000 + (i * 37) % 500 * 1000},{1 + i % 5},{1950 + (i * 7) % 60}" for i in range(50)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # over a table of winners: each person's rows counted, those with more than one
        ("chess_champions", "Who has won the women's title the most times?", ["GROUP BY name", "COUNT(*)", "LIMIT 1"], []),
        ("chess_champions", "Which players won more than once?", ["GROUP BY name", "HAVING COUNT(*) > 1"], []),
        # the year of an award, not of a birth date; a value with a superlative in it is no superlative
        ("prize_winners", "Who won Best actor at the 1990 ceremony?", ["prize_yr = 1990"], ["YEAR(birth_date)"]),
        ("prize_winners", "How many Best actress winners were there?", ["COUNT(*)", "award = 'Best actress'"], ["MAX("]),
        # a column said missing or listed; the longest name after "negative"; a number far outside a rate
        ("nation_facts", "For how many countries is the number of internet users missing?", ["internet_users IS NULL"], []),
        ("nation_facts", "How many countries have a negative population growth rate?", ["population_growth_rate < 0"], []),
        ("nation_facts", "What's the average death rate among countries with more than 100 million people?",
         ["population > 100000000"], ["population_growth_rate"]),
        # a verb before an article is no value; a listing is an auction
        ("game_auctions", "How many listings used a stock photo?", ["stock_photo"], ["cond ="]),
        # a house is a home; the lowest and highest with a word before the column
        ("home_sales", "Which house sold for the highest price?", ["address", "price DESC"], []),
        ("home_sales", "What were the lowest and highest sale prices?", ["MIN(price)", "MAX(price)"], []),
    ],
)  # fmt: skip
def test_round57_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND57_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND58_TABLES = {
    # batting codes in capitals; race times kept as TIME; grades written as text; a ratio that is a column
    "cricket_batting": "name,team,AB,HR,RBI,OBP\n" + "\n".join(
        f"Player {i},{('Lions', 'Tigers')[i % 2]},{50 + (i * 37) % 600},{(i * 7) % 45},{(i * 11) % 130},0.{250 + (i * 13) % 200}"
        for i in range(80)
    ),
    "city_marathon": "event,year,champion,country,time\n" + "\n".join(
        f"{('Open', 'Wheelchair')[i % 2]},{1980 + i // 2},Runner {i},{('Kenya', 'Ethiopia', 'Japan')[i % 3]},0{1 + i % 2}:{10 + (i * 7) % 50}:{(i * 13) % 60:02d}"
        for i in range(60)
    ),
    "school_survey": "grade,gender,sleep_hours\n" + "\n".join(
        f"{('9', '10', '11', '12', 'other')[i % 5]},{('female', 'male')[i % 2]},{5 + i % 5}" for i in range(100)
    ),
    "loan_book": "state,homeownership,debt_to_income,loan_amount\n" + "\n".join(
        f"{('CA', 'TX', 'NY')[i % 3]},{('RENT', 'MORTGAGE', 'OWN')[i % 3]},{(i * 7) % 45}.5,{1000 * (5 + i % 30)}" for i in range(90)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # words whose initials spell a column in capitals, and its plural
        ("cricket_batting", "Among players with 500 or more at-bats, who had the most home runs?",
         ['"AB" >= 500', '"HR" DESC', "name"], []),
        ("cricket_batting", "Who had the most RBIs?", ['"RBI" DESC', "name"], []),
        ("cricket_batting", "What is the average on-base percentage of players with at least 200 at-bats?",
         ['AVG("OBP")', '"AB" >= 200'], []),
        # the fastest race time is the least; "Kenyan" is Kenya
        ("city_marathon", "What was the fastest winning time ever in the wheelchair race?", ["MIN(time)"], []),
        ("city_marathon", "Which year had the fastest open winning time?", ['"year"', "time ASC", "LIMIT 1"], []),
        ("city_marathon", "Who ran the slowest winning time?", ["champion", "time DESC"], []),
        ("city_marathon", "What's the fastest winning time for each event?", ["MIN(time)", "GROUP BY event"], []),
        ("city_marathon", "How many times has a Kenyan runner won?", ["country = 'Kenya'"], []),
        # a grade written as text; borrowers and renters are people; a ratio named as a column
        ("school_survey", "How many male students are in grade 12?", ["grade = '12'", "gender = 'male'"], []),
        ("school_survey", "How many students are in each of grades 9, 10 and 11?", ["grade IN ('9', '10', '11')"], []),
        ("loan_book", "How many loans went to borrowers in Texas?", ["state = 'TX'"], []),
        ("loan_book", "How many renters have a debt-to-income ratio above 30?", ["debt_to_income > 30", "homeownership = 'RENT'"],
         ["percent"]),
    ],
)  # fmt: skip
def test_round58_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND58_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND59_TABLES = {
    # contestants with an age beside counts of their wins, in numbered series
    "weekly_chart": "artist,track,week,rank\n" + "\n".join(
        f"{('Alpha', 'Beta', 'Gamma')[i % 3]},Song {i % 7},{1 + i // 7},{1 + (i * 13) % 100}" for i in range(140)
    ),
    "quiz_contestants": "series,contestant,age,rounds_won,episodes_appeared\n" + "\n".join(
        f"{1 + i // 12},Person {i},{19 + (i * 7) % 50},{(i * 3) % 5},{1 + i % 10}" for i in range(120)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "in their twenties" is an age from 20 to 29; "contestants under 30" are younger than 30
        ("quiz_contestants", "How many contestants were in their twenties?", ["age BETWEEN 20 AND 29"], []),
        ("quiz_contestants", "How many contestants under 30 won at least one round?", ["age < 30", "rounds_won >= 1"],
         ["rounds_won < 30"]),
        # "the series 10 contestants": the table's own rows, not 10 of a count
        ("quiz_contestants", "How many of the series 10 contestants are there?", ["series = 10"], ["episodes_appeared = 10"]),
        # a chart's rank: 1 is the top, the best position the smallest; "number one" is rank 1
        ("weekly_chart", "What's the best chart position Beta reached?", ["rank ASC"], ["rank DESC"]),
        ("weekly_chart", "what was the highest rank Alpha reached", ["MIN(rank)"], []),
        ("weekly_chart", "avg chart position for Gamma", ["AVG(rank)", "artist = 'Gamma'"], []),
        ("weekly_chart", "How many weeks was Song 3 at number one?", ["rank = 1"], []),
    ],
)  # fmt: skip
def test_round59_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND59_TABLES[table]), question, must, must_not, decline_if_empty=True)


_HOMETOWNS = ("Queens, New York", "Austin, Texas", "Dallas, Texas", "Miami, Florida", "Tampa, Florida", "Buffalo, New York",
              "Houston, Texas", "Orlando, Florida", "Albany, New York", "El Paso, Texas", "Fresno, California",
              "San Diego, California")  # fmt: skip
_ROUND60_TABLES = {
    # house sales: the sale's date split into parts beside the year each house was built, three prices
    "town_house_sales": "DateSold,Address,Bedrooms,SquareFeet,YearBuilt,YearSold,MonthSold,ListPrice,OrigPrice,SalePrice\n"
    + "\n".join(
        f"{2005 + i % 10}-{1 + i % 12:02d}-{1 + i % 27:02d},{i} Elm St,{1 + i % 5},{900 + (i * 37) % 2000},"
        f"{1880 + (i * 7) % 130},{2005 + i % 10},{1 + i % 12},{90000 + (i * 997) % 200000},"
        f"{95000 + (i * 997) % 200000},{85000 + (i * 1009) % 210000}"
        for i in range(200)
    ),
    # a season's standings: points and yards for and against, wins beside the win percentage
    "league_standings": "Team,Wins,Losses,WinPct,PointsFor,PointsAgainst,NetPts,YardsFor,YardsAgainst,TDs\n" + "\n".join(
        f"Club {chr(65 + i)},{i % 14},{14 - i % 14},{(i % 14) / 14:.3f},{300 + (i * 17) % 150},{280 + (i * 23) % 160},"
        f"{(300 + (i * 17) % 150) - (280 + (i * 23) % 160)},{5000 + (i * 91) % 1500},{5100 + (i * 77) % 1400},{30 + i % 20}"
        for i in range(20)
    ),
    # lab tests: a test type coded `test_id` with two values over many tests; a result per test
    "lab_tests": "subject_id,test_id,result,age,clinic\n" + "\n".join(
        f"{1 + i // 3},{'flu' if i % 200 else 'xflu'},{('negative', 'positive', 'invalid')[i % 3]},{i % 18},"
        f"{('north', 'south')[i % 2]}"
        for i in range(3000)
    ),
    # one row per state with a 0/1 flag named for who won it
    "state_votes": "State,Income,BA,SmithWin\n" + "\n".join(
        f"State {i},{40000 + (i * 1301) % 30000},{20 + i % 20},{i % 2}" for i in range(50)
    ),
    # contestants with a hometown 'City, State', one of them a city called Queens
    "show_contestants": "season,contestant,age,hometown\n" + "\n".join(
        f"S{1 + i // 10:02d},Queen {i},{21 + (i * 5) % 20},"
        f'"{_HOMETOWNS[i % len(_HOMETOWNS)]}"'
        for i in range(60)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "sold" names the parts of the sale's date: not a measure to add up, and the sale's year is the table's year
        ("town_house_sales", "How many houses were sold in total?", ["COUNT(*)"], ["SUM("]),
        ("town_house_sales", "How many houses were sold each year?", ['GROUP BY "YearSold"'], ["YearBuilt"]),
        ("town_house_sales", "How many houses were built before 1950?", ['"YearBuilt" < 1950'], ["YearSold", "DateSold"]),
        # "sold for" is the sale's price, of the three prices
        ("town_house_sales", "How many houses sold for under $100,000?", ['"SalePrice" < 100000'], ["YearSold"]),
        ("town_house_sales", "Which house sold for the most money?", ['"SalePrice" DESC'], ["OrigPrice"]),
        ("town_house_sales", "What percentage of homes sold for more than their list price?",
         ['"SalePrice" > "ListPrice"'], []),
        # points for and against: allowed is against, offense is for, the differential is the net
        ("league_standings", "Which 5 teams allowed the fewest points?", ['"PointsAgainst" ASC'], ["PointsFor"]),
        ("league_standings", "Which offense gained the most yards?", ['"YardsFor" DESC'], []),
        ("league_standings", "Which team had the worst point differential?", ['"NetPts" ASC'], []),
        ("league_standings", "Which team's defense gave up the fewest yards?", ["YardsAgainst"], ["TDs"]),
        # a win total is the wins, not the win percentage (unless a percentage is said)
        ("league_standings", "How many teams finished with each win total?", ['GROUP BY "Wins"'], ["WinPct"]),
        ("league_standings", "What is the average win percentage?", ['AVG("WinPct")'], []),
        # "how many games did X win": that team's wins; "lost the most games": the losses
        ("league_standings", "How many games did Club C win?", ['SUM("Wins")', "Team\" = 'Club C'"], []),
        ("league_standings", "Which team lost the most games?", ['"Losses" DESC'], []),
        # "of the teams ..., which one": the team, ranked among them
        ("state_votes", "Of the states Smith won, which one has the highest income?",
         ['"State"', '"SmithWin" = 1', '"Income" DESC', "LIMIT 1"], ["MAX("]),
        ("state_votes", "Among the states Smith lost, which has the lowest income?", ['"SmithWin" = 0', '"Income" ASC'], []),
        # a `test_id` with two values over thousands of tests is the kind of test: the tests are the rows
        ("lab_tests", "How many tests are in the data?", ["COUNT(*)"], ["DISTINCT"]),
        ("lab_tests", "How many tests came back positive?", ["result = 'positive'"], []),
        # a winning record is more wins than losses; "gave up more points than they scored" compares the two
        ("league_standings", "How many teams finished with a winning record?", ['"Wins" > "Losses"'], []),
        ("league_standings", "How many teams gave up more points than they scored?", ['"PointsAgainst" > "PointsFor"'], []),
        # "percentage" is the share asked for, not the p-t-s of `NetPts`
        ("league_standings", "What percentage of teams had a positive point differential?",
         ['FILTER (WHERE "NetPts" > 0)'], ["SUM("]),
        # "other than X": every other value (and not the value 'other')
        ("lab_tests", "How many tests were done at clinics other than north?", ["clinic != 'north'"], []),
        # months listed before one year; "when was the latest sale": the date, not the day of the month
        ("town_house_sales", "How many houses sold in June, July or August of 2013?",
         ['MONTH("DateSold") IN (6, 7, 8)', 'YEAR("DateSold") = 2013'], []),
        ("town_house_sales", "When was the most recent sale?", ['MAX("DateSold")'], ["MonthSold"]),
        ("town_house_sales", "average number of bedrooms for houses sold after 2010, please",
         ['AVG("Bedrooms")', "2010"], ['"Bedrooms" > 2010']),
        # a share named after its number ("more than 15% with ..."), each number its own column
        ("state_votes", "How many states have an income above 50000 and more than 30% with a BA?",
         ['"Income" > 50000', '"BA" > 30'], []),
        # "queens" counted is the contestants, not the hometown 'Queens, New York'
        ("show_contestants", "How many queens come from Texas?", ["LIKE '%Texas'"], ["Queens, New York"]),
        ("show_contestants", "How many queens are from Queens?", ["hometown = 'Queens, New York'"], []),
    ],
)  # fmt: skip
def test_round60_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND60_TABLES[table]), question, must, must_not, decline_if_empty=True)


def test_a_column_in_both_tables_does_not_call_for_a_join() -> None:
    source = DuckDBSource()
    source.add_bytes(_ROUND60_TABLES["show_contestants"].encode(), "contestants.csv", name="contestants")
    episodes = "season,contestant,episode,outcome\n" + "\n".join(
        f"S{1 + i // 10:02d},Queen {i},{e},{('WIN', 'SAFE', 'BTM')[(i + e) % 3]}" for i in range(60) for e in range(1, 4)
    )
    source.add_bytes(episodes.encode(), "episodes.csv", name="episodes")
    try:
        sql = OfflineEngine().write_sql("avg age by season", source.schema())
    finally:
        source.close()
    assert "JOIN" not in sql.upper() and "FROM contestants" in sql, sql


def test_a_year_group_is_written_without_a_thousands_comma() -> None:
    from querychat.engines.answers import compose_answer
    from querychat.engines.base import Preview
    from querychat.engines.intent import ColRef, Intent

    intent = Intent("t", "top", agg="median", measure="SalePrice", groups=(ColRef("YearSold"),), order="desc", limit=1)
    text = compose_answer(intent, Preview(("YearSold", "median_saleprice"), ((2011, 134250.0),), 1))
    assert text.startswith("**2011**") and "134,250" in text, text


def test_a_table_of_peaks_reads_peak_as_the_rows_and_its_ratings() -> None:
    peaks = "Peak,Elevation,Difficulty,Ascent,Length,Time\n" + "\n".join(
        f"Mt. {chr(65 + i)},{4000 + (i * 97) % 1400},{1 + i % 7},{2000 + (i * 131) % 2500},{5 + (i * 3) % 14}.5,{4 + i % 12}"
        for i in range(46)
    )
    cases = [
        ("Which peak has the shortest round-trip hike?", ['"Length" ASC'], ["DESC"]),  # "peak" is no maximum here
        ("Which peak is the tallest?", ['"Elevation" DESC'], []),  # a mountain's height is its elevation
        ("What are the top 5 peaks with the biggest climb?", ['"Ascent" DESC', "LIMIT 5"], []),
        ("How many peaks are rated 5?", ['"Difficulty" = 5'], []),
        ("Which peak is the hardest?", ['"Difficulty" DESC'], []),
        ("What's the median round-trip distance of the hikes?", ['MEDIAN("Length")'], []),
    ]
    for question, must, must_not in cases:
        _check_reading(_csv_source("high_peaks", peaks), question, must, must_not, decline_if_empty=True)


_ROUND61_TABLES = {
    # daily weather of a few cities: a high, average and low of each reading; rainfall with 'T' for a trace
    "city_daily_weather": "city,date,year,month,day,high_temp,avg_temp,low_temp,high_humidity,avg_humidity,low_humidity,"
    "avg_hg,precip,events\n" + "\n".join(
        f"{('Oslo', 'Lima', 'Perth')[i % 3]},2016-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d},2016,{1 + (i // 28) % 12},"
        f"{1 + i % 28},{60 + (i * 7) % 45},{50 + (i * 7) % 35},{30 + (i * 7) % 30},{70 + i % 30},{55 + i % 25},{30 + i % 20},"
        f"{29 + (i % 20) / 10:.2f},{'T' if i % 9 == 0 else f'{(i % 13) / 10:.2f}'},{('Rain', 'Snow', 'Fog , Rain', '')[i % 4]}"
        for i in range(300)
    ),
    # a season's baseball standings: the league as a two-letter code, the win percentage beside the wins
    "ball_standings": "Team,League,Wins,Losses,WinPct,Runs,HR\n" + "\n".join(
        f"Club {i},{('AL', 'NL')[i % 2]},{60 + (i * 7) % 40},{102 - (60 + (i * 7) % 40)},{(60 + (i * 7) % 40) / 162:.3f},"
        f"{600 + (i * 37) % 250},{120 + (i * 11) % 120}"
        for i in range(30)
    ),
    # a road race: times from the gun and net times in seconds, the runners' ages and home states
    "road_race": "state,time,net,age,sex\n" + "\n".join(
        f"{('VA', 'MD', 'DC', 'PA', 'NY')[i % 5]},{3000 + (i * 53) % 5000},{2950 + (i * 53) % 5000},{15 + (i * 7) % 60},"
        f"{'MF'[i % 2]}"
        for i in range(500)
    ),
    # COVID tests: a result per test, the clinic's group
    "clinic_tests": "test_id,demo_group,result\n" + "\n".join(
        f"{i},{('patient', 'staff', 'visitor')[i % 3]},{('negative', 'positive', 'negative', 'invalid')[i % 4]}"
        for i in range(400)
    ),
    # house sales with a style, named like the table's own rows
    "town_house_sales_styles": "PID,House.Style,price,area\n" + "\n".join(
        f"{1000 + i},{('1Story', '2Story', 'SLvl')[i % 3]},{100000 + (i * 977) % 300000},{800 + (i * 31) % 2000}"
        for i in range(90)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a column of numbers with a 'T' among them is read as numbers (the trace as missing), converted in the query
        ("city_daily_weather", "What was the total rainfall in Lima in 2016?", ["SUM(precip)", "TRY_CAST"], []),
        ("city_daily_weather", "How many days had more than 1 inch of rain?", ["precip > 1"], ["events"]),
        # of a high, an average and a low: the high for the hottest, the average when said, the low below a number
        ("city_daily_weather", "What was the hottest temperature ever recorded in Oslo?", ["high_temp"], ["avg_temp"]),
        ("city_daily_weather", "Which city had the lowest average humidity?", ["AVG(avg_humidity)"], ["low_humidity"]),
        ("city_daily_weather", "How many days did Perth hit 100 degrees or more?", ["high_temp >= 100"], []),
        ("city_daily_weather", "How many days were below 35 degrees in Oslo?", ["low_temp < 35"], []),
        ("city_daily_weather", "average air pressure per city", ["AVG(avg_hg)"], []),
        # "the most snow days" counts the days, not the `day` of the month
        ("city_daily_weather", "Which city had the most snow days?", ["COUNT(*)"], ['SUM("day")']),
        # "the American League" names the code 'AL' of the `League` column
        ("ball_standings", "How many teams are in the American League?", ["\"League\" = 'AL'"], []),
        ("ball_standings", "How many runs did National League teams score in total?", ['SUM("Runs")', "'NL'"], []),
        # "the winning percentage" is `WinPct`; "the percentage of teams won at least 90 games" counts teams
        ("ball_standings", "Which team had the best winning percentage?", ['"WinPct" DESC'], ["COUNT"]),
        ("ball_standings", "What percentage of teams won at least 90 games?", ['FILTER (WHERE "Wins" >= 90) / COUNT(*)'],
         ["SUM("]),
        # ages by the decade; "apart from" several places; the faster of two groups is the smaller time
        ("road_race", "How many runners were in their 30s?", ["age BETWEEN 30 AND 39"], []),
        ("road_race", "Apart from VA, MD and DC, which state sent the most runners?", ["state NOT IN ('VA', 'MD', 'DC')"],
         []),
        ("road_race", "Which sex had the faster average net time?", ["AVG(net)", "ASC"], []),
        # minutes asked of times kept in seconds; "net time" is the `net` beside a `time`
        ("road_race", "How many runners had a net time under 90 minutes?", ["net < 5400"], []),
        ("road_race", "How many runners finished in under 60 minutes?", ["time < 3600"], []),
        # "the rate of positive tests" by a group: the share of its rows
        ("clinic_tests", "Which group had the highest rate of positive tests?",
         ["FILTER (WHERE result = 'positive') / COUNT(*)", "demo_group"], []),
        # "the most expensive house" over house sales: a house, not its `House.Style`
        ("town_house_sales_styles", "What was the most expensive house ever sold here?", ["price DESC", "LIMIT 1"],
         ["GROUP BY"]),
    ],
)  # fmt: skip
def test_round61_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND61_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND62_TABLES = {
    # a row per day: the weekday's name, a 'Y'/'N' weekday flag, the day's high and low as `highT`/`lowT`, riders counted
    "trail_days": "date,day,highT,lowT,precip,riders,weekday\n" + "\n".join(
        f"2005-{4 + i // 30:02d}-{1 + i % 30:02d},"
        f"{('Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday')[i % 7]},{55 + (i * 7) % 35},"
        f"{35 + (i * 5) % 25},{(i % 5) / 10 if i % 3 else 0},{150 + (i * 37) % 500},{'N' if i % 7 in (1, 2) else 'Y'}"
        for i in range(90)
    ),
    # daily births with the weekday both as a name and as a number
    "daily_births": "date,births,wday,month,day_of_week\n" + "\n".join(
        f"2015-{1 + i // 28:02d}-{1 + i % 28:02d},{8000 + (i * 131) % 5000},"
        f"{('Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed')[i % 7]},{1 + i // 28},{1 + (i + 4) % 7}"
        for i in range(336)
    ),
    # counties written 'Name, ST' with their doctors (`MDs`), hospitals and hospital beds
    # monthly utility bills: the whole bill glued to its name (`totalbill`) beside its parts, the days billed
    "utility_bills": "month,year,temp,kwh,ccf,billingDays,totalbill,gasbill,elecbill\n" + "\n".join(
        f"{1 + i % 12},{1999 + i // 12},{10 + (i * 7) % 70},{400 + (i * 37) % 600},{10 + (i * 13) % 200},{27 + i % 8},"
        f"{60 + (i * 41) % 250}.25,{20 + (i * 17) % 150}.5,{40 + (i * 23) % 100}.75"
        for i in range(100)
    ),
    # cereals: calories kept as decimals though whole
    "breakfast_cereals": "Cereal,Calories,Sugar,Fiber\n" + "\n".join(
        f"{('Bran', 'Oat', 'Corn', 'Rice')[i % 4]} {('Flakes', 'Crunch', 'Puffs')[i % 3]} {i},{60 + (i * 10) % 100}.0,"
        f"{(i * 3) % 14}.0,{(i * 7) % 9}.0"
        for i in range(36)
    ),
    # commutes: minutes and miles
    "city_commutes": "City,Distance,Time\n" + "\n".join(
        f"{('Boston', 'Houston', 'Denver')[i % 3]},{(i * 7) % 45},{5 + (i * 5) % 90}" for i in range(300)
    ),
    "county_resources": "County,MDs,Hospitals,Beds\n" + "\n".join(
        f'"County {i}, {("PA", "NY", "TX", "KS", "OH", "FL")[i % 6]}",{50 + (i * 97) % 3000},{1 + i % 9},{100 + (i * 53) % 2000}'
        for i in range(60)
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a row per date beside the weekday's name in `day`: "how many days" counts the rows
        ("trail_days", "How many days had rain?", ["COUNT(*)", "precip > 0"], ["DISTINCT"]),
        # the weekday's name; a 'Y'/'N' `weekday` flag is not which day it is, nor filtered by "day of the week"
        ("trail_days", "Which day of the week gets the most riders on average?", ['GROUP BY "day"'], ["weekday ="]),
        # "the busiest days": by the count the table is named for; `highT` is the day's high temperature
        ("trail_days", "What were the 5 busiest days on the trail?", ["riders DESC", "LIMIT 5"], []),
        ("trail_days", "What was the hottest temperature recorded?", ['"highT"'], []),
        # "month" is no clipped weekday 'Mon'; weekday names before their numbers
        ("daily_births", "total births by month", ['GROUP BY "month"'], ["'Mon'"]),
        ("daily_births", "avg births by weekday", ["GROUP BY wday"], ["day_of_week"]),
        # `MDs` are doctors; "hospital beds" are the `Beds`, not the `Hospitals`; a state named for its code
        ("county_resources", "Which county has the most doctors?", ['"MDs" DESC'], []),
        ("county_resources", "What's the total number of hospital beds?", ['SUM("Beds")'], ["Hospitals"]),
        ("county_resources", "How many Pennsylvania counties are there?", ["LIKE '%PA'"], []),
        ("county_resources", "How many hospitals are there altogether in Kansas?", ['SUM("Hospitals")', "'%KS'"], []),
        # "the total bill" over `totalbill`; a bill over an amount is the whole bill, not its gas part
        ("utility_bills", "avg total bill by year", ["AVG(totalbill)", 'GROUP BY "year"'], []),
        ("utility_bills", "What percentage of bills came to more than $200?", ["totalbill > 200"], []),
        ("utility_bills", "How many gas bills were over $100?", ["gasbill > 100"], []),
        # both ends asked together; "an hour" is 60 minutes; "going by" names a column, no grouping
        ("utility_bills", "What's the shortest and the longest billing period, in days?",
         ['MIN("billingDays")', 'MAX("billingDays")'], []),
        ("city_commutes", "How many commutes take longer than an hour?", ['"Time" > 60'], []),
        ("city_commutes", "How many commutes under an hour, going by the time?", ['"Time" < 60'], ["GROUP BY"]),
        # "the most common" of a numeric column of few values: the value with the most rows
        ("city_commutes", "What is the most common commute time?", ['GROUP BY "Time"', "COUNT(*)"], []),
        # "the calorie count" is the `Calories` kept as 100.0; "'bran' in their name" over the rows' name column
        ("breakfast_cereals", "avg sugar by calorie count", ['GROUP BY "Calories"', 'AVG("Sugar")'], ["COUNT"]),
        ("breakfast_cereals", "How many cereals have 'bran' in their name?", ["ILIKE '%bran%'"], []),
    ],
)  # fmt: skip
def test_round62_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND62_TABLES[table]), question, must, must_not, decline_if_empty=True)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip

_ROUND63_TABLES = {
    # deadly earthquakes: the month as a name, the place (`area`) seen more than once, deaths read as decimals
    "deadly_quakes": "year,month,day,richter,area,region,deaths\n" + "\n".join(
        f"{1900 + i},{_MONTH_NAMES[i % 12]},{1 + i % 28},{5.5 + (i % 30) / 10},Area {i % 20},"
        f"{('Chile', 'Japan', 'Iran', 'China')[i % 4]},{'' if i % 17 == 0 else f'{500 + (i * 389) % 90000}.0'}"
        for i in range(80)
    ),
    # campaign money for and against a bill: names 'Last, First' (some first names Bill), parties stored ' D'/' R'
    "bill_money": "name,party,state,money_pro,money_con,years,stance,chamber\n" + "\n".join(
        f'"Member{i}, {("Bill", "Ann", "Joe", "Sue")[i % 4]}",{(" D", " R", " I")[i % 3 if i % 10 else 2]},'
        f"{('TX', 'CA', 'NY', 'OH')[i % 4]},{1000 + (i * 337) % 30000}.0,{500 + (i * 211) % 20000}.0,{1 + i % 30},"
        f"{('yes', 'no', 'unknown')[i % 3]},{'senate' if i % 5 == 0 else 'house'}"
        for i in range(120)
    ),
    # fuel economy: codes beside their descriptions, a constant `fuel_cell`, `comb_mpg` for the combined figure
    "car_models": "division,carline,engine_displacement,city_mpg,hwy_mpg,comb_mpg,air_aspir_method,"
    "air_aspir_method_desc,drive_sys,drive_desc,fuel_usage,fuel_usage_desc,fuel_cell\n" + "\n".join(
        f"{('Ford', 'Honda', 'BMW')[i % 3]},Model {i},{1.5 + (i % 10) / 2},{15 + i % 20},{22 + i % 18},{18 + i % 19},"
        f"{('TC', 'NA', 'SC')[i % 3]},{('Turbocharged', 'Naturally Aspirated', 'Supercharged')[i % 3]},"
        f"{('A', 'F', 'R')[i % 3]},{('All Wheel Drive', 'Front Wheel Drive', 'Rear Wheel Drive')[i % 3]},"
        f"{('G', 'GP', 'D')[i % 3]},{('Gasoline (Regular)', 'Gasoline (Premium)', 'Diesel')[i % 3]},N"
        for i in range(90)
    ),
    # one season's pitches: a timestamp, the inning, the batter's hand as 'L'/'R'
    "season_pitches": "Time,Inning,BatterHand,PitchType,StartSpeed,EndSpeed\n" + "\n".join(
        f"2013-{4 + i % 6:02d}-{1 + i % 28:02d} 20:{i % 60:02d}:00,{1 + i % 9},{'LR'[i % 2]},{('FF', 'CU', 'SL')[i % 3]},"
        f"{80 + i % 15}.5,{72 + i % 13}.5"
        for i in range(200)
    ),
    # marriage licences: a row per bride or groom, three dates, ages in years and parts of a year
    "licences": "appdate,ceremonydate,dob,delay,person,age,prevcount,dayOfBirth\n" + "\n".join(
        f"199{6 + i % 4}-{1 + i % 12:02d}-05,199{6 + i % 4}-{1 + i % 12:02d}-{5 + i % 20:02d},"
        f"19{50 + i % 30}-{1 + i % 12:02d}-11,{i % 20},{('Bride', 'Groom')[i % 2]},{19 + (i * 7) % 40}.{i % 10},{i % 4},"
        f"{1 + (i * 13) % 365}"
        for i in range(60)
    ),
    # quarterly takings per state written '1998 Q1', in millions
    "quarterly_takings": "Date,State,Takings,Occupancy\n" + "\n".join(
        f"{1998 + i // 12} Q{1 + (i // 3) % 4},{('Tasmania', 'Queensland', 'Victoria')[i % 3]},{20 + (i * 37) % 900}.5,"
        f"{50 + i % 30}.0"
        for i in range(144)
    ),
    # counties with their doctors, hospitals and hospital beds; cereals with fiber and calories
    "county_beds": "County,MDs,Hospitals,Beds\n" + "\n".join(
        f'"County {i}, {("PA", "NY", "TX")[i % 3]}",{50 + (i * 97) % 3000},{1 + i % 9},{100 + (i * 53) % 2000}'
        for i in range(60)
    ),
    # daily highs and lows
    "daily_temps": "date,highT,lowT,riders\n" + "\n".join(
        f"2005-{4 + i // 30:02d}-{1 + i % 30:02d},{55 + (i * 7) % 35},{35 + (i * 5) % 25},{150 + (i * 37) % 500}"
        for i in range(90)
    ),
    # hotel bookings, a row each: counts of earlier bookings and of changes are no count of the bookings themselves
    "resort_bookings": "lead_time,adults,babies,company,previous_bookings_not_canceled,booking_changes\n" + "\n".join(
        f"{(i * 37) % 300},{1 + i % 3},{i % 2},{('acme_llc', 'not_applicable', 'zeta_inc')[i % 3]},{i % 4},{i % 3}"
        for i in range(90)
    ),
    # yearly prices with years before each was recorded left empty
    "yearly_prices": "year,eggs,oil,wheat\n" + "\n".join(
        f"{1900 + i},{'' if i < 20 else 200 + (i * 7) % 90},{'' if i < 40 else 10 + (i * 3) % 25},{300 + (i * 37) % 600}"
        for i in range(80)
    ),
    # monthly sales, the month written '1987 Jan'
    "shop_sales": "Month,Sales\n" + "\n".join(
        f"{1987 + i // 12} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[i % 12]},"
        f"{1000 + (i * 317) % 9000}.5"
        for i in range(84)
    ),
    # patients: `AA` a 0/1 code, an age beside a group of the blood's age
    "transfusions": "RBC.Age.Group,Age,AA,Recurrence\n" + "\n".join(
        f"{1 + i % 3},{50 + (i * 7) % 30}.{i % 10},{i % 2},{int(i % 5 == 0)}" for i in range(90)
    ),
    # courses and the departments (`subject`) that offer them
    "course_list": "subject,subject_abbr,course,laboratory\n" + "\n".join(
        f"{('Mathematics', 'History', 'Physics', 'Art')[i % 4]},{('MATH', 'HIST', 'PHYS', 'ART')[i % 4]},Course {i},"
        f"{'true' if i % 5 == 0 else 'false'}"
        for i in range(60)
    ),
    # arrivals per quarter and country of origin, some codes ('NZ', 'UK', 'US')
    "arrivals_by_origin": "Quarter,Origin,Arrivals\n" + "\n".join(
        f"{1990 + i // 16} Q{1 + (i // 4) % 4},{('Japan', 'NZ', 'UK', 'US')[i % 4]},{10000 + (i * 977) % 90000}"
        for i in range(160)
    ),
    # a survey of people, no dates: hours worked last week, relaxing hours a day glued to `hrs`
    "survey_hours": "hrsrelax,hrs1,degree\n" + "\n".join(
        f"{i % 6},{20 + (i * 7) % 50},{('BACHELOR', 'HIGH SCHOOL', 'GRADUATE')[i % 3]}" for i in range(90)
    ),
    # players' heights in inches and metres, named `h_in` and `h_meters`
    "player_heights": "last_name,first_name,h_meters,h_in\n" + "\n".join(
        f"Name{i},First{i % 30},{1.8 + (i % 30) / 100:.2f},{71 + i % 15}" for i in range(80)
    ),
    # daily weather as shares of the day
    "daily_weather": "date,temp,weather_rain,weather_snow\n" + "\n".join(
        f"2010-{1 + i // 28:02d}-{1 + i % 28:02d},{20 + (i * 7) % 60},{(i % 4) / 8},{0 if i % 5 else 0.5}" for i in range(120)
    ),
    # polyps counted at the start, at 3 and at 12 months
    "polyp_counts": "participant_id,sex,age,baseline,treatment,number3m,number12m\n" + "\n".join(
        f"{i},{('female', 'male')[i % 2]},{18 + i},{5 + (i * 7) % 60},{('sulindac', 'placebo')[i % 2]},{3 + (i * 5) % 50},"
        f"{'' if i % 7 == 0 else 2 + (i * 3) % 40}"
        for i in range(1, 23)
    ),
    # a rat's weight each week: `Rat` numbers a group, not an amount to divide by
    "rat_weights": "Rat,week,weight\n" + "\n".join(f"{1 + i % 16},{1 + i // 16},{200 + (i * 7) % 150}" for i in range(160)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "deadliest"; an event named by its year, place and region when the place recurs; deaths kept as decimals
        ("deadly_quakes", "What was the deadliest earthquake?", ['"year"', "area", "region", "deaths DESC", "LIMIT 1"], []),
        ("deadly_quakes", "How many people died in the Area 3 earthquake?", ["SUM(deaths)", "area = 'Area 3'"], []),
        ("deadly_quakes", "What's the total number of people killed?", ["SUM(deaths)"], ["COUNT"]),
        ("deadly_quakes", "Show the 3 strongest earthquakes that hit Japan", ["richter DESC", "region = 'Japan'", "LIMIT 3"], []),
        # "January through June" over month names: all six months
        ("deadly_quakes", "How many earthquakes struck January through June?", ["'March'", "'May'", "'June'"], []),
        # a name 'Member, Bill' is no bill; codes stored with a space; members named for their chamber; for and against
        ("bill_money", "How many members voted on the bill?", ["COUNT(*)"], ["'%Bill'"]),
        ("bill_money", "How many Republicans are in the House?", ["party = ' R'", "chamber = 'house'"], []),
        ("bill_money", "How many senators are there?", ["chamber = 'senate'"], []),
        ("bill_money", "Total money from groups opposing the bill", ["SUM(money_con)"], []),
        ("bill_money", "Which member got the most money from supporters of the bill?", ["money_pro DESC"], []),
        ("bill_money", "Which 3 states have the most members of Congress?", [], []),  # "Congress" is no `money_con`
        # the combined figure; descriptions before codes; a constant column groups nothing; "engine" describes the kind
        ("car_models", "What's the average combined mpg?", ["AVG(comb_mpg)"], ["city_mpg"]),
        ("car_models", "avg city mpg by drive type", ["GROUP BY drive_desc"], ["drive_sys"]),
        ("car_models", "number of cars per fuel type", ["GROUP BY fuel_usage_desc"], ["fuel_cell"]),
        ("car_models", "average combined mpg by engine aspiration type", ["GROUP BY air_aspir_method_desc"], []),
        ("car_models", "average engine size in litres", ["AVG(engine_displacement)"], []),
        ("car_models", "How many cars get from 30 to 40 mpg combined?", ["COUNT(*)", "comb_mpg BETWEEN 30 AND 40"], ["SUM"]),
        ("car_models", "What is the highest highway mpg of any Ford-branded car?", ["MAX(hwy_mpg)", "'Ford'"], []),
        # "the 9th inning"; handedness coded 'L'/'R'; "from July onward" over one season
        ("season_pitches", "How many pitches in the 9th inning?", ['"Inning" = 9'], []),
        ("season_pitches", "average start speed in the first inning", ['AVG("StartSpeed")', '"Inning" = 1'], []),
        ("season_pitches", "How many pitches to left-handed batters?", ["\"BatterHand\" = 'L'"], []),
        ("season_pitches", "How many pitches to lefties?", ["\"BatterHand\" = 'L'"], []),
        ("season_pitches", "How many pitches went right over the plate?", [], []),
        ("season_pitches", "How many pitches were thrown from July onward?", ['MONTH("Time") >= 7'], []),
        # a person's role is no count of people; ages with fractions; "born" is the birth date; a wait is a delay
        ("licences", "How many people are listed?", ["COUNT(*)"], ["DISTINCT"]),
        ("licences", "How many people were in their twenties when they got married?", ["age >= 20", "age < 30"], []),
        ("licences", "How many people were born in the 1960s?", ["YEAR(dob) BETWEEN 1960 AND 1969"], ["dayOfBirth"]),
        ("licences", "longest wait from application to wedding, in days", ["MAX(delay)"], []),
        ("licences", "How many weddings took place in 1998?", ["YEAR(ceremonydate) = 1998"], []),
        ("licences", "total number of previous marriages of the brides", ["SUM(prevcount)", "'Bride'"], []),
        # quarters written '1998 Q1': their years and how many there are; amounts in millions said in millions
        ("quarterly_takings", "Total takings per year", ['YEAR("Date")', 'SUM("Takings")'], []),
        ("quarterly_takings", "Queensland's total takings from 2000 to 2005", ['YEAR("Date") BETWEEN 2000 AND 2005'], []),
        ("quarterly_takings", "How many different quarters does the data cover?", ['COUNT(DISTINCT "Date")'], []),
        ("quarterly_takings", "How many quarters had takings above 500 million?", ['"Takings" > 500'], []),
        ("quarterly_takings", "How many rows had occupancy of at least 70% and takings above 500?",
         ['"Occupancy" >= 70', '"Takings" > 500'], []),
        # figures of two columns on each row: a difference, a ratio
        ("daily_temps", "What's the average difference between the daily high and low temperature?",
         ['AVG("highT - lowT")', '"highT" - "lowT"'], []),
        ("daily_temps", "On which date was the biggest swing between the high and low temperature?",
         ['"highT - lowT" DESC', "LIMIT 1"], []),
        ("county_beds", "Which county has the highest average number of beds per hospital?",
         ['"Beds" / NULLIF("Hospitals", 0)', "DESC", "LIMIT 1"], []),
        ("county_beds", "Where are there the most doctors per hospital bed?", ['"MDs" / NULLIF("Beds", 0)'], []),
        ("rat_weights", "max weight per rat", ['GROUP BY "Rat"', "MAX(weight)"], ["NULLIF"]),
        # the state inside 'Name, ST' values, split off when a state is asked and no column holds one
        ("county_beds", "number of counties per state", ["TRIM(SPLIT_PART(\"County\", ',', -1))", "GROUP BY state"], []),
        ("county_beds", "Which 3 states have the most doctors in total?", ['SUM("MDs")', "GROUP BY state", "LIMIT 3"], []),
        ("county_beds", "How many counties are in the state of Texas?", ["state = 'TX'"], []),
        ("county_beds", "the median doctors among counties with only 2 hospitals. Thanks!", ['MEDIAN("MDs")', '"Hospitals" = 2'],
         []),
        ("resort_bookings", "Which company made the most bookings?", ["COUNT(*)"], ["previous_bookings", "booking_changes"]),
        ("resort_bookings", "How many booking changes in total?", ["SUM(booking_changes)"], []),
        # a column with empty years: "years with a price", "the first year that has one"; "did wheat cost more than"
        ("yearly_prices", "How many years have an egg price?", ['COUNT(DISTINCT "year")', "eggs IS NOT NULL"], []),
        ("yearly_prices", "What is the first year that has an oil price?", ['MIN("year")', "oil IS NOT NULL"], []),
        ("yearly_prices", "How many years have a price recorded for eggs?", ["eggs IS NOT NULL"], []),
        ("yearly_prices", "How many years did wheat cost more than 500?", ["wheat > 500"], []),
        ("yearly_prices", "How many years had an oil price of 20?", ["oil = 20"], ["IS NULL"]),
        # months of a date spanned in one year; a month in the plural
        ("shop_sales", "Total sales for January through June of 1990", ['MONTH("Month") IN (1, 2, 3, 4, 5, 6)'], []),
        ("shop_sales", "How much did the shop sell across all the Marches?", ['MONTH("Month") = 3'], []),
        # "average age" is no `AA`; "the oldest" ranks by the age itself
        ("transfusions", "What is the average age of the patients?", ['AVG("Age")'], ['"AA"']),
        ("transfusions", "How old was the oldest patient?", ['"Age" DESC'], ["RBC"]),
        ("transfusions", "What's the age range of the patients, youngest and oldest?", ['MIN("Age")', 'MAX("Age")'], []),
        # a company written 'not_applicable' is no company to name; departments are the courses' `subject`
        ("resort_bookings", "Which company made the most bookings?", ["company NOT IN ('not_applicable')"], []),
        ("course_list", "Which department offers the most courses?", ["GROUP BY subject", "COUNT(*)"], []),
        ("course_list", "How many different departments offered courses?", ["COUNT(DISTINCT subject)"], []),
        # an `Origin` of countries is the country; "New Zealand" its code 'NZ'; a season's months said again
        ("arrivals_by_origin", "avg arrivals by country", ['GROUP BY "Origin"'], []),
        ("arrivals_by_origin", "How many arrivals came from New Zealand?", ["\"Origin\" = 'NZ'"], []),
        # a survey without dates: "worked last week" is the question asked, not a span before today (but "today" still
        # needs a date); "relaxing" for the glued `hrsrelax`
        ("survey_hours", "What's the average number of hours people worked last week?", ["AVG(hrs1)"], []),
        ("survey_hours", "avg relaxing hours by degree", ["AVG(hrsrelax)", "GROUP BY degree"], []),
        ("survey_hours", "How many hours did people work today?", [], []),
        # `h_in`, `h_meters`: a height; "the tallest"; a row named by its last name comes with its first
        ("player_heights", "avg height in inches", ["AVG(h_in)"], []),
        # "rainy days", "days with at least some snow" over a share of the day: above 0
        ("daily_weather", "number of rainy days per year", ["weather_rain > 0", 'YEAR("date")'], []),
        ("daily_weather", "How many days had at least some snow?", ["weather_snow > 0"], []),
        # `number3m`, `number12m`: the counts at 3 and at 12 months
        ("polyp_counts", "max polyps at 3 months in the placebo group", ["MAX(number3m)", "'placebo'"], []),
        ("polyp_counts", "avg 12 month polyps by sex", ["AVG(number12m)", "GROUP BY sex"], []),
        ("player_heights", "Who is the tallest player?", ["first_name, last_name", "DESC", "LIMIT 1"], []),
        ("arrivals_by_origin", "median arrivals in the summer months of June, July and August",
         ['MONTH("Quarter") IN (6, 7, 8)'], ['MONTH("Quarter") = 6']),
    ],
)  # fmt: skip
def test_round63_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND63_TABLES[table]), question, must, must_not, decline_if_empty=False)


_ROUND67_TABLES = {
    # a trial's levels written as R factors with their number: '1_treatment', '2_male', '0_no'
    "trial_patients": "id,arm,sex,relapse,age,site,asa\n"
    + "\n".join(
        f"{i},{('0_control', '1_treatment')[i % 2]},{('1_female', '2_male')[i % 3 == 0]},{('0_no', '1_yes')[i % 5 == 0]},"
        f"{30 + (i * 7) % 40},{('1_Leeds', '2_York', '3_Bath')[i % 3]},{('0_no', '1_yes')[i % 4 == 0]}"
        for i in range(1, 91)
    ),
    # monthly returns, one column per stock ticker
    "monthly_returns": "month,aapl,msft,ko\n"
    + "\n".join(
        f"20{15 + i // 12}-{1 + i % 12:02d}-01,{((i * 37) % 21 - 10) / 100},{((i * 53) % 19 - 9) / 100},{((i * 29) % 17 - 8) / 100}"
        for i in range(36)
    ),
    # a day's temperature beside its low and high
    "weather_days": "day,temp,temp_min,temp_max,wind\n"
    + "\n".join(
        f"2020-{1 + i % 12:02d}-{1 + i % 28:02d},{10 + i % 15}.5,{4 + i % 15}.0,{16 + i % 15}.0,{i % 9}.5" for i in range(120)
    ),
    # pupils: glued names, years of birth in two digits, sex coded B/G, hands and feet as L/R
    "pupils": "name,birthmonth,birthyear,height,sex,biggerfoot,domhand\n"
    + "\n".join(
        f"Kid{i},{1 + i % 12},{95 + i % 2},{120 + (i * 7) % 30},{'BG'[i % 2]},{'LR'[i % 3 == 0]},{'LR'[i % 4 != 0]}"
        for i in range(40)
    ),
    # one player's games: own and opponent's score, the margin
    "darts_games": "Score,OppScore,Margin,Start\n"
    + "\n".join(
        f"{300 + (i * 37) % 150},{320 + (i * 23) % 120},{(300 + (i * 37) % 150) - (320 + (i * 23) % 120)},"
        f"{('first', 'second')[i % 2]}"
        for i in range(80)
    ),
    "tennis_matches": "points,opp_points,court\n"
    + "\n".join(f"{50 + (i * 13) % 40},{55 + (i * 11) % 35},{('clay', 'grass')[i % 2]}" for i in range(60)),
    "race_times": "runner,year,time\n" + "\n".join(f"R{i},{1950 + i},{55 + (i * 7) % 20}.5" for i in range(60)),
    # visits counted every hour over ten days
    "hourly_visits": "stamp,visits\n"
    + "\n".join(f"2024-05-{1 + i // 24:02d} {i % 24:02d}:00:00,{(i * 17) % 90}" for i in range(240)),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # levels numbered as R writes them ('1_treatment'): matched by their words; a trial's sites are hospitals
        ("trial_patients", "How many patients got the treatment?", ["arm = '1_treatment'"], []),
        ("trial_patients", "How many female patients are older than 50?", ["sex = '1_female'", "age > 50"], []),
        ("trial_patients", "How many patients relapsed in the control arm?", ["relapse = '1_yes'", "'0_control'"], []),
        ("trial_patients", "How many patients are in the trial?", ["COUNT(*)"], ["WHERE"]),
        ("trial_patients", "How many different hospitals took part?", ["COUNT(DISTINCT site)"], []),
        ("trial_patients", "How many patients were taking aspirin?", ["asa = '1_yes'"], []),
        ("trial_patients", "Which arm is older on average?", ["GROUP BY arm", "AVG(age)", "DESC", "LIMIT 1"], []),
        # a column per ticker: named by its company, the returns the rows hold
        ("monthly_returns", "What was Apple's average monthly return?", ["AVG(aapl)"], []),
        ("monthly_returns", "Which month was Microsoft's best?", ["msft DESC", "LIMIT 1"], []),
        ("monthly_returns", "worst coke return", ["MIN(ko)"], []),
        # `temp_min` beside `temp_max` is the minimum, not minutes: "the average temperature" is `temp`
        ("weather_days", "What was the average temperature in July?", ["AVG(temp)"], ["temp_min", "temp_max"]),
        ("weather_days", "What was the hottest temperature?", ["temp_max", "DESC"], []),
        ("weather_days", "lowest temperature in 2020", ["MIN(temp_min)"], []),
        # glued names split at a known word; two-digit years of birth; children coded B/G; L/R for hands and feet
        ("pupils", "How many girls were born in 1996?", ["sex = 'G'", "birthyear = 96"], []),
        ("pupils", "How many pupils are left-handed?", ["domhand = 'L'"], []),
        ("pupils", "How many boys have a bigger left foot than right foot?", ["sex = 'B'", "biggerfoot = 'L'"], ["IN ("]),
        ("pupils", "How many pupils were born between March and May?", ["birthmonth BETWEEN 3 AND 5"], []),
        ("pupils", "Are boys or girls taller on average?", ["GROUP BY sex", "AVG(height)", "DESC", "LIMIT 1"], []),
        ("pupils", "How many boys and how many girls are left-handed?", ["GROUP BY sex", "domhand = 'L'"], []),
        # one's own score over the opponent's; a win is a margin above 0, or a score above the opponent's
        ("darts_games", "What's my average score?", ['AVG("Score")'], ["OppScore"]),
        ("darts_games", "How many games did I win?", ['"Margin" > 0'], []),
        ("darts_games", "How many games did I lose when I went second?", ['"Margin" < 0', "'second'"], []),
        ("darts_games", "What was the average margin?", ['AVG("Margin")'], ["WHERE"]),
        ("tennis_matches", "How many matches did I win on clay?", ["points > opp_points", "'clay'"], []),
        # faster and slower over a time: less and more of it
        ("race_times", "How many runners were faster than 60 seconds?", ["time < 60"], []),
        ("race_times", "How many runs after 1980 were slower than 70 seconds?", ["time > 70", '"year" > 1980'], ["time > 1980"]),
        # days over a finer series: each day's total
        ("hourly_visits", "On average, how many visits are there per day?", ["SUM(visits)", "GROUP BY 1", "AVG(visits)"], []),
        ("hourly_visits", "What was the busiest day?", ["SUM(visits)", "GROUP BY 1", "DESC", "LIMIT 1"], []),
        ("hourly_visits", "How many days had more than 1000 visits?", ["SUM(visits)", "visits > 1000"], []),
        ("hourly_visits", "average visits per hour", ["AVG(visits)"], ["SUM(visits)"]),
        ("hourly_visits", "What's the median number of visits in a one-hour interval?", ["MEDIAN(visits)"], ["SUM("]),
    ],
)  # fmt: skip
def test_round67_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND67_TABLES[table]), question, must, must_not, decline_if_empty=False)


_ROUND68_TABLES = {
    # a weekly series with its weeks written as ISO weeks
    "weekly_output": "Week,Tonnes\n"
    + "\n".join(f"{2001 + i // 52} W{1 + i % 52:02d},{5 + (i * 7) % 30 / 10}" for i in range(260)),
    # a book's price at two sellers, columns named by the seller ('amaz' clipped), a Y/N column called `more`
    "book_prices": "dept,course,campus_new,amaz_new,more\n"
    + "\n".join(
        f"{('Econ', 'Hist', 'Math')[i % 3]},C{i},{20 + (i * 37) % 180}.95,{18 + (i * 29) % 170}.50,{'YN'[i % 4 == 0]}"
        for i in range(60)
    ),
    # a row a day with its weekday as a letter (Thursday 'R', Sunday 'U') and the weather as a word
    "daily_steps": "Steps,Mile,Rain,Day,DayType\n"
    + "\n".join(
        f"{5000 + (i * 377) % 7000},{2 + (i * 7) % 40 / 10},{('rain', 'shine', 'cold')[i % 3]},{'MTWRFSU'[i % 7]},"
        f"{'Weekend' if i % 7 >= 5 else 'Weekday'}"
        for i in range(70)
    ),
    # a survey: a yes/no `smoke` and cigarettes a day at weekends and on weekdays, no dates
    "smoking_answers": "gender,region,smoke,amt_weekends,amt_weekdays\n"
    + "\n".join(
        f"{('Male', 'Female')[i % 2]},{('London', 'Wales', 'Scotland')[i % 3]},{'Yes' if i % 3 == 0 else 'No'},"
        + (f"{5 + i % 20},{4 + (i * 7) % 22}" if i % 3 == 0 else ",")
        for i in range(90)
    ),
    # deaths a day by cause (a long table): the cause's values spelled the British way
    "deaths_by_cause": "date,cause,deaths\n"
    + "\n".join(
        f"1849-{1 + i % 12:02d}-{1 + (i // 12) % 28:02d},{('Cholera', 'Diarrhaea')[i % 2]},{(i * 13) % 400}" for i in range(300)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # ISO weeks '2001 W05' read as the week's Thursday (its year is the week's); "a day" over weeks is a unit
        ("weekly_output", "average tonnes by year", ['YEAR("Week")', 'AVG("Tonnes")', "ISODOW"], []),
        ("weekly_output", "How many weeks in 2003 were above 7 tonnes?", ['YEAR("Week") = 2003', '"Tonnes" > 7'], []),
        ("weekly_output", "avg tonnes per day by year", ['GROUP BY YEAR("Week")'], ['GROUP BY "Week"']),
        # a seller's four letters (`amaz`) for "Amazon"; a price named by its seller, in dollars and cents
        ("book_prices", "avg amazon price", ["AVG(amaz_new)"], []),
        ("book_prices", "What is the average price of a new book on campus?", ["AVG(campus_new)"], []),
        ("book_prices", "How many books cost more than $100 on Amazon?", ["amaz_new > 100"], ["more ="]),
        # "cholera deaths": the deaths of that cause, not its rows counted; "diarrhea" for 'Diarrhaea'
        ("deaths_by_cause", "What is the median number of cholera deaths per day?", ["MEDIAN(deaths)", "'Cholera'"], ["COUNT("]),
        ("deaths_by_cause", "total diarrhea deaths", ["SUM(deaths)", "cause = 'Diarrhaea'"], []),
        ("deaths_by_cause", "What was the highest number of diarrhoea deaths on a single day?", ["MAX(deaths)", "'Diarrhaea'"], []),
        # "per day" with no dates is the unit of a figure; two columns compared after their prepositions; "the smoking
        # rate" is the share of yes
        ("smoking_answers", "avg cigarettes per day at weekends by gender, smokers only",
         ["AVG(amt_weekends)", "GROUP BY gender", "smoke = TRUE"], ["GROUP BY amt_weekends"]),
        ("smoking_answers", "How many smokers smoke more at weekends than on weekdays?", ["amt_weekends > amt_weekdays"], []),
        ("smoking_answers", "smoking rate by region", ["GROUP BY region", "FILTER (WHERE smoke = TRUE)"], []),
        # a row a day: "how many days" counts the rows, not the weekday letters; "per day" is no grouping; weekdays by
        # their letters; "sunny" is 'shine', "weather" the column of weather words
        ("daily_steps", "How many days had rain?", ["COUNT(*)", "\"Rain\" = 'rain'"], ["DISTINCT"]),
        ("daily_steps", "avg steps per day", ['AVG("Steps")'], ["GROUP BY"]),
        ("daily_steps", "average miles on sunny days", ['AVG("Mile")', "'shine'"], ["GROUP BY"]),
        ("daily_steps", "total steps on Thursdays", ['SUM("Steps")', "\"Day\" = 'R'"], []),
        ("daily_steps", "average steps by weather", ['GROUP BY "Rain"'], []),
        ("daily_steps", "average steps by day of the week", ['GROUP BY "Day"'], []),
    ],
)  # fmt: skip
def test_round68_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND68_TABLES[table]), question, must, must_not, decline_if_empty=False)


_ROUND69_TABLES = {
    # R's frame name before each column (`Ketchup.hid`), and a price column per brand beside the brand chosen
    "ketchup_buys": "Ketchup.hid,Ketchup.id,Ketchup.choice,price.heinz,price.hunts,price.delmonte\n"
    + "\n".join(
        f"{1 + i // 3},{1 + i % 3},{('heinz', 'hunts', 'delmonte')[i % 3]},{1.0 + i % 5 / 10},{0.9 + i % 4 / 10},{1.1 + i % 3 / 10}"
        for i in range(90)
    ),
    # a column per year (`year_2010`) over rows of three figures per country
    "gdp_wide": "country,description,year_2000,year_2010\n"
    + "\n".join(
        f"{c},{d},{1000 + (k * 37) % 900}.0,{1200 + (k * 53) % 900}.0"
        for k, (c, d) in enumerate(
            (c, d) for c in ("World", "France", "Peru", "Chad") for d in ("GDP", "GDP growth", "GDP per capita")
        )
    ),
    # flights: airports by code, on time as yes/no
    "airport_flights": "airline,airport,OnTime\n"
    + "\n".join(f"{('American', 'Delta')[i % 2]},{('ORD', 'LGA')[i % 3 == 0]},{('yes', 'no')[i % 5 == 0]}" for i in range(100)),
    # a course's students by semester, written as a year and its term
    "course_terms": "semester,sex,exam1,course_grade\n"
    + "\n".join(
        f"{2000 + i % 4}-{1 + i % 2},{('Man', 'Woman')[i % 3 == 0]},{50 + (i * 7) % 50}.5,{55 + (i * 11) % 45}.25"
        for i in range(80)
    ),
    # a runner's log: its rows are runs; pace in minutes per mile
    "runner_log": "Date,Miles,PaceMin\n"
    + "\n".join(
        f"{2003 + i // 40}-{1 + i % 12:02d}-{1 + i % 28:02d},{3 + (i * 7) % 20}.0,{6 + (i * 13) % 40 / 10}" for i in range(120)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the frame's name is the table's, not a word of each column; a brand said beside "price" is its price column
        ("ketchup_buys", "How many ketchup purchases are in the data?", ["COUNT("], ["SUM("]),
        ("ketchup_buys", "How many different households are there?", ['COUNT(DISTINCT "Ketchup.hid")'], []),
        ("ketchup_buys", "What is the average price of Hunts?", ['AVG("price.hunts")'], ["WHERE"]),
        ("ketchup_buys", "median price of Del Monte", ['MEDIAN("price.delmonte")'], ["WHERE"]),
        ("ketchup_buys", "How many times was Heinz bought?", ["\"Ketchup.choice\" = 'heinz'"], []),
        # a year names its `year_2010` column; "excluding"/"leave out" take a value out; a rate nothing holds is declined
        ("gdp_wide", "What was the GDP per capita of France in 2010?", ["year_2010", "'GDP per capita'", "'France'"], []),
        ("gdp_wide", "average GDP growth in 2000, excluding World", ["AVG(year_2000)", "country != 'World'"], []),
        ("gdp_wide", "Which country had the highest GDP in 2010? Leave out the World row.", ["country != 'World'"], []),
        ("gdp_wide", "What was the unemployment rate in France in 2010?", [], []),
        # airports by their names; "late" is no to `OnTime`
        ("airport_flights", "How many Delta flights out of O'Hare were late?", ["airport = 'ORD'", '"OnTime" = FALSE'], []),
        ("airport_flights", "How many flights left from LaGuardia?", ["airport = 'LGA'"], []),
        # a log's rows; "the fastest pace" is the fewest minutes per mile, "minutes per mile" no grouping
        ("runner_log", "What was the longest run in miles?", ['"Miles"', "DESC"], []),
        ("runner_log", "What was the fastest pace?", ['"PaceMin"'], ["DESC"]),
        ("runner_log", "average pace in minutes per mile for each year", ['GROUP BY YEAR("Date")'], ['"Miles"']),
        # a semester '2001-2' is a code, not February 2001
        ("course_terms", "average course grade for the men in the 2001-2 semester", ["semester = '2001-2'", "'Man'"], ["STRPTIME"]),
        ("course_terms", "How many students were there in each semester?", ["GROUP BY semester"], ["STRPTIME"]),
    ],
)  # fmt: skip
def test_round69_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND69_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND70_TABLES = {
    # lab animals on diets coded by initials ('hf' high fat, 'lf' low fat)
    "lab_rats": "weight_g,sex,diet\n"
    + "\n".join(f"{200 + (i * 17) % 150}.5,{'FM'[i % 2]},{('hf', 'lf', 'chow')[i % 3]}" for i in range(90)),
    # brick mixes: ingredient amounts that are 0 when unused, an age in days, a strength in MPa
    "brick_mixes": "clay,sand,lime,age,strength\n"
    + "\n".join(
        f"{300 + (i * 13) % 200},{0 if i % 4 == 0 else 100 + (i * 7) % 90},{0 if i % 3 else 20 + i % 40},{(1, 7, 28, 90, 365)[i % 5]},{5 + (i * 11) % 60}.5"
        for i in range(100)
    ),
    # a walker's log: distances in kilometres, and a yes/no `Long` flag beside them
    "walk_log": "Date,Km,Long\n"
    + "\n".join(
        f"2022-{1 + i % 12:02d}-{1 + i % 28:02d},{(3.0, 5.0, 10.0, 21.1, 12.5)[i % 5]},{int(i % 5 >= 2)}" for i in range(100)
    ),
    # a shop trial: a coupon handed out or not (empty), and whether the shopper bought (`Buy`)
    "coupon_trial": "Coupon,Buy\n" + "\n".join(f"{('Cash', 'Gift', '')[i % 3]},{int(i % 4 == 0)}" for i in range(120)),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a code made of the initials of the words said before the column's name
        ("lab_rats", "How many rats were on the high fat diet?", ["diet = 'hf'"], []),
        ("lab_rats", "average weight of female rats on a low fat diet", ["diet = 'lf'", "sex = 'F'"], []),
        # an amount used or not; an age counted in days; a unit of pressure names the strength; "weakest"
        ("brick_mixes", "How many mixes use lime?", ["lime > 0"], []),
        ("brick_mixes", "average strength of the mixes without lime", ["AVG(strength)", "lime = 0"], []),
        ("brick_mixes", "How many mixes had neither lime nor sand?", ["lime = 0", "sand = 0"], []),
        ("brick_mixes", "How many bricks were tested at 28 days?", ["age = 28"], []),
        ("brick_mixes", "average strength of bricks cured for 365 days or more", ["age >= 365"], ["strength >="]),
        ("brick_mixes", "How many bricks were stronger than 30 MPa?", ["strength > 30"], []),
        ("brick_mixes", "Show the 3 weakest bricks with their clay and sand", ["ORDER BY strength ASC"], []),
        # "N km or longer" is a bound on the distance, not the yes/no `Long`; "walks of 10 km" an equality
        ("walk_log", "How many walks were 10 km or longer?", ['"Km" >= 10'], ['"Long"']),
        ("walk_log", "What share of walks were 5 km or shorter?", ['"Km" <= 5'], ['"Long"']),
        ("walk_log", "How many walks of 21.1 km are there?", ['"Km" = 21.1'], []),
        # a value left empty when nothing was given; "either ... or" conditions; the rate is of the word before it
        ("coupon_trial", "How many shoppers got a coupon?", ['"Coupon" IS NOT NULL'], []),
        ("coupon_trial", "How many shoppers weren't given any coupon at all?", ['"Coupon" IS NULL'], ["NOT"]),
        ("coupon_trial", "How many shoppers either got the gift coupon or decided to buy?", ["OR"], []),
        ("coupon_trial", "the buying rate of shoppers who did not get any coupon", ['"Coupon" IS NULL', '"Buy" = 1'], ["NOT"]),
        ("coupon_trial", "Is it rude to hand out a coupon?", [], []),
        # a measure nothing holds, asked over a count reading
        ("brick_mixes", "What was the blood pressure of each worker before the test?", [], []),
    ],
)  # fmt: skip
def test_round70_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND70_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND71_TABLES = {
    # a town's fun runs: races named '5k' and '10k', a chip time in minutes, a city typed in several cases
    "fun_runs": "date,race,first_name,sex,age,city,chip_time_minutes\n"
    + "\n".join(
        f"{2019 + i % 2}-06-0{1 + i % 2},{('5k', '10k')[i % 3 == 0]},Runner{i},{'MF'[i % 2]},{18 + (i * 7) % 60},"
        f"{('Duluth', 'DULUTH', 'Superior', 'duluth')[i % 4]},{20 + (i * 13) % 70}.5"
        for i in range(120)
    ),
    # chips: a process size in nm beside the processors the rows are; release dates
    "chip_list": "vendor,model,cores,process,released\n"
    + "\n".join(
        f"{('Acme', 'Zen')[i % 2]},M{i},{(2, 4, 8, 16)[i % 4]},{(7, 14, 22)[i % 3]},20{15 + i % 6}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        for i in range(90)
    ),
    # monthly employment by sector, kept in thousands of people
    "sector_jobs": "Month,Title,Employed\n"
    + "\n".join(
        f"{1990 + i // 24} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[i // 2 % 12]},"
        f"{('Retail', 'Government')[i % 2]},{600 + (i * 997) % 25000}.0"
        for i in range(240)
    ),
    # couples: ages and heights (mm) of each spouse, the wife's age at marriage
    "couples": "age_husband,age_wife,ht_husband,ht_wife,age_wife_at_marriage\n"
    + "\n".join(
        f"{30 + (i * 7) % 40},{'' if i % 9 == 0 else 28 + (i * 5) % 40},{1600 + (i * 37) % 350},{1500 + (i * 29) % 300},"
        f"{18 + i % 15}"
        for i in range(100)
    ),
    # birds coded by the initials of their names ('RT' red-tailed, 'CH' Cooper's hawk) and ages 'A'/'I'
    "hawk_banding": "Species,Age,Sex,Weight,Wing\n"
    + "\n".join(
        f"{('RT', 'CH', 'SS')[i % 3]},{'AI'[i % 4 == 0]},{'FM'[i % 2]},{100 + (i * 37) % 1200},{180 + i % 200}" for i in range(90)
    ),
    # exam takers, race coded 'W'/'B'/'H'
    "exam_takers": "Race,Position,Oral,Written\n"
    + "\n".join(
        f"{'WBH'[i % 3]},{('Captain', 'Lieutenant')[i % 2]},{50 + (i * 7) % 45}.5,{55 + (i * 11) % 45}" for i in range(80)
    ),
    # a panel: one row per sector and month, the sector in `Title` (the table's name says "sector")
    "us_sector_jobs": "Month,Title,Employed\n"
    + "\n".join(
        f"{2000 + m // 12}-{1 + m % 12:02d}-01,{t},{500 + (m * 37 + k * 911) % 9000}.0"
        for m in range(36)
        for k, t in enumerate(("Mining", "Retail Trade", "Government", "Information", "Construction"))
    ),
    # a row per centre and week: "per week" is each row's own figure
    "centre_weeks": "center,week,late_pickups,group\n"
    + "\n".join(f"{c},{w},{(c * 7 + w * 3) % 20},{('test', 'control')[c % 2]}" for c in range(1, 11) for w in range(1, 21)),
    # used cars: prices and mileage kept in thousands
    "car_ads": "Model,Age,Price,Mileage\n"
    + "\n".join(
        f"{('Civic', 'Corolla', 'Golf')[i % 3]},{1 + i % 12},{4 + (i * 7) % 25}.5,{10 + (i * 13) % 140}.0" for i in range(90)
    ),
    # patients accepted in a two-digit year, alive or dead at the study's end
    "transplant_patients": "id,acceptyear,age,survived,transplant\n"
    + "\n".join(
        f"{i},{67 + i % 8},{30 + (i * 7) % 30},{('alive', 'dead')[i % 3 != 0]},{('treatment', 'control')[i % 2]}"
        for i in range(80)
    ),
    # spells out of work: the table's rows are spells, beside a yes/no `spell` (ended in a job); weeks in `duration`
    "job_spells": "duration,spell,sex,reason\n"
    + "\n".join(
        f"{1 + (i * 7) % 60},{i % 2},{('male', 'female')[i % 3 == 0]},{('lose', 'leave', 'new')[i % 3]}" for i in range(90)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a race named '5k' is that value, not 5,000; "time" is the one timed column; "who won" the fewest minutes
        ("fun_runs", "How many runners finished the 10k in 2020?", ["race = '10k'", "2020"], ["10000"]),
        ("fun_runs", "avg 5k time by sex", ["AVG(chip_time_minutes)", "race = '5k'", "GROUP BY sex"], []),
        ("fun_runs", "Who won the 2019 10k?", ["ORDER BY chip_time_minutes ASC", "LIMIT 1"], []),
        ("fun_runs", "How many finishers were in their 40s?", ["age BETWEEN 40 AND 49"], ["YEAR("]),
        ("fun_runs", "How many runners came from Duluth?", ["city IN (", "'Duluth'", "'DULUTH'", "'duluth'"], []),
        # "processors" are the rows, not the `process` size; "core count" is the cores; "most often released"
        ("chip_list", "Which vendor has the most processors?", ["COUNT(*)", "GROUP BY vendor"], ["process"]),
        ("chip_list", "average core count of processors released in 2019", ["AVG(cores)", "YEAR(released) = 2019"], ["GROUP BY"]),
        ("chip_list", "On which day of the week were processors most often released?", ["DAYNAME(released)", "COUNT(*)"], []),
        # "20 million people" over a column kept in thousands
        ("sector_jobs", "In how many months did Government employ more than 20 million people?", ['"Employed" > 20000'], []),
        # two spouses' columns compared, row by row; feet over millimetres; "when they got married"; a missing age
        ("couples", "In how many couples is the wife taller than her husband?", ["ht_wife > ht_husband"], []),
        ("couples", "how many husbands are younger than their wives", ["age_husband < age_wife"], []),
        ("couples", "On average, how many years older is the husband than the wife?", ["age_husband - age_wife", "AVG("], []),
        ("couples", "How many husbands are over six feet tall?", ["ht_husband > 1828.8", "COUNT(*)"], ["SUM("]),
        ("couples", "What was the average age of the wives when they got married?", ["AVG(age_wife_at_marriage)"], []),
        ("couples", "For how many couples is the wife's age missing?", ["age_wife IS NULL"], []),
        # codes made of the initials of a name, and letters for a category's words (race, age)
        ("hawk_banding", "How many red-tailed hawks were caught?", ["'RT'"], []),
        ("hawk_banding", "What is the average weight of a Cooper's hawk?", ["'CH'", 'AVG("Weight")'], []),
        ("hawk_banding", "What share of the hawks were adults?", ["'A'"], []),
        ("exam_takers", "How many Hispanic candidates scored above 80 on the oral exam?", ["'H'", '"Oral" > 80'], []),
        ("exam_takers", "Which racial group had the highest average written score?", ['GROUP BY "Race"'], []),
        ("exam_takers", "How many people scored 90 or above on the written test?", ['"Written" >= 90'], ['"Written" = 90']),
        ("exam_takers", "average difference between the written score and the oral score (written minus oral)",
         ['"Written" - "Oral"'], []),
        # the table's rows beside a yes/no column of their name; weeks over a lone `duration`; why a job ended
        ("job_spells", "How many job spells are in the data?", ["COUNT(*)"], ["spell = 1"]),
        ("job_spells", "average weeks unemployed by sex", ["AVG(duration)", "GROUP BY sex"], []),
        ("job_spells", "How many women were out of work for more than 20 weeks?", ["duration > 20", "'female'"], []),
        ("job_spells", "What was the longest spell for people who lost their job?", ["MAX(duration)", "reason = 'lose'"], []),
        ("job_spells", "How many spells are there for each reason for becoming unemployed?", ["GROUP BY reason"], []),
        # a panel's label named by the table's word; a rate per week over a row per week; amounts kept in thousands
        ("us_sector_jobs", "How many sectors are in the data?", ['COUNT(DISTINCT "Title")'], []),
        ("us_sector_jobs", "avg employed by sector", ['GROUP BY "Title"', 'AVG("Employed")'], []),
        ("centre_weeks", "avg late pickups per week by group", ["AVG(late_pickups)", 'GROUP BY "group"'], ["SELECT week"]),
        ("car_ads", "How many cars are priced between $11k and $14.5k?", ['"Price" BETWEEN 11 AND 14.5'], []),
        ("car_ads", "average mileage of cars that cost $19,000 or more", ['"Price" >= 19'], ["19000"]),
        ("car_ads", "How many Golfs have more than 100,000 miles?", ['"Mileage" > 100', "'Golf'"], []),
        ("car_ads", "How many cars are 3 years old or newer?", ['"Age" <= 3'], []),
        # a year is counted, never added up; "at the end of the study" is the state the data records
        ("transplant_patients", "How many patients were accepted in 1970?", ["COUNT(*)", "acceptyear = 70"], ["SUM("]),
        ("transplant_patients", "How many patients were still alive at the end of the study?", ["survived = 'alive'"], []),
    ],
)  # fmt: skip
def test_round71_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND71_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND73_TABLES = {
    # uses of force: a table named for its rows, an offense code 'FORCE' beside a `force_type`
    "force_incidents": "response_date,force_type,primary_offense,precinct,subject_injury,age\n"
    + "\n".join(
        f"20{18 + i % 4}-{1 + i % 12:02d}-{1 + i % 27:02d},{('Taser', 'Bodily Force', 'Chemical Irritant')[i % 3]},"
        f"{('FORCE', 'ASLT2', 'THEFT', 'DISCON')[i % 4]},{1 + i % 5},{('Yes', 'No', '')[i % 3]},{18 + (i * 7) % 50}"
        for i in range(150)
    ),
    # care centres numbered 1-8, a row per centre and week; air readings with a day of the month 1-31
    "care_centres": "center,week,group,children,late_pickups\n"
    + "\n".join(
        f"{1 + i // 12},{1 + i % 12},{('test', 'control')[i // 12 % 2]},{30 + i // 12},{(i * 7) % 13}" for i in range(96)
    ),
    "air_readings": "Month,Day,Ozone,Wind\n"
    + "\n".join(f"{5 + i // 31},{1 + i % 31},{(i * 17) % 120},{(i * 3) % 20}.5" for i in range(124)),
    # incident reports with a long free-text summary that ends in a month and year
    "incident_reports": "report_date,category,summary\n"
    + "\n".join(
        f'20{13 + i % 3}-{1 + i % 12:02d}-{1 + i % 27:02d},{("Theft", "Loss")[i % 2]},"A laptop holding the records of {100 + i} '
        f'people was taken from a parked car and the office told everyone who was affected in December 2014"'
        for i in range(60)
    ),
    # programs with a median of earnings each; towns' populations by year
    "program_outcomes": "program,state,earnings_med\n"
    + "\n".join(f"Program {i},{('OH', 'TX', 'CA')[i % 3]},{20000 + (i * 733) % 40000}" for i in range(60)),
    "town_population": "town,year,population\n"
    + "\n".join(f"{('Springfield', 'Shelbyville')[i % 2]},{2000 + i // 2},{10000 + i * 150}" for i in range(22)),
    # daily lows and highs in packed names; hotel stays flagged near Christmas
    "daily_temps": "date,tmin,tmax\n"
    + "\n".join(
        f"{1990 + i // 365}-{1 + (i // 31) % 12:02d}-{1 + i % 28:02d},{20 + (i * 13) % 60}.5,{45 + (i * 17) % 62}.5"
        for i in range(1460)
    ),
    "hotel_nights": "arrival_date,near_christmas,nights\n"
    + "\n".join(f"2019-{1 + i % 12:02d}-{1 + i % 28:02d},{int(i % 12 == 11)},{1 + i % 6}" for i in range(80)),
    # breaches: lists of where and how, with long items; a yes/no column "no" might be read as
    "data_breaches": "entity_name,state,entity_type,individuals_affected,submission_date,breach_type,location,associate_present\n"
    + "\n".join(
        f"Clinic {i},{('TX', 'CA', 'NY')[i % 3]},{('Health Plan', 'Healthcare Provider')[i % 2]},{500 + (i * 991) % 90000},"
        f"20{10 + i % 5}-{1 + i % 12:02d}-{1 + i % 27:02d},"
        f'"{("Theft", "Theft, Loss", "Hacking/IT Incident", "Loss", "Theft, Other")[i % 5]}",'
        f'"{("Laptop", "Desktop Computer, Laptop", "Other Portable Electronic Device", "Other, Other Portable Electronic Device", "Email")[i % 5]}",'
        f"{('True', 'False')[i % 2]}"
        for i in range(100)
    ),
    # airlines by year, numbered 1-6
    "airlines": "firm,year,cost,output\n" + "\n".join(f"{1 + i % 6},{1970 + i // 6},{1000 + i * 37},{50 + i}" for i in range(90)),
    # people surveyed: hours, commute, income, employment; no state
    "people_survey": "income,employment,hrs_work,age,gender,citizen,time_to_work\n"
    + "\n".join(
        f"{(i * 1973) % 90000},{('employed', 'unemployed', 'not in labor force')[i % 3]},{20 + i % 40},{18 + i % 60},"
        f"{('male', 'female')[i % 2]},{('yes', 'no')[i % 4 == 0]},{5 + (i * 7) % 60}"
        for i in range(120)
    ),
    # colleges by year with counts of former students working and not working
    "college_outcomes": "inst_name,state_abbr,year,earnings_med,count_not_working,count_working\n"
    + "\n".join(
        f"College {i % 40},{('FL', 'GA', 'OH', 'CA')[i % 4]},{2012 + i // 40},{'' if i % 7 == 0 else 25000 + (i * 331) % 30000},{10 + i % 90},{100 + i * 3}"
        for i in range(120)
    ),
    # school districts numbered one a row, named (some names shared) within counties
    "school_districts": "district,school,county,students,computer,read,math,calworks\n"
    + "\n".join(
        f"{60000 + i * 7},{('Lakeside Union', f'District {i}')[i % 20 != 0]},{('Kern', 'Fresno', 'Sonoma', 'Marin')[i % 4]},"
        f"{100 + (i * 97) % 5000},{10 + i % 300},{600 + i % 90}.5,{610 + (i * 3) % 90}.5,{(i * 7) % 60}.5"
        for i in range(80)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # the table's own word is what the rows are, not a value of a code column it also spells
        ("force_incidents", "How many uses of force were there in 2020?", ["COUNT(*)"], ["'FORCE'"]),
        ("force_incidents", "how many kinds of force are recorded", ["COUNT(DISTINCT force_type)"], ["'FORCE'"]),
        # things numbered 1 to n, a row per thing and week, are counted once each (days of a month are not)
        ("care_centres", "How many centres are in the study?", ["COUNT(DISTINCT center)"], []),
        ("care_centres", "How many centers were in the test group?", ["COUNT(DISTINCT center)", "'test'"], []),
        ("care_centres", "Top 3 centres by total late pickups", ["GROUP BY center", "SUM(late_pickups)"], []),
        ("air_readings", "How many days had ozone above 50?", ["COUNT(*)"], ["DISTINCT"]),
        # a free-text summary's last words are no name of a value
        ("incident_reports", "How many reports were filed in December 2014?", ["MONTH(report_date) = 12"], ["summary ="]),
        # a statistic the column's name holds clipped; a change between two years
        ("program_outcomes", "Which 3 programs have the lowest median earnings?", ["ORDER BY earnings_med ASC"], ["MEDIAN("]),
        ("town_population", "How much did Springfield's population grow from 2000 to 2010?",
         ['FILTER (WHERE "year" = 2010) - SUM(population) FILTER (WHERE "year" = 2000)'], ["BETWEEN"]),
        ("town_population", "By how much did the population of Shelbyville drop between 2001 and 2009?",
         ['FILTER (WHERE "year" = 2001) - SUM(population) FILTER (WHERE "year" = 2009)'], []),
        # lows and highs in packed names, said as lows, highs, overnight, hitting a heat
        ("daily_temps", "On which date was the highest temperature recorded?", ["ORDER BY tmax DESC"], ["tmin"]),
        ("daily_temps", "What was the lowest daily high temperature?", ["tmax"], ["tmin"]),
        ("daily_temps", "Which 5 years had the coldest average overnight lows?", ["AVG(tmin)"], []),
        ("daily_temps", "How many days had a low under 32 but a high above 70?", ["tmin < 32", "tmax > 70"], []),
        ("daily_temps", "Which year had the most days hitting 100 degrees or higher?", ["COUNT(*)", "tmax >= 100"], ["MAX("]),
        # holidays on a fixed day, unless the data names them
        ("daily_temps", "What was the average low on Christmas Day?", ['MONTH("date") = 12', 'DAY("date") = 25'], []),
        ("hotel_nights", "How many stays were around Christmas?", ["near_christmas"], ["DAY("]),
        # lists of items (some long); "only", "no other"; "no" before a noun is no yes/no value
        ("data_breaches", "How many breaches involved a laptop?", ["(location", "'Laptop'"], ["location = 'Laptop'"]),
        ("data_breaches", "How many breaches were classified only as Theft, with no other breach type listed?",
         ["breach_type = 'Theft'"], ["associate_present", "'Other'"]),
        # the table's rows after "per"; a share of people counted in a column; the largest in each group
        ("data_breaches", "average individuals affected per breach", ["AVG(individuals_affected)"], ["GROUP BY"]),
        ("airlines", "total cost per airline", ["GROUP BY firm"], []),
        ("data_breaches", "What percentage of all affected individuals came from breaches at health plans?",
         ["SUM(individuals_affected) FILTER"], []),
        ("data_breaches", "biggest single breach in each state", ["MAX(individuals_affected)", "GROUP BY state"], []),
        ("data_breaches", "What's the most recent breach submission date for Texas?", ["MAX(submission_date)", "'TX'"], []),
        # hours a week on average; having a job; commute time; a state nobody recorded
        ("people_survey", "On average, how many hours a week do employed people work?", ["AVG(hrs_work)", "'employed'"], []),
        ("people_survey", "What's the median income for people who have a job?", ["MEDIAN(income)", "'employed'"], []),
        ("people_survey", "Average commute time for citizens vs non-citizens?", ["AVG(time_to_work)"], ["income"]),
        ("force_incidents", "Which force type is most common among the subjects?", ["GROUP BY force_type"], ["subject_injury"]),
        ("force_incidents", "How many subjects were injured in 2019?", ["subject_injury"], []),
        ("college_outcomes", "How many colleges are missing median earnings in 2014?", ["earnings_med IS NULL"], []),
        ("people_survey", "Which state has the highest income?", [], []),
        ("college_outcomes", "What is the average tuition at colleges in Ohio?", [], []),
        # former students working or not, counted in columns; "those two states" after naming them
        ("college_outcomes", "What is the total number of former students who were working in 2014?",
         ["SUM(count_working)"], ["> 0"]),
        ("college_outcomes", "What was the total number of former students not working in 2012?",
         ["SUM(count_not_working)"], []),
        ("college_outcomes", "Compare Florida and Georgia: the average median earnings in each of those two states",
         ["'FL'", "'GA'", "AVG(earnings_med)"], []),
        # "reading" names `read`; a shared name shown with its county; districts counted as rows; ranges; percents
        ("school_districts", "List the 5 districts with the lowest reading scores.", ["ORDER BY read ASC", "county"], []),
        ("school_districts", "Which counties have at least 10 districts?", ["HAVING COUNT(*) >= 10"], ["district >="]),
        ("school_districts", "What's the range of math scores, lowest to highest?", ["MIN(math)", "MAX(math)"], []),
        ("school_districts", "median number of computers per district by county", ["MEDIAN(computer)"], ["NULLIF"]),
        ("school_districts", "Which district has the largest percentage of students qualifying for CalWorks?",
         ["ORDER BY calworks DESC"], []),
    ],
)  # fmt: skip
def test_round73_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND73_TABLES[table]), question, must, must_not, decline_if_empty=True)


def test_counted_things_and_a_change_are_said_in_the_questions_words() -> None:
    """ "How many centres": "10 centres (distinct values of `center`)"; a change between years names the rows it is of
    once, apart from the two sides."""
    from querychat.engines.answers import compose_answer
    from querychat.engines.base import Preview
    from querychat.engines.intent import ColRef, Filter, Intent

    counted = Intent("care", "count_distinct", measure="center", entity="centres")
    text = compose_answer(counted, Preview(("distinct_center",), ((10,),), 1))
    assert text.startswith("There are **10** centres (distinct values of `center`)"), text
    change = Intent("towns", "difference", agg="sum", measure="population", filters=(Filter(ColRef("town"), "=", "Springfield"),),
                    share_of=Filter(ColRef("year"), "=", 2010), versus=Filter(ColRef("year"), "=", 2000))  # fmt: skip
    text = compose_answer(change, Preview(("a", "b", "difference"), ((13150, 10000, 3150),), 1))
    assert "(of the rows where town is Springfield)" in text and "a difference of **3,150**" in text, text


_ROUND74_TABLES = {
    # a survey's real income packed as `realrinc`, by year
    "survey_pay": "year,realrinc,gender,wrkstat\n"
    + "\n".join(
        f"{1990 + i % 20},{'' if i % 9 == 0 else 5000 + (i * 1777) % 150000},{('Male', 'Female')[i % 2]},"
        f"{('Full-Time', 'Part-Time', 'Retired')[i % 3]}"
        for i in range(200)
    ),
    # countries: GDP per person as `ppgdp`, a percent urban, fertility with gaps, a region with gaps
    "country_stats": "country,region,ppgdp,pctUrban,fertility\n"
    + "\n".join(
        f"Country {i},{('' if i % 11 == 0 else ('Asia', 'Europe', 'Oceania', 'Africa')[i % 4])},{500 + (i * 977) % 90000}.5,"
        f"{(i * 13) % 100},{'' if i % 7 == 0 else round(1.1 + (i % 50) / 10, 2)}"
        for i in range(120)
    ),
    # a walker's days: the weekday by its letter, a 0/1 walk, calories as `Kcal`
    "walk_log": "StepCount,Kcal,Miles,Weather,Day,Walk\n"
    + "\n".join(
        f"{2000 + (i * 379) % 14000},{(i * 7) % 400},{round(1 + (i % 40) / 8, 1)},{('shine', 'cold', 'rain')[i % 3]},"
        f"{'MTWRFSU'[i % 7]},{i % 2}"
        for i in range(140)
    ),
    # taxi rides: tipped or not
    "cab_rides": "tip,distance,company,dow,hour\n"
    + "\n".join(
        f"{('yes', 'no')[i % 3 == 0]},{round((i * 37) % 300 / 10, 2)},{('Flash Cab', 'Sun Taxi', 'other')[i % 3]},"
        f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[i % 7]},{i % 24}"
        for i in range(150)
    ),
    # a House vote: a 0/1 vote on a bill, a 0/1 `Rep`, members some called Bill, uninsured shares as fractions
    "us_house_members": "STATE,Party,Rep,Member,BILLvote,uni2013,uni2015,uniChange\n"
    + "\n".join(
        f"{('New York', 'Texas', 'Ohio')[i % 3]},{('R', 'D')[i % 2]},{1 - i % 2},{('Bill', 'Ann', 'Joe')[i % 3]} Person{i},"
        f"{(i // 2) % 2},{0.1 + (i % 20) / 100:.3f},{0.08 + (i % 15) / 100:.3f},{0.02 + (i % 5) / 100:.3f}"
        for i in range(90)
    ),
    # ballplayers' salaries by full team name
    "mlb_pay_2010": "player,team,position,salary\n"
    + "\n".join(
        f"{('Derek', 'Alex', 'Mark', 'Chris', 'David')[i % 5]} {('Jeter', 'Rodriguez', 'Teixeira', 'Young', 'Ortiz', 'Lee')[i % 6]}{'' if i < 30 else i},"
        f"{('New York Yankees', 'Boston Red Sox', 'Chicago Cubs')[i % 3]},{('Pitcher', 'First Baseman', 'Catcher')[i % 3]},"
        f"{400 + (i * 331) % 20000}"
        for i in range(90)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "income" ending a packed name; an amount of money is never a year
        ("survey_pay", "avg income by gender", ["AVG(realrinc)", "GROUP BY gender"], []),
        ("survey_pay", "How many people earn more than $100,000 a year?", ["realrinc > 100000"], ['"year" >']),
        # GDP per person (`pp`), people living in cities (`pctUrban`), a unit after "per", figures known, gaps skipped
        ("country_stats", "Which country has the highest GDP per person?", ["ORDER BY ppgdp DESC"], []),
        ("country_stats", "How many countries have more than 90 percent of their people living in cities?",
         ['"pctUrban" > 90'], []),
        ("country_stats", "Of the countries that have a fertility figure, what percentage are below 2.1 children per woman?",
         ["fertility < 2.1", "fertility IS NOT NULL"], []),
        ("country_stats", "avg fertility by region (skip the ones with no region)", ["region IS NOT NULL"], []),
        ("country_stats", "Could you list the countries in Oceania where fewer than 30% of people live in cities?",
         ['country, "pctUrban"', "'Oceania'"], []),
        # a weekday kept as its letter: "by weekday", "weekends"; "days" are the rows; both answers side by side
        ("walk_log", "avg miles by weekday", ['GROUP BY "Day"'], []),
        ("walk_log", "What's the average number of steps on weekends?", ["IN ('S', 'U')"], []),
        ("walk_log", "On how many cold days did the dog get walked?", ["COUNT(*)", "'cold'"], ["DISTINCT"]),
        ("walk_log", "What's the median distance in miles on days when the dog got a walk?", ['MEDIAN("Miles")'], ["GROUP BY"]),
        ("walk_log", "Compare the average calories burned on days the dog was walked with days it wasn't",
         ['GROUP BY "Walk"', 'AVG("Kcal")'], []),
        ("walk_log", "What is the difference between the most and the fewest steps taken in a day?", ['MAX("StepCount") - MIN('], []),
        # taxi rides are the rows; tipped versus not tipped
        ("cab_rides", "What was the longest ride, in miles?", ["distance"], []),
        ("cab_rides", "Is the average distance different for rides that were tipped versus not tipped?",
         ["GROUP BY tip", "AVG(distance)"], ["DISTINCT"]),
        # a yes/no vote: against, no, yes against no; "the bill" is no member called Bill; representatives are the rows
        ("us_house_members", "How many Republicans voted against the bill?", ['"BILLvote" = 0'], ["Member"]),
        ("us_house_members", "How many New York representatives voted no?", ['"BILLvote" = 0'], ['"Rep"']),
        ("us_house_members", "the average 2015 uninsured rate for members who voted yes compared with those who voted no",
         ['GROUP BY "BILLvote"', "AVG(uni2015)"], []),
        ("us_house_members", "avg drop in uninsured rate by party", ['AVG("uniChange")'], []),
        ("us_house_members", "How many districts had an uninsured rate between 15% and 20% in 2015?", ["BETWEEN 0.15 AND 0.2"], []),
        # a proper name's last word; a player by name and what he made; "first basemen"
        ("mlb_pay_2010", "average salary for the yankees", ["'New York Yankees'"], []),
        ("mlb_pay_2010", "How much did Derek Jeter make?", ["salary", "player = 'Derek Jeter'"], []),
        ("mlb_pay_2010", "How many first basemen earn at least $5 million?", ["'First Baseman'", "COUNT(*)", "salary >= 5000"], []),
    ],
)  # fmt: skip
def test_round74_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND74_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND75_TABLES = {
    # flies: a `Total` that is minutes (not a count of flies), y/n columns, a lifespan
    "fly_trials": "Mated,Alone,Mating,Total,Size,Lifespan,Activity\n"
    + "\n".join(
        f"{'yn'[i % 2]},{'yn'[i % 3 == 0]},{(i % 2 == 0) * (i % 5)},{(i % 2 == 0) * (3000 + i * 17)},{0.6 + (i % 30) / 100:.2f},"
        f"{20 + (i * 7) % 50}.5,{1000 + (i * 97) % 5000}"
        for i in range(150)
    ),
    # daily premiums by a `group` of regions, one figure: `price`
    "metal_premiums": "date,group,price\n"
    + "\n".join(
        f"2019-{1 + (i // 4) % 12:02d}-{1 + (i // 48) % 28:02d},{('United States', 'Western Europe', 'East Asia', 'Southeast Asia')[i % 4]},"
        f"{150 + (i * 13) % 300}"
        for i in range(400)
    ),
    # a walker's steps counted whole beside the same in thousands
    "step_log": "StepCount,Steps,Weather\n"
    + "\n".join(f"{1000 + (i * 377) % 15000},{(1000 + (i * 377) % 15000) / 1000},{('sun', 'rain')[i % 2]}" for i in range(100)),
    # taxi rides with the hour they started
    "cab_trips": "tip,distance,hour\n"
    + "\n".join(f"{('yes', 'no')[i % 3 == 0]},{(i * 37) % 300 / 10},{i % 24}" for i in range(150)),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # a `Total` beside other measures is one of them: "how many flies are in the data" counts the flies
        ("fly_trials", "How many flies are in the data?", ["COUNT(*)"], ["SUM("]),
        ("fly_trials", "How many flies lived longer than 40 days?", ['"Lifespan" > 40'], []),
        ("fly_trials", "How many flies were kept alone?", ["\"Alone\" = 'y'"], []),
        ("fly_trials", "the average lifespan of flies that never mated and were not kept alone",
         ["\"Mated\" = 'n'", "\"Alone\" = 'n'"], []),
        ("fly_trials", "avg activity alone vs not", ['GROUP BY "Alone"'], []),
        ("fly_trials", "Which lived longer on average, flies that mated or flies that did not?",
         ['AVG("Lifespan")', 'GROUP BY "Mated"'], []),
        ("fly_trials", "What's the spread of activity counts, i.e. highest minus lowest?", ['MAX("Activity") - MIN("Activity")'], []),
        # a column of regions under another name; the table's one figure named by its own word; records counted
        ("metal_premiums", "avg premium by region", ['GROUP BY "group"', "AVG(price)"], []),
        ("metal_premiums", "Which region has the highest average premium?", ['"group"', "AVG(price)"], []),
        ("metal_premiums", "How many price records are there in total?", ["COUNT(*)"], ["SUM("]),
        # steps counted whole, unless the thousands are asked for
        ("step_log", "avg steps by weather", ['AVG("StepCount")'], []),
        ("step_log", "How many steps in thousands on average?", ['AVG("Steps")'], []),
        # "the busiest hours of the day" over an integer `hour`; pickups are the rides
        ("cab_trips", "What are the 3 busiest hours of the day for pickups?", ["GROUP BY hour", "LIMIT 3"], []),
    ],
)  # fmt: skip
def test_round75_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND75_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND76_TABLES = {
    # days above a temperature in a year, the threshold and the year both packed into each count's name
    "heat_station_days": "station,latitude,longitude,dx70_1950,dx70_2020,dx90_1950,dx90_2020\n"
    + "\n".join(
        f"ST{i:04d},{-20 + (i * 7) % 80},{-160 + (i * 23) % 300},{(i * 37) % 365},{(i * 41) % 365},{(i * 13) % 120 * (i % 4 != 0)},"
        f"{(i * 17) % 150 * (i % 5 != 0)}"
        for i in range(120)
    ),
    # shares of a household budget (fractions, many zero); occupations written clipped ('bluecol')
    "family_spending": "job,area,sfood,sfuel,kids,lnexp\n"
    + "\n".join(
        f"{('bluecol', 'whitecol', 'inactself')[i % 3]},{('north', 'south')[i % 2]},{(i % 7) / 40:.3f},"
        f"{(i % 4 != 0) * (i % 9) / 90:.4f},{i % 4},{12 + (i * 37) % 300 / 100:.2f}"
        for i in range(150)
    ),
    # three test scores beside an id and a category: "the combined score across all three exams" is their sum
    "exam_marks": "id,gender,reading,writing,maths\n"
    + "\n".join(
        f"{i + 1},{('female', 'male')[i % 2]},{30 + (i * 7) % 50},{35 + (i * 11) % 45},{25 + (i * 13) % 60}" for i in range(90)
    ),
    # a 0/1 take-up named by the table's word, a 0/1 `male` and `literacy` written 1.0/0.0 with gaps, a perceived chance
    # a count per region, sex, legal status and quarter: a panel whose questions ask about each quarter's total
    "canadian_inmates": "region,sex,legal,t,count\n"
    + "\n".join(
        f"{r},{x},{lg},{2010 + k // 4}-{3 * (k % 4) + 3:02d}-01,{50 + (k * 7 + i * 31) % 200}"
        for k in range(20)
        for i, (r, x, lg) in enumerate(
            (r, x, lg) for r in ("east", "west", "north") for x in ("Female", "Male") for lg in ("Remanded", "Sentenced")
        )
    ),
    "hail_cover_takeup": "county,takeup_hh,male,literacy,flood_prob,age,croparea_2015\n"
    + "\n".join(
        f"{('east', 'west', 'hill')[i % 3]},{int(i % 3 == 0)},{'' if i % 40 == 0 else float(i % 5 != 0)},"
        f"{'' if i % 33 == 0 else float(i % 2)},{(i * 11) % 100},{20 + i % 60},{(i * 17) % 60 / 2}"
        for i in range(150)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # "days above 90 in 2020" names the count `dx90_2020`: the 90 is no bound on it
        ("heat_station_days", "Which station had the most days above 90 degrees in 2020?",
         ["ORDER BY dx90_2020 DESC", "LIMIT 1"], ["> 90", "COUNT("]),
        ("heat_station_days", "What is the median number of days above 70 degrees in 1950?", ["MEDIAN(dx70_1950)"], ["> 70"]),
        ("heat_station_days", "avg days over 90 in 2020", ["AVG(dx90_2020)"], ["> 90"]),
        ("heat_station_days", "number of stations with over 100 days above 90 in 2020", ["dx90_2020 > 100"], ["> 90"]),
        # none of the days a count is of; a change between two years' columns; a hemisphere; a row per station
        ("heat_station_days", "How many stations had no days above 90 degrees in 1950?", ["dx90_1950 = 0"], []),
        ("heat_station_days", "How many stations didn't have a single day above 90 degrees in 2020?", ["dx90_2020 = 0"], []),
        ("heat_station_days", "How many stations are in the southern hemisphere?", ["latitude < 0"], []),
        ("heat_station_days", "Which station lies farthest to the west?", ["ORDER BY longitude ASC", "LIMIT 1"], []),
        ("heat_station_days", "What was the average number of days above 70 degrees per station in 1950?",
         ["AVG(dx70_1950)"], ["GROUP BY"]),
        ("heat_station_days", "Which station saw the biggest increase in days above 70 between 1950 and 2020?",
         ['dx70_2020 - dx70_1950', "DESC LIMIT 1"], []),
        ("heat_station_days", "Which station had the largest drop in 90-degree days from 1950 to 2020?",
         ['dx90_2020 - dx90_1950', "ASC LIMIT 1"], []),
        ("heat_station_days", "On average, how much did the number of days above 90 degrees change from 1950 to 2020?",
         ['AVG("dx90_2020 - dx90_1950")'], []),
        # spending nothing, something or money on a budget share
        ("family_spending", "How many households spend nothing at all on fuel?", ["sfuel = 0"], []),
        ("family_spending", "How many households spend nothing on fuel and also nothing on food?", ["sfuel = 0", "sfood = 0"], []),
        ("family_spending", "What percentage of households spend at least something on fuel?", ["sfuel > 0"], []),
        ("family_spending", "How many blue collar households spend money on fuel?", ["job = 'bluecol'", "sfuel > 0"], []),
        ("family_spending", "For each area, what percentage of households don't spend anything on fuel?",
         ["sfuel = 0", "GROUP BY area"], []),
        ("family_spending", "What is the average share of the budget spent on fuel among white collar households?",
         ["AVG(sfuel)", "job = 'whitecol'"], ["COUNT(*)"]),
        ("family_spending", "Which area has the highest average share of the budget going to food?", ["AVG(sfood)"], []),
        # buying is taking up; a 0/1 written 1.0/0.0 is a yes/no; "next year" of a stored chance is no forecast
        ("hail_cover_takeup", "How many households in east bought the cover?", ["takeup_hh = 1", "county = 'east'"], []),
        ("hail_cover_takeup", "What's the median age of the heads of households that bought the cover?",
         ["MEDIAN(age)", "takeup_hh = 1"], []),
        ("hail_cover_takeup", "How many households have a female head?", ["male = 0"], []),
        ("hail_cover_takeup", "average age for male vs female heads", ["GROUP BY male", "AVG(age)"], []),
        ("hail_cover_takeup", "Average perceived chance of a flood next year for those who bought the cover versus those who didn't",
         ["AVG(flood_prob)", "GROUP BY takeup_hh"], []),
        # the quarters of a panel: averages, extremes and counts of the quarter totals, the categories fixed first
        ("canadian_inmates", "On average, how many inmates were there per quarter in 2012?",
         ["AVG(count)", "(SELECT t, SUM(count) AS count FROM canadian_inmates GROUP BY t)", "YEAR(t) = 2012"], []),
        ("canadian_inmates", "How many quarters had a total of more than 1500 inmates?",
         ["SELECT COUNT(*) AS count FROM (SELECT t, SUM(count) AS count", "WHERE count > 1500"], []),
        ("canadian_inmates", "What was the highest quarterly total of inmates in east between 2010 and 2012?",
         ["MAX(count)", "WHERE region = 'east' GROUP BY t", "YEAR(t) BETWEEN 2010 AND 2012"], []),
        ("canadian_inmates", "lowest quarterly count of remanded women in west",
         ["MIN(count)", "legal = 'Remanded'", "sex = 'Female'", "GROUP BY t)"], []),
        ("canadian_inmates", "For each region, what was the average total number of inmates per quarter?",
         ["AVG(count)", "GROUP BY t, region", "GROUP BY region"], []),
        ("canadian_inmates", "How many inmates were there in total across Canada in 2013?", ["SUM(count)", "YEAR(t) = 2013"], []),
        # a value's past participle ('Remanded': "on remand"); "national" over a count per region is all of them
        ("canadian_inmates", "What percentage of inmates were on remand in 2013?", ["legal = 'Remanded'"], []),
        ("canadian_inmates", "What share of the national inmate population was female in 2012?", ["sex = 'Female'"], []),
        ("canadian_inmates", "How does the number of inmates compare to the national average?", [], []),
        # a column kept as a logarithm; a glued `croparea`; "per household" over a row per household; every score summed
        ("family_spending", "What is the median log total expenditure for white collar households?",
         ["MEDIAN(lnexp)", "job = 'whitecol'"], []),
        ("family_spending", "How many households have a log expenditure between 13 and 14?", ["lnexp BETWEEN 13 AND 14"], []),
        ("hail_cover_takeup", "How many households had more than 20 mu of crop area in 2015?", ["croparea_2015 > 20"], []),
        ("hail_cover_takeup", "Which county has the largest average crop area per household in 2015?",
         ["AVG(croparea_2015)", "GROUP BY county"], []),
        ("exam_marks", "Which 5 pupils have the highest combined score across all three exams?",
         ["reading + writing + maths", "DESC LIMIT 5"], []),
        ("exam_marks", "Show the 3 pupils with the lowest total score over all three subjects.",
         ["reading + writing + maths", "ASC LIMIT 3"], []),
        ("exam_marks", "Which 5 pupils have the highest combined score across all four exams?", [], []),
        # a `Total` of minutes is no count of the flies a table is of: the flies are the rows
        ("fly_trials", "How many flies lived longer than 40 days?", ["COUNT(*)", '"Lifespan" > 40'], ["SUM("]),
        ("fly_trials", "What percentage of the flies mated?", ["COUNT(*) FILTER"], ["SUM("]),
    ],
)  # fmt: skip
def test_round76_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    tables = {**_ROUND75_TABLES, **_ROUND76_TABLES}
    _check_reading(_csv_source(table, tables[table]), question, must, must_not, decline_if_empty=True)


def test_a_figure_over_period_totals_says_so_in_the_answer() -> None:
    """ "On average, how many inmates per quarter" is the mean of the quarter totals: the answer names what it read."""
    from querychat.pipeline import ask, collect

    source = _csv_source("canadian_inmates", _ROUND76_TABLES["canadian_inmates"])
    try:
        res = collect(ask("On average, how many inmates were there per quarter in 2012?", source, OfflineEngine(), []))
    finally:
        source.close()
    assert "GROUP BY t" in res["sql"], res
    assert "Read over the total of `count` for each `t`" in res["answer"], res


_ROUND77_TABLES = {
    # sex coded 1/2 (ISO/IEC 5218); two test parts one letter apart, their sum; GPAs named by initials
    "test_takers": "sex,test_v,test_m,test_sum,hs_gpa,fy_gpa\n"
    + "\n".join(
        f"{1 + i % 2},{30 + (i * 7) % 50},{28 + (i * 11) % 52},{58 + (i * 7) % 50 + (i * 11) % 52},"
        f"{2 + (i % 25) / 10:.1f},{(i * 13) % 41 / 10:.1f}"
        for i in range(200)
    ),
    # a long table's one figure `value`, named by the table's word ("imports", "imported", "how much tea")
    "tea_imports": "country,member,year,value\n"
    + "\n".join(
        f"{('France', 'Japan', 'Chile', 'Kenya', 'Peru')[i % 5]},{int(i % 5 < 2)},{2010 + i // 5},{(i * 37) % 900 + 10}"
        for i in range(50)
    ),
    # a rate and a count of deaths side by side: "mortality" is the rate's own word
    "child_deaths": "country,under5_mortality_2018,under5_deaths_2018,neonatal_mortality_2018,neonatal_deaths_2018\n"
    + "\n".join(f"C{i},{5 + (i * 17) % 120},{(i * 29) % 400},{2 + (i * 7) % 40},{(i * 13) % 200}" for i in range(60)),
    # packed initials: `bmprison` black male prisoners, `ur` the unemployment rate
    "state_jails": "state,year,bmprison,wmprison,ur,poverty,black\n"
    + "\n".join(
        f"{('Ohio', 'Iowa', 'Utah', 'Maine')[i % 4]},{1990 + i // 4},{(i * 311) % 9000},{(i * 173) % 9000},"
        f"{3 + (i % 9)},{8 + (i % 15)},{(i * 7) % 40}"
        for i in range(44)
    ),
    # yes/no columns, one with its gaps named 'unknown'
    "poison_cases": "Died,Urban,Age\n"
    + "\n".join(f"{('yes', 'no')[i % 4 != 0]},{('yes', 'no', 'unknown')[i % 3]},{15 + i % 70}" for i in range(120)),
    # a table named for its one figure: "an income of exactly zero" is that column's
    "city_income": "city,age,sex,personal_income\n"
    + "\n".join(
        f"{('Reno', 'Akron')[i % 2]},{i % 90},{('Male', 'Female')[i % 3 == 0]},{'' if i % 11 == 0 else (i * 997) % 90000 * (i % 7 != 0)}"
        for i in range(150)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        ("test_takers", "How many female students are there?", ["sex = '2'"], []),
        ("test_takers", "What percentage of the students are male?", ["sex = '1'"], []),
        ("test_takers", "avg math test by sex", ["AVG(test_m)", "GROUP BY sex"], ["test_v"]),
        ("test_takers", "How many students did better on the math test than on the verbal test?", ["test_m > test_v"], []),
        ("test_takers", "How many students scored higher on the math test than on the verbal test?", ["test_m > test_v"], []),
        ("test_takers", "How many students had a math test result higher than their verbal test result?", [], ["COUNT(*) AS count FROM test_takers\""]),
        ("test_takers", "What is the average first-year GPA?", ["AVG(fy_gpa)"], []),
        ("test_takers", "median first year gpa", ["MEDIAN(fy_gpa)"], []),
        ("test_takers", "What are the lowest and highest combined test scores?", ["MIN(test_sum)", "MAX(test_sum)"], []),
        ("test_takers", "How many women had a combined test score above 120?", ["COUNT(*)", "test_sum > 120", "sex = '2'"], []),
        ("test_takers", "What is the average first-year GPA broken down by the student's major?", [], []),
        ("tea_imports", "Which country imported the most tea in 2019?", ["SUM(value)", "GROUP BY country", "LIMIT 1"], []),
        ("tea_imports", "total imports by year", ["SUM(value)", 'GROUP BY "year"'], []),
        ("tea_imports", "How much tea did France import in 2015?", ["SUM(value)", "country = 'France'"], []),
        ("tea_imports", "What is Japan's average yearly tea import?", ["AVG(value)", "country = 'Japan'"], ['AVG("year")']),
        ("child_deaths", "Which country had the highest under-5 mortality rate in 2018?",
         ["ORDER BY under5_mortality_2018 DESC"], ["under5_deaths_2018"]),
        ("child_deaths", "median newborn (neonatal) mortality rate in 2018", ["MEDIAN(neonatal_mortality_2018)"], []),
        ("state_jails", "What was the total number of black male prisoners across all states in 2000?",
         ["SUM(bmprison)", '"year" = 2000'], []),
        ("state_jails", "How many rows had an unemployment rate above 8 percent?", ["ur > 8"], []),
        ("state_jails", "Which states had a population that was more than 30 percent black in 1995?", ["black > 30"], []),
        ("city_income", "How many people reported an income of exactly zero?", ["personal_income = 0"], ["age"]),
        ("poison_cases", "What percentage of cases were fatal?", ['"Died" = TRUE'], []),
        ("poison_cases", "How many cases were there among people living in urban areas?", ["\"Urban\" = 'yes'"], []),
        # a month column is no measure an income could be: declined, not averaged
        ("tea_imports", "What is the average monthly income of the importers?", [], []),
    ],
)  # fmt: skip
def test_round77_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND77_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND78_TABLES = {
    # an integer Month beside a Year; a method; yes/no deaths; ages
    "farm_poisonings": "Year,Month,Age,method,Occupation,Died\n"
    + "\n".join(
        f"{2009 + i % 3},{1 + i % 12},{14 + (i * 7) % 80},{('Pesticide', 'Cutting', 'Drowning')[i % 3]},"
        f"{('farming', 'household')[i % 2]},{('true', 'false')[i % 5 != 0]}"
        for i in range(180)
    ),
    # free-text names and materials, quoted in questions as written
    "gallery_works": "artist,title,medium,year\n"
    + "\n".join(
        f'"{("Emin, Tracey", "Hirst, Damien", "Riley, Bridget")[i % 3]}",{("Untitled", "Study", "Sea")[i % 3 == 0]},'
        f'"{("Etching on paper", "Oil paint on canvas", "Screenprint on paper", "Video, monitor or projection")[i % 4]}",'
        f"{1990 + i % 20}"
        for i in range(120)
    ),
    # a category kept as floats because of its gaps; codes that are a name and a number; an L3 cache
    "storm_fixes": "name,year,category,wind,area_code,l3_cache\n"
    + "\n".join(
        f"{('Ana', 'Bob', 'Cleo', 'Dan')[i % 4]},{2000 + i % 6},{'' if i % 3 else float(1 + i % 5)},{30 + i % 130},"
        f"area_code_{(415, 408, 510)[i % 3]},{(2, 4, 8, 16)[i % 4]}"
        for i in range(150)
    ),
    # a yes/no churn
    "line_customers": "state,churn,day_charge\n"
    + "\n".join(f"{('OH', 'NY', 'TX')[i % 3]},{('yes', 'no')[i % 4 != 0]},{10 + (i * 7) % 50}" for i in range(90)),
    # descriptions of bakes: words inside many values ('Chocolate and Cherry Cake', 'Oil paint on canvas')
    "bake_entries": "baker,series,signature,medium,term,home\n"
    + "\n".join(
        f"B{i % 40},{1 + i % 5},{('Cherry', 'Orange', 'Plum', 'Fig', 'Pear', 'Lime', 'Apple')[i % 7]} and "
        f"{('Chocolate', 'Lemon', 'Ginger', 'Coffee', 'Walnut')[i % 5]} {('Cake', 'Tart', 'Loaf')[i % 3]} number {i},"
        f"{('Oil paint', 'Etching', 'Video', 'Screenprint', 'Ink')[i % 5]} on {('canvas', 'paper', 'board', 'linen')[i % 4]}"
        f" with {('wax', 'sand', 'gold', 'thread', 'tape', 'glue')[i % 6]},"
        f"{(12, 24, 36, 48, 24, 24)[i % 6]},{('rent', 'owner', 'parents', 'owner')[i % 4]}"
        for i in range(210)
    ),
    # tracks: a row per position fix of a named storm (names reused in other years)
    "storm_tracks": "name,year,month,lat,long,status,wind\n"
    + "\n".join(
        f"{('Ana', 'Bill', 'Cleo', 'Dean', 'Erin', 'Fay')[(i // 9) % 6]},{2000 + i // 40},{6 + i % 5},{10 + i % 30},"
        f"{-40 - i % 50},{('extratropical', 'hurricane', 'depression')[i % 3]},{30 + i % 120}"
        for i in range(240)
    ),
    # a contest: a row per contestant and week, the week's result, the dish (most distinct: the default label)
    "cook_off": "season,week,cook,result,dish\n"
    + "\n".join(
        f"{1 + i // 30},{1 + (i % 30) // 6},{('Ann', 'Ben', 'Cal', 'Dee', 'Eve', 'Fin')[i % 6]},"
        f"{('IN', 'OUT', 'STAR COOK', 'WINNER', 'Runner-up', 'WD')[i % 6]},Dish number {i}"
        for i in range(120)
    ),
    # jobs by weekday name and protocol letter; players whose names some share, with their team
    "cluster_jobs": "protocol,compounds,day,name,team,hits,hour\n"
    + "\n".join(
        f"{'ABCDE'[i % 5]},{20 + (i * 37) % 900},{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[i % 7]},"
        f"P{i % 95},{('NYY', 'BOS', 'SEA')[i % 3]},{(i * 13) % 200},{(i * 0.37) % 24:.2f}"
        for i in range(100)
    ),
    # a long table of migrant counts kept as whole floats (gaps), directions 'Inbound'/'Outbound'
    "migrant_stock": "year,category,area,count\n"
    + "\n".join(
        f"{1990 + 5 * (i % 5)},{('Inbound', 'Outbound')[i % 2]},{('Mexico', 'Canada', 'India', 'Chile')[i // 10 % 4]},"
        f"{'' if i % 13 == 0 else float(1000 * (i + 1))}"
        for i in range(40)
    ),
    # titles beside a yes/no independent study, names that begin with the brand 'Bran'
    "course_list": "title,ind_study,units\n"
    + "\n".join(
        f"{('Introduction to', 'Advanced', 'Bran Flakes and', 'Raisin Bran and')[i % 4]} Topic {i},{('true', 'false')[i % 6 == 0]},"
        f"{1 + i % 5}"
        for i in range(80)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        ("farm_poisonings", "How many cases were in the summer months (June, July and August) of 2010?",
         ['"Month" IN (6, 7, 8)', '"Year" = 2010'], []),
        ("farm_poisonings", "How many cases happened in June, July or August?", ['"Month" IN (6, 7, 8)'], []),
        ("farm_poisonings", "How many cases were there from November to February?", ['"Month" IN (11, 12, 1, 2)'], []),
        ("farm_poisonings", "How many cases were in winter?", ['"Month" IN (12, 1, 2)'], []),
        ("farm_poisonings", "What is the median age of people who used pesticide?", ["MEDIAN(\"Age\")", "method = 'Pesticide'"], []),
        ("farm_poisonings", "How many cases involved people aged 65 or older?", ['"Age" >= 65'], []),
        ("farm_poisonings", "youngest and oldest age of farmers", ['MIN("Age")', 'MAX("Age")', "'farming'"], []),
        ("farm_poisonings", "average age of those who survived versus those who died", ['GROUP BY "Died"'], ["WHERE"]),
        ("farm_poisonings", "How many survived?", ['"Died" = FALSE'], []),
        ("gallery_works", "How many works have the medium 'Etching on paper'?", ["medium = 'Etching on paper'"], []),
        ("gallery_works", "How many works are titled 'Untitled'?", ["title = 'Untitled'"], []),
        ("gallery_works", "How many works with the medium 'Screenprint on paper' were made after 2000?",
         ["medium = 'Screenprint on paper'", '"year" > 2000'], []),
        ("storm_fixes", "How many observations were at category 5 strength?", ["category = 5"], []),
        ("storm_fixes", "What is the first year with a category 5 observation?", ['MIN("year")', "category = 5"], []),
        ("storm_fixes", "How many rows are in area code 510?", ["area_code = 'area_code_510'"], []),
        ("storm_fixes", "average wind by L3 cache", ["AVG(wind)"], ["l3_cache = 3"]),
        ("line_customers", "average day charge for customers who churned compared with those who stayed",
         ["GROUP BY churn", "AVG(day_charge)"], ["WHERE"]),
        ("line_customers", "How many customers stayed?", ["churn = FALSE"], []),
        ("course_list", "How many courses have 'Introduction' in their title?", ["ILIKE '%Introduction%'"], ["ind_study"]),
        ("course_list", "How many courses have the word 'Bran' in their title?", ["ILIKE '%Bran%'"], ["LIKE 'Bran %'"]),
        ("bake_entries", "How many signature bakes mention chocolate?", ["signature ILIKE '%chocolate%'"], []),
        ("bake_entries", "How many chocolate signatures were there?", ["signature ILIKE '%chocolate%'"], []),
        ("bake_entries", "How many entries are done in oil paint?", ["medium ILIKE '%oil paint%'"], []),
        ("bake_entries", "How many entries mention video anywhere in their medium?", ["medium ILIKE '%video%'"], []),
        ("bake_entries", "How many different bakers are there?", ["COUNT(DISTINCT baker)"], ["ILIKE"]),
        ("bake_entries", "How many bakers have more than 5 entries?",
         ["SELECT COUNT(*) AS count FROM (SELECT baker", "HAVING COUNT(*) > 5"], []),
        ("bake_entries", "How many bakers have just one entry?", ["HAVING COUNT(*) = 1"], []),
        ("bake_entries", "On average, how many entries does each baker have?", ["COUNT(*) * 1.0 / COUNT(DISTINCT baker)"], []),
        ("bake_entries", "average number of entries per series", ["COUNT(*) * 1.0 / COUNT(DISTINCT series)"], []),
        ("bake_entries", "What's the most common term in months?", ["GROUP BY term", "COUNT(*)", "LIMIT 1"], []),
        ("bake_entries", "Which home is the most common among the entries?", ["GROUP BY home", "COUNT(*)", "LIMIT 1"], []),
        ("line_customers", "Which 2 states have the highest churn rate?", ["GROUP BY state", "LIMIT 2"], []),
        ("storm_tracks", "How many named storms were there in 2003?", ["COUNT(DISTINCT name)", '"year" = 2003'], []),
        ("storm_tracks", "How many storms reached hurricane status?", ["COUNT(DISTINCT name)", "'hurricane'"], []),
        ("storm_tracks", "Which year had the most storms?", ["COUNT(DISTINCT name)", 'GROUP BY "year"'], []),
        ("storm_tracks", "How many storm observations are there?", ["COUNT(*)"], ["DISTINCT"]),
        ("storm_tracks", "Which month has the most storm observations?", ["COUNT(*)"], ["DISTINCT"]),
        ("cook_off", "Who won season 3?", ["SELECT DISTINCT cook", "result = 'WINNER'", "season = 3"], []),
        ("cook_off", "Who were the runners-up in season 2?", ["SELECT DISTINCT cook", "result = 'Runner-up'"], []),
        ("cook_off", "Who was Star Cook in week 2 of season 1?", ["SELECT DISTINCT cook", "'STAR COOK'", "week = 2"], []),
        ("cook_off", "How many cooks were eliminated in season 2?", ["result = 'OUT'", "season = 2"], []),
        ("cook_off", "Which week saw the most cooks sent home?", ["result = 'OUT'", "GROUP BY week"], []),
        ("cook_off", "How many cooks withdrew?", ["result = 'WD'"], []),
        ("cluster_jobs", "jobs per weekday", ['GROUP BY "day"'], []),
        ("cluster_jobs", "How many jobs ran on weekdays?", ["\"day\" IN ('Mon', 'Tue', 'Wed', 'Thu', 'Fri')"], []),
        ("cluster_jobs", "How many protocol C jobs are there?", ["protocol = 'C'"], []),
        ("cluster_jobs", "Who had the most hits?", ["SELECT name, team, hits", "LIMIT 1"], []),
        # the hour of the day kept as a decimal number
        ("cluster_jobs", "How many jobs were submitted in the morning?", ["hour >= 6", "hour < 12"], []),
        ("cluster_jobs", "How many jobs were submitted before 9 in the morning?", ["hour < 9"], []),
        ("cluster_jobs", "How many jobs were submitted after 5 pm?", ["hour >= 17"], []),
        ("cluster_jobs", "How many jobs ran between 9 am and 5 pm?", ["hour >= 9", "hour < 17"], []),
        ("storm_tracks", "What is the name of the storm with the highest wind?", ['SELECT name, "year", wind'], []),
        ("migrant_stock", "How many immigrants from Mexico were there in 2000?",
         ["SUM(count)", "category = 'Inbound'", "area = 'Mexico'"], []),
        # a repeated name elsewhere is a kind or a person: the rows are counted
        ("bake_entries", "Which series had the most entries?", ["COUNT(*)"], ["DISTINCT"]),
    ],
)  # fmt: skip
def test_round78_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND78_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND80_TABLES = {
    # dates written as US text with a time; a time of day beside free-text remarks; engines kept as floats
    "strike_log": "date,time_of_day,remarks,num_engs,effect,height\n"
    + "\n".join(
        f"{1 + i % 12}/{1 + i % 28}/{1990 + i % 8} 0:00:00,{('Dawn', 'Day', 'Dusk', 'Night')[i % 4]},"
        f"{'AT DAWN' if i == 7 else f'remark number {i}'},{float(1 + i % 4)},"
        f"{('Engine Shut Down', 'None', 'Precautionary Landing')[i % 3]},{(i * 37) % 5000}"
        for i in range(160)
    ),
    # a yes/no kept as words ('alive'/'dead', 'none'/'belted'), two year columns (one glued, one float with gaps)
    "crash_people": "dead,seatbelt,sex,yearacc,yearVeh,age,role\n"
    + "\n".join(
        f"{('alive', 'dead')[i % 9 == 0]},{('none', 'belted')[i % 3 != 0]},{('f', 'm')[i % 2]},{1997 + i % 6},"
        f"{'' if i % 11 == 0 else float(1985 + i % 17)},{16 + i % 70},{('driver', 'pass')[i % 4 == 0]}"
        for i in range(200)
    ),
    # a grade column holding 'K', '1', '2', '3'
    "school_scores": "gr,cltype,read,math,sx\n"
    + "\n".join(
        f"{('K', '1', '2', '3')[i % 4]},{('small', 'reg', 'reg+A')[i % 3]},{400 + i % 200},{450 + (i * 7) % 200},"
        f"{('M', 'F')[i % 2]}"
        for i in range(160)
    ),
    # a respondent number repeated over tastings; an ease rating called `EASY`
    "tastings": "RESP,GENDER,EASY,SURENESS,PROD,DAY,SOUPTYPE\n"
    + "\n".join(
        f"{1 + i // 5},{('Male', 'Female')[(i // 5) % 2]},{1 + (i // 5) % 10},{1 + i % 6},{('Ref', 'Test')[i % 2]},"
        f"{1 + i % 2},{('Canned', 'Dry-mix', 'Self-made')[(i // 5) % 3]}"
        for i in range(200)
    ),
    # a 0/1 vote with unknown answers left empty
    "survey_votes": "state,votetrump,race\n"
    + "\n".join(
        f"{('Ohio', 'North Carolina', 'South Carolina', 'Utah')[i % 4]},{'' if i % 7 == 0 else i % 2},"
        f"{('White', 'Black', 'Asian')[i % 3]}"
        for i in range(120)
    ),
    # one measure, called a rate, scored per organisation and measure code (with the code's title beside it)
    "org_scores": "org_pac_id,org_nm,measure_cd,measure_title,prf_rate\n"
    + "\n".join(
        f"{1000 + i // 3},{'GROUP HEALTH PLAN INC' if i < 3 else f'ORG {i // 3}'},CAHPS_GRP_{1 + i % 3},"
        f"{('Getting Timely Care', 'How Well Providers Communicate', 'Courteous Office Staff')[i % 3]},{50 + (i * 7) % 50}"
        for i in range(90)
    ),
    # a count of games per player; weights with gaps; births measured in days and ounces; an email size band
    "ball_players": "name,team,game\n" + "\n".join(f"P{i},{('NYY', 'BOS')[i % 2]},{1 + (i * 13) % 162}" for i in range(80)),
    "captures": "plot_id,weight\n" + "\n".join(f"{1 + i % 24},{'' if i % 6 == 0 else 10 + i % 40}" for i in range(120)),
    "births": "id,gestation,wt,ht,age\n"
    + "\n".join(f"{i},{250 + i % 50},{90 + i % 60},{60 + i % 10},{18 + i % 25}" for i in range(100)),
    "mothers": "id,smoke,parity,wt,habit\n"
    + "\n".join(
        f"{i},{('never', 'now', 'once did, not now')[i % 3]},{i % 5},{90 + i % 60},{('smoker', 'nonsmoker', '')[i % 3]}"
        for i in range(90)
    ),
    "mail_sizes": "spam,number,num_char\n"
    + "\n".join(f"{i % 2},{('none', 'small', 'big')[i % 3]},{(i * 3) % 50}" for i in range(90)),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # US text dates with their time; "at dawn" is the time of day, not a remark; "day of the week" is the weekday
        ("strike_log", "How many strikes were reported each year?", ["TRY_STRPTIME", "GROUP BY YEAR"], []),
        ("strike_log", "How many strikes happened at dawn?", ["time_of_day = 'Dawn'"], ["remarks"]),
        ("strike_log", "On which day of the week were the fewest strikes reported?", ["DAYNAME"], ["time_of_day"]),
        ("strike_log", "What's the highest altitude of a strike?", ["MAX(height)"], []),
        ("strike_log", "How many strikes were on four-engine aircraft?", ["num_engs = 4"], ["effect"]),
        ("strike_log", "How many strikes led to an engine being shut down?", ["effect = 'Engine Shut Down'"], []),
        # a yes/no kept as its own word; "unbelted" its opposite; deaths counted; a glued year column
        ("crash_people", "How many of the occupants died?", ["dead = 'dead'"], []),
        ("crash_people", "How many unbelted drivers were there?", ["seatbelt = 'none'", "role = 'driver'"], []),
        ("crash_people", "death rate (%) for belted vs unbelted occupants", ["GROUP BY seatbelt", "dead = 'dead'"], []),
        ("crash_people", "Which crash year had the most deaths?", ["GROUP BY yearacc", "dead = 'dead'"], []),
        ("crash_people", "How many occupants were in crashes from 1999 through 2001?", ["yearacc BETWEEN 1999 AND 2001"], []),
        ("crash_people", "How many people were in vehicles of model year 2000 or newer?", ['"yearVeh" >= 2000'], ["yearacc ="]),
        # every value of a column named: one row each
        ("crash_people", "What is the average age of drivers and passengers, broken down by sex?", ["GROUP BY sex, role"],
         ["role IN"]),
        ("mail_sizes", "How many emails fall into each number category (none, small and big)?", ["GROUP BY number"], ["IN ("]),
        # school grades said in words
        ("school_scores", "What was the median reading score in third grade?", ["MEDIAN(read)", "gr = '3'"], []),
        ("school_scores", "How many kindergartners were in small classes?", ["gr = 'K'", "cltype = 'small'"], []),
        ("school_scores", "average math score of first-grade girls", ["gr = '1'", "sx = 'F'"], []),
        # respondents numbered over several rows each: counted once, never a measure
        ("tastings", "number of respondents", ['COUNT(DISTINCT "RESP")'], []),
        ("tastings", "How many respondents gave an ease rating higher than 7?", ['"EASY" > 7'], ['"RESP" >']),
        ("tastings", "respondents by gender", ["GROUP BY"], ['AVG("RESP")', 'SUM("RESP")']),
        # the share of a yes/no with gaps: of the answers known
        ("survey_votes", "Trump vote share by race (%)", ["votetrump IS NOT NULL", "GROUP BY race"], []),
        # a word any measure is called, over a table with one measure; a code's title named for the code
        ("org_scores", "What is the average score?", ["AVG(prf_rate)"], []),
        ("org_scores", "Which measure has the lowest average score?", ["GROUP BY measure_title", "AVG(prf_rate)"], []),
        # figures of a count column; both ends; a missing value
        ("ball_players", "What is the median number of games played?", ["MEDIAN(game)"], ["DISTINCT"]),
        ("ball_players", "What were the fewest and the most games anyone played?", ["MIN(game)", "MAX(game)"], []),
        ("captures", "How many records don't have a weight?", ["WHERE weight IS NULL"], []),
        # a synonym beside a superlative's guess; a verb of weighing
        ("births", "What was the shortest pregnancy, in days?", ["MIN(gestation)"], ["ht"]),
        ("births", "How many babies weighed more than 140 ounces?", ["wt > 140"], ["age"]),
        # a value said by its time ("current"); words a bracketed name glosses; both sides of a yes/no with gaps
        ("mothers", "How many of the mothers are current smokers?", ["smoke = 'now'"], []),
        ("mothers", "What is the average birth weight for each number of previous pregnancies (parity)?",
         ["GROUP BY parity", "AVG(wt)"], []),
        ("mothers", "Average baby weight for smokers vs nonsmokers", ["GROUP BY habit", "WHERE"], []),
        # several places sharing a last word; numbers after a name said twice; a pick among every value named
        ("survey_votes", "How many respondents live in the Carolinas?", ["state IN ('North Carolina', 'South Carolina')"], []),
        ("tastings", "average sureness on day 1 vs day 2", ['GROUP BY "DAY"'], []),
        ("tastings", "Which kind of soup eaters (canned, dry-mix or self-made) have the highest average sureness score?",
         ['GROUP BY "SOUPTYPE"', 'AVG("SURENESS")', "LIMIT 1"], []),
        # "which group" is what is asked, not a name starting with the word
        ("org_scores", "Which group scored lowest on courteous office staff?", ["ORDER BY prf_rate ASC LIMIT 1"], ["org_nm ="]),
    ],
)  # fmt: skip
def test_round80_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND80_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND81_TABLES = {
    # one thing measured twice (`depress1` before, `depress2` after); a group column holding its own name as a value;
    # marital codes with letters dropped
    "program_scores": "treat,control,depress1,depress2,occp,marital,job_dich\n"
    + "\n".join(
        f"{i % 2},{('control', 'treat')[i % 2]},{1 + (i % 30) / 10},{1 + (i * 7 % 30) / 10},"
        f"{('professionals', 'clerical', 'sales')[i % 3]},{('married', 'nevmarr', 'divrcd', 'widowed', 'separtd')[i % 5]},"
        f"{i % 2}"
        for i in range(150)
    ),
    # a recommendation code beside a yes/no `RecTaken`; a course number beside a yes/no `CourseSuccess`; a student
    # number on every row
    "placements": "Student,Recommends,RecTaken,Course,CourseSuccess,PlcmtScore\n"
    + "\n".join(
        f"{500 + i},{('R0', 'R1', 'R2', 'R12')[i % 4]},{i % 2},{(110, 120, 130)[i % 3]},{(i // 2) % 2},{10 + i % 40}"
        for i in range(160)
    ),
    # religions sharing a first word; an area type with gaps; marital status with gaps
    "personalities": "religion,urban,gender,education,Extraversion,Agreeableness,married\n"
    + "\n".join(
        f"{('Christian (Catholic)', 'Christian (Other)', 'Atheist', 'Muslim')[i % 4]},"
        f"{('' if i % 9 == 0 else ('Rural', 'Suburban', 'Urban')[i % 3])},{('M', 'F')[i % 2]},"
        f"{('Univ', 'Grad', 'HS', '<HS')[i % 4]},{1 + i % 7},{1 + (i * 3) % 7},"
        f"{'' if i % 11 == 0 else ('Never married', 'Currently married')[i % 2]}"
        for i in range(160)
    ),
    # years in the job lost beside an age; a yes/no unemployment insurance
    "job_losers": "age,tenure,ui,sex\n"
    + "\n".join(f"{20 + i % 45},{i % 25},{('yes', 'no')[i % 3 == 0]},{('male', 'female')[i % 2]}" for i in range(120)),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # numbered occasions: "after" the later, "before" the earlier
        ("program_scores", "What was the highest depression score after the program?", ["MAX(depress2)"], []),
        ("program_scores", "average depression before the program", ["AVG(depress1)"], []),
        # a bare digit names no column no word beside it names; codes with letters dropped inside
        ("program_scores", "Which 2 marital statuses are the least common?", ["COUNT(*)", "ASC LIMIT 2"], ["depress2"]),
        ("program_scores", "How many divorced people are there?", ["marital = 'divrcd'"], []),
        # a value spelled like its own column, said against another value
        ("program_scores", "avg depress2 by treatment vs control group", ["GROUP BY control", "AVG(depress2)"], []),
        # a word read only as a clipped name gives way
        ("placements", "How many records are in the table?", ["COUNT(*)"], ["RecTaken"]),
        ("placements", "How many different placement recommendations are there?", ['COUNT(DISTINCT "Recommends")'], []),
        ("placements", "how many students were recommended r2", ["\"Recommends\" = 'R2'"], []),
        ("placements", "top 5 courses by number of students", ['GROUP BY "Course"', "COUNT(*)"], ['SUM("Student")']),
        # values sharing a first word; a word inside brackets
        ("personalities", "How many Christians are there?", ["religion IN ("], []),
        ("personalities", "how many catholics", ["religion = 'Christian (Catholic)'"], []),
        ("personalities", "Which type of area (rural, suburban or urban) has the highest average agreeableness?",
         ["GROUP BY urban", 'AVG("Agreeableness")', "LIMIT 1"], []),
        ("personalities", "For people with a university or graduate degree, average extraversion of men vs women",
         ["GROUP BY gender", "education IN ('Univ', 'Grad')"], ["GROUP BY education"]),
        # a span of years of a column named after it; a verb that restricts nothing
        ("job_losers", "number of workers with at least 10 years tenure", ["tenure >= 10"], ["age"]),
        ("job_losers", "What percentage of workers received unemployment insurance?", ["ui = TRUE"], []),
    ],
)  # fmt: skip
def test_round81_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND81_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND82_TABLES = {
    # a survey without dates: counts over "the past two weeks"; admissions counted from 0
    "health_survey": "sex,age,insurance,illness,doctorco,hospadmi,hospdays\n"
    + "\n".join(
        f"{i % 2},{0.19 + (i % 50) / 100},{('medlevy', 'levyplus', 'freepoor', 'freerepa')[i % 4]},{i % 6},{i % 4},"
        f"{(i * 7) % 6},{(i * 3) % 20}"
        for i in range(200)
    ),
    # a diagnosis written `Dx`; scores of many values
    "clinic_scores": "Dx,Speed,Memory,Age,Sex\n"
    + "\n".join(
        f"{('Schizophrenia', 'Schizoaffective', 'Control')[i % 3]},{20 + (i * 7) % 50},{15 + (i * 11) % 57},{20 + i % 45},"
        f"{('Female', 'Male')[i % 2]}"
        for i in range(180)
    ),
    # schools numbered 1 to 30 and classes 1 to 4 within them; states by their initials; one score
    "science_survey": "State,school,class,sex,like\n"
    + "\n".join(f"{('ACT', 'NSW')[i // 120]},{1 + i % 30},{1 + i % 4},{('f', 'm')[i % 2]},{1 + (i * 5) % 8}" for i in range(240)),
    # height `ht` beside hemoglobin `hg`; sports coded
    "athletes": "ht,hg,wt,sex,sport\n"
    + "\n".join(
        f"{150 + (i * 7) % 60},{11 + (i % 50) / 10},{50 + (i * 13) % 70},{('f', 'm')[i % 2]},"
        f"{('B_Ball', 'Row', 'Swim', 'Gym')[i % 4]}"
        for i in range(120)
    ),
    # death rates by region, area, sex and cause; a cause named as a pair
    "mortality": "Region,Status,Sex,Cause,Rate\n"
    + "\n".join(
        f"HHS Region 0{1 + i % 5},{('Rural', 'Urban')[i // 5 % 2]},{('Female', 'Male')[i // 10 % 2]},"
        f"{('Flu and pneumonia', 'Heart disease', 'Cancer', 'Suicide')[i // 20 % 4]},{5 + (i * 37) % 200}.5"
        for i in range(80)
    ),
    # aid in constant dollars per country and year; what the US imports from and exports to each
    "aid": "country,region,year,nomoblig,constoblig,usaimp,usaexp\n"
    + "\n".join(
        f"{('Kenya', 'Egypt', 'Peru', 'India', 'Chile')[i % 5]},{('Africa', 'Africa', 'Americas', 'Asia', 'Americas')[i % 5]},"
        f"{(1951, 1971, 1991, 2011)[i // 5]},{1000 * i},{2000 * i + 7},{(i * 37) % 100},{(i * 53) % 100}"
        for i in range(20)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # over data without dates, "in the past two weeks" is the survey's window, not a filter
        ("health_survey", "What is the average number of doctor consultations in the past two weeks?", ["AVG(doctorco)"],
         ["WHERE"]),
        ("health_survey", "How many people had more than 2 doctor consultations in the past 2 weeks?", ["doctorco > 2"], []),
        # "at least once" over a count named just before: at least 1
        ("health_survey", "How many respondents were admitted to hospital at least once in the past year?",
         ["hospadmi >= 1"], []),
        ("health_survey", "Which insurance type accounts for the most hospital admissions in total?",
         ["SUM(hospadmi)", "GROUP BY insurance", "LIMIT 1"], []),
        # `Dx`: the diagnosis; "rank the X by" groups by X
        ("clinic_scores", "how many diagnoses are there", ['COUNT(DISTINCT "Dx")'], []),
        ("clinic_scores", "avg speed by diagnosis", ['GROUP BY "Dx"', 'AVG("Speed")'], []),
        ("clinic_scores", "Rank the diagnosis groups by average processing speed, highest first",
         ['GROUP BY "Dx"', "DESC"], ["LIMIT"]),
        # what the people did, not what the rows are: nothing holds it
        ("clinic_scores", "Which medication were the schizophrenia patients taking?", [], []),
        # the values of a score ranked, not how often each occurs
        ("clinic_scores", "What are the top 3 working memory scores?", ['ORDER BY "Memory" DESC LIMIT 3'], ["COUNT"]),
        # how many groups pass a condition on their average
        ("clinic_scores", "How many diagnostic groups have an average speed above 40?",
         ['HAVING AVG("Speed") > 40', "COUNT(*)"], []),
        # a numbered school is no measure; a name by its initials
        ("science_survey", "What's the average attitude to science score across all students?", ['AVG("like")'], ["school"]),
        ("science_survey", "How many of the students are from New South Wales?", ["\"State\" = 'NSW'"], []),
        ("science_survey", "Which schools have an average like score above 5?", ["GROUP BY school", 'HAVING AVG("like") > 5'],
         []),
        # `ht` is the height, `hg` (its g silent in "height") is not
        ("athletes", "What is the average height of the athletes?", ["AVG(ht)"], ["hg"]),
        # the columns to show listed after a dash
        ("athletes", "top 5 heaviest athletes - sport and weight", ["ORDER BY wt DESC LIMIT 5", "sport"], ["GROUP BY"]),
        # either word of a pair names it; a list of columns to show; groups counted by their average
        ("mortality", "avg flu death rate men vs women", ["\"Cause\" = 'Flu and pneumonia'", 'GROUP BY "Sex"'], []),
        ("mortality", "top 5 highest death rates with region, status, sex and cause",
         ['"Region"', '"Status"', '"Sex"', '"Cause"', 'ORDER BY "Rate" DESC LIMIT 5'], []),
        ("mortality", "How many causes of death have an average rate above 40?",
         ['HAVING AVG("Rate") > 40', "COUNT(*)"], []),
        # a price year is the money's unit; a word said on both sides of a comparison; "per" the unit averaged over
        ("aid", "What was the total aid in 2011, in constant 2019 dollars?", ["SUM(constoblig)", '"year" = 2011'], ["2019"]),
        ("aid", "In 2011, for how many countries were US exports greater than US imports?", ["usaexp > usaimp"], []),
        ("aid", "average constoblig per country by year", ['GROUP BY "year"', "AVG(constoblig)"], ["GROUP BY country"]),
    ],
)  # fmt: skip
def test_round82_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND82_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND83_TABLES = {
    # the hand in a column named `left`; 0/1 deaths by kind, one of them initials with a preposition (`kia`)
    "cricketers": "left,year,life,dead,acd,kia,cause\n"
    + "\n".join(
        f"{('left', 'right', 'right')[i % 3]},{1850 + i % 100},{30 + (i * 7) % 60},{int(i % 4 != 0)},{int(i % 9 == 1)},"
        f"{int(i % 18 == 1)},{('alive', 'acd', 'inbed', 'inbed')[i % 4]}"
        for i in range(200)
    ),
    # CDISC ADaM subject-level names in capitals
    "trial_adsl": "USUBJID,TRTA,RANDFL,AGE,AAGEGR1,SEX,BLBMI,EVNTFL\n"
    + "\n".join(
        f"S{1000 + i},{('Placebo', 'Drug 1', '')[i % 3]},{('Y', 'Y', 'N')[i % 3]},{25 + i % 40},{('<40', '>=40')[i % 40 >= 15]},"
        f"{('Male', 'Female')[i % 2]},{20 + (i * 7 % 150) / 10},{('Y', '')[i % 2]}"
        for i in range(150)
    ),
    # a household's size glued to `hh`, years of schooling glued to `yr`; communes numbered from 1
    "village_households": "sex,age,educyr,urban,hhsize,commune\n"
    + "\n".join(
        f"{('male', 'female')[i % 2]},{25 + i % 50},{i % 16},{('yes', 'no')[i % 3 == 0]},{1 + i % 12},{1 + i % 60}"
        for i in range(300)
    ),
    # chemical symbols (`Mg` beside `Mn`, `K`); forest types packed from two clipped words; sites numbered 101 on
    "soil_samples": "site,forest,Mg,Mn,K\n"
    + "\n".join(
        f"{101 + i % 40},{('mixdec', 'pine', 'sprbir')[i % 3]},{6 + (i % 10) / 10},{5 + (i % 7) / 10},{8 + (i % 5) / 10}"
        for i in range(160)
    ),
    # a panel of countries and years, shares of GDP in the columns' names
    "spending_panel": "country,year,tradegdp,govtspendgdp\n"
    + "\n".join(
        f"{('Spain', 'Portugal', 'Italy', 'Ireland')[i % 4]},{1970 + i // 4},{50 + (i * 13) % 190},{30 + (i * 7) % 30}"
        for i in range(200)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # initials with a preposition; handedness over a `left` column of 'left'/'right'
        ("cricketers", "How many cricketers were killed in action?", ["kia = 1"], []),
        ("cricketers", "average lifespan by handedness", ['GROUP BY "left"', "AVG(life)"], []),
        # trial subject data: `AGE` never read from "average"; the arm, baseline BMI, a flag, the age group
        ("trial_adsl", "What is the average age of the subjects?", ['AVG("AGE")'], []),
        ("trial_adsl", "avg bmi by treatment arm", ['GROUP BY "TRTA"', 'AVG("BLBMI")'], []),
        ("trial_adsl", "How many subjects were randomized?", ["\"RANDFL\" = 'Y'"], []),
        ("trial_adsl", "average BMI for each age group", ['GROUP BY "AAGEGR1"', 'AVG("BLBMI")'], []),
        # `hhsize`, `educyr`; the table's own noun names no column; numbered communes group
        ("village_households", "largest household size", ["MAX(hhsize)"], []),
        ("village_households", "Which commune has the highest average years of schooling among household heads?",
         ["AVG(educyr)", "GROUP BY commune"], ["hhsize"]),
        # unnamed rows with a condition, no verb: how many
        ("village_households", "households with at least 10 members", ["COUNT(*)", "hhsize >= 10"], []),
        # a symbol is no other word's skeleton; two clipped words packed into a value; compare the values named
        ("soil_samples", "average magnesium", ['AVG("Mg")'], ["Mn"]),
        ("soil_samples", "Compare average magnesium in mixed deciduous and pine forest samples.",
         ["forest IN ('mixdec', 'pine')", "GROUP BY forest"], []),
        ("soil_samples", "min and max potassium", ['MIN("K")', 'MAX("K")'], []),
        # "% of GDP" said of a column named for it; the years that qualify; compare across a list
        ("spending_panel", "avg trade % of GDP by decade", ["AVG(tradegdp)"], ["percent"]),
        ("spending_panel", "years where ireland's trade was over 200% of gdp", ['SELECT DISTINCT "year"', "tradegdp > 200"],
         []),
        ("spending_panel", "Compare average government spending in Spain, Portugal and Italy",
         ["GROUP BY country", "AVG(govtspendgdp)"], []),
    ],
)  # fmt: skip
def test_round83_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND83_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND84_TABLES = {
    # a heart attack registry: y/n answers with 'nk' (not known), two-digit years of onset named `yr...`, an outcome
    "heart_registry": "outcome,sex,age,yronset,diabetes,highbp,hosp\n"
    + "\n".join(
        f"{('live', 'dead', 'live')[i % 3]},{('m', 'f')[i % 2]},{35 + i % 40},{85 + i % 9},{('y', 'n', 'nk', 'n')[i % 4]},"
        f"{('y', 'n', 'nk')[i % 3]},{('y', 'n')[i % 5 == 0]}"
        for i in range(300)
    ),
    # hospital stays: a length of stay `los`, 0/1 answers, hospitals only by their provider number
    "hospital_stays": "los,died,white,provnum\n"
    + "\n".join(f"{1 + (i * 7) % 40},{int(i % 3 == 0)},{int(i % 4 != 0)},{30001 + i % 20}" for i in range(600)),
    # leaf blades (`bladelen`, `bladewid`) beside the log of the length, by site
    "leaf_samples": "bladelen,bladewid,loglen,location\n"
    + "\n".join(
        f"{5 + (i * 3) % 40},{2 + i % 9},{round(math.log(5 + (i * 3) % 40), 4)},{('Sabah', 'Panama', 'Tasmania')[i % 3]}"
        for i in range(150)
    ),
    # an anonymous yes/no (`NoYes`) for the thing the table is named for
    "fever_regions": "temp,trees,NoYes\n"
    + "\n".join(f"{10 + i % 20},{'' if i % 50 == 0 else i % 80},{int(i % 5 < 2)}" for i in range(400)),
    # a survey of women: age kept in decades, a Y/N answer named by a verb, districts numbered from 1
    "women_survey": "district,use,age,urban,livch\n"
    + "\n".join(
        f"{1 + i % 30},{('Y', 'N', 'N')[i % 3]},{2 + (i % 43) / 10},{('Y', 'N')[i % 30 < 5 or i % 4 == 0]},"
        f"{('0', '1', '2', '3+')[i % 4]}"
        for i in range(600)
    ),
    # fuel samples named in words ('Hemp,Fresh', 'Cereals, Hemp', 'Almond Shells'), a heating value in MJ/kg
    "fuel_samples": "sample,carbon,hydrogen,oxygen,HHV\n"
    + "\n".join(
        f'"{("Hemp,Fresh", "Hemp (Whole Crop)", "Cereals, Hemp", "Almond Shells", "Almond Hull", "Alder", "Birch")[i % 7]}'
        f' {i // 7}",{40 + i % 15},{5 + i % 3},{30 + i % 12},{15 + (i % 9)}'
        for i in range(140)
    ),
    # ratings of faces: the judgement measured in a column
    "face_ratings": "Attract,Trust,FaceSex\n"
    + "\n".join(f"{1 + (i * 7 % 60) / 10},{2 + (i * 11 % 53) / 10},{('F', 'M')[i % 2]}" for i in range(120)),
    # a health panel: household income glued (`hhninc`), numbered level indicators, a yes/no `self`
    "health_panel": "docvis,hhninc,edlevel,edlevel1,edlevel2,self,outwork\n"
    + "\n".join(
        f"{i % 9},{0.5 + (i % 40) / 10},{1 + i % 2},{int(i % 2 == 0)},{int(i % 2 == 1)},{int(i % 7 == 0)},{int(i % 3 == 0)}"
        for i in range(300)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # y/n answers with a 'nk' third value; "high blood pressure" over `highbp`; years of onset kept in two digits
        ("heart_registry", "How many diabetics died?", ["diabetes = 'y'", "outcome = 'dead'"], []),
        ("heart_registry", "What percentage of patients have high blood pressure?", ["highbp = 'y'"], []),
        ("heart_registry", "How many heart attacks happened in 1990?", ["yronset = 90"], []),
        ("heart_registry", "Number of cases per year, in chronological order", ["GROUP BY yronset ORDER BY yronset"], []),
        # a rate of an outcome; survived and lived
        ("heart_registry", "death rate by sex", ["FILTER (WHERE outcome = 'dead')", "GROUP BY sex"], []),
        ("heart_registry", "What percentage of hospitalized patients survived?", ["outcome = 'live'", "hosp = 'y'"], []),
        # "non-" belongs to the word it is glued to; `los`; hospitals by their provider number; a table's rows counted
        ("hospital_stays", "What percentage of non-white patients died?", ["died = 1", "white = 0"], ["died = 0"]),
        ("hospital_stays", "What is the average length of stay?", ["AVG(los)"], []),
        ("hospital_stays", "top 3 hospitals by average los", ["GROUP BY provnum", "AVG(los)", "LIMIT 3"], []),
        ("hospital_stays", "Which hospitals had more than 30 stays?", ["GROUP BY provnum", "HAVING COUNT(*) > 30"], ["los"]),
        ("hospital_stays", "total patient days across all stays", ["SUM(los)"], []),
        ("hospital_stays", "which hospitals had no deaths", ["FILTER (WHERE died = 1)", "= 0"], []),
        ("hospital_stays", "How many emergency admissions were there?", [], []),
        # the measure, not its logarithm, unless the log is said; a site is a location
        ("leaf_samples", "avg leaf length by site", ["AVG(bladelen)", "GROUP BY location"], ["loglen"]),
        ("leaf_samples", "mean log length", ["AVG(loglen)"], []),
        # an anonymous yes/no: the table's subject; typed as named; "-free" is without
        ("fever_regions", "how many fever regions are there", ['"NoYes" = 1'], []),
        ("fever_regions", "avg trees by NoYes", ['GROUP BY "NoYes"'], []),
        ("fever_regions", "median trees for fever regions versus fever-free regions", ['GROUP BY "NoYes"'], []),
        ("fever_regions", "average temp where NoYes = 0", ['"NoYes" = 0'], []),
        ("fever_regions", "How many regions have no tree cover data?", ["trees IS NULL"], ["NoYes", "= 0"]),
        # ages kept in decades; a verb's yes; groups with none of a kind; a "which" left unread is declined
        ("women_survey", "How many women are between 30 and 40 years old?", ["age BETWEEN 3.0 AND 4.0"], []),
        ("women_survey", "How many women are using it?", ["use = 'Y'"], []),
        ("women_survey", "Which districts have no urban women?", ["FILTER (WHERE urban = 'Y')", "= 0", "GROUP BY district"], []),
        ("women_survey", "Which number of living children has the highest rate of use?", [], []),
        # names holding a word anywhere; two words of a name; a unit of energy
        ("fuel_samples", "How many hemp samples are there?", ["ILIKE '%hemp%'"], []),
        ("fuel_samples", "avg HHV of almond shells", ["ILIKE '%almond shell%'"], []),
        ("fuel_samples", "number of samples with HHV between 18 and 20 MJ/kg", ['"HHV" BETWEEN 18 AND 20'], []),
        # a list of figures by commas; a measure no column holds is no count of rows
        ("fuel_samples", "What are the mean carbon, hydrogen and oxygen percentages?",
         ["AVG(carbon)", "AVG(hydrogen)", "AVG(oxygen)"], []),
        ("fuel_samples", "What is the moisture content of each sample?", [], []),
        # a judgement the data rates; what values a column takes
        ("face_ratings", "how many faces are more attractive than 4", ['"Attract" > 4'], []),
        ("face_ratings", "the 3 most trustworthy faces", ['ORDER BY "Trust" DESC'], []),
        ("face_ratings", "what values does FaceSex take", ['SELECT DISTINCT "FaceSex"'], []),
        # a glued household income; a bound is no numbered column; self-employed
        ("health_panel", "What's the median household income?", ["MEDIAN(hhninc)"], []),
        ("health_panel", "How many people have a household income below 1?", ["hhninc < 1"], ["edlevel1"]),
        ("health_panel", "number of self-employed people", ["self = 1"], []),
        # `outwork` (out of work): "working" is its no, "not working" its yes
        ("health_panel", "how many people are working", ["outwork = 0"], []),
        ("health_panel", "What is the highest household income of people who are not working?", ["outwork = 1"], []),
        # "older children" are which children, not an age
        ("women_survey", "How many women have more than 2 older children?", [], []),
        # an average read as a count of rows is declined
        ("women_survey", "Average number of young children for women in urban areas versus those not", [], []),
    ],
)  # fmt: skip
def test_round84_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND84_TABLES[table]), question, must, must_not, decline_if_empty=True)


_ROUND86_TABLES = {
    # athletes by sport: some sports have only women in them
    "athlete_roster": "sport,sex,wt\n"
    + "\n".join(
        f"{('Netball', 'Rowing', 'Gym', 'Polo')[i % 4]},{('f', 'm')[i % 4 in (1, 3) and i % 3 == 0]},{50 + i % 40}"
        for i in range(200)
    ),
    # crash occupants by year: groups asked in their own order
    "crash_people": "yearacc,airbag,sex,dead\n"
    + "\n".join(
        f"{1997 + i % 6},{('airbag', 'none')[i % 3 == 0]},{('m', 'f')[i % 2]},{('alive', 'dead')[i % 7 == 0]}" for i in range(300)
    ),
    # a survey whose marital status is sometimes blank, and the European Social Survey's names (`agea`, `gndr`)
    "social_survey": "marital,agea,gndr,region,uempla,avg_drinks\n"
    + "\n".join(
        f"{('', 'married', 'single', 'divorced')[i % 4]},{18 + i % 70},{1 + i % 2},{('London', 'Wales', 'Scotland')[i % 3]},"
        f"{int(i % 11 == 0)},{i % 13}"
        for i in range(300)
    ),
    # monthly prices of two oils and two coffees
    "monthly_prices": "date,oil_brent,oil_dubai,coffee_arabica,coffee_robustas\n"
    + "\n".join(
        f"{1990 + i // 12}-{1 + i % 12:02d}-01,{20 + (i * 7) % 50},{19 + (i * 5) % 53},{2 + (i % 9) / 3},{1.5 + (i % 11) / 3}"
        for i in range(240)
    ),
    # transplant patients: diseases and causes of death kept as codes of initials
    "transplants": "dissub,cod,time,tcd\n"
    + "\n".join(
        f"{('AML', 'ALL', 'CML')[i % 3]},{('Alive', 'Relapse', 'GvHD', 'Fungal')[i % 4]},{1 + (i * 13) % 120},{('TCD', 'No TCD', 'Unknown')[i % 3]}"
        for i in range(300)
    ),
    # firms over years, named with their corporate suffix
    "firm_years": "company,year,patents,sales,sp500,randd,industry\n"
    + "\n".join(
        f"{('INTEL CORP', 'GENERAL MOTORS CORP', 'MICROSOFT CORP', 'ACME INC', 'ZETA LTD')[i % 5]},{1991 + i // 5},"
        f"{(i * 397) % 1500},{100 + (i * 31) % 900},{('yes', 'no')[i % 5 > 2]},{(i * 53) % 700},{(3341, 2834)[i % 5 > 1]}"
        for i in range(45)
    ),
    # countries by their official names, one row each
    "country_figures": "countries_and_areas,fertility_2018,births_2018,percent_urban_2018,pop_urban_growth_rate_2018,"
    "pop_growth_rate_2018\n"
    + "\n".join(
        f"{n},{1 + (i % 6) / 2},{100 + i * 10},{20 + i % 81},{(i % 9) / 2},{(i % 7) - 2}"
        for i, n in enumerate(
            ["Russian Federation", "Viet Nam", "Republic of Korea", "United Republic of Tanzania", "Myanmar"]
            + [f"Country {k}" for k in range(60)]
        )
    ),
    # yearly war records: battle deaths counted, and per million people
    "war_years": "Year,war,battleDeaths,battleDeathsPMP,riots\n"
    + "\n".join(
        f"{1800 + i},{('', 'Civil War', 'World War I')[i % 3]},{(i * 37) % 500},{(i * 37) % 500 / 30},{i % 7}" for i in range(120)
    ),
    # countries in 2012: events counted, the total population in thousands (`tpop`) beside the adult one
    "country_events": "country,assassinations,riots,gdppc,tpop,adultpop,strikes,perctser,area\n"
    + "\n".join(
        f"Land {k},{k % 4},{k % 9},{500 + (k * 977) % 40000},{1000 + (k * 7919) % 300000},{800 + (k * 7919) % 200000},{k % 3},{(k * 7) % 90},{5000 + (k * 3571) % 900000}"
        for k in range(120)
    ),
    # births to mothers in families: the mother's id, her education, the husband's employment
    "family_births": "kid,mom,momEd,husEmpl,ssDist\n"
    + "\n".join(
        f"{i},{i // 3},{('None', 'Primary', 'Secondary+')[i % 3]},{('Agri (self)', 'Skilled', 'Unskilled')[i % 3]},{i % 40}"
        for i in range(300)
    ),
}


@pytest.mark.parametrize(
    ("table", "question", "must", "must_not"),
    [
        # groups with only rows of one kind: none of any other
        ("athlete_roster", "Which sports only have women in them?", ["FILTER (WHERE sex != 'f')", "= 0", "GROUP BY sport"], []),
        ("athlete_roster", "which sports have only female athletes", ["FILTER (WHERE sex != 'f')", "= 0"], []),
        # groups in their own order when asked ("sorted by year", alphabetically); by the figure otherwise
        ("crash_people", "number of occupants per crash year, sorted by year", ["ORDER BY yearacc ASC"], ["ORDER BY count"]),
        ("crash_people", "occupants by airbag in alphabetical order", ["ORDER BY airbag ASC"], []),
        ("crash_people", "occupants by airbag in reverse alphabetical order", ["ORDER BY airbag DESC"], []),
        ("crash_people", "deaths by sex sorted by count", ["ORDER BY count DESC"], []),
        # values listed leave the blank out; the survey's standard names
        ("social_survey", "list the marital statuses", ["SELECT DISTINCT marital", "marital IS NOT NULL"], []),
        ("social_survey", "What's the average age of the respondents?", ["AVG(agea)"], []),
        ("social_survey", "How many respondents are aged between 18 and 30?", ["agea BETWEEN 18 AND 30"], []),
        # two columns compared on each row, however the comparison is worded; a correlation of two columns
        ("monthly_prices", "In how many months did robusta coffee cost more than arabica?", ["coffee_robustas > coffee_arabica"], []),
        ("monthly_prices", "What percentage of months was Dubai crude more expensive than Brent?", ["oil_dubai > oil_brent"], []),
        ("monthly_prices", "correlation between brent and dubai oil prices", ["CORR(oil_brent, oil_dubai)"], []),
        ("monthly_prices", "correlation of arabica and robusta by year", ["CORR(coffee_arabica, coffee_robustas)", "GROUP BY YEAR"], []),
        # a code of capitals spelled by the words of its name
        ("transplants", "How many patients had acute myeloid leukemia?", ["dissub = 'AML'"], []),
        ("transplants", "How many patients died of graft-versus-host disease?", ["cod = 'GvHD'"], []),
        ("transplants", "What are the T-cell depletion categories?", ["SELECT DISTINCT tcd"], ["WHERE tcd"]),
        ("transplants", "For AML patients, what is the average time by T-cell depletion?", ["GROUP BY tcd", "dissub = 'AML'"], []),
        # a company by its name without the corporate suffix; which of them, once each
        ("firm_years", "total sales of intel", ["company = 'INTEL CORP'"], []),
        ("firm_years", "How many patents did General Motors get in total?", ["SUM(patents)", "company = 'GENERAL MOTORS CORP'"], []),
        ("firm_years", "Which companies had more than 1000 patents in a single year?", ["SELECT DISTINCT company", "patents > 1000"], []),
        # countries by the names people use for their official names
        ("country_figures", "What was the fertility rate in Vietnam?", ["countries_and_areas = 'Viet Nam'"], []),
        ("country_figures", "births in Russia", ["countries_and_areas = 'Russian Federation'"], []),
        ("country_figures", "births in Tanzania", ["countries_and_areas = 'United Republic of Tanzania'"], []),
        # "90% urban": the column named a percentage, not another the word names
        ("country_figures", "average births for countries that are at least 90% urban", ["percent_urban_2018 >= 90"], []),
        # a yes/no against the rest: each side; an aggregate word names no column whose other words are unsaid
        ("firm_years", "average sales for S&P 500 firms vs non-members", ["GROUP BY sp500", "AVG(sales)"], []),
        ("social_survey", "avg depression score by region", [], []),
        ("social_survey", "avg drinks by region", ["AVG(avg_drinks)", "GROUP BY region"], []),
        # the husband's employment, glued and clipped; the mothers themselves, not their education
        ("family_births", "births by husband's job", ['GROUP BY "husEmpl"'], []),
        ("family_births", "number of distinct mothers", ["COUNT(DISTINCT mom)"], ["momEd"]),
        # years listed, a span of years, years compared; groups kept by their average
        ("monthly_prices", "average brent in 2000 and 2001", ['YEAR("date") IN (2000, 2001)'], []),
        ("monthly_prices", "compare average brent in 2000 and 2001", ['YEAR("date") IN (2000, 2001)', 'GROUP BY YEAR("date")'], []),
        ("monthly_prices", "yearly average arabica for 2000 through 2005", ['YEAR("date") BETWEEN 2000 AND 2005'], []),
        ("monthly_prices", "List the years when the average Brent price was over 45.", ["HAVING AVG(oil_brent) > 45"], []),
        # a share of a count the rows hold is of their sum
        ("war_years", "What share of all battle deaths happened during the Civil War?",
         ['SUM("battleDeaths") FILTER (WHERE war = \'Civil War\')'], ["PMP"]),
        ("war_years", "What share of all riots happened in the 1850s?", ["SUM(riots) FILTER"], []),
        ("war_years", "What percentage of the years had a war going on?", ["COUNT(*) FILTER"], ["SUM("]),
        # years counted once each over a calendar `Year`; the years a war lasted counted, not added up; WWI
        ("war_years", "How many years of data are in the table?", ['COUNT(DISTINCT "Year")'], []),
        ("war_years", "which war has the most years", ["GROUP BY war", "COUNT(*)"], ['SUM("Year")']),
        ("war_years", "average riots during WWI", ["war = 'World War I'"], []),
        ("country_events", "What share of all assassinations happened in Land 3?", ["SUM(assassinations) FILTER"], []),
        # the richest and the poorest by a measure; how populous; a total population kept in `tpop`
        ("country_events", "What percentage of countries had at least one general strike?", ["strikes >= 1"], ["perctser"]),
        ("firm_years", "Which year had the highest total R&D stock?", ["SUM(randd)", 'GROUP BY "year"'], []),
        ("firm_years", "top 3 companies by total patents over 1991-1999", ["SUM(patents)", "LIMIT 3"], ["patents > 1991"]),
        ("country_events", "poorest country by gdp per capita", ["SELECT country, gdppc", "ORDER BY gdppc ASC LIMIT 1"], []),
        ("country_events", "What are the 5 least populous countries?", ["ORDER BY tpop ASC LIMIT 5"], []),
        ("country_events", "Which country is the most densely populated?", ["tpop / NULLIF(area, 0)", "DESC LIMIT 1"], []),
        ("country_figures", "5 fastest growing populations", ["ORDER BY pop_growth_rate_2018 DESC LIMIT 5"], []),
        ("country_events", "How many countries have more than 100 million people?", ["tpop > 100000"], []),
    ],
)  # fmt: skip
def test_round86_general_rules(table: str, question: str, must: list[str], must_not: list[str]) -> None:
    _check_reading(_csv_source(table, _ROUND86_TABLES[table]), question, must, must_not, decline_if_empty=True)
