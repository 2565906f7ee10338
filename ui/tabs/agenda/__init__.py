"""The agenda tab: run the congress programme in real time and keep its notes.

``tab`` composes the screen; ``status`` is the panel read at a glance;
``item_dialog`` adds or edits one item and words the agenda's refusals.
"""

from ui.tabs.agenda.item_dialog import AgendaItemDialog, agenda_error_text
from ui.tabs.agenda.tab import AgendaTab

__all__ = ["AgendaItemDialog", "AgendaTab", "agenda_error_text"]
