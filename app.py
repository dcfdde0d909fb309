"""querychat: the Streamlit app shell (navigation, shared sidebar); the pages live in ``pages/``.

Run with ``streamlit run app.py``. Everything per visitor (data, histories, results) lives in the
browser session's ``st.session_state``; see ``querychat/ui/state.py``.

The page files are named ``*_page.py`` while their URLs are ``/scratchpad``, ``/data``...: a
``pages/`` folder makes Streamlit start in its legacy multipage mode until ``st.navigation`` runs,
and in that mode a URL matching a file name would run that page alone, without this shell.
"""

from __future__ import annotations

import streamlit as st

from querychat.ui import state
from querychat.ui.sidebar import render_sidebar

st.set_page_config(page_title="querychat", page_icon=":material/query_stats:")  # layout: per page

chat_pages = {p.title: p for p in state.CHAT_PAGES}
pages = {
    "Ask": [
        st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path, default=i == 0) for i, p in enumerate(state.CHAT_PAGES)
    ],
    "Explore": [
        st.Page("pages/data_page.py", title="Data", icon=":material/table:", url_path="data"),
        st.Page("pages/performance_page.py", title="Performance", icon=":material/speed:", url_path="performance"),
    ],
}
current = st.navigation(pages)
render_sidebar(chat_pages.get(current.title))
current.run()
