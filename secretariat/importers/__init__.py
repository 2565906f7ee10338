"""Importers: bring outside data into a congress file.

``roster`` reads a list of members from .xlsx or .csv and parses it into
``MemberData`` without touching the database; the services store the result.
"""
