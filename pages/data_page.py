"""The Data page: table previews, column profiles and your own SQL through the guard."""

import streamlit as st

from querychat.ui.data_page import render_data_page

st.set_page_config(layout="wide")  # tables and charts want the room; chat pages stay centered
render_data_page()
