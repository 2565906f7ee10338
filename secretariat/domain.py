"""Vocabulary of the domain: ids, enums and plain data shared by every layer.

Names follow ``docs/domain/glossary.md`` so one idea has one name across the
models, the rules, the UI and the documents.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NewType

MemberId = NewType("MemberId", int)
GuestId = NewType("GuestId", int)
SessionId = NewType("SessionId", int)


class CongressKind(enum.StrEnum):
    MEMBERS = "members"  # Đại hội đảng viên: every member is summoned
    DELEGATES = "delegates"  # Đại hội đại biểu: elected delegates attend


class CommitteeOrigin(enum.StrEnum):
    ELECTED = "elected"  # chi ủy khóa trước do đại hội bầu
    APPOINTED = "appointed"  # chỉ định (new cells after mergers)


class SessionKind(enum.StrEnum):
    PREPARATORY = "preparatory"  # phiên trù bị
    OFFICIAL = "official"  # phiên chính thức


class MemberStatus(enum.StrEnum):
    FULL = "full"  # đảng viên chính thức
    PROBATIONARY = "probationary"  # đảng viên dự bị: attends, never votes


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class AttendanceState(enum.StrEnum):
    PRESENT = "present"  # có mặt (attended at least part of the congress)
    EXCUSED = "excused"  # vắng có lý do được chấp nhận
    ABSENT = "absent"  # vắng không lý do
    UNMARKED = "unmarked"  # not yet arrived nor marked: stays in the base


class Movement(enum.StrEnum):
    IN = "in"  # check-in (arrival or return)
    OUT = "out"  # check-out (departure)


class Body(enum.StrEnum):
    """A working body of the congress, elected by show of hands.

    docs/domain/procedure.md, "Roles and bodies".
    """

    PRESIDIUM = "presidium"  # Đoàn Chủ tịch (or a single Chủ tịch đại hội)
    SECRETARIAT = "secretariat"  # Đoàn Thư ký (or a single Thư ký đại hội)
    CREDENTIALS = "credentials"  # Ban thẩm tra tư cách đại biểu (delegates' congress)


@dataclass(frozen=True, slots=True)
class CongressInfo:
    """Identity of the congress (one per file)."""

    superior_body: str  # e.g. "Đảng bộ Công an tỉnh Thanh Hóa"
    cell_name: str  # e.g. "Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"
    ordinal: str  # "VI" or "6"
    term_start: int | None
    term_end: int | None
    kind: CongressKind = CongressKind.MEMBERS
    venue: str = ""
    place: str = ""  # the place name printed before the date: "Thanh Hóa"
    committee_origin: CommitteeOrigin = CommitteeOrigin.ELECTED


@dataclass(frozen=True, slots=True)
class SessionData:
    kind: SessionKind
    day: date | None
    start: time | None = None
    end: time | None = None


@dataclass(frozen=True, slots=True)
class SessionRow(SessionData):
    id: SessionId = SessionId(0)


@dataclass(frozen=True, slots=True)
class MemberData:
    """Everything the secretary records about a member (what an import yields)."""

    full_name: str
    status: MemberStatus = MemberStatus.FULL
    party_card_no: str = ""  # số thẻ đảng viên: the scanner code
    birth_year: int | None = None
    gender: Gender | None = None
    ethnicity: str = ""
    position: str = ""  # chức vụ
    education: str = ""  # trình độ chuyên môn (optional)
    theory_level: str = ""  # trình độ lý luận chính trị (optional)
    exempt: bool = False  # miễn công tác và sinh hoạt đảng
    temporary_in: bool = False  # sinh hoạt tạm thời đến (from another cell)
    temporary_out: bool = False  # sinh hoạt tạm thời đi (to another cell)
    suspended: bool = False  # đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam
    note: str = ""


@dataclass(frozen=True, slots=True)
class MemberRow(MemberData):
    id: MemberId = MemberId(0)


@dataclass(frozen=True, slots=True)
class GuestData:
    full_name: str
    title: str = ""  # chức danh, e.g. "Phó Giám đốc Công an tỉnh"
    organisation: str = ""
    superior_representative: bool = False  # đại diện cấp ủy cấp trên


@dataclass(frozen=True, slots=True)
class GuestRow(GuestData):
    id: GuestId = GuestId(0)


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One member's attendance in one session."""

    member_id: MemberId
    session_id: SessionId
    state: AttendanceState
    reason: str = ""
    arrived_at: datetime | None = None
    departed_at: datetime | None = None


AgendaItemId = NewType("AgendaItemId", int)
SpeechId = NewType("SpeechId", int)


class SpeechKind(enum.StrEnum):
    PREPARED = "prepared"  # tham luận (may be handed in as text)
    FLOOR = "floor"  # phát biểu, thảo luận
    ADDRESS = "address"  # phát biểu chỉ đạo of the superior representative
    REPLY = "reply"  # tiếp thu, giải trình of the presidium


@dataclass(frozen=True, slots=True)
class AgendaItemData:
    title: str
    presenter: str = ""
    planned_minutes: int = 0
    needs_vote: bool = False
    notes: str = ""
    code: str = ""  # a template item's code ("" for the secretary's own items)


@dataclass(frozen=True, slots=True)
class AgendaItemRow(AgendaItemData):
    id: AgendaItemId = AgendaItemId(0)
    position: int = 0
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SpeechRow:
    id: SpeechId
    agenda_item_id: AgendaItemId
    position: int
    member_id: MemberId | None
    guest_id: GuestId | None
    speaker: str  # the speaker's full name, for display
    kind: SpeechKind
    text: str
    summary: str
    section: str
    limit_seconds: int
    started_at: datetime | None
    ended_at: datetime | None
    running_since: datetime | None
    elapsed_seconds: int

    @property
    def state(self) -> str:
        """queued, speaking, paused or done."""
        if self.ended_at is not None:
            return "done"
        if self.started_at is None:
            return "queued"
        return "speaking" if self.running_since is not None else "paused"


VoteId = NewType("VoteId", int)
FrozenBaseId = NewType("FrozenBaseId", int)


@dataclass(frozen=True, slots=True)
class FrozenBaseRow:
    """The majority base frozen at ``at``, with its breakdown and the full members
    present (190-QĐ/TW Điều 30 khoản 2; docs/domain/rules.md §2).

    Stored once, in the ``frozen_base`` table, by ``services.attendance.freeze_base``;
    a held vote (``VoteRow.frozen``) and an issued round (``RoundRow.frozen``) carry
    it as one field. The number fields are named as in ``rules.majority.FROZEN``.
    """

    id: FrozenBaseId
    at: datetime
    base: int  # mẫu số
    base_full_summoned: int
    base_temporary_out: int
    base_exempt_not_present: int
    base_suspended: int
    base_excused: int
    base_absent_throughout: int
    voters_present: int  # full members in the hall


class HasFrozenBase:
    """Read access to a row's frozen base (``frozen``): each number is None until
    the base is frozen, so ``row.base`` reads as it always has."""

    __slots__ = ()
    frozen: FrozenBaseRow | None

    @property
    def base(self) -> int | None:
        return self.frozen.base if self.frozen else None

    @property
    def base_full_summoned(self) -> int | None:
        return self.frozen.base_full_summoned if self.frozen else None

    @property
    def base_temporary_out(self) -> int | None:
        return self.frozen.base_temporary_out if self.frozen else None

    @property
    def base_exempt_not_present(self) -> int | None:
        return self.frozen.base_exempt_not_present if self.frozen else None

    @property
    def base_suspended(self) -> int | None:
        return self.frozen.base_suspended if self.frozen else None

    @property
    def base_excused(self) -> int | None:
        return self.frozen.base_excused if self.frozen else None

    @property
    def base_absent_throughout(self) -> int | None:
        return self.frozen.base_absent_throughout if self.frozen else None

    @property
    def voters_present(self) -> int | None:
        return self.frozen.voters_present if self.frozen else None


@dataclass(frozen=True, slots=True)
class VoteRow(HasFrozenBase):
    """A show-of-hands vote (biểu quyết); counts and base are None until it is held.

    ``frozen`` (the base, its breakdown and the full members in the hall, read as
    ``base``, ``base_*`` and ``voters_present``) is frozen when the vote is held
    (docs/domain/rules.md sections 2 and 3).
    """

    id: VoteId
    agenda_item_id: AgendaItemId | None
    position: int
    subject: str
    yes: int | None = None  # tán thành
    no: int | None = None  # không tán thành
    other: int | None = None  # ý kiến khác / không biểu quyết
    held_at: datetime | None = None
    frozen: FrozenBaseRow | None = None
    note: str = ""
    kind: str = ""  # what the procedure needs it for (services.votes.VoteKind) or ""

    @property
    def held(self) -> bool:
        return self.held_at is not None


@dataclass(frozen=True, slots=True)
class Missing:
    """A gap before a document can be exported: a code the UI words, and a fact.

    One type for the minutes' completeness check and the documents' export check,
    so the screens that word the gaps take either.
    """

    code: str
    detail: str = ""
