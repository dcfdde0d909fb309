"""The Performance page: this session's stage timings against the design's targets."""

import streamlit as st

from querychat.ui.perf_page import render_performance_page

st.set_page_config(layout="wide")  # tables and charts want the room; chat pages stay centered
render_performance_page()
