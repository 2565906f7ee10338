"""The documents tab: what can be printed, what is still missing, a preview, export, print.

``tab`` composes the screen; ``export`` writes the files off the UI thread;
``printing`` puts the preview's pages on paper. The PDF view and the job runner
are widgets (``ui/widgets/pdf_view.py``, ``ui/widgets/jobs.py``); the page set-up
is a dialog (``ui/dialogs/page_setup.py``).
"""

from ui.dialogs.page_setup import PageSetupDialog, save_page_settings
from ui.tabs.documents.export import FOLDER_KEY
from ui.tabs.documents.tab import DocumentsTab
from ui.widgets.pdf_view import PREVIEW_DPI, PagesView, RenderedPdf, render_pdf

__all__ = [
    "FOLDER_KEY",
    "PREVIEW_DPI",
    "DocumentsTab",
    "PageSetupDialog",
    "PagesView",
    "RenderedPdf",
    "render_pdf",
    "save_page_settings",
]
