"""The check under the minutes' sections and the documents: what is missing, with links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl

from ui.widgets.check_view import CheckView

GAPS = [
    ("Chưa có giờ khai mạc", "agenda", "Điền ở tab Chương trình"),
    ("12 đảng viên chưa điểm danh", "attendance", "Điền ở tab Điểm danh"),
    ("Chưa bầu Đoàn Chủ tịch", "agenda", "Điền ở tab Chương trình"),
]


def shown(view: CheckView) -> list[tuple[str, list[str]]]:
    """Each paragraph's text and the links in it."""
    out = []
    block = view.document().begin()
    while block.isValid():
        links = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                links.append(fragment.charFormat().anchorHref())
            fragments += 1
        out.append((block.text(), links))
        block = block.next()
    return out


def view(qtbot: Any) -> CheckView:
    made = CheckView("check")
    qtbot.addWidget(made)
    made.resize(320, 400)
    made.show()
    return made


def test_a_count_changed_is_what_a_check_shown_afresh_shows(qtbot: Any) -> None:
    """Issue #16: a changed count re-lays out its own paragraph only; the result is
    the same text, links and height as the check shown from scratch."""
    updated = view(qtbot)
    updated.show_gaps(GAPS)
    changed = list(GAPS)
    changed[1] = ("11 đảng viên chưa điểm danh", "attendance", "Điền ở tab Điểm danh")
    updated.show_gaps(changed)
    fresh = view(qtbot)
    fresh.show_gaps(changed)
    assert shown(updated) == shown(fresh)
    assert shown(updated)[1] == (
        "⚠ 11 đảng viên chưa điểm danh\u2028Điền ở tab Điểm danh",
        ["attendance"],
    )
    assert updated.text() == fresh.text()
    assert updated.maximumHeight() == fresh.maximumHeight()


def test_a_link_clicked_names_where_to_fix_it_and_ok_replaces_the_gaps(qtbot: Any) -> None:
    check = view(qtbot)
    check.show_gaps(GAPS)
    link = shown(check)[1][1][0]
    with qtbot.waitSignal(check.linkActivated) as clicked:
        check.anchorClicked.emit(QUrl(link))  # what a click on the link sends
    assert clicked.args == ["attendance"]
    check.show_ok("Đã ghi đủ")
    assert check.text() == "✓ Đã ghi đủ" and len(shown(check)) == 1
    check.clear()
    assert check.text() == "" and check.maximumHeight() >= 40
