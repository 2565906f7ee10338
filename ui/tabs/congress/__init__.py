"""The congress tab: identity, sessions, members (tab.py) and guests (guests.py)."""

from ui.tabs.congress.tab import CongressTab

__all__ = ["CongressTab"]
