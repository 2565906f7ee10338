"""Reusable widgets shared by several tabs (attendance counters, ...)."""
