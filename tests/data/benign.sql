--! Everyday analytics SQL over the sample tables penguins and seattle_weather: every entry must be
--! accepted by querychat.guard.validate_sql AND run through DuckDBSource.query. Entries are
--! separated by a line that is exactly `-- next`; lines starting with `--!` are notes about the file.
SELECT count(*) AS n FROM penguins
-- next
SELECT * FROM penguins LIMIT 5
-- next
SELECT * FROM penguins;
-- next
SELECT species, count(*) AS n FROM penguins GROUP BY species ORDER BY n DESC
-- next
SELECT species, island, avg(body_mass_g) AS avg_mass FROM penguins GROUP BY species, island ORDER BY avg_mass DESC
-- next
SELECT species, round(avg(bill_length_mm), 1) AS avg_bill FROM penguins WHERE sex = 'female' GROUP BY 1 ORDER BY 2
-- next
SELECT DISTINCT island FROM penguins ORDER BY island
-- next
SELECT count(DISTINCT species) AS species_count FROM penguins
-- next
SELECT min(body_mass_g) AS lightest, max(body_mass_g) AS heaviest, median(body_mass_g) AS median_mass FROM penguins
-- next
SELECT species, stddev_samp(flipper_length_mm) AS sd FROM penguins GROUP BY species
-- next
SELECT species, quantile_cont(body_mass_g, 0.9) AS p90 FROM penguins GROUP BY species
-- next
SELECT species, count(*) FILTER (WHERE sex = 'male') AS males, count(*) FILTER (WHERE sex = 'female') AS females FROM penguins GROUP BY species
-- next
SELECT species, sum(CASE WHEN body_mass_g > 4500 THEN 1 ELSE 0 END) AS heavy FROM penguins GROUP BY species
-- next
SELECT CASE WHEN body_mass_g < 3500 THEN 'small' WHEN body_mass_g < 4500 THEN 'medium' ELSE 'large' END AS size_class, count(*) AS n
FROM penguins WHERE body_mass_g IS NOT NULL GROUP BY size_class ORDER BY n DESC
-- next
SELECT * FROM penguins WHERE bill_length_mm BETWEEN 40 AND 45 AND island IN ('Biscoe', 'Dream')
-- next
SELECT * FROM penguins WHERE sex IS NULL
-- next
SELECT species, island FROM penguins WHERE species LIKE 'Ad%' AND island ILIKE 'tor%'
-- next
SELECT species, coalesce(sex, 'unknown') AS sex, count(*) AS n FROM penguins GROUP BY ALL ORDER BY ALL
-- next
SELECT species, year, count(*) AS n FROM penguins GROUP BY ALL HAVING count(*) > 30 ORDER BY year, species
-- next
SELECT * FROM penguins ORDER BY body_mass_g DESC NULLS LAST LIMIT 10
-- next
SELECT * FROM penguins ORDER BY bill_length_mm LIMIT 10 OFFSET 5
-- next
SELECT species, body_mass_g, rank() OVER (PARTITION BY species ORDER BY body_mass_g DESC) AS rnk FROM penguins
-- next
SELECT species, island, body_mass_g FROM penguins
QUALIFY row_number() OVER (PARTITION BY species ORDER BY body_mass_g DESC) <= 3
-- next
SELECT species, body_mass_g, body_mass_g - avg(body_mass_g) OVER (PARTITION BY species) AS diff_from_mean FROM penguins
-- next
SELECT date, temp_max, avg(temp_max) OVER (ORDER BY date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling_7d FROM seattle_weather ORDER BY date
-- next
SELECT date, precipitation, sum(precipitation) OVER (PARTITION BY year(date) ORDER BY date) AS ytd FROM seattle_weather
-- next
SELECT date, temp_max, lag(temp_max) OVER (ORDER BY date) AS prev_day, temp_max - lag(temp_max) OVER (ORDER BY date) AS change FROM seattle_weather
-- next
SELECT date, temp_max, lead(temp_max, 1) OVER w AS next_day, first_value(temp_max) OVER w AS first_in_month
FROM seattle_weather WINDOW w AS (PARTITION BY date_trunc('month', date) ORDER BY date)
-- next
SELECT species, body_mass_g, ntile(4) OVER (ORDER BY body_mass_g) AS quartile FROM penguins WHERE body_mass_g IS NOT NULL
-- next
SELECT species, percent_rank() OVER (ORDER BY flipper_length_mm) AS pr, cume_dist() OVER (ORDER BY flipper_length_mm) AS cd FROM penguins
-- next
WITH by_species AS (SELECT species, avg(body_mass_g) AS mass FROM penguins GROUP BY species)
SELECT * FROM by_species WHERE mass > (SELECT avg(body_mass_g) FROM penguins)
-- next
WITH monthly AS (
  SELECT date_trunc('month', date) AS month, sum(precipitation) AS rain FROM seattle_weather GROUP BY 1
), ranked AS (
  SELECT *, rank() OVER (ORDER BY rain DESC) AS r FROM monthly
)
SELECT month, rain FROM ranked WHERE r <= 5 ORDER BY r
-- next
WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 10) SELECT sum(n) AS total FROM counter
-- next
SELECT year(date) AS yr, month(date) AS mon, avg(temp_max) AS avg_high FROM seattle_weather GROUP BY yr, mon ORDER BY yr, mon
-- next
SELECT date_part('year', date) AS yr, count(*) FILTER (WHERE weather = 'rain') AS rainy_days FROM seattle_weather GROUP BY yr ORDER BY yr
-- next
SELECT strftime(date, '%Y-%m') AS ym, max(temp_max) AS hottest FROM seattle_weather GROUP BY ym ORDER BY ym
-- next
SELECT dayname(date) AS dow, avg(precipitation) AS avg_rain FROM seattle_weather GROUP BY dow ORDER BY avg_rain DESC
-- next
SELECT * FROM seattle_weather WHERE date >= DATE '2015-06-01' AND date < DATE '2015-07-01'
-- next
SELECT * FROM seattle_weather WHERE date BETWEEN '2013-01-01' AND '2013-01-31' ORDER BY date
-- next
SELECT date, date + INTERVAL 7 DAY AS week_later, date_diff('day', DATE '2012-01-01', date) AS days_since_start FROM seattle_weather LIMIT 10
-- next
SELECT min(date) AS first_day, max(date) AS last_day, max(date) - min(date) AS span FROM seattle_weather
-- next
SELECT quarter(date) AS q, weather, count(*) AS n FROM seattle_weather GROUP BY ALL ORDER BY q, n DESC
-- next
SELECT date_trunc('week', date) AS week, avg(wind) AS wind FROM seattle_weather WHERE year(date) = 2014 GROUP BY 1 ORDER BY 1
-- next
SELECT weather, count(*) AS days, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM seattle_weather GROUP BY weather ORDER BY days DESC
-- next
SELECT arg_max(date, temp_max) AS hottest_day, max(temp_max) AS temp FROM seattle_weather
-- next
SELECT species, arg_min(island, (body_mass_g, island)) AS island_of_lightest FROM penguins GROUP BY species
-- next
PIVOT penguins ON sex USING count(*) GROUP BY species
-- next
SELECT * FROM (PIVOT (SELECT year(date) AS yr, weather FROM seattle_weather) ON weather USING count(*) GROUP BY yr) ORDER BY yr
-- next
SELECT * FROM (SELECT species, island FROM penguins) PIVOT (count(*) FOR island IN ('Biscoe', 'Dream', 'Torgersen'))
-- next
UNPIVOT (SELECT date, temp_max, temp_min FROM seattle_weather LIMIT 10) ON temp_max, temp_min INTO NAME measure VALUE celsius
-- next
SELECT upper(species) AS s, lower(island) AS i, length(species) AS len FROM penguins LIMIT 5
-- next
SELECT species || ' from ' || island AS label, concat_ws('-', species, sex) AS combo FROM penguins LIMIT 10
-- next
SELECT DISTINCT substr(species, 1, 3) AS prefix, replace(island, 'o', '0') AS odd FROM penguins
-- next
SELECT species FROM penguins WHERE regexp_matches(species, '^(Adelie|Gentoo)$') GROUP BY species
-- next
SELECT regexp_replace(island, '[aeiou]', '*', 'g') AS masked, regexp_extract(species, '^[A-Z][a-z]+') AS word FROM penguins LIMIT 5
-- next
SELECT string_split('a,b,c', ',') AS parts, trim('  x  ') AS t, lpad(CAST(year AS VARCHAR), 6, '0') AS y FROM penguins LIMIT 3
-- next
SELECT species, list(DISTINCT island ORDER BY island) AS islands, string_agg(DISTINCT island, ', ' ORDER BY island) AS island_names FROM penguins GROUP BY species
-- next
SELECT species, list_sort(list(DISTINCT year)) AS years, len(list(DISTINCT year)) AS n_years FROM penguins GROUP BY species
-- next
SELECT [1, 2, 3] AS xs, list_transform([1, 2, 3], lambda x: x * 2) AS doubled, list_filter([1, 2, 3, 4], lambda x: x % 2 = 0) AS evens, [x * 10 FOR x IN [1, 2]] AS tens
-- next
SELECT unnest(['Adelie', 'Gentoo']) AS sp
-- next
SELECT u.sp, count(p.species) AS n FROM (SELECT unnest(['Adelie', 'Gentoo', 'Emperor']) AS sp) AS u LEFT JOIN penguins p ON p.species = u.sp GROUP BY u.sp
-- next
SELECT {'species': species, 'mass': body_mass_g} AS rec FROM penguins LIMIT 3
-- next
SELECT COLUMNS('bill_.*') FROM penguins LIMIT 5
-- next
SELECT avg(COLUMNS(* EXCLUDE (species, island, sex))) FROM penguins
-- next
SELECT * EXCLUDE (sex) FROM penguins LIMIT 5
-- next
SELECT * REPLACE (round(bill_length_mm) AS bill_length_mm) FROM penguins LIMIT 5
-- next
SELECT max(COLUMNS(*)) FROM seattle_weather
-- next
SELECT * FROM range(10) AS t(i)
-- next
SELECT generate_series AS d FROM generate_series(DATE '2012-01-01', DATE '2012-01-10', INTERVAL 1 DAY)
-- next
SELECT r.d, w.temp_max FROM (SELECT CAST(range AS DATE) AS d FROM range(DATE '2012-01-01', DATE '2012-02-01', INTERVAL 1 DAY)) AS r
LEFT JOIN seattle_weather w ON w.date = r.d ORDER BY r.d
-- next
SELECT p.year, count(*) AS penguins_measured, avg(w.temp_max) AS avg_high
FROM penguins p JOIN seattle_weather w ON year(w.date) = p.year GROUP BY p.year ORDER BY p.year
-- next
SELECT a.species, b.species AS other, abs(avg(a.body_mass_g) - avg(c.body_mass_g)) AS diff
FROM penguins a CROSS JOIN (SELECT DISTINCT species FROM penguins) b JOIN penguins c ON c.species = b.species
WHERE a.species < b.species GROUP BY a.species, b.species
-- next
SELECT w1.date, w1.temp_max, w2.temp_max AS year_before FROM seattle_weather w1
LEFT JOIN seattle_weather w2 ON w2.date = w1.date - INTERVAL 1 YEAR WHERE w1.date >= DATE '2015-12-25'
-- next
SELECT species FROM penguins WHERE island = 'Biscoe' INTERSECT SELECT species FROM penguins WHERE island = 'Dream'
-- next
SELECT species FROM penguins EXCEPT SELECT species FROM penguins WHERE island = 'Torgersen'
-- next
SELECT 'penguins' AS tbl, count(*) AS n FROM penguins UNION ALL SELECT 'weather', count(*) FROM seattle_weather
-- next
SELECT species FROM penguins UNION SELECT weather FROM seattle_weather ORDER BY 1
-- next
SELECT * FROM penguins WHERE body_mass_g > (SELECT avg(body_mass_g) FROM penguins) AND species = 'Adelie'
-- next
SELECT * FROM penguins p WHERE EXISTS (SELECT 1 FROM seattle_weather w WHERE year(w.date) = p.year) LIMIT 5
-- next
SELECT species, (SELECT count(*) FROM penguins p2 WHERE p2.species = p1.species) AS same_species FROM penguins p1 GROUP BY species
-- next
SELECT CAST(body_mass_g AS DOUBLE) / 1000 AS kg, try_cast(sex AS INTEGER) AS nothing, body_mass_g::VARCHAR AS txt FROM penguins LIMIT 5
-- next
SELECT round(avg(temp_max - temp_min), 2) AS avg_range, greatest(max(temp_max), 0) AS g, least(min(temp_min), 0) AS l FROM seattle_weather
-- next
SELECT species, histogram(island) AS h FROM penguins GROUP BY species
-- next
SELECT corr(bill_length_mm, bill_depth_mm) AS r, regr_slope(body_mass_g, flipper_length_mm) AS slope FROM penguins
-- next
SELECT species, mode(island) AS usual_island, count_if(body_mass_g > 4000) AS heavy FROM penguins GROUP BY species
-- next
SELECT weather, bool_or(precipitation > 20) AS ever_heavy, bool_and(wind < 10) AS always_calm FROM seattle_weather GROUP BY weather
-- next
SELECT if(temp_max > 25, 'hot', 'not hot') AS feel, count(*) AS n FROM seattle_weather GROUP BY feel
-- next
SELECT nullif(sex, '') AS sex, ifnull(bill_length_mm, 0) AS bill FROM penguins LIMIT 5
-- next
SELECT species, body_mass_g FROM penguins ORDER BY random() LIMIT 0
-- next
SELECT * FROM penguins USING SAMPLE 10 ROWS
-- next
FROM penguins SELECT species, count(*) GROUP BY species
-- next
FROM seattle_weather SELECT date, temp_min WHERE weather = 'snow' ORDER BY temp_min
-- next
SELECT "species", "body_mass_g" AS "Body mass (g)" FROM "penguins" WHERE "year" = 2009
-- next
-- the heaviest penguin of each species
SELECT species, max(body_mass_g) AS heaviest -- in grams
FROM penguins /* every row */ GROUP BY species
-- next
VALUES (1, 'one'), (2, 'two')
-- next
SELECT 1 + 1 AS two, pi() AS pi, now() IS NOT NULL AS has_clock, current_date IS NOT NULL AS has_date
