--! Hostile SQL: every entry must be rejected by querychat.guard.validate_sql with a readable reason.
--! Entries are separated by a line that is exactly `-- next`; lines starting with `--!` are notes
--! about the file and are dropped. Tables loaded: penguins, seattle_weather.
--! Several statements, incl. after `;` and hidden in comments
SELECT 1; DROP TABLE penguins
-- next
SELECT * FROM penguins; DELETE FROM penguins
-- next
SELECT count(*) FROM penguins;
DROP TABLE seattle_weather;
-- next
SELECT 1 -- harmless
; DROP TABLE penguins
-- next
SELECT 1 /* ; */ ; ATTACH 'evil.db' AS evil
-- next
SELECT count(*) FROM penguins /* ; DROP TABLE penguins */
-- next
SELECT count(*) FROM penguins -- ; DELETE FROM penguins
-- next
SELECT species FROM penguins /*! ; DROP TABLE penguins */
-- next
SELECT 1; SELECT 2
-- next
/* looks like a comment */ DROP TABLE penguins
-- next
--! DDL and DML
DROP TABLE penguins
-- next
DROP VIEW IF EXISTS penguins
-- next
DROP SCHEMA main CASCADE
-- next
CREATE TABLE stolen AS SELECT * FROM penguins
-- next
CREATE OR REPLACE VIEW v AS SELECT 1 AS x
-- next
CREATE TEMP TABLE t (x INTEGER)
-- next
CREATE MACRO env() AS getenv('HOME')
-- next
CREATE SEQUENCE s
-- next
CREATE INDEX idx ON penguins (species)
-- next
CREATE TYPE mood AS ENUM ('sad', 'ok')
-- next
CREATE SECRET s3 (TYPE s3, KEY_ID 'x', SECRET 'y')
-- next
ALTER TABLE penguins ADD COLUMN pwned INTEGER
-- next
ALTER TABLE penguins RENAME TO p2
-- next
INSERT INTO penguins SELECT * FROM penguins
-- next
INSERT INTO penguins (species) VALUES ('Unicorn')
-- next
INSERT OR REPLACE INTO penguins SELECT * FROM penguins
-- next
UPDATE penguins SET body_mass_g = 0
-- next
DELETE FROM penguins WHERE year = 2007
-- next
TRUNCATE penguins
-- next
MERGE INTO penguins USING seattle_weather ON false WHEN NOT MATCHED THEN INSERT (species) VALUES ('x')
-- next
SELECT * INTO copy_of_penguins FROM penguins
-- next
COMMENT ON TABLE penguins IS 'owned'
-- next
--! Data-modifying CTEs
WITH gone AS (DELETE FROM penguins RETURNING *) SELECT count(*) FROM gone
-- next
WITH added AS (INSERT INTO penguins SELECT * FROM penguins RETURNING *) SELECT count(*) FROM added
-- next
WITH changed AS (UPDATE penguins SET year = 0 RETURNING *) SELECT * FROM changed
-- next
--! Settings, catalogue, files, extensions, maintenance
PRAGMA table_info('penguins')
-- next
PRAGMA enable_profiling
-- next
SET enable_external_access = true
-- next
SET memory_limit = '100GB'
-- next
SET GLOBAL threads = 64
-- next
SET VARIABLE x = 42
-- next
RESET memory_limit
-- next
RESET ALL
-- next
ATTACH 'evil.db' AS evil
-- next
ATTACH ':memory:' AS scratch
-- next
DETACH evil
-- next
USE evil
-- next
COPY penguins TO '/tmp/penguins.csv'
-- next
COPY penguins FROM '/etc/passwd'
-- next
COPY (SELECT * FROM penguins) TO '/tmp/p.parquet' (FORMAT parquet)
-- next
EXPORT DATABASE '/tmp/dump'
-- next
IMPORT DATABASE '/tmp/dump'
-- next
INSTALL httpfs
-- next
INSTALL shellfs FROM community
-- next
FORCE INSTALL httpfs
-- next
LOAD httpfs
-- next
LOAD '/tmp/evil.duckdb_extension'
-- next
UPDATE EXTENSIONS
-- next
CALL pragma_version()
-- next
CALL duckdb_settings()
-- next
CHECKPOINT
-- next
FORCE CHECKPOINT
-- next
VACUUM
-- next
VACUUM ANALYZE penguins
-- next
ANALYZE
-- next
BEGIN TRANSACTION
-- next
PREPARE p AS DELETE FROM penguins
-- next
EXECUTE p
-- next
DESCRIBE penguins
-- next
SHOW TABLES
-- next
SUMMARIZE penguins
-- next
EXPLAIN ANALYZE SELECT * FROM penguins
-- next
--! Functions that reach files, the network, the environment, settings or other catalogues
SELECT * FROM read_csv('/etc/passwd')
-- next
SELECT * FROM read_csv_auto('/etc/passwd', header = false)
-- next
SELECT * FROM read_csv(['/etc/passwd', '/etc/hosts'])
-- next
SELECT * FROM read_parquet('s3://bucket/secret.parquet')
-- next
SELECT * FROM read_json('https://example.com/data.json')
-- next
SELECT * FROM read_json_auto('/tmp/x.json')
-- next
SELECT * FROM read_ndjson_objects('/tmp/x.ndjson')
-- next
SELECT content FROM read_text('/proc/self/environ')
-- next
SELECT * FROM read_blob('/etc/shadow')
-- next
SELECT * FROM read_xlsx('/tmp/book.xlsx')
-- next
FROM read_csv('/etc/passwd')
-- next
SELECT * FROM parquet_scan('/tmp/x.parquet')
-- next
SELECT * FROM parquet_metadata('/tmp/x.parquet')
-- next
SELECT * FROM sqlite_scan('/tmp/x.db', 'users')
-- next
SELECT * FROM postgres_scan('host=db', 'public', 'users')
-- next
SELECT * FROM iceberg_scan('s3://bucket/table')
-- next
SELECT * FROM delta_scan('/tmp/delta')
-- next
SELECT * FROM st_read('/tmp/shapes.shp')
-- next
SELECT * FROM sniff_csv('/etc/passwd')
-- next
SELECT * FROM glob('/*')
-- next
SELECT * FROM glob('/home/*/.ssh/*')
-- next
SELECT * FROM query('SELECT 1')
-- next
SELECT * FROM query('DROP TABLE penguins')
-- next
SELECT * FROM query_table('penguins')
-- next
SELECT * FROM query_table(['penguins', 'seattle_weather'])
-- next
SELECT getenv('OPENAI_API_KEY') AS key
-- next
SELECT species, getenv('HOME') FROM penguins
-- next
SELECT current_setting('enable_external_access')
-- next
SELECT current_setting('memory_limit') AS m FROM penguins LIMIT 1
-- next
SELECT * FROM duckdb_settings()
-- next
SELECT * FROM duckdb_tables()
-- next
SELECT * FROM duckdb_extensions()
-- next
SELECT * FROM duckdb_secrets()
-- next
SELECT * FROM duckdb_databases()
-- next
SELECT * FROM duckdb_functions()
-- next
SELECT * FROM duckdb_memory()
-- next
SELECT * FROM pragma_table_info('penguins')
-- next
SELECT * FROM pragma_database_size()
-- next
SELECT * FROM which_secret('s3://bucket/x', 's3')
-- next
SELECT * FROM test_all_types()
-- next
SELECT * FROM json_execute_serialized_sql('{}')
-- next
--! Hidden inside an otherwise ordinary query
SELECT * FROM penguins WHERE species IN (SELECT column0 FROM read_csv('/etc/passwd'))
-- next
SELECT (SELECT count(*) FROM read_text('/etc/passwd')) AS n
-- next
SELECT species FROM penguins UNION ALL SELECT content FROM read_text('/etc/passwd')
-- next
WITH leak AS (SELECT * FROM read_csv('/etc/passwd')) SELECT * FROM leak
-- next
SELECT * FROM penguins, LATERAL read_csv('/etc/' || species)
-- next
SELECT * FROM penguins p JOIN glob('/tmp/*') g ON true
-- next
SELECT * FROM range(10) r, glob('*')
-- next
SELECT * FROM penguins WHERE island = getenv('USER')
-- next
SELECT * FROM seattle_weather ORDER BY current_setting('threads')
-- next
--! String-literal file references and replacement scans
SELECT * FROM 'data.csv'
-- next
SELECT * FROM '/etc/passwd'
-- next
SELECT * FROM 'https://example.com/x.parquet'
-- next
FROM 'secrets.parquet'
-- next
SELECT * FROM penguins JOIN 'other.csv' USING (species)
-- next
SELECT * FROM "penguins.csv"
-- next
--! Unknown tables, other schemas and databases
SELECT * FROM customers
-- next
SELECT * FROM penguins, secret_table
-- next
SELECT * FROM information_schema.tables
-- next
SELECT * FROM information_schema.columns
-- next
SELECT * FROM pg_catalog.pg_tables
-- next
SELECT * FROM sqlite_master
-- next
SELECT * FROM other_db.main.users
-- next
SELECT * FROM system.main.duckdb_settings
-- next
SELECT * FROM (WITH x AS (SELECT 1 AS a) SELECT * FROM x) AS sub, x
-- next
--! Not SQL at all, or not parsable
this is not sql
-- next
SELEC * FORM penguins
-- next
SELECT * FROM penguins WHERE (
-- next
-- only a comment
-- next
;
