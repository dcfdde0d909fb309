"""The Performance page: this session's stage timings against the design's targets."""

from querychat.ui.perf_page import render_performance_page

render_performance_page()
