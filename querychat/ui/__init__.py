"""Streamlit rendering helpers for ``app.py`` and ``pages/``.

This package may import Streamlit; the core (``querychat`` and its other subpackages) never does, and
``import querychat`` never imports this package, so the CLI and the benchmarks stay free of it.
The pure helpers (``format``, ``charts``, ``live``, ``cache``) import no Streamlit either, so they
can be unit-tested without a script run.
"""
