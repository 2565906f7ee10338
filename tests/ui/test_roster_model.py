"""The roster table models as plain adapters: no view, no database."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from secretariat.domain import (
    Gender,
    GuestId,
    GuestRow,
    MemberId,
    MemberRow,
    MemberStatus,
)
from secretariat.services.roster import sort_members
from ui.i18n import translator
from ui.models.roster_model import (
    ID_ROLE,
    SORT_ROLE,
    GuestTableModel,
    MemberFilterModel,
    MemberTableModel,
    StatusFilter,
    sorted_proxy,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def member(ident: int, name: str, born: int | None = None, **kw: Any) -> MemberRow:
    return MemberRow(full_name=name, birth_year=born, id=MemberId(ident), **kw)


ROWS = sort_members(
    [
        member(1, "Lê Đình Khải", 1972, gender=Gender.MALE, position="Trưởng phòng"),
        member(2, "Đỗ Thị Thu Hà", 1985, gender=Gender.FEMALE, exempt=True),
        member(3, "Trần Văn Cường", 1997, status=MemberStatus.PROBATIONARY),
        member(4, "Vũ Thị Lan Anh", None, temporary_in=True, party_card_no="36012739"),
        member(5, "Lò Văn Hùng", 1989, temporary_out=True, suspended=True),
    ]
)


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The assertions read the English source strings, whatever a test before left."""
    translator.install("en")


@pytest.fixture
def model(qapp: object) -> MemberTableModel:
    table = MemberTableModel()
    table.set_rows(ROWS)
    return table


def column(model: Any, col: int, role: int = DISPLAY) -> list[Any]:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_rows_keep_ballot_order_and_number_from_one(model: MemberTableModel) -> None:
    assert column(model, MemberTableModel.NAME) == [
        "Vũ Thị Lan Anh",
        "Trần Văn Cường",
        "Đỗ Thị Thu Hà",
        "Lò Văn Hùng",
        "Lê Đình Khải",
    ]
    assert column(model, MemberTableModel.NUMBER) == ["1", "2", "3", "4", "5"]
    assert column(model, MemberTableModel.NUMBER, SORT_ROLE) == [0, 1, 2, 3, 4]
    assert column(model, MemberTableModel.NAME, ID_ROLE) == [4, 3, 2, 5, 1]
    assert model.row_of(MemberId(5)) == 3
    assert model.row_of(MemberId(99)) == -1


def test_display_texts(model: MemberTableModel) -> None:
    assert model.columnCount() == 9
    assert model.headerData(MemberTableModel.NUMBER, Qt.Orientation.Horizontal) == "No."
    assert column(model, MemberTableModel.BIRTH_YEAR)[0] == ""  # unknown year: blank
    assert column(model, MemberTableModel.STATUS)[1] == "Probationary"
    assert column(model, MemberTableModel.GENDER)[2] == "Female"
    flags = column(model, MemberTableModel.FLAGS)
    assert flags == ["Temp. in", "", "Exempt", "Temp. out, Suspended", ""]
    tooltip = model.index(3, MemberTableModel.FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Temporarily attached out" in tooltip


def test_sort_role_ranks_years_with_unknown_last(model: MemberTableModel) -> None:
    ranks = column(model, MemberTableModel.BIRTH_YEAR, SORT_ROLE)
    years = column(model, MemberTableModel.BIRTH_YEAR)
    assert [y for _, y in sorted(zip(ranks, years, strict=True))] == [
        "1972",
        "1985",
        "1989",
        "1997",
        "",
    ]


def test_proxy_sorts_by_rank(model: MemberTableModel) -> None:
    proxy = MemberFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(MemberTableModel.BIRTH_YEAR, Qt.SortOrder.AscendingOrder)
    assert column(proxy, MemberTableModel.NAME)[0] == "Lê Đình Khải"
    proxy.sort(MemberTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert column(proxy, MemberTableModel.NAME)[0] == "Lê Đình Khải"
    proxy.sort(MemberTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(proxy, MemberTableModel.NAME)[0] == "Vũ Thị Lan Anh"


def test_a_sorted_column_follows_new_rows(model: MemberTableModel) -> None:
    """The ranks of a column are worked out when it is first sorted (issue #16): new
    rows give new ranks, never the ones of the rows before."""
    proxy = MemberFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(MemberTableModel.BIRTH_YEAR, Qt.SortOrder.AscendingOrder)
    assert column(proxy, MemberTableModel.NAME)[0] == "Lê Đình Khải"
    younger = [r if r.id != 1 else member(1, "Lê Đình Khải", 2001) for r in ROWS]
    model.set_rows(younger)
    assert column(proxy, MemberTableModel.NAME)[0] == "Đỗ Thị Thu Hà"
    assert column(proxy, MemberTableModel.BIRTH_YEAR)[:4] == ["1985", "1989", "1997", "2001"]


def test_ballot_order_is_the_models_own_order_with_no_sort_to_run(qapp: object) -> None:
    """Issue #16: by number or name ascending the rows are in ballot order already; a
    reset of 1,000 members then asks the model for no sort value at all."""
    asked: list[int] = []

    class Counting(MemberTableModel):
        def data(self, index: Any, role: int = DISPLAY) -> Any:
            asked.append(role)
            return super().data(index, role)

    model = Counting()
    model.set_rows(ROWS)
    proxy = MemberFilterModel()
    proxy.setSourceModel(model)
    ballot = [r.full_name for r in ROWS]
    for col in (MemberTableModel.NUMBER, MemberTableModel.NAME):
        proxy.sort(MemberTableModel.BIRTH_YEAR, Qt.SortOrder.AscendingOrder)
        proxy.sort(col, Qt.SortOrder.AscendingOrder)
        assert column(proxy, MemberTableModel.NAME) == ballot
        proxy.sort(col, Qt.SortOrder.DescendingOrder)
        assert column(proxy, MemberTableModel.NAME) == ballot[::-1]
    proxy.sort(MemberTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    asked.clear()
    model.set_rows(list(ROWS))
    assert column(proxy, MemberTableModel.NAME) == ballot
    assert asked, "the spy saw the display texts read"
    assert SORT_ROLE not in asked


@pytest.mark.parametrize(
    ("status", "names"),
    [
        (StatusFilter.ALL, 5),
        (StatusFilter.FULL, 4),
        (StatusFilter.PROBATIONARY, ["Trần Văn Cường"]),
        (StatusFilter.EXEMPT, ["Đỗ Thị Thu Hà"]),
        (StatusFilter.TEMPORARY_IN, ["Vũ Thị Lan Anh"]),
        (StatusFilter.TEMPORARY_OUT, ["Lò Văn Hùng"]),
        (StatusFilter.SUSPENDED, ["Lò Văn Hùng"]),
    ],
)
def test_status_filter(model: MemberTableModel, status: StatusFilter, names: Any) -> None:
    proxy = MemberFilterModel()
    proxy.setSourceModel(model)
    proxy.set_status_filter(status)
    shown = column(proxy, MemberTableModel.NAME)
    assert shown == names if isinstance(names, list) else len(shown) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("thu ha", ["Đỗ Thị Thu Hà"]),
        ("  DO THI ", ["Đỗ Thị Thu Hà"]),
        ("đình", ["Lê Đình Khải"]),
        ("36012739", ["Vũ Thị Lan Anh"]),
        ("nobody", []),
    ],
)
def test_search_ignores_case_and_diacritics(
    model: MemberTableModel, text: str, names: list[str]
) -> None:
    proxy = MemberFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search(text)
    assert column(proxy, MemberTableModel.NAME) == names


def test_set_rows_resets(model: MemberTableModel, qtbot: Any) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(ROWS[:2])
    assert model.rowCount() == 2


def test_guest_model(qapp: object) -> None:
    guests = GuestTableModel()
    guests.set_rows(
        [
            GuestRow("Lê Thị Thanh Xuân", "Đại tá", "Đảng ủy", True, id=GuestId(7)),
            GuestRow("Nguyễn Đình Phúc", "Trung tá", "", id=GuestId(3)),
        ]
    )
    assert guests.columnCount() == 4
    assert column(guests, GuestTableModel.SUPERIOR) == ["✓", ""]
    assert column(guests, GuestTableModel.NAME, ID_ROLE) == [7, 3]
    assert guests.row_of(GuestId(3)) == 1
    proxy = sorted_proxy()
    proxy.setSourceModel(guests)
    proxy.sort(GuestTableModel.ORGANISATION, Qt.SortOrder.AscendingOrder)
    assert column(proxy, GuestTableModel.NAME) == ["Lê Thị Thanh Xuân", "Nguyễn Đình Phúc"]
    proxy.sort(GuestTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert column(proxy, GuestTableModel.NAME) == ["Nguyễn Đình Phúc", "Lê Thị Thanh Xuân"]
