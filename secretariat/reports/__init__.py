"""Documents: a format-neutral model, one builder per document, one writer per format.

Builders (``attendance_report.py`` …) turn congress data into a
:class:`~secretariat.reports.document.Document`; writers (``docx_writer.py``,
``pdf_writer.py``) turn any Document into a file. The fixed Vietnamese wording
of the documents lives with the builders (STYLE.md, "Text and language").
"""
