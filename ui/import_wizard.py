"""Import the roster from an .xlsx or .csv file, in three steps.

1. choose the file (and, for a CSV, its text encoding);
2. say which column holds what (pre-filled from the headers the core recognises);
3. check every cell. All or nothing: Finish stays disabled until the file has no
   problem left, then every member is added in one undoable step.

The reading and checking are the core's (``secretariat.importers.roster``); this
module only shows them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secretariat.domain import CongressKind, Gender, MemberData, MemberRow, MemberStatus
from secretariat.errors import ImportRejected, RowProblem, SecretariatError
from secretariat.importers.roster import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINE,
    Field,
    ParseResult,
    RosterTable,
    check_import,
    guess_mapping,
    parse_rows,
    read_table,
    summarise,
    unmapped_columns,
)
from secretariat.services import congress, roster
from ui.commands import actions
from ui.context import CongressContext
from ui.dialogs.people import named
from ui.messages import problem_text, show_error

PREVIEW_ROWS = 10
SAMPLE_VALUES = 3
PROBLEM_COLUMNS = 5
# (code, encoding passed to the reader): None lets the reader detect it.
ENCODINGS: tuple[str | None, ...] = (None, "utf-8", "cp1258")


def field_label(field: Field) -> str:
    labels = {
        Field.FULL_NAME: QCoreApplication.translate("RosterImportWizard", "Full name"),
        Field.FAMILY_MIDDLE: QCoreApplication.translate(
            "RosterImportWizard", "Family and middle names"
        ),
        Field.FAMILY_NAME: QCoreApplication.translate("RosterImportWizard", "Family name"),
        Field.MIDDLE_NAME: QCoreApplication.translate("RosterImportWizard", "Middle name"),
        Field.GIVEN_NAME: QCoreApplication.translate("RosterImportWizard", "Given name"),
        Field.STATUS: QCoreApplication.translate("RosterImportWizard", "Full / probationary"),
        Field.PARTY_CARD_NO: QCoreApplication.translate("RosterImportWizard", "Party card no."),
        Field.BIRTH_YEAR: QCoreApplication.translate(
            "RosterImportWizard", "Year (or date) of birth"
        ),
        Field.GENDER: QCoreApplication.translate("RosterImportWizard", "Gender"),
        Field.ETHNICITY: QCoreApplication.translate("RosterImportWizard", "Ethnicity"),
        Field.POSITION: QCoreApplication.translate("RosterImportWizard", "Position"),
        Field.EDUCATION: QCoreApplication.translate("RosterImportWizard", "Education"),
        Field.THEORY_LEVEL: QCoreApplication.translate("RosterImportWizard", "Political theory"),
        Field.EXEMPT: QCoreApplication.translate(
            "RosterImportWizard", "Exempt from party activity"
        ),
        Field.TEMPORARY_IN: QCoreApplication.translate(
            "RosterImportWizard", "Temporarily attached in"
        ),
        Field.TEMPORARY_OUT: QCoreApplication.translate(
            "RosterImportWizard", "Temporarily attached out"
        ),
        Field.SUSPENDED: QCoreApplication.translate("RosterImportWizard", "Suspended"),
        Field.NOTE: QCoreApplication.translate("RosterImportWizard", "Note"),
        Field.JOIN_DATE: QCoreApplication.translate(
            "RosterImportWizard", "Date of joining the Party"
        ),
        Field.OFFICIAL_DATE: QCoreApplication.translate(
            "RosterImportWizard", "Date of becoming a full member (blank: probationary)"
        ),
    }
    return labels[field]


def problem_words(problem: RowProblem) -> str:
    """What is wrong, in a few words: the import's own codes, then the shared ones."""
    words = {
        "ambiguous": QCoreApplication.translate("RosterImportWizard", "unclear"),
        "too_big": QCoreApplication.translate("RosterImportWizard", "the file is too big"),
        "formula": QCoreApplication.translate(
            "RosterImportWizard", "a formula with no saved value"
        ),
        "formula_error": QCoreApplication.translate(
            "RosterImportWizard", "the Excel formula gives an error"
        ),
        "too_long": QCoreApplication.translate("RosterImportWizard", "the cell is too long"),
        "too_wide": QCoreApplication.translate("RosterImportWizard", "too many columns"),
        "too_many_rows": QCoreApplication.translate("RosterImportWizard", "the list is too long"),
        "line_too_long": QCoreApplication.translate("RosterImportWizard", "the line is too long"),
        "open_quote": QCoreApplication.translate(
            "RosterImportWizard", "a quotation mark is opened and never closed"
        ),
        "no_status": QCoreApplication.translate(
            "RosterImportWizard", "full or probationary cannot be told"
        ),
        "footer_mismatch": QCoreApplication.translate(
            "RosterImportWizard", "the totals under the list do not match"
        ),
        "extra_cells": QCoreApplication.translate(
            "RosterImportWizard", "the line has more cells than the header has columns"
        ),
    }
    return words.get(problem.code) or problem_text(problem)


def reading_detail(problem: RowProblem) -> str | None:
    """The facts of a problem met while reading the file, in words; None for the others."""
    fact = problem.detail.replace(" columns", "")
    texts = {
        "too_long": QCoreApplication.translate(
            "RosterImportWizard", "%1 characters; at most %2"
        ).replace("%2", str(MAX_CELL)),
        "line_too_long": QCoreApplication.translate(
            "RosterImportWizard", "%1 characters; at most %2"
        ).replace("%2", str(MAX_LINE)),
        "too_many_rows": QCoreApplication.translate("RosterImportWizard", "at most %1 members"),
        "too_wide": QCoreApplication.translate(
            "RosterImportWizard", "%1 columns; at most %2"
        ).replace("%2", str(MAX_COLUMNS)),
        "open_quote": QCoreApplication.translate(
            "RosterImportWizard",
            "lines %1 ran together into one cell; remove the stray quotation mark "
            "(or close it), then read the file again",
        ),
        "formula": QCoreApplication.translate(
            "RosterImportWizard",
            "open the file in Excel and save it so the value is stored, or type the value",
        ),
        "formula_error": QCoreApplication.translate(
            "RosterImportWizard", "correct the formula in Excel and save the file"
        ),
        "too_big": QCoreApplication.translate("RosterImportWizard", "at most %1 MB").replace(
            "%1", str(MAX_FILE_BYTES // (1024 * 1024))
        ),
    }
    if problem.code == "extra_cells" and re.fullmatch(r"\d+-\d+", fact):
        cells, width = fact.split("-")
        return (
            QCoreApplication.translate(
                "RosterImportWizard",
                "%1 cells but the header has %2 columns: a cell with a comma not in "
                "quotation marks? Correct the file, then read it again",
            )
            .replace("%1", cells)
            .replace("%2", width)
        )
    if problem.code not in texts or (problem.code == "too_long" and not fact.isdigit()):
        return None
    return texts[problem.code].replace("%1", fact.replace("-", "–"))


# The core's plain-English details of a row problem, worded for translation: fixed
# ones, then patterns whose groups fill %1, %2. QT_TRANSLATE_NOOP only marks a text
# for lupdate; ``detail_text`` translates it when it is shown.
FIXED_DETAILS = {
    "the name is empty": QT_TRANSLATE_NOOP("RosterImportWizard", "the name is empty"),
    "the given name is empty": QT_TRANSLATE_NOOP("RosterImportWizard", "the given name is empty"),
    "a name has no digits": QT_TRANSLATE_NOOP("RosterImportWizard", "a name has no digits"),
    "expected Chính thức or Dự bị": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "expected Chính thức or Dự bị"
    ),
    "expected Nam or Nữ": QT_TRANSLATE_NOOP("RosterImportWizard", "expected Nam or Nữ"),
    "expected a year or a date": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "expected a year (1985) or a date (12/03/1985)"
    ),
    "expected x or empty": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "expected x (yes) or an empty cell"
    ),
    "temporarily attached both to and from this cell": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "marked as temporarily attached both in and out"
    ),
    "expected a date": QT_TRANSLATE_NOOP("RosterImportWizard", "expected a date (12/03/2010)"),
    "a date in the future": QT_TRANSLATE_NOOP("RosterImportWizard", "the date is in the future"),
    "probationary, but a date of becoming a full member is given": (
        QT_TRANSLATE_NOOP(
            "RosterImportWizard",
            "marked probationary, but a date of becoming a full member is given",
        )
    ),
    "full member before joining the Party": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "the date of becoming a full member is before joining"
    ),
    "temporary attachment without đến (here) or đi (out)": QT_TRANSLATE_NOOP(
        "RosterImportWizard",
        "temporary attachment, but not whether to this cell (đến) or away from it "
        "(đi); write “SHTT đến” or “SHTT đi”",
    ),
    "empty in every row: the statuses cannot be told": QT_TRANSLATE_NOOP(
        "RosterImportWizard",
        "this column is empty in every row, so full and probationary members cannot "
        "be told apart; fill in the dates or add a “Chính thức/Dự bị” column",
    ),
    "missing": QT_TRANSLATE_NOOP("RosterImportWizard", "no value"),
    "too_long": QT_TRANSLATE_NOOP("RosterImportWizard", "too long"),
    "invalid_year": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "the year must be between 1900 and 2100"
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "marked as temporarily attached both in and out"
    ),
}
PATTERN_DETAILS = {
    r"same party card number as row (\d+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "same party card number as row %1"
    ),
    r"same name and birth year as row (\d+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "same name and year of birth as row %1"
    ),
    r"year outside (\d+)\.\.(\d+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "the year must be between %1 and %2"
    ),
    r"already the card of (.+) in this congress": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "already the card of %1 in this congress"
    ),
    r"bad_character: (U\+[0-9A-F]+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard",
        "holds a control or invisible character (%1); type the name again rather than pasting it",
    ),
    r"the footer says (\d+) total, the list holds (\d+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "the total under the list is %1, but the list holds %2"
    ),
    r"the footer says (\d+) full, the list holds (\d+)": QT_TRANSLATE_NOOP(
        "RosterImportWizard", "under the list: %1 full members, but the list holds %2"
    ),
    r"the footer says (\d+) probationary, the list holds (\d+)": (
        QT_TRANSLATE_NOOP(
            "RosterImportWizard",
            "under the list: %1 probationary members, but the list holds %2",
        )
    ),
}


def detail_text(detail: str) -> str:
    """The core's plain-English detail of a row problem, worded for translation.

    Unknown details (new ones, or technical reasons a file cannot be read) are
    shown as they are.
    """
    if detail in FIXED_DETAILS:
        return QCoreApplication.translate("RosterImportWizard", str(FIXED_DETAILS[detail]))
    for pattern, source in PATTERN_DETAILS.items():
        if match := re.fullmatch(pattern, detail):
            text = QCoreApplication.translate("RosterImportWizard", str(source))
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return detail


def _item(text: str, tooltip: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip and text:
        item.setToolTip(text)
    return item


def _read_only_table(name: str, headers: list[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    return table


class RosterImportWizard(QWizard):
    """Choose a file → map its columns → check it → import every member at once."""

    FILE_PAGE, MAPPING_PAGE, CHECK_PAGE = range(3)

    def __init__(
        self, ctx: CongressContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roster_import_wizard")
        self.ctx = ctx
        self.table: RosterTable | None = None
        self.mapping: dict[int, Field] = {}
        self.parse_result: ParseResult | None = None
        self.imported: list[MemberRow] = []
        self.setWindowTitle(self.tr("Import members from a file"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.CHECK_PAGE, self.check_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(900, 620)
        if path:
            self.file_page.path_edit.setText(path)


class FilePage(QWizardPage):
    """Step 1: the file and its encoding. An unreadable file keeps the user here."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setObjectName("file_page")
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file with one member per row and a "
                "header row such as “Họ và tên”, “Năm sinh”, “Chính thức/Dự bị”. Only "
                "the first sheet is read."
            )
        )
        self.path_edit = named(QLineEdit(), "path_edit")
        self.path_edit.setPlaceholderText(self.tr("Path of an .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = named(QPushButton(self.tr("&Browse…")), "browse_button")
        self.browse_button.clicked.connect(self.browse)
        self.encoding_combo = named(QComboBox(), "encoding_combo")
        self.encoding_combo.addItem(self.tr("Detect automatically"), None)
        self.encoding_combo.addItem(self.tr("UTF-8"), "utf-8")
        self.encoding_combo.addItem(self.tr("Windows-1258 (CP1258)"), "cp1258")
        self.encoding_combo.currentIndexChanged.connect(self._clear_error)
        self.error_label = named(QLabel(), "file_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Encoding (CSV only):"), self.encoding_combo)
        hint = QLabel(
            self.tr(
                "A CSV saved by Excel on Windows is usually Windows-1258; if the "
                "names show wrong letters on the next page, come back and choose it here. "
                "TCVN3 (.VnTime) files must be converted to Unicode first."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("encoding_hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def encoding(self) -> str | None:
        value = self.encoding_combo.currentData()
        return str(value) if value else None

    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the roster file"),
            start,
            self.tr("Rosters (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _path_changed(self) -> None:
        self._clear_error()
        self.completeChanged.emit()

    def _clear_error(self) -> None:
        self.error_label.hide()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = self.path_edit.text().strip()
        try:
            if not Path(path).is_file():
                raise ImportRejected(path, [RowProblem(0, "", "not_found")])
            self._wizard.table = read_table(path, self.encoding())
        except ImportRejected as error:
            self.show_reason(error)
            return False
        except (OSError, ValueError) as error:
            self.show_reason(
                ImportRejected(path, [RowProblem(0, "", "unreadable", "", str(error))])
            )
            return False
        return True

    def show_reason(self, error: ImportRejected) -> None:
        problem = error.problems[0] if error.problems else RowProblem(0, "", "unreadable")
        if problem.code == "not_found":
            reason = self.tr("The file does not exist.")
        else:
            reason = problem_words(problem)
            reason = reason[:1].upper() + reason[1:] + "."
        text = self.tr("This file cannot be imported. %1").replace("%1", reason)
        if problem.detail:
            detail = reading_detail(problem) or detail_text(problem.detail)
            text += "\n" + self.tr("Details: %1").replace("%1", detail)
        self.error_label.setText(text)
        self.error_label.show()


class MappingPage(QWizardPage):
    """Step 2: one row per column of the file, with the field it fills."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._combos: list[QComboBox] = []
        self.setObjectName("mapping_page")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Recognised headers are already matched. Choose what each column holds, "
                "or “— ignore —” to leave it out."
            )
        )
        self.mapping_table = _read_only_table(
            "mapping_table",
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import as")],
        )
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.hint_label = named(QLabel(), "mapping_hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #b3261e;")
        self.preview_label = named(QLabel(), "preview_label")
        self.preview_table = _read_only_table("preview_table", [])
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_table, 2)

    def initializePage(self) -> None:
        table = self._wizard.table
        if table is None:
            return
        guessed = guess_mapping(table.headers)
        self._combos = []
        self.mapping_table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            samples = [r[column] for r in table.rows if r[column]][:SAMPLE_VALUES]
            name = header or QCoreApplication.translate(
                "RosterImportWizard", "(column %1, no header)"
            ).replace("%1", str(column + 1))
            self.mapping_table.setItem(column, 0, _item(name, tooltip=True))
            self.mapping_table.setItem(column, 1, _item(" · ".join(samples), tooltip=True))
            combo = named(QComboBox(), f"mapping_combo_{column}")
            combo.addItem(self.tr("— ignore —"), None)
            for field in Field:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(guessed.get(column)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        if self._combos:  # rows tall enough for their combo box
            height = self._combos[0].sizeHint().height() + 2
            self.mapping_table.verticalHeader().setDefaultSectionSize(height)
        self.mapping_table.resizeColumnToContents(0)
        self._fill_preview(table)
        self._mapping_changed()

    def _fill_preview(self, table: RosterTable) -> None:
        shown = table.rows[:PREVIEW_ROWS]
        self.preview_label.setText(
            self.tr("First %1 of %2 rows in the file:")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(table.rows)))
        )
        preview = self.preview_table
        preview.clear()
        preview.setColumnCount(len(table.headers) + 1)
        preview.setHorizontalHeaderLabels([self.tr("Row"), *table.headers])
        preview.setRowCount(len(shown))
        for index, cells in enumerate(shown):
            preview.setItem(index, 0, _item(str(table.row_number(index))))
            for column, cell in enumerate(cells):
                preview.setItem(index, column + 1, _item(cell, tooltip=True))
        preview.resizeColumnsToContents()
        for column in range(preview.columnCount()):
            preview.setColumnWidth(column, min(preview.columnWidth(column), 260))
        # A short file leaves its room to the mapping above.
        rows = preview.verticalHeader().defaultSectionSize() * max(len(shown), 1)
        chrome = preview.horizontalHeader().sizeHint().height() + 2 * preview.frameWidth()
        scroll = preview.horizontalScrollBar().sizeHint().height()
        preview.setMaximumHeight(rows + chrome + scroll + 2)

    def mapping(self) -> dict[int, Field]:
        return {
            column: Field(combo.currentData())
            for column, combo in enumerate(self._combos)
            if combo.currentData() is not None
        }

    def set_field(self, column: int, field: Field | None) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _mapping_changed(self) -> None:
        self.hint_label.setText(self.problem() or "")
        self.hint_label.setVisible(bool(self.problem()))
        self.completeChanged.emit()

    def problem(self) -> str | None:
        """Why the mapping cannot be used yet, or None."""
        chosen = [Field(c.currentData()) for c in self._combos if c.currentData() is not None]
        for field in chosen:
            if chosen.count(field) > 1:
                return self.tr("“%1” is chosen for more than one column.").replace(
                    "%1", field_label(field)
                )
        names = {Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_MIDDLE}
        if not names & set(chosen):
            return self.tr("Choose the column that holds the full name (or the given name).")
        return None

    def isComplete(self) -> bool:
        return bool(self._combos) and self.problem() is None

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        return True


class CheckPage(QWizardPage):
    """Step 3: every problem with its row and column, or the count ready to import."""

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._members: list[MemberData] = []
        self._problems: list[RowProblem] = []
        self.setObjectName("check_page")
        self.setTitle(self.tr("Check the members"))
        self.setSubTitle(
            self.tr(
                "Every cell has been checked. Import adds all the members at once; "
                "one Undo takes them all back."
            )
        )
        self.setFinalPage(True)
        self.summary_label = named(QLabel(), "check_summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.skipped_label = named(QLabel(), "skipped_label")
        self.skipped_label.setWordWrap(True)
        self.nothing_label = named(
            QLabel(
                self.tr(
                    "Nothing will be imported until every problem is fixed in the file. "
                    "Correct the file (for example in Excel), save it, then press "
                    "“Read the file again”."
                )
            ),
            "nothing_label",
        )
        self.nothing_label.setWordWrap(True)
        self.problems_table = _read_only_table(
            "problems_table",
            [
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Problem"),
                self.tr("Value"),
                self.tr("Detail"),
            ],
        )
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ready_table = _read_only_table(
            "ready_table",
            [
                self.tr("Row"),
                self.tr("Full name"),
                self.tr("Born"),
                self.tr("Gender"),
                self.tr("Status"),
                self.tr("Party card no."),
                self.tr("Position"),
            ],
        )
        self.ready_table.horizontalHeader().setStretchLastSection(True)
        self.reread_button = named(QPushButton(self.tr("&Read the file again")), "reread")
        self.reread_button.clicked.connect(self.reread)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reread_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.ready_table, 1)
        layout.addLayout(buttons)

    def members(self) -> list[MemberData]:
        return list(self._members)

    def problems(self) -> list[RowProblem]:
        return list(self._problems)

    def initializePage(self) -> None:
        self.check()

    def reread(self) -> None:
        """The secretary fixed the file in Excel: read it again with the same mapping."""
        wizard = self._wizard
        table = wizard.table
        if table is None:
            return
        try:
            wizard.table = read_table(table.path, wizard.file_page.encoding())
        except ImportRejected as error:
            self._show(ParseResult([], error.problems, []))
            return
        if wizard.table.headers != table.headers:
            wizard.mapping = guess_mapping(wizard.table.headers)
        self.check()

    def check(self) -> None:
        """Every problem of the file at once, the congress's own refusals included."""
        wizard = self._wizard
        if wizard.table is None:
            return
        try:
            result = parse_rows(wizard.table, wizard.mapping)
        except ImportRejected as error:
            result = ParseResult([], error.problems, [])
        store = wizard.ctx.store
        existing = roster.list_members(store) if store else []
        result = check_import(existing, wizard.table, wizard.mapping, result)
        wizard.parse_result = result
        self._show(result)

    def _show(self, result: ParseResult) -> None:
        self._problems = list(result.problems)
        self._members = [] if result.problems else list(result.members)
        table = self.problems_table
        table.setRowCount(len(self._problems))
        for index, problem in enumerate(self._problems):
            row = _item(str(problem.row) if problem.row else "")
            row.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(index, 0, row)
            table.setItem(index, 1, _item(problem.column, tooltip=True))
            table.setItem(index, 2, _item(problem_words(problem)))
            table.setItem(index, 3, _item(problem.value, tooltip=True))
            detail = reading_detail(problem) or detail_text(problem.detail)
            table.setItem(index, 4, _item(detail, tooltip=True))
        table.resizeColumnsToContents()
        for column in range(PROBLEM_COLUMNS - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 240))
        table.setVisible(bool(self._problems))
        self.nothing_label.setVisible(bool(self._problems))
        self._show_ready(result)
        self.summary_label.setText(self._summary())
        self.skipped_label.setText(self._skipped())
        self.skipped_label.setVisible(bool(self.skipped_label.text()))
        self.completeChanged.emit()

    def _show_ready(self, result: ParseResult) -> None:
        """The members about to be added, as the secretary will see them in the roster."""
        table = self.ready_table
        members = self._members
        table.setRowCount(len(members))
        genders = {Gender.MALE: self.tr("Male"), Gender.FEMALE: self.tr("Female")}
        for index, (member, number) in enumerate(zip(members, result.row_numbers, strict=False)):
            status = self._status(member)
            cells = [
                str(number),
                member.full_name,
                str(member.birth_year or ""),
                genders.get(member.gender, "") if member.gender else "",
                status,
                member.party_card_no,
                member.position,
            ]
            items = [_item(text, tooltip=column == 6) for column, text in enumerate(cells)]
            items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(items):
                table.setItem(index, column, item)
        table.resizeColumnsToContents()
        table.setVisible(bool(members))

    def _status(self, member: MemberData) -> str:
        """The status as the roster will hold it, flags included, so a wrong one shows."""
        words = [
            self.tr("Probationary")
            if member.status is MemberStatus.PROBATIONARY
            else self.tr("Full")
        ]
        for flag, word in (
            (member.exempt, self.tr("exempt")),
            (member.temporary_in, self.tr("attached in")),
            (member.temporary_out, self.tr("attached out")),
            (member.suspended, self.tr("suspended")),
        ):
            if flag:
                words.append(word)
        return ", ".join(words)

    def _summary(self) -> str:
        if self._problems:
            rows = len({p.row for p in self._problems})
            return (
                self.tr("%1 problem(s) found in %2 row(s).")
                .replace("%1", str(len(self._problems)))
                .replace("%2", str(rows))
            )
        if not self._members:
            return self.tr("The file holds no members.")
        counts = summarise(self._members)
        if len(self._members) == 1:
            text = self.tr("1 member is ready to import: %2 full, %3 probationary")
        else:
            text = self.tr("%1 members are ready to import: %2 full, %3 probationary")
        text = (
            text.replace("%1", str(counts.members))
            .replace("%2", str(counts.full))
            .replace("%3", str(counts.probationary))
        )
        for count, words in (
            (counts.exempt, self.tr("%1 exempt from party activity")),
            (counts.temporary_in, self.tr("%1 temporarily attached in")),
            (counts.temporary_out, self.tr("%1 temporarily attached out")),
            (counts.suspended, self.tr("%1 suspended")),
        ):
            if count:
                text += ", " + words.replace("%1", str(count))
        text += "."
        store = self._wizard.ctx.store
        existing = roster.list_members(store) if store else []
        if existing:
            text += " " + self.tr(
                "They are added to the %1 members already in the roster."
            ).replace("%1", str(len(existing)))
        info = congress.get_info(store) if store else None
        kind = info.kind if info else CongressKind.MEMBERS
        whole = summarise([*existing, *self._members], kind)
        text += " " + self.tr("Expected majority base: %1").replace(
            "%1", str(whole.base_all_present)
        )
        if whole.base_exempt_absent != whole.base_all_present:
            text += " " + self.tr("(%1 if the exempt members do not attend)").replace(
                "%1", str(whole.base_exempt_absent)
            )
        return text + "."

    def _skipped(self) -> str:
        """What of the file is not imported: columns not matched, the footer."""
        table = self._wizard.table
        if table is None:
            return ""
        lines = []
        unmapped = unmapped_columns(table, self._wizard.mapping)
        if unmapped:
            names = ", ".join(f"“{name}”" for name in unmapped)
            lines.append(self.tr("Columns not imported: %1.").replace("%1", names))
        result = self._wizard.parse_result
        for row, text in result.headings if result else []:
            lines.append(
                self.tr("Row %1 (“%2”) heads a group of the list, not a member.")
                .replace("%1", str(row))
                .replace("%2", text[:60])
            )
        if table.footer is not None:
            lines.append(
                self.tr("The lines from row %1 on (“%2”) are the footer, not members.")
                .replace("%1", str(table.footer.row))
                .replace("%2", table.footer.text[:60])
            )
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return bool(self._members) and not self._problems

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        try:
            self._wizard.imported = actions.import_members(self._wizard.ctx, self._members)
        except (SecretariatError, OSError) as error:
            show_error(self, error, self.tr("Import members"))
            return False
        return True
