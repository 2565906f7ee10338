"""What the elections tab and its pages share: styles, roles and the texts of
codes (statuses, sources, blockers, reasons), the round explained in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from secretariat.domain import MemberRow
from secretariat.errors import ValidationError
from secretariat.rules import eligibility
from secretariat.rules.ballots import DEFAULT_REASONS
from secretariat.rules.elections import MAX_COMMITTEE
from secretariat.rules.majority import format_percent
from secretariat.rules.tally import Tally
from secretariat.services.elections import ElectionRow, RoundRow
from ui.messages import describe
from ui.widgets.ballot_entry import BallotEntryPanel
from ui.widgets.charts import BarChart, election_chart
from ui.widgets.mismatches import MismatchPanel
from ui.widgets.totals_entry import TotalsEntryPanel

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
IGNORED_ACTIONS = ("speech.",)
MAX_COUNT = 9999

OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
WARNING_STYLE = "QLabel { color: #8a5300; font-weight: bold; }"
MUTED = "QLabel { color: #5f6b7a; }"
PANEL_STYLE = (
    "QFrame#electionPanel { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px; }"
)
BANNER_STYLE = {
    "provisional": "QLabel { color: #8a5300; background: #fff4df; border-radius: 6px;"
    " padding: 6px 14px; font-weight: bold; }",
    "ratified": "QLabel { color: #ffffff; background: #1e7b34; border-radius: 6px;"
    " padding: 6px 14px; font-weight: bold; }",
    "pending": "QLabel { color: #5f6b7a; background: #eef1f5; border-radius: 6px;"
    " padding: 6px 14px; font-weight: bold; }",
}
STEP_STYLE = (
    "QPushButton { padding: 6px 12px; border: 1px solid #cfd8e3; border-radius: 4px;"
    " background: #ffffff; font-weight: bold; }"
    "QPushButton:checked { background: #1f4e8c; color: #ffffff; font-weight: bold; }"
)
ELECTED_COLOUR = "#1e7b34"
TIED_COLOUR = "#8a5300"
NOT_ELECTED_COLOUR = "#5f6b7a"

PAGE_LIST, PAGE_ROUND, PAGE_ENTRY, PAGE_RESULTS = range(4)
EntryPanel = BallotEntryPanel | MismatchPanel | TotalsEntryPanel
ENTRY_PASS1, ENTRY_PASS2, ENTRY_MISMATCH, ENTRY_TOTALS = range(4)


# The refusals of the election services, by code; "%1" is filled by ``_error_args``.
# QT_TRANSLATE_NOOP only marks a text for lupdate; it is translated when shown.
ELECTION_ERRORS = {
    "has_rounds": QT_TRANSLATE_NOOP(
        "ElectionsTab", "This election already has a round: it cannot be removed."
    ),
    "teller_on_list": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "Refused: a member of the vote-counting committee is on the election list "
        "(190-QĐ/TW Điều 8). Choose someone who is not a candidate.",
    ),
    "not_present": QT_TRANSLATE_NOOP("ElectionsTab", "Refused: a teller is not in the hall now."),
    "not_full_member": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Refused: tellers must be full members of the cell."
    ),
    "above_cap": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "Refused: the list exceeds the surplus allowed (190-QĐ/TW Điều 14) and the "
        "congress has not voted to allow it.",
    ),
    "no_candidates": QT_TRANSLATE_NOOP("ElectionsTab", "The list has no candidate yet."),
    "above_voters_present": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Refused: %1 ballots is more than the full members present now."
    ),
    "ballots_entered": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Ballots are already entered for this round."
    ),
    "not_started": QT_TRANSLATE_NOOP("ElectionsTab", "The ballots have not been issued yet."),
    "above_max": QT_TRANSLATE_NOOP(
        "ElectionsTab", "A cell committee has at most %1 members (294-QĐ/TW mục 22)."
    ),
    "above_election_seats": QT_TRANSLATE_NOOP(
        "ElectionsTab", "A round cannot fill more seats than the election has."
    ),
    "probationary": QT_TRANSLATE_NOOP("ElectionsTab", "Only full members may stand for election."),
    "temporary_in": QT_TRANSLATE_NOOP(
        "ElectionsTab", "A member attached here from another cell cannot stand."
    ),
    "suspended": QT_TRANSLATE_NOOP("ElectionsTab", "A suspended member cannot stand."),
    "not_in_committee": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "Refused: the bí thư and phó bí thư are elected from the members of the new "
        "committee (294-QĐ/TW mục 22).",
    ),
    "above_attending": QT_TRANSLATE_NOOP(
        "ElectionsTab", "More agree than attending: check the count."
    ),
    "duplicate": QT_TRANSLATE_NOOP("ElectionsTab", "Already on the list."),
    "announce_blocked": QT_TRANSLATE_NOOP("ElectionsTab", "The result cannot be announced yet."),
    "cannot_undo": QT_TRANSLATE_NOOP("ElectionsTab", "This step cannot be undone here."),
    "election_closed": QT_TRANSLATE_NOOP(
        "ElectionsTab", "This election is closed: every seat is filled or appointed."
    ),
    "totals_entered": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Totals from tally sheets are entered for this round."
    ),
    "announced": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "The result of this round is announced: withdraw the announcement first.",
    ),
    "alternates_not_allowed": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Only a delegates' election has alternates."
    ),
    "election_started": QT_TRANSLATE_NOOP(
        "ElectionsTab", "The list is fixed once the first round is opened."
    ),
    "list_approved": QT_TRANSLATE_NOOP(
        "ElectionsTab", "The list is already approved (Ctrl+Z takes the vote back)."
    ),
    "list_not_approved": QT_TRANSLATE_NOOP("ElectionsTab", "The list has not been approved."),
    "more_than_present": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Refused: more hands than full members present."
    ),
    "not_floor_nominee": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Only a floor or self-nomination needs the agreement count."
    ),
    "withdrawn": QT_TRANSLATE_NOOP("ElectionsTab", "This name is already withdrawn."),
    "later_round": QT_TRANSLATE_NOOP(
        "ElectionsTab", "A later round is open: its announcement cannot be withdrawn."
    ),
    "not_announced": QT_TRANSLATE_NOOP("ElectionsTab", "The result is not announced."),
    "no_rounds": QT_TRANSLATE_NOOP("ElectionsTab", "The election has no round yet."),
    "round_open": QT_TRANSLATE_NOOP("ElectionsTab", "A round is not announced yet."),
    "not_done": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "Only a finished election can be ratified: every seat filled, closed by the "
        "congress, or appointed.",
    ),
    "appointment_not_due": QT_TRANSLATE_NOOP(
        "ElectionsTab",
        "An appointment is recorded only after three rounds have not elected a bí thư.",
    ),
    "not_secretary_election": QT_TRANSLATE_NOOP(
        "ElectionsTab", "Only a bí thư election ends in an appointment."
    ),
}


def _error_args(error: ValidationError) -> dict[str, str]:
    return {"above_voters_present": str(error.value), "above_max": str(MAX_COMMITTEE)}


def election_error_text(error: Exception) -> str:
    """Words for the refusals of the election services (others: ui.messages.describe)."""
    if not isinstance(error, ValidationError):
        return describe(error)
    if error.code in ELECTION_ERRORS:
        text = QCoreApplication.translate("ElectionsTab", str(ELECTION_ERRORS[error.code]))
        arg = _error_args(error).get(error.code)
        return text if arg is None else text.replace("%1", arg)
    if error.code in BLOCKER_CODES:
        return blocker_text(error.code)
    return describe(error)


BLOCKER_CODES = (
    "not_started",
    "no_ballots",
    "second_pass_unfinished",
    "mismatches_open",
    "stacks_unfinished",
)


def blocker_text(code: str) -> str:
    texts = {
        "not_started": QCoreApplication.translate(
            "ElectionsTab", "the ballots have not been issued"
        ),
        "no_ballots": QCoreApplication.translate("ElectionsTab", "no ballot has been entered"),
        "second_pass_unfinished": QCoreApplication.translate(
            "ElectionsTab", "the second pass is not finished"
        ),
        "mismatches_open": QCoreApplication.translate(
            "ElectionsTab", "mismatches between the two passes are not resolved"
        ),
        "announced": QCoreApplication.translate("ElectionsTab", "it is already announced"),
        "stacks_unfinished": QCoreApplication.translate(
            "ElectionsTab", "a counting station's stack still lacks a pass"
        ),
    }
    return texts.get(code, code)


def status_text(status: str) -> str:
    texts = {
        "preparing": QCoreApplication.translate("ElectionsTab", "preparing"),
        "voting": QCoreApplication.translate("ElectionsTab", "voting"),
        "done": QCoreApplication.translate("ElectionsTab", "done"),
        "appointed": QCoreApplication.translate("ElectionsTab", "appointed"),
    }
    return texts.get(str(status), str(status))


def source_text(source: str) -> str:
    texts = {
        "convening": QCoreApplication.translate("ElectionsTab", "Convening committee"),
        "floor": QCoreApplication.translate("ElectionsTab", "Floor"),
        "self": QCoreApplication.translate("ElectionsTab", "Self-nomination"),
    }
    return texts.get(str(source), str(source))


def nomination_status_text(status: str) -> str:
    texts = {
        "admitted": QCoreApplication.translate("ElectionsTab", "on the list"),
        "proposed": QCoreApplication.translate("ElectionsTab", "awaiting the agreement count"),
        "not_admitted": QCoreApplication.translate(
            "ElectionsTab", "not admitted (30 % not reached)"
        ),
        "withdrawn": QCoreApplication.translate("ElectionsTab", "withdrawn by vote"),
    }
    return texts.get(str(status), str(status))


def reason_label(code: str) -> str:
    reason = DEFAULT_REASONS.get(code)
    return reason.label_vi if reason else code


def round_title(election: ElectionRow, rnd: RoundRow | None) -> str:
    if rnd is None or rnd.round_no == 1:
        return election.title
    return f"{election.title} (lần {rnd.round_no})"


def hall_lines(rnd: RoundRow, tally_: Tally, provisional: bool = True) -> list[str]:
    """What the hall reads (always Vietnamese, like the minutes): names and votes."""
    names = {str(c.member_id): c.full_name for c in rnd.candidates}
    base = rnd.base or 0
    lines = [
        f"Phiếu thu vào: {tally_.collected} · hợp lệ: {tally_.valid}"
        f" · không hợp lệ: {tally_.invalid} · mẫu số: {base}"
    ]
    for key, count in tally_.votes.items():
        if key in tally_.elected:
            verdict = "TRÚNG CỬ"
        elif key in tally_.tied:
            verdict = "bằng phiếu"
        else:
            verdict = "không trúng cử"
        lines.append(
            f"{names.get(key, key)}: {count}/{base} phiếu"
            f" ({format_percent(tally_.percent[key])}) — {verdict}"
        )
    if tally_.open_seats:
        lines.append(f"Còn thiếu {tally_.open_seats} đồng chí so với số lượng cần bầu")
    if provisional:
        lines.append("Kết quả chờ cấp ủy cấp trên chuẩn y")
    return lines


def hall_summary(rnd: RoundRow, tally_: Tally, provisional: bool = True) -> list[str]:
    """The lines above the hall's chart: the ballots, open seats, ratification."""
    lines = hall_lines(rnd, tally_, provisional)
    return [lines[0], *lines[1 + len(tally_.votes) :]]


def round_chart(rnd: RoundRow, tally_: Tally) -> BarChart:
    """Votes per candidate against the base, elected highlighted (hall screen)."""
    names = {str(c.member_id): c.full_name for c in rnd.candidates}
    return election_chart(
        [
            (names.get(key, key), count, format_percent(tally_.percent[key]), key in tally_.elected)
            for key, count in tally_.votes.items()
        ],
        rnd.base or 0,
    )


def explain(rnd: RoundRow, tally_: Tally) -> list[str]:
    """The count in words, one sentence per candidate, then ties and open seats."""
    names = {str(c.member_id): c.full_name for c in rnd.candidates}
    base = rnd.base or 0
    lines: list[str] = []
    for key, count in tally_.votes.items():
        if key in tally_.elected:
            text = QCoreApplication.translate(
                "ElectionsTab",
                "Comrade %1 is elected with %2/%3 votes (%4): more than half of the "
                "majority base of %3 (the full members summoned, less those the rules "
                "deduct), and within the seats by votes.",
            )
        elif key in tally_.tied:
            text = QCoreApplication.translate(
                "ElectionsTab",
                "Comrade %1 has %2/%3 votes (%4), more than half, but is tied with "
                "others for the last seat: not declared elected.",
            )
        elif count * 2 > base:
            text = QCoreApplication.translate(
                "ElectionsTab",
                "Comrade %1 has %2/%3 votes (%4), more than half, but the seats went "
                "to candidates with more votes: not elected.",
            )
        else:
            text = QCoreApplication.translate(
                "ElectionsTab",
                "Comrade %1 is not elected: %2/%3 votes (%4) is not more than half "
                "of the majority base %3.",
            )
        lines.append(
            text.replace("%1", names.get(key, key))
            .replace("%2", str(count))
            .replace("%3", str(base))
            .replace("%4", format_percent(tally_.percent[key]))
        )
    if tally_.tied:
        tied = ", ".join(names.get(k, k) for k in tally_.tied)
        lines.append(
            QCoreApplication.translate(
                "ElectionsTab",
                "Tie at the cut-off: %1 have equal votes for the last seat(s). Ties are never "
                "broken by age or alphabet; a further round restricted to them is proposed "
                "(no Party text settles ties: this is the program's default, and the "
                "presidium confirms).",
            ).replace("%1", tied)
        )
    if tally_.open_seats:
        lines.append(
            QCoreApplication.translate(
                "ElectionsTab",
                "%1 of %2 seats are still open: the congress decides on a further round.",
            )
            .replace("%1", str(tally_.open_seats))
            .replace("%2", str(rnd.seats))
        )
    elif not tally_.tied:
        lines.append(
            QCoreApplication.translate("ElectionsTab", "All %1 seats are filled.").replace(
                "%1", str(rnd.seats)
            )
        )
    return lines


def full_of_cell(m: MemberRow) -> bool:
    return eligibility.full_member_of_cell(m)


def eligible(m: MemberRow) -> bool:
    """May stand: the candidate and appointment pickers offer what the service accepts."""
    return eligibility.may_stand(m)
