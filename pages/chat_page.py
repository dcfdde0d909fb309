"""The Chat page: a chat with its own history (ChatStore page id `chat`)."""

from querychat.ui import state
from querychat.ui.chat import render_chat_page

render_chat_page(next(p for p in state.CHAT_PAGES if p.page_id == "chat"))
