"""The demo congress, built from the facts of the seed article.

The 6th congress (term 2020–2025) of the Party cell of the provincial police's
department for the movement to protect national security, under the Party
committee of Thanh Hóa provincial police: 29 members, mostly young, with the
deputy director of the provincial police as the superior representative.
Every person here is fictional.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from secretariat import store as store_mod
from secretariat.domain import (
    CommitteeOrigin,
    CongressInfo,
    CongressKind,
    Gender,
    GuestData,
    MemberData,
    MemberStatus,
    SessionData,
    SessionKind,
)
from secretariat.services import attendance, congress, roster
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
DAY = date(2020, 6, 15)

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
    ("Trần Văn Cường", M, 1997, PROB, "Thiếu úy, Cán bộ", "Đại học", ""),
    ("Đinh Thị Mai", F, 1997, PROB, "Thiếu úy, Cán bộ", "Đại học", ""),
    ("Lê Quang Vinh", M, 1998, PROB, "Thiếu úy, Cán bộ", "Đại học", ""),
    ("Nguyễn Hoàng Long", M, 1998, PROB, "Thiếu úy, Cán bộ", "Đại học", ""),
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


def populate(store: Store, *, with_attendance: bool = True) -> None:
    """Fill an empty congress file with the demo congress."""
    congress.set_info(store, INFO)
    session = congress.add_session(
        store, SessionData(SessionKind.OFFICIAL, DAY, time(7, 30), time(11, 30))
    )
    added = roster.add_members(store, members())
    for guest in GUESTS:
        roster.add_guest(store, guest)
    if not with_attendance:
        return
    arrival = datetime.combine(DAY, time(7, 5))
    for n, member in enumerate(added):
        if member.full_name in EXCUSED:
            attendance.mark_excused(store, session.id, member.id, EXCUSED[member.full_name])
        elif member.full_name not in NOT_YET_ARRIVED:
            at = arrival + timedelta(seconds=47 * n)
            attendance.check_in(store, session.id, member.id, at=at)


def create_demo(path: Path, *, overwrite: bool = False, with_attendance: bool = True) -> Store:
    store = store_mod.create(path, overwrite=overwrite)
    populate(store, with_attendance=with_attendance)
    return store
