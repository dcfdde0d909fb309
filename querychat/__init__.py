"""querychat core: ask questions of your data with one read-only SQL query and a streamed answer.

Importing the package is cheap on purpose: heavy modules (duckdb, sqlglot, openai, pandas) are
imported by the submodules that need them, never here, and Streamlit never.
"""

__version__ = "0.1.0"
