"""The speeches tab, one module per panel (``tab`` composes them)."""

from ui.tabs.speeches.common import kind_short, kind_text, read_text_file, state_text
from ui.tabs.speeches.prepared_text import PreparedTextDialog
from ui.tabs.speeches.queue_model import COL_SPEAKER, COL_SPOKEN, SpeechQueueModel
from ui.tabs.speeches.tab import SpeechesTab

__all__ = [
    "COL_SPEAKER",
    "COL_SPOKEN",
    "PreparedTextDialog",
    "SpeechQueueModel",
    "SpeechesTab",
    "kind_short",
    "kind_text",
    "read_text_file",
    "state_text",
]
