"""The four pages of the elections tab (``ui.tabs.elections``), one module each.

Each page is a widget on the screen base (``parts.Page``) that builds its
widgets, loads them from the services and runs its actions; all four work on
one ``selection.ElectionSelection`` (the election, round and entry pass chosen,
and what was read for them). The tab chooses, reads and loads the page on screen.
"""
