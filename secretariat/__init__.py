"""Secretariat (Thư ký Đại hội): the core of the congress secretary's tool.

This package is the domain: rules, storage, services, importers and reports.
It never imports Qt or the ``ui`` package (a test enforces it).
"""

__version__ = "0.1.0"
