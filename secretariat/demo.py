"""The demo congress, built from the facts of the seed article.

The 6th congress (term 2020–2025) of the Party cell of the provincial police's
department for the movement to protect national security, under the Party
committee of Thanh Hóa provincial police: 29 members, mostly young, with the
deputy director of the provincial police as the superior representative.
Every person here is fictional.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from secretariat import store as store_mod
from secretariat.domain import (
    AgendaItemData,
    AgendaItemRow,
    Body,
    CommitteeOrigin,
    CongressInfo,
    CongressKind,
    Gender,
    GuestData,
    GuestRow,
    MemberData,
    MemberRow,
    MemberStatus,
    SessionData,
    SessionKind,
    SpeechKind,
)
from secretariat.services import (
    agenda,
    attendance,
    congress,
    resolution,
    roster,
    speeches,
    votes,
    working_bodies,
)
from secretariat.store import Store

INFO = CongressInfo(
    superior_body="Đảng bộ Công an tỉnh Thanh Hóa",
    cell_name="Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",
    ordinal="VI",
    term_start=2020,
    term_end=2025,
    kind=CongressKind.MEMBERS,
    venue="Hội trường Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, Công an tỉnh Thanh Hóa",
    place="Thanh Hóa",
    committee_origin=CommitteeOrigin.ELECTED,
)

M, F = Gender.MALE, Gender.FEMALE
FULL, PROB = MemberStatus.FULL, MemberStatus.PROBATIONARY
# name, gender, birth year, status, position, education, political theory
_PEOPLE: list[tuple[str, Gender, int, MemberStatus, str, str, str]] = [
    ("Lê Đình Khải", M, 1972, FULL, "Thượng tá, Trưởng phòng", "Thạc sĩ", "Cao cấp"),
    ("Nguyễn Thị Minh Hằng", F, 1978, FULL, "Trung tá, Phó Trưởng phòng", "Thạc sĩ", "Cao cấp"),
    ("Trịnh Văn Tuấn", M, 1976, FULL, "Trung tá, Phó Trưởng phòng", "Đại học", "Cao cấp"),
    ("Hoàng Quốc Việt", M, 1980, FULL, "Trung tá, Phó Trưởng phòng", "Đại học", "Trung cấp"),
    ("Phạm Ngọc Sơn", M, 1983, FULL, "Thiếu tá, Đội trưởng", "Đại học", "Trung cấp"),
    ("Đỗ Thị Thu Hà", F, 1985, FULL, "Thiếu tá, Đội trưởng", "Thạc sĩ", "Trung cấp"),
    ("Lê Văn Nam", M, 1984, FULL, "Thiếu tá, Đội trưởng", "Đại học", "Trung cấp"),
    ("Mai Xuân Trường", M, 1986, FULL, "Thiếu tá, Phó Đội trưởng", "Đại học", "Trung cấp"),
    ("Vũ Thị Lan Anh", F, 1988, FULL, "Đại úy, Phó Đội trưởng", "Đại học", "Sơ cấp"),
    ("Nguyễn Đức Thắng", M, 1987, FULL, "Đại úy, Phó Đội trưởng", "Đại học", "Trung cấp"),
    ("Lò Văn Hùng", M, 1989, FULL, "Đại úy, Phó Đội trưởng", "Đại học", "Sơ cấp"),
    ("Cao Thị Hồng Nhung", F, 1990, FULL, "Đại úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Bùi Văn Chiến", M, 1990, FULL, "Đại úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Hà Minh Tâm", M, 1991, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Lường Thị Ngọc", F, 1992, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Trần Quang Huy", M, 1991, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Đặng Văn Lực", M, 1992, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Ngô Thị Phương", F, 1993, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Lê Hữu Phước", M, 1993, FULL, "Thượng úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Tống Văn Đạt", M, 1994, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Phạm Thị Yến", F, 1994, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Nguyễn Văn Bình", M, 1995, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Hoàng Văn Kiên", M, 1995, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Vi Thị Thanh Thủy", F, 1996, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Lê Minh Đức", M, 1996, FULL, "Trung úy, Cán bộ", "Đại học", "Sơ cấp"),
    ("Trần Văn Cường", M, 1997, PROB, "Thiếu úy, Cán bộ", "Đại học", "Chưa qua đào tạo"),
    ("Đinh Thị Mai", F, 1997, PROB, "Thiếu úy, Cán bộ", "Đại học", "Chưa qua đào tạo"),
    ("Lê Quang Vinh", M, 1998, PROB, "Thiếu úy, Cán bộ", "Đại học", "Chưa qua đào tạo"),
    ("Nguyễn Hoàng Long", M, 1998, PROB, "Thiếu úy, Cán bộ", "Đại học", "Chưa qua đào tạo"),
]
_ETHNICITY = {"Lò Văn Hùng": "Thái", "Lường Thị Ngọc": "Mường", "Vi Thị Thanh Thủy": "Thái"}
EXCUSED = {"Hà Minh Tâm": "Đi công tác theo Quyết định của Giám đốc Công an tỉnh"}
NOT_YET_ARRIVED = {"Lê Hữu Phước", "Nguyễn Hoàng Long"}

GUESTS = [
    GuestData(
        "Lê Thị Thanh Xuân",
        "Đại tá, Phó Giám đốc Công an tỉnh",
        "Đảng ủy Công an tỉnh Thanh Hóa",
        superior_representative=True,
    ),
    GuestData(
        "Nguyễn Đình Phúc",
        "Trung tá, Phó Chánh Văn phòng Đảng ủy Công an tỉnh",
        "Đảng ủy Công an tỉnh Thanh Hóa",
    ),
]


def members() -> list[MemberData]:
    return [
        MemberData(
            full_name=name,
            status=status,
            party_card_no=f"3601{i + 2731:04d}",
            birth_year=born,
            gender=gender,
            ethnicity=_ETHNICITY.get(name, "Kinh"),
            position=position,
            education=education,
            theory_level=theory,
        )
        for i, (name, gender, born, status, position, education, theory) in enumerate(_PEOPLE)
    ]


# The moment the demo stands at: the discussion is under way (tests rely on it).
MOMENT = datetime(2020, 6, 15, 9, 45)
PRESENTERS = {
    "opening": "Đồng chí Lê Đình Khải, Bí thư Chi bộ",
    "attendance_report": "Đồng chí Trịnh Văn Tuấn, Phó Bí thư Chi bộ",
    "political_report": "Đồng chí Nguyễn Thị Minh Hằng, Chi ủy viên",
    "self_review": "Đồng chí Lê Đình Khải, Bí thư Chi bộ",
    "superior_drafts": "Đồng chí Hoàng Quốc Việt, Chi ủy viên",
    "superior_address": "Đồng chí Lê Thị Thanh Xuân, Phó Giám đốc Công an tỉnh",
    "presidium_reply": "Đồng chí Lê Đình Khải, Bí thư Chi bộ",
}
# Minutes each finished item actually took (the plan is in services.agenda).
ACTUAL_MINUTES = (5, 12, 4, 10, 6, 34, 15, 14)
# (speaker, kind, minute it started after the discussion opened, minutes, summary)
SPEECHES: tuple[tuple[str, SpeechKind, int, int, str], ...] = (
    (
        "Đỗ Thị Thu Hà",
        SpeechKind.PREPARED,
        1,
        7,
        "Tham luận về nâng cao chất lượng xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc "
        "ở cơ sở; đề nghị nhân rộng 540 mô hình tự quản về an ninh, trật tự.",
    ),
    (
        "Lò Văn Hùng",
        SpeechKind.PREPARED,
        9,
        6,
        "Tham luận về công tác vận động đồng bào dân tộc thiểu số ở các huyện miền núi tham "
        "gia bảo vệ an ninh, trật tự; kiến nghị tăng cường cán bộ biết tiếng dân tộc.",
    ),
    (
        "Mai Xuân Trường",
        SpeechKind.FLOOR,
        16,
        6,
        "Đề nghị bổ sung vào dự thảo nghị quyết chỉ tiêu về bồi dưỡng lực lượng nòng cốt ở cơ sở.",
    ),
    (
        "Phạm Thị Yến",
        SpeechKind.FLOOR,
        23,
        5,
        "Nhất trí với báo cáo chính trị; đề nghị tăng cường ứng dụng công nghệ thông tin "
        "trong theo dõi phong trào.",
    ),
    ("Nguyễn Đức Thắng", SpeechKind.FLOOR, 29, 0, ""),  # speaking at the demo's moment
)
QUEUED = ("Vũ Thị Lan Anh",)


# Elected by hands at item 2 ("Bầu Đoàn Chủ tịch, Thư ký đại hội"); the first presides.
WORKING_BODIES = {
    Body.PRESIDIUM: ("Lê Đình Khải", "Nguyễn Thị Minh Hằng", "Trịnh Văn Tuấn"),
    Body.SECRETARIAT: ("Cao Thị Hồng Nhung",),
}


def populate(store: Store, *, with_attendance: bool = True, now: datetime = MOMENT) -> None:
    """Fill an empty congress file with the demo congress, as it stands at ``now``.

    All times follow from ``now``: the session opened 2 h 15 min before, members
    arrived in the half hour before that, eight items are done and the
    discussion is under way with one speech being given.
    """
    now = now.replace(second=0, microsecond=0)
    start = now - timedelta(hours=2, minutes=15)
    congress.set_info(store, INFO)
    session = congress.add_session(
        store,
        SessionData(SessionKind.OFFICIAL, start.date(), start.time(), _end(start)),
    )
    added = roster.add_members(store, members())
    guests = [roster.add_guest(store, guest) for guest in GUESTS]
    items = agenda.seed_default(store)
    for item in items:
        if item.code in PRESENTERS:
            agenda.update_item(store, item.id, replace_presenter(item, PRESENTERS[item.code]))
    if not with_attendance:
        return
    arrival = start - timedelta(minutes=25)
    for n, member in enumerate(added):
        if member.full_name in EXCUSED:
            attendance.mark_excused(store, session.id, member.id, EXCUSED[member.full_name])
        elif member.full_name not in NOT_YET_ARRIVED:
            at = arrival + timedelta(seconds=47 * n)
            attendance.check_in(store, session.id, member.id, at=at)
    by_name = {m.full_name: m.id for m in added}
    working_bodies.set_bodies(
        store, {body: [by_name[n] for n in names] for body, names in WORKING_BODIES.items()}
    )
    _run_programme(store, items, start + timedelta(minutes=2), now, added, guests)
    _seed_resolution(store)


def _end(start: datetime) -> time:
    """Four hours after the start, within the same day."""
    end = start + timedelta(hours=4)
    return end.time() if end.date() == start.date() else time(23, 59)


def replace_presenter(item: AgendaItemRow, presenter: str) -> AgendaItemData:
    return AgendaItemData(
        title=item.title,
        presenter=presenter,
        planned_minutes=item.planned_minutes,
        needs_vote=item.needs_vote,
        notes=item.notes,
        code=item.code,
    )


def _run_programme(
    store: Store,
    items: list[AgendaItemRow],
    at: datetime,
    now: datetime,
    people: list[MemberRow],
    guests: list[GuestRow],
) -> None:
    held = {v.agenda_item_id: v for v in votes.seed_default_votes(store)}
    for item, minutes in zip(items, ACTUAL_MINUTES, strict=False):
        agenda.start_next(store, at=at)
        at += timedelta(minutes=minutes)
        if item.id in held:  # the hall raised its cards before the item closed
            votes.all_in_favour(store, held[item.id].id, at=at - timedelta(minutes=1))
    agenda.start_next(store, at=at)  # the discussion opens
    discussion = next(i for i in items if i.code == "discussion")
    by_name = {m.full_name: m for m in people}
    for name, kind, offset, minutes, summary in SPEECHES:
        row = speeches.register(store, discussion.id, member_id=by_name[name].id, kind=kind)
        speeches.call_next(store, discussion.id, at=at + timedelta(minutes=offset))
        if minutes:
            speeches.finish(store, row.id, at=at + timedelta(minutes=offset + minutes))
            speeches.edit(store, row.id, summary=summary)
    for name in QUEUED:
        speeches.register(store, discussion.id, member_id=by_name[name].id)
    address = next(i for i in items if i.code == "superior_address")
    speeches.register(
        store, address.id, guest_id=guests[0].id, kind=SpeechKind.ADDRESS, limit_seconds=15 * 60
    )
    reply = next(i for i in items if i.code == "presidium_reply")
    speeches.register(
        store,
        reply.id,
        member_id=by_name["Lê Đình Khải"].id,
        kind=SpeechKind.REPLY,
        limit_seconds=5 * 60,
    )


# The draft resolution from the seed article's direction and targets (issue 7):
# (text, figure, unit) of each target of the "direction and targets" point.
RESOLUTION_TARGETS: tuple[tuple[str, int | None, str], ...] = (
    ("Chi bộ hằng năm đạt danh hiệu hoàn thành tốt nhiệm vụ trở lên", None, ""),
    ("đảng viên hoàn thành tốt nhiệm vụ", 100, "%"),
    ("đảng viên hoàn thành xuất sắc nhiệm vụ", 20, "%"),
    ("Đơn vị hằng năm đạt danh hiệu Đơn vị Quyết thắng", None, ""),
    ("cán bộ được phân loại hoàn thành tốt nhiệm vụ", 100, "%"),
    ("cán bộ, chiến sĩ đạt danh hiệu Chiến sĩ tiên tiến", 80, "%"),
    ("cán bộ, chiến sĩ đạt danh hiệu Chiến sĩ thi đua cơ sở", 15, "%"),
)
RESOLUTION_TEXTS = {
    "assessment": (
        "Nhiệm kỳ 2015 – 2020, dưới sự lãnh đạo, chỉ đạo trực tiếp, toàn diện của Đảng ủy – "
        "Giám đốc Công an tỉnh, Chi bộ đã không ngừng đổi mới, sáng tạo, đoàn kết, thống nhất, "
        "khắc phục mọi khó khăn, thực hiện thắng lợi các mục tiêu, yêu cầu mà Nghị quyết Đại "
        "hội Chi bộ nhiệm kỳ 2015 – 2020 đã đề ra.\n"
        "Chi bộ đã làm tốt công tác tham mưu cho Đảng ủy, Giám đốc Công an tỉnh, đề xuất với "
        "Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành nhiều chủ trương, giải pháp xây dựng phong trào "
        "toàn dân bảo vệ an ninh Tổ quốc; củng cố, nhân rộng 69 loại mô hình với 540 mô hình "
        "tự quản về an ninh, trật tự."
    ),
    "direction": (
        "Đẩy mạnh công tác xây dựng chi bộ, xây dựng đơn vị vững mạnh về chính trị, tư tưởng "
        "và tổ chức, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới; nâng cao chất lượng, hiệu "
        "quả công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh.\n"
        "Các chỉ tiêu chủ yếu:"
    ),
    "tasks": "Để thực hiện thắng lợi các mục tiêu trên, Chi bộ tập trung các nhiệm vụ sau:",
}
RESOLUTION_TASKS = (
    "Nâng cao chất lượng công tác tham mưu cho Đảng ủy, Giám đốc Công an tỉnh về xây dựng "
    "phong trào toàn dân bảo vệ an ninh Tổ quốc, để phong trào ngày càng đi vào thực chất, "
    "có chiều sâu và sức lan tỏa; tránh hình thức, chung chung, kém hiệu quả.",
    "Xây dựng thế trận an ninh nhân dân gắn với thế trận quốc phòng toàn dân; củng cố, nhân "
    "rộng các mô hình, điển hình tiên tiến về bảo vệ an ninh, trật tự.",
    "Chăm lo công tác xây dựng Đảng, xây dựng lực lượng trong sạch, vững mạnh, toàn diện; đề "
    "cao tính nêu gương và ý thức tổ chức kỷ luật; coi trọng công tác kiểm tra, giám sát; "
    "phát huy nguyên tắc tập trung dân chủ, xây dựng khối đoàn kết thống nhất, bảo vệ chính "
    "trị nội bộ.",
)


def _seed_resolution(store: Store) -> None:
    """The draft resolution saved as "Dự thảo 1", and one remark from the discussion."""
    resolution.seed_default(store)  # the preamble counts who is in the hall now
    points = {p.code: p for p in resolution.draft(store).points}
    for code, text in RESOLUTION_TEXTS.items():
        resolution.update_section(store, points[code].id, text=text)
    for text, figure, unit in RESOLUTION_TARGETS:
        resolution.add_target(store, points["direction"].id, text, figure, unit)
    for text in RESOLUTION_TASKS:
        resolution.add_subpoint(store, points["tasks"].id, "", text)
    resolution.save_version(store)
    remark = next((s for s in speeches.all_speeches(store) if s.speaker == "Mai Xuân Trường"), None)
    resolution.add_amendment(
        store,
        RESOLUTION_TEXTS["direction"].replace(
            "trên địa bàn tỉnh.",
            "trên địa bàn tỉnh; chú trọng bồi dưỡng, nâng cao năng lực cho lực lượng nòng cốt "
            "ở cơ sở.",
        ),
        section_id=points["direction"].id,
        speech_id=remark.id if remark is not None else None,
        proposer="" if remark is not None else "Mai Xuân Trường",
        remark="Đề nghị bổ sung vào phương hướng nội dung bồi dưỡng, nâng cao năng lực "
        "cho lực lượng nòng cốt làm công tác bảo đảm an ninh, trật tự ở cơ sở.",
    )


def create_demo(
    path: Path, *, overwrite: bool = False, with_attendance: bool = True, now: datetime = MOMENT
) -> Store:
    store = store_mod.create(path, overwrite=overwrite)
    populate(store, with_attendance=with_attendance, now=now)
    return store
