"""The hall's projector screen: what it shows, the window, the preview, the controller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from secretariat import demo
from secretariat.domain import SpeechId
from secretariat.services import agenda, speeches
from tests.core.conftest import FakeClock
from ui import state
from ui.context import CongressContext
from ui.projector import (
    AMBER,
    RED,
    SCREEN_KEY,
    HallLabel,
    HallView,
    ProjectorController,
    ProjectorPreview,
)

TITLE = (
    "ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC LẦN THỨ VI, "
    "NHIỆM KỲ 2020 – 2025"
)


@pytest.fixture
def clock(ctx: CongressContext) -> FakeClock:
    fake = FakeClock(demo.MOMENT)
    ctx.require().clock = fake
    return fake


@pytest.fixture
def hall(qtbot: Any, ctx: CongressContext, clock: FakeClock) -> HallView:
    view = HallView(ctx)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


@pytest.fixture
def controller(ctx: CongressContext, clock: FakeClock) -> Iterator[ProjectorController]:
    ctrl = ProjectorController(ctx)
    yield ctrl
    ctrl.shutdown()


def shown(label: QLabel) -> bool:
    return not label.isHidden()


def color(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def speaking(ctx: CongressContext) -> SpeechId:
    current = agenda.progress(ctx.require()).current
    assert current is not None
    rows = speeches.queue(ctx.require(), current.id)
    return next(r.id for r in rows if r.state == "speaking")


def assert_nothing_clipped(view: HallView) -> None:
    for label in view.findChildren(HallLabel):
        if label.isHidden():
            continue
        assert view.rect().contains(label.geometry()), label.text()
        metrics = QFontMetrics(label.font())
        for line in HallLabel.wrap(label.text(), metrics, label.width()):
            assert metrics.horizontalAdvance(line) <= label.width(), line


def test_demo_moment_shows_speaker_and_countdown(hall: HallView) -> None:
    assert hall.mode == "live"
    assert hall.title_text == TITLE
    assert hall.title_label.text().replace("\u00a0", " ").replace("\n", " ") == TITLE
    assert hall.item_text == "Thảo luận"
    assert hall.item_label.text() == "Thảo luận"
    assert hall.speaker_text == "Đồng chí Nguyễn Đức Thắng"
    assert hall.kind_text == "Phát biểu"
    # 5 minutes allowed, 4 spoken since 9:41: one minute left, in the warning colour.
    assert hall.countdown_text == "1:00"
    assert hall.countdown_state == "warning"
    assert color(hall.countdown_label) == AMBER.name()
    assert hall.next_texts == ["Đồng chí Vũ Thị Lan Anh"]
    for label in (hall.title_label, hall.item_label, hall.speaker_label, hall.countdown_label):
        assert shown(label)
    assert not shown(hall.big_item_label)
    assert_nothing_clipped(hall)


def test_title_takes_two_lines_at_most(hall: HallView) -> None:
    for width, height in ((1920, 1080), (1024, 768), (1280, 720), (800, 600)):
        hall.resize(width, height)
        assert hall.title_label.text().count("\n") <= 1
        # Fonts follow the height: the countdown is the largest text.
        assert hall.countdown_label.font().pixelSize() > hall.speaker_label.font().pixelSize()
        assert hall.speaker_label.font().pixelSize() > hall.title_label.font().pixelSize()
        assert hall.countdown_label.font().pixelSize() >= height * 0.12
        assert_nothing_clipped(hall)


def test_tick_counts_down_then_over_time(hall: HallView, clock: FakeClock) -> None:
    clock.advance(0.5)
    hall.tick()
    assert hall.countdown_text == "0:30"
    clock.advance(1.5)
    hall.tick()
    assert hall.countdown_text == "+1:00"
    assert hall.countdown_state == "overtime"
    assert color(hall.countdown_label) == RED.name()
    assert hall.status_text == "Quá thời gian"
    assert hall.speaker_text == "Đồng chí Nguyễn Đức Thắng"


def test_paused_speech_shows_paused(hall: HallView, ctx: CongressContext, clock: FakeClock) -> None:
    speeches.pause(ctx.require(), speaking(ctx))
    hall.refresh()
    assert hall.countdown_state == "paused"
    assert hall.status_text == "Tạm dừng"
    assert hall.countdown_text == "1:00"
    clock.advance(3)
    hall.tick()
    assert hall.countdown_text == "1:00"


def test_blank_shows_only_the_title(hall: HallView) -> None:
    hall.set_blank(True)
    assert hall.is_blank
    assert hall.mode == "blank"
    assert shown(hall.title_label)
    for label in hall.findChildren(HallLabel):
        if label is not hall.title_label:
            assert not shown(label), label.text()
    assert hall.speaker_text == "" and hall.countdown_text == ""
    assert_nothing_clipped(hall)
    hall.set_blank(False)
    assert shown(hall.speaker_label) and shown(hall.countdown_label)
    assert hall.countdown_text == "1:00"


def test_nobody_speaking_shows_the_item_and_what_follows(
    hall: HallView, ctx: CongressContext
) -> None:
    store = ctx.require()
    speeches.finish(store, speaking(ctx))
    hall.refresh()
    assert hall.mode == "idle"
    assert hall.big_item_label.text() == "Thảo luận"
    assert shown(hall.big_item_label)
    assert not shown(hall.speaker_label) and not shown(hall.countdown_label)
    assert hall.next_texts == ["Đồng chí Vũ Thị Lan Anh"]
    # With nobody left in the queue, the next item of the programme.
    current = agenda.progress(store).current
    assert current is not None
    waiting = next(r for r in speeches.queue(store, current.id) if r.state == "queued")
    speeches.remove(store, waiting.id)
    hall.refresh()
    assert hall.next_texts == ["Phát biểu chỉ đạo của đại diện cấp ủy cấp trên"]
    assert hall.caption_label.text() == "NỘI DUNG TIẾP THEO"
    assert_nothing_clipped(hall)


def test_show_message_displays_lines(hall: HallView) -> None:
    lines = ["Tán thành: 26/26 đồng chí (100%)", "Không tán thành: 0", "Ý kiến khác: 0"]
    hall.show_message("Kết quả biểu quyết", lines)
    assert hall.mode == "message"
    assert hall.message_title == "Kết quả biểu quyết"
    assert hall.message_lines == lines
    assert shown(hall.message_title_label) and shown(hall.message_label)
    assert hall.message_label.text().split("\n") == lines
    assert not shown(hall.speaker_label) and not shown(hall.countdown_label)
    assert_nothing_clipped(hall)
    hall.clear_message()
    assert hall.mode == "live"
    assert not shown(hall.message_label)
    assert hall.speaker_text == "Đồng chí Nguyễn Đức Thắng"


def test_no_congress_open_shows_nothing(qtbot: Any, qapp: object) -> None:
    view = HallView(CongressContext())
    qtbot.addWidget(view)
    view.refresh()
    view.tick()
    assert view.mode == "empty"
    assert not any(shown(label) for label in view.findChildren(HallLabel))


def test_controller_toggles_the_window_full_screen(
    qtbot: Any, controller: ProjectorController
) -> None:
    window = controller.window
    assert not window.isVisible()
    with qtbot.waitSignal(controller.state_changed):
        controller.toggle_window()
    qtbot.waitUntil(window.isVisible)
    assert controller.is_shown
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    only = QGuiApplication.screens()[0]
    assert window.screen() is only
    assert window.geometry() == only.geometry()
    assert controller.hall.speaker_text == "Đồng chí Nguyễn Đức Thắng"
    with qtbot.waitSignal(controller.state_changed):
        controller.toggle_window()
    assert not window.isVisible()
    assert not controller.is_shown


def test_escape_hides_the_window(qtbot: Any, controller: ProjectorController) -> None:
    controller.toggle_window()
    qtbot.waitUntil(controller.window.isVisible)
    with qtbot.waitSignal(controller.state_changed):
        qtbot.keyClick(controller.window, Qt.Key.Key_Escape)
    assert not controller.window.isVisible()
    controller.toggle_window()
    qtbot.waitUntil(controller.window.isVisible)
    qtbot.keyClick(controller.window, Qt.Key.Key_F12)
    assert not controller.window.isVisible()


def test_screens_and_the_chosen_one(controller: ProjectorController) -> None:
    names = controller.screens()
    assert names == [s.name() for s in QGuiApplication.screens()]
    # One screen: the projector opens on it.
    assert controller.screen_name() == names[0]
    controller.choose_screen(names[0])
    assert state.settings().value(SCREEN_KEY) == names[0]
    # A remembered screen that is not connected falls back to one that is.
    controller.choose_screen("HDMI-9")
    assert controller.screen_name() == names[0]


def test_controller_follows_data_and_blanks_every_view(
    qtbot: Any, ctx: CongressContext, controller: ProjectorController
) -> None:
    preview = ProjectorPreview(controller)
    qtbot.addWidget(preview)
    views = (controller.hall, preview.hall)
    for view in views:
        assert view.speaker_text == "Đồng chí Nguyễn Đức Thắng"
    # A change made through the services reaches the views through ctx.changed.
    speeches.finish(ctx.require(), speaking(ctx))
    for view in views:
        assert view.mode == "idle"
    with qtbot.waitSignal(controller.state_changed):
        controller.toggle_blank()
    assert controller.is_blank
    assert all(view.is_blank for view in views)
    controller.show_message("Kết quả", ["Tán thành: 26"])
    controller.toggle_blank()
    assert all(view.mode == "message" for view in views)
    assert all(view.message_lines == ["Tán thành: 26"] for view in views)
    controller.clear_message()
    assert all(view.mode == "idle" for view in views)


def test_controller_ticks_the_countdown(
    qtbot: Any, controller: ProjectorController, clock: FakeClock
) -> None:
    clock.advance(2)
    qtbot.waitUntil(lambda: controller.hall.countdown_text == "+1:00", timeout=2000)
    assert controller.hall.countdown_state == "overtime"


def test_preview_renders_16_9(qtbot: Any, controller: ProjectorController) -> None:
    preview = ProjectorPreview(controller)
    qtbot.addWidget(preview)
    preview.resize(400, 260)
    preview.show()
    qtbot.waitExposed(preview)
    preview.render_now()
    pixmap = preview.pixmap()
    assert not pixmap.isNull()
    ratio = pixmap.devicePixelRatio()
    width, height = pixmap.width() / ratio, pixmap.height() / ratio
    assert width == 400
    assert abs(width / height - 16 / 9) < 0.01
    target = preview.target_rect()
    assert target.top() > 0  # letterboxed: bars above and below
    image = pixmap.toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 50  # the hall's texts, not a flat fill
    grabbed = preview.grab()
    assert grabbed.width() == 400


READING = [
    "Hôm nay, vào lúc 7 giờ 30 phút, ngày 15 tháng 6 năm 2020, Chi bộ tiến hành Đại hội.",
    "",
    "I. Chào cờ",
    *[f"Dòng {n}: Đồng chí Nguyễn Văn Ấn trình bày ý kiến thứ {n} về công tác." for n in range(60)],
]


def reading(controller: ProjectorController) -> bool:
    return controller.is_reading  # a call: mypy does not narrow it between assertions


def test_long_text_shows_a_screenful_and_scrolls_by_whole_lines(hall: HallView) -> None:
    hall.show_text("BIÊN BẢN ĐẠI HỘI", READING, headings={2})
    assert hall.mode == "reading"
    assert hall.reading_title == "BIÊN BẢN ĐẠI HỘI"
    assert shown(hall.reading_title_label) and not hall.text_area.isHidden()
    assert not shown(hall.speaker_label) and not shown(hall.countdown_label)
    visible, total = hall.text_visible_lines, hall.text_line_count
    assert 10 <= visible < total
    assert hall.text_shown[0].startswith("Hôm nay")
    assert hall.text_area.lines[hall.text_shown.index("I. Chào cờ")][1]  # a heading
    # Every line on screen fits the width, and the area stays inside the view.
    assert hall.rect().contains(hall.text_area.geometry())
    plain, bold = hall.text_area.fonts()
    for line, heading in hall.text_area.lines:
        width = QFontMetrics(bold if heading else plain).horizontalAdvance(line)
        assert width <= hall.text_area.width(), line
    assert_nothing_clipped(hall)
    assert hall.scroll_text_pages(1)
    assert hall.text_first_line == visible - 1
    assert hall.scroll_text(-3) and hall.text_first_line == visible - 4
    assert hall.scroll_text_to(10_000) and hall.text_first_line == total - visible
    assert not hall.scroll_text(1)  # the end
    assert hall.text_fraction == 1.0
    assert hall.text_shown[-1].startswith("Dòng 59")
    # A smaller screen wraps again and keeps the place in the text.
    hall.resize(1024, 768)
    assert hall.text_fraction == 1.0
    assert hall.text_shown[-1].endswith("công tác.")
    # Blank hides it; taken off, the speaker is back.
    hall.set_blank(True)
    assert hall.mode == "blank" and hall.text_area.isHidden()
    hall.set_blank(False)
    hall.clear_text()
    assert hall.mode == "live"
    assert hall.text_area.isHidden()
    assert hall.speaker_text == "Đồng chí Nguyễn Đức Thắng"


def test_controller_scrolls_long_text_on_every_view(
    qtbot: Any, controller: ProjectorController
) -> None:
    preview = ProjectorPreview(controller)
    qtbot.addWidget(preview)
    controller.show_message("Kết quả", ["Tán thành: 26"])
    controller.show_text("BIÊN BẢN ĐẠI HỘI", READING, {2})
    assert reading(controller)
    views = (controller.hall, preview.hall)
    assert all(view.mode == "reading" for view in views)  # the message gave way
    controller.hall.resize(1920, 1080)
    with qtbot.waitSignal(controller.refreshed):
        assert controller.scroll_text(pages=1)
    assert controller.hall.text_first_line > 0
    assert preview.hall.text_fraction == pytest.approx(controller.hall.text_fraction, abs=0.05)
    assert controller.scroll_text_to_end()
    assert preview.hall.text_fraction == 1.0
    assert not controller.scroll_text(lines=1)
    # The text updated while shown stays at its place; a later preview joins there.
    controller.show_text("BIÊN BẢN ĐẠI HỘI", [*READING, "Đại hội bế mạc."], {2}, keep_position=True)
    assert controller.hall.text_fraction == 1.0
    assert controller.hall.text_shown[-1] == "Đại hội bế mạc."
    late = ProjectorPreview(controller)
    qtbot.addWidget(late)
    assert late.hall.mode == "reading" and late.hall.text_fraction == 1.0
    assert controller.scroll_text_to_start()
    # A results panel replaces the text; clearing the message clears both.
    controller.show_message("Kết quả", ["Tán thành: 26"])
    assert not reading(controller)
    assert all(view.mode == "message" for view in views)
    controller.show_text("BIÊN BẢN ĐẠI HỘI", READING)
    controller.clear_message()
    assert not reading(controller)
    assert all(view.mode == "live" for view in views)


def test_a_result_with_a_chart_draws_bars_against_the_majority_line(hall: HallView) -> None:
    from ui.widgets.charts import election_chart

    chart = election_chart(
        [
            ("Nguyễn Văn An", 20, "83,33%", True),
            ("Trần Thị Bích Ngọc", 12, "50,00%", False),
            ("Lê Hoàng Dũng", 13, "54,17%", True),
        ],
        24,
    )
    hall.show_message("Bầu Chi ủy — lần 1", ["Phiếu thu vào: 24 · hợp lệ: 24"], chart)
    assert hall.mode == "message" and shown(hall.chart_area)
    area = hall.chart_area.geometry()
    title = hall.message_title_label.geometry()
    # The chart takes the larger part of the screen, below the summary, inside it.
    assert area.top() > title.bottom() and area.bottom() <= hall.height()
    assert area.height() > hall.height() * 0.45
    assert chart.threshold == 13  # more than half of 24; 12 of 24 is not a majority
    image = hall.grab().toImage()
    # The majority line is drawn where 13 of 24 falls on the bars' track.
    reds = sum(
        1
        for y in range(area.top(), area.bottom(), 4)
        for x in range(area.left(), area.right(), 2)
        if image.pixelColor(x, y).red() > 230 and image.pixelColor(x, y).green() < 160
    )
    assert reds > 20
    hall.clear_message()
    assert not shown(hall.chart_area) and hall.chart_area.chart is None


def test_the_attendance_gauge_fills_its_share(qtbot: Any) -> None:
    from ui.widgets.charts import HallChart, attendance_gauge

    view = HallChart()
    qtbot.addWidget(view)
    view.resize(800, 100)
    view.set_chart(attendance_gauge(27, 29))
    image = view.grab().toImage()
    gold = [image.pixelColor(x, 70) for x in range(0, 800, 8)]  # the bar, under the label
    filled = [c.red() > 200 and c.blue() < 120 for c in gold]
    share = sum(filled) / len(filled)
    assert abs(share - 27 / 29) < 0.06
