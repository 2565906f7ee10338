"""Plain-language wording of the core's errors (the core never words a message).

The source strings are English and go through Qt's translation like every other
string, so the Vietnamese default and the English choice both read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from secretariat.errors import (
    FileInUse,
    FileRefused,
    ImportRejected,
    NotFound,
    RowProblem,
    SecretariatError,
    ValidationError,
)


def refused_reason(code: str) -> str:
    reasons = {
        "not_found": QCoreApplication.translate("Messages", "The file does not exist."),
        "not_sqlite": QCoreApplication.translate(
            "Messages", "This is not a congress file: it is not a database at all."
        ),
        "corrupt": QCoreApplication.translate(
            "Messages",
            "The file is damaged or incomplete (for example cut short while "
            "copying). It was not changed. Open a backup copy instead.",
        ),
        "not_congress": QCoreApplication.translate(
            "Messages", "This database was not made by Secretariat, so it is not a congress file."
        ),
        "newer": QCoreApplication.translate(
            "Messages",
            "This file was saved by a newer version of Secretariat. Update the "
            "program to open it; the file was not changed.",
        ),
        "foreign_schema": QCoreApplication.translate(
            "Messages",
            "This file holds objects Secretariat did not create (a trigger, view, table or "
            "index), which could change the data behind your back. It was not opened and not "
            "changed. Open a backup copy instead.",
        ),
        "exists": QCoreApplication.translate("Messages", "A file with this name already exists."),
        "bad_value": QCoreApplication.translate(
            "Messages",
            "The file holds a value the program did not write (edited by another tool, or "
            "damaged), so it is not opened. It was not changed. Open a backup copy instead.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk is full. The last change was not saved; everything before it is safe. "
            "Free some space (or save a copy on another disk) and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "This folder cannot be written to (read-only, write-protected or no permission). "
            "Nothing was changed. Copy the file to a folder you can write to, such as "
            "Documents, and open it there.",
        ),
        "io_error": QCoreApplication.translate(
            "Messages",
            "The disk reported an error while saving. The last change was not saved; "
            "everything before it is safe. Save a copy on another disk.",
        ),
        "in_use": QCoreApplication.translate(
            "Messages",
            "This congress file is open in another window or program. Only one at a time "
            "may change it; the file was not changed.",
        ),
        "migration_failed": QCoreApplication.translate(
            "Messages",
            "The file could not be updated to this version of the program. It was left "
            "exactly as it was; keep it and tell whoever supports the program.",
        ),
        "older_read_only": QCoreApplication.translate(
            "Messages",
            "This file was saved by an older version of the program and must be updated "
            "before it can be shown, which cannot be done while it is opened read-only.",
        ),
    }
    return reasons.get(
        code, QCoreApplication.translate("Messages", "The file could not be opened.")
    )


def field_label(field: str) -> str:
    """The name of a form field as the secretary sees it."""
    labels = {
        "full_name": QCoreApplication.translate("Messages", "Full name"),
        "party_card_no": QCoreApplication.translate("Messages", "Party card number"),
        "birth_year": QCoreApplication.translate("Messages", "Year of birth"),
        "reason": QCoreApplication.translate("Messages", "Reason"),
        "term_end": QCoreApplication.translate("Messages", "Term (end)"),
        "term_start": QCoreApplication.translate("Messages", "Term (start)"),
        "temporary_out": QCoreApplication.translate("Messages", "Temporarily attached out"),
        "end": QCoreApplication.translate("Messages", "End time"),
        "session_id": QCoreApplication.translate("Messages", "Session"),
        "member_id": QCoreApplication.translate("Messages", "Member"),
        "superior_body": QCoreApplication.translate("Messages", "Superior body"),
        "cell_name": QCoreApplication.translate("Messages", "Cell name"),
        "ordinal": QCoreApplication.translate("Messages", "Ordinal"),
        "venue": QCoreApplication.translate("Messages", "Venue"),
        "place": QCoreApplication.translate("Messages", "Place name"),
        "position": QCoreApplication.translate("Messages", "Position"),
        "ethnicity": QCoreApplication.translate("Messages", "Ethnicity"),
        "education": QCoreApplication.translate("Messages", "Education"),
        "theory_level": QCoreApplication.translate("Messages", "Political theory"),
        "note": QCoreApplication.translate("Messages", "Note"),
    }
    return labels.get(field, field)


# The refusals a service raises anywhere, by code (a screen words its own codes
# first, then falls back here through ``describe``). QT_TRANSLATE_NOOP only marks a
# text for lupdate; ``validation_text`` translates it when it is shown.
VALIDATION_TEXTS = {
    "missing": QT_TRANSLATE_NOOP("Messages", "%1 is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "%1 is too long."),
    "bad_character": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 holds an invisible or control character (%2), often left by copying from "
        "a web page or a PDF. Type it again.",
    ),
    "invalid_year": QT_TRANSLATE_NOOP("Messages", "%1 must be a year between 1900 and 2100."),
    "term_reversed": QT_TRANSLATE_NOOP("Messages", "The term must end after it starts."),
    "conflict": QT_TRANSLATE_NOOP(
        "Messages", "A member cannot be attached temporarily both to and from another cell."
    ),
    "duplicate_card": QT_TRANSLATE_NOOP(
        "Messages", "Another member already has this party card number."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The session cannot end before it starts."),
    "session_has_attendance": QT_TRANSLATE_NOOP(
        "Messages", "This session already has attendance recorded, so it cannot be removed."
    ),
    "already_in": QT_TRANSLATE_NOOP("Messages", "Already checked in (at %2)."),
    "not_in": QT_TRANSLATE_NOOP("Messages", "This member is not checked in, so cannot check out."),
    "has_attended": QT_TRANSLATE_NOOP(
        "Messages",
        "This member has attended; someone who attended part of the "
        "congress cannot be marked absent. Undo the check-in first.",
    ),
    "not_summoned": QT_TRANSLATE_NOOP(
        "Messages",
        "This member is suspended or attached to another cell, so is "
        "not summoned and cannot check in.",
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("Messages", "This record already exists."),
    "in_election": QT_TRANSLATE_NOOP(
        "Messages",
        "%2 is on an election list or its counting committee, which are part of the "
        "record, so they stay on the roster.",
    ),
    "in_working_body": QT_TRANSLATE_NOOP(
        "Messages",
        "%2 sits on the presidium or the secretariat, which the minutes name and which "
        "sign them, so they stay on the roster. Change the working bodies first "
        "(Agenda tab, Ctrl+Shift+B).",
    ),
    "has_speeches": QT_TRANSLATE_NOOP(
        "Messages",
        "%2 has spoken at the congress: the minutes name every speaker, so they stay on "
        "the roster.",
    ),
    "read_only_mode": QT_TRANSLATE_NOOP(
        "Messages",
        "The congress file is open read-only: nothing can be changed. To work on it, "
        "close it in the other window or program, then open it again here.",
    ),
    "congress_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "The congress is closed and its record frozen. To change anything, reopen the "
        "congress first (the reopening and its reason are kept in the journal).",
    ),
    "not_closed": QT_TRANSLATE_NOOP("Messages", "The congress is not closed."),
    "unknown_section": QT_TRANSLATE_NOOP(
        "Messages", "The minutes no longer have this section; regenerate them."
    ),
    "not_edited": QT_TRANSLATE_NOOP("Messages", "This section of the minutes has not been edited."),
    "record_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "A change was recorded while the congress file was being written, so nothing was "
        "written. Close the congress first, then write the file again.",
    ),
    # The resolution (issue 7).
    "adopted": QT_TRANSLATE_NOOP(
        "Messages",
        "The resolution has been adopted and is frozen. To change it, reopen the "
        "resolution first (the reopening is kept in the journal).",
    ),
    "not_adopted": QT_TRANSLATE_NOOP("Messages", "The resolution has not been adopted."),
    "draft_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The draft resolution already has content; the starting draft is "
        "only offered for an empty draft.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Messages", "The draft resolution is empty: there is nothing to adopt."
    ),
    "decided": QT_TRANSLATE_NOOP(
        "Messages", "This remark has already been dealt with; undo that first."
    ),
    "not_voted": QT_TRANSLATE_NOOP("Messages", "This remark has not been put to a vote."),
    "gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The part of the draft this remark concerns has been removed, so it cannot be applied.",
    ),
}
UNACCEPTABLE = QT_TRANSLATE_NOOP("Messages", "The value of %1 is not acceptable.")


def validation_text(error: ValidationError) -> str:
    source = VALIDATION_TEXTS.get(error.code, UNACCEPTABLE)
    text = QCoreApplication.translate("Messages", str(source))
    value = str(error.value)
    if error.code == "already_in" and "T" in value:
        value = value.split("T", 1)[1][:5]
    return text.replace("%1", field_label(error.field)).replace("%2", value)


def problem_text(problem: RowProblem) -> str:
    texts = {
        "missing": QCoreApplication.translate("Messages", "missing value"),
        "invalid": QCoreApplication.translate("Messages", "invalid value"),
        "duplicate": QCoreApplication.translate("Messages", "duplicate"),
        "conflict": QCoreApplication.translate("Messages", "contradicts another column"),
        "unreadable": QCoreApplication.translate("Messages", "the file cannot be read"),
        "unsupported_format": QCoreApplication.translate(
            "Messages", "unsupported file type (use .xlsx or .csv)"
        ),
        "empty": QCoreApplication.translate("Messages", "the file is empty"),
        "no_header": QCoreApplication.translate("Messages", "no header row was recognised"),
        "no_name_column": QCoreApplication.translate("Messages", "no column holds the full name"),
    }
    return texts.get(problem.code, problem.code)


def holder_text(error: FileInUse) -> str:
    """Who has the file open and since when ("an, on may-1, process 412, since …")."""
    if not error.pid:
        return QCoreApplication.translate("Messages", "It is not known who has it open.")
    since = QDateTime.fromString(error.since, Qt.DateFormat.ISODate)
    when = QLocale().toString(since, QLocale.FormatType.ShortFormat) if since.isValid() else ""
    return (
        QCoreApplication.translate(
            "Messages", "Opened by %1 on the computer %2 (process %3) since %4."
        )
        .replace("%1", error.user or "?")
        .replace("%2", error.host or "?")
        .replace("%3", str(error.pid))
        .replace("%4", when or error.since)
    )


def describe(error: Exception) -> str:
    """One or more sentences a secretary can act on."""
    if isinstance(error, FileInUse):
        return f"{refused_reason(error.code)}\n{holder_text(error)}\n\n{error.path}"
    if isinstance(error, FileRefused):
        where = f"\n({error.detail})" if error.code == "bad_value" and error.detail else ""
        return f"{refused_reason(error.code)}\n\n{error.path}{where}"
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, ImportRejected):
        lines = [
            QCoreApplication.translate(
                "Messages", "Nothing was imported: %n problem(s) were found."
            ).replace("%n", str(len(error.problems)))
        ]
        for p in error.problems[:20]:
            where = (
                QCoreApplication.translate("Messages", "row %1").replace("%1", str(p.row))
                if p.row
                else ""
            )
            if p.column:
                where += f", {p.column}" if where else p.column
            lines.append(f"• {where}: {problem_text(p)}" + (f" “{p.value}”" if p.value else ""))
        return "\n".join(lines)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Messages", "This record no longer exists (it may have been removed)."
        )
    if isinstance(error, SecretariatError):
        return str(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Messages", "The file system refused the operation: %1"
        ).replace("%1", error.strerror or str(error))
    return str(error)


def show_error(parent: QWidget | None, error: Exception, title: str = "") -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Messages", "Secretariat"), describe(error)
    )
