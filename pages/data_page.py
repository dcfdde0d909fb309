"""The Data page: table previews, column profiles and your own SQL through the guard."""

from querychat.ui.data_page import render_data_page

render_data_page()
