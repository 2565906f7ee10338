"""The minutes tab: BIÊN BẢN ĐẠI HỘI reviewed section by section, read back, signed off.

``tab`` composes the screen; ``panels`` its parts (the closed banner, the sections
with their check, the editor); ``read_back`` the hall's text and panel;
``dossier_writer`` the congress dossier; ``texts`` and ``compare`` the words and
the comparison of an edit with the regenerated text.
"""

from secretariat import dossier
from ui.tabs.minutes.compare import compare_html
from ui.tabs.minutes.read_back import HALL_TITLE, hall_paragraphs
from ui.tabs.minutes.tab import MinutesTab
from ui.tabs.minutes.texts import FIX_TAB, missing_text, section_title, tab_name

__all__ = [
    "FIX_TAB",
    "HALL_TITLE",
    "MinutesTab",
    "compare_html",
    "dossier",
    "hall_paragraphs",
    "missing_text",
    "section_title",
    "tab_name",
]
