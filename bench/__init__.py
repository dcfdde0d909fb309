"""querychat benchmarks: `python bench/run_all.py [--quick]` (see bench/README.md)."""
