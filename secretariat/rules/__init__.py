"""Pure functions of the Party rules: no database, no Qt, no I/O.

Each module implements articles of ``docs/domain/rules.md`` and names them:
``collation`` (ballot order, 190-QĐ/TW Điều 14), ``majority`` (the majority base
and counters, 190-QĐ/TW Điều 30) and ``case_input`` (reading the shared cases).
"""
