"""The congress on a PostgreSQL server: what only a server has (issue 20)."""
