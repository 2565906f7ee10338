"""One module per area, one function per user action.

Each action opens a unit of work on the store, validates, writes, appends to the
journal and commits; it returns frozen dataclasses (never ORM objects) and,
where the UI needs to undo it, what it replaced.
"""
