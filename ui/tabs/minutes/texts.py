"""The words of the minutes tab: a section's state and title, a gap of the check, its tab.

Module functions, so the documents tab words the same gaps the same way; the
translation context stays "MinutesTab".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from secretariat.domain import Missing
from secretariat.services import minutes
from secretariat.services.minutes import MinutesSection

KEY_ROLE = Qt.ItemDataRole.UserRole
COL_TITLE, COL_STATE = range(2)
GENERATED, EDITED, STALE = "generated", "edited", "stale"
STATE_COLOURS = {GENERATED: "#5f6b7a", EDITED: "#1a5fb4", STALE: "#8a5300"}

# Where each gap of the minutes is filled in: the tab the check's link shows.
FIX_TAB = {
    "superior_body": "congress",
    "cell_name": "congress",
    "ordinal": "congress",
    "venue": "congress",
    "place": "congress",
    "term": "congress",
    "no_members": "congress",
    "attendance_not_taken": "attendance",
    "unmarked_members": "attendance",
    "opening_time": "agenda",
    "no_agenda": "agenda",
    "item_not_held": "agenda",
    "no_presenter": "agenda",
    "working_bodies_not_recorded": "agenda",
    "closing_time": "agenda",
    "no_vote": "votes",
    "vote_not_held": "votes",
    "speech_without_summary": "speeches",
    "no_superior_address": "speeches",
    "no_elections": "elections",
    "election_not_held": "elections",
    "round_not_counted": "elections",
    "nomination_pending": "elections",
    "resolution_not_adopted": "resolution",
    "resolution_empty": "resolution",
    "pending_amendments": "resolution",
    "no_size_vote": "votes",
    "no_tellers_vote": "votes",
    "no_list_vote": "elections",
    "fewer_ballots_no_reason": "elections",
    "unknown_ethnicity": "congress",
    "unknown_education": "congress",
    "unknown_theory_level": "congress",
}
SECTION_LINK = "section:"


def tab_name(where: str) -> str:
    """The name of the tab a check's link goes to, as the secretary sees it."""
    names = {
        "congress": QCoreApplication.translate("MinutesTab", "Congress"),
        "attendance": QCoreApplication.translate("MinutesTab", "Attendance"),
        "agenda": QCoreApplication.translate("MinutesTab", "Agenda"),
        "speeches": QCoreApplication.translate("MinutesTab", "Speeches"),
        "votes": QCoreApplication.translate("MinutesTab", "Votes"),
        "elections": QCoreApplication.translate("MinutesTab", "Elections"),
        "resolution": QCoreApplication.translate("MinutesTab", "Resolution"),
    }
    return names.get(where, where)


def _record_texts() -> dict[str, str]:
    """The gaps of the congress's identity, the roster and the attendance."""
    return {
        "superior_body": QCoreApplication.translate("MinutesTab", "No superior Party committee"),
        "cell_name": QCoreApplication.translate("MinutesTab", "No cell name"),
        "ordinal": QCoreApplication.translate("MinutesTab", "No congress number (“lần thứ”)"),
        "venue": QCoreApplication.translate("MinutesTab", "No venue"),
        "place": QCoreApplication.translate("MinutesTab", "No place name for the date line"),
        "term": QCoreApplication.translate("MinutesTab", "No term (years)"),
        "opening_time": QCoreApplication.translate(
            "MinutesTab", "No opening time: no agenda item has been started"
        ),
        "no_members": QCoreApplication.translate("MinutesTab", "The roster is empty"),
        "attendance_not_taken": QCoreApplication.translate(
            "MinutesTab", "Attendance has not been taken"
        ),
        "unmarked_members": QCoreApplication.translate(
            "MinutesTab", "%1 member(s) not marked present or absent"
        ),
    }


def _proceedings_texts() -> dict[str, str]:
    """The gaps of the agenda, the speeches, the votes, the elections and the resolution."""
    return {
        "no_agenda": QCoreApplication.translate("MinutesTab", "There is no agenda"),
        "item_not_held": QCoreApplication.translate(
            "MinutesTab", "Item not held (not started): %1"
        ),
        "no_presenter": QCoreApplication.translate("MinutesTab", "No presenter named for: %1"),
        "working_bodies_not_recorded": QCoreApplication.translate(
            "MinutesTab",
            "The presidium and the secretary elected are not recorded (Agenda tab, "
            "Ctrl+Shift+B): %1",
        ),
        "no_vote": QCoreApplication.translate("MinutesTab", "No vote recorded for: %1"),
        "vote_not_held": QCoreApplication.translate("MinutesTab", "Vote not held yet: %1"),
        "speech_without_summary": QCoreApplication.translate(
            "MinutesTab", "A speech has no summary (speaker: %1)"
        ),
        "no_superior_address": QCoreApplication.translate(
            "MinutesTab", "The superior representative's address is not recorded"
        ),
        "no_elections": QCoreApplication.translate("MinutesTab", "No election has been recorded"),
        "election_not_held": QCoreApplication.translate("MinutesTab", "Election not held: %1"),
        "round_not_counted": QCoreApplication.translate("MinutesTab", "Ballot not counted yet: %1"),
        "nomination_pending": QCoreApplication.translate(
            "MinutesTab",
            "A nomination is not yet accepted or declined (the congress has not decided): %1",
        ),
        "resolution_not_adopted": QCoreApplication.translate(
            "MinutesTab", "The resolution has not been adopted"
        ),
        "closing_time": QCoreApplication.translate(
            "MinutesTab", "No closing time: the last item has not ended"
        ),
        "resolution_empty": QCoreApplication.translate(
            "MinutesTab", "The resolution has no draft yet"
        ),
        "pending_amendments": QCoreApplication.translate(
            "MinutesTab", "%1 amendment(s) not yet decided"
        ),
        "stale_edit": QCoreApplication.translate(
            "MinutesTab", "Your edit of “%1” was made before the data changed: check it"
        ),
        "no_size_vote": QCoreApplication.translate(
            "MinutesTab", "The vote on the number of committee members to elect is not held"
        ),
        "no_tellers_vote": QCoreApplication.translate(
            "MinutesTab", "The vote on the vote-counting committee is not held"
        ),
        "no_list_vote": QCoreApplication.translate(
            "MinutesTab", "The list was not approved by show of hands: %1"
        ),
        "fewer_ballots_no_reason": QCoreApplication.translate(
            "MinutesTab",
            "Fewer ballots issued than full members present, and no reason given: %1",
        ),
        "unknown_ethnicity": QCoreApplication.translate(
            "MinutesTab", "The roster has no ethnicity for %1 member(s) present"
        ),
        "unknown_education": QCoreApplication.translate(
            "MinutesTab", "The roster has no education level for %1 member(s) present"
        ),
        "unknown_theory_level": QCoreApplication.translate(
            "MinutesTab", "The roster has no political theory level for %1 member(s) present"
        ),
    }


def missing_text(gap: Missing, titles: dict[str, str] | None = None) -> str:
    """One gap of the minutes in plain words (``titles``: section key → title)."""
    detail = gap.detail
    texts = _record_texts() | _proceedings_texts()
    if gap.code == "stale_edit" and titles is not None:
        detail = titles.get(detail, detail)
    text = texts.get(gap.code)
    if text is None:
        return QCoreApplication.translate("MinutesTab", "Something is missing (%1)").replace(
            "%1", f"{gap.code} {detail}".strip()
        )
    return text.replace("%1", detail)


def section_state(section: MinutesSection) -> str:
    if section.stale:
        return STALE
    return EDITED if section.edited else GENERATED


def section_title(section: MinutesSection) -> str:
    """The title shown in the list (the untitled opening and closing get one)."""
    if section.title:
        return section.title
    if section.key == minutes.OPENING:
        return QCoreApplication.translate("MinutesTab", "Opening: congress, time, place")
    if section.key == minutes.CLOSING:
        return QCoreApplication.translate("MinutesTab", "Closing and adoption of the minutes")
    return section.key


def state_text(state_code: str) -> str:
    return {
        GENERATED: QCoreApplication.translate("MinutesTab", "generated"),
        EDITED: "✎ " + QCoreApplication.translate("MinutesTab", "edited"),
        STALE: "⚠ " + QCoreApplication.translate("MinutesTab", "edited, data changed since"),
    }[state_code]
