"""Pure functions of the Party rules: no database, no Qt, no I/O.

Each module implements articles of ``docs/domain/rules.md`` and names them:
``eligibility`` (full member of the cell, summoned, may vote, may count, may
stand: Điều lệ Đảng Điều 3, 190-QĐ/TW Điều 8), ``presence`` (inside the hall at
a moment, the congress-wide attendance: 190-QĐ/TW Điều 30), ``majority`` (the
majority base and counters, 190-QĐ/TW Điều 30), ``collation`` (ballot order,
190-QĐ/TW Điều 14), ``ballots``/``tally``/``elections``/``votes`` (ballots,
counts and results) and ``case_input`` (reading the shared cases).
"""
