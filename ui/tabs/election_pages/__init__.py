"""The four pages of the elections tab (``ui.tabs.elections``), one module each.

Each page is a mixin of ``ElectionsTab``: it builds its widgets, loads them
from the services and runs its actions; the tab keeps the list of elections,
the stepper, the shortcuts and the shared state (``base.PageBase``).
"""
