"""The rows the resolution hands out: ids, kinds, the draft, versions, amendments,
and the ``Change`` every action returns.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NewType

from babel.numbers import format_decimal

from secretariat.domain import SpeechId, VoteId, VoteRow
from secretariat.rules.diff import Run
from secretariat.rules.votes import VoteResult

SectionId = NewType("SectionId", int)
TargetId = NewType("TargetId", int)
VersionId = NewType("VersionId", int)
AmendmentId = NewType("AmendmentId", int)

MAX_TITLE = 500
MAX_TEXT = 100_000
MAX_UNIT = 32
ADOPTED_NAME = "Nghị quyết được thông qua"
DRAFT_NAME = "Dự thảo {n}"  # the default names of saved versions
AMENDMENT_VOTE = "Biểu quyết ý kiến: {what}"  # the subject of an amendment's vote


class SectionKind(enum.StrEnum):
    PREAMBLE = "preamble"  # the narrative before "QUYẾT NGHỊ:"
    POINT = "point"  # 1., 2., 3. …
    SUBPOINT = "subpoint"  # a), b), … under a point


class Fate(enum.StrEnum):
    """What the presidium did with an amendment (tiếp thu, giải trình, biểu quyết)."""

    PENDING = "pending"
    ACCEPTED = "accepted"  # tiếp thu: the proposed text is in the draft
    EXPLAINED = "explained"  # giải trình: kept as is, with the presidium's answer
    VOTED = "voted"  # put to a show-of-hands vote (see AmendmentRow.vote_passed)


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A target (chỉ tiêu): "100% đảng viên hoàn thành tốt nhiệm vụ".

    ``figure`` is None for a target without a number ("chi bộ hoàn thành tốt
    nhiệm vụ trở lên hằng năm"); ``unit`` follows the figure ("%", "đồng chí").
    """

    id: TargetId
    section_id: SectionId
    position: int  # 1-based within its section
    text: str
    figure: Decimal | None
    unit: str

    @property
    def label(self) -> str:
        """The target as one line: "100% đảng viên …" (Vietnamese decimal comma)."""
        return target_label(self.text, self.figure, self.unit)


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the draft with its targets and (for a point) its sub-points.

    ``number`` is the printed label: "1.", "2." for points, "a)", "b)" for
    sub-points, "" for the preamble. ``code`` names a section of the default
    draft ("election_results", …) or is "". ``auto``: the text follows the
    data until the secretary edits it (``AUTO_KEYS``): the election-results
    point follows the elections, the preamble the congress and its attendance.
    """

    id: SectionId
    parent_id: SectionId | None
    kind: SectionKind
    position: int  # 1-based among its siblings (the preamble is 0)
    number: str
    code: str
    title: str
    text: str
    auto: bool
    targets: tuple[TargetRow, ...] = ()
    subpoints: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    """The whole resolution draft, in reading order."""

    preamble: Section | None
    points: tuple[Section, ...]

    def sections(self) -> Iterator[Section]:
        """The preamble, then each point followed by its sub-points."""
        if self.preamble is not None:
            yield self.preamble
        for point in self.points:
            yield point
            yield from point.subpoints

    def targets(self) -> Iterator[TargetRow]:
        """Every target in reading order."""
        for section in self.sections():
            yield from section.targets

    def section(self, section_id: SectionId) -> Section | None:
        return next((s for s in self.sections() if s.id == section_id), None)

    def target(self, target_id: TargetId) -> TargetRow | None:
        return next((t for t in self.targets() if t.id == target_id), None)

    def place(self, section_id: SectionId | None = None, target_id: TargetId | None = None) -> str:
        """Where in the draft, in words: "Phần mở đầu", "Điểm 3", "Điểm 3 b)",
        "Điểm 3, chỉ tiêu 2"; "" for neither (a general remark) or a place gone."""
        if target_id is not None:
            target = self.target(target_id)
            if target is None:
                return ""
            return f"{self.place(target.section_id)}, chỉ tiêu {target.position}"
        if section_id is None:
            return ""
        section = self.section(section_id)
        if section is None:
            return ""
        if section.kind is SectionKind.PREAMBLE:
            return "Phần mở đầu"
        if section.kind is SectionKind.POINT:
            return f"Điểm {section.number.rstrip('.')}"
        parent = self.section(section.parent_id) if section.parent_id is not None else None
        lead = parent.number.rstrip(".") if parent is not None else ""
        return f"Điểm {lead} {section.number}"

    @property
    def empty(self) -> bool:
        return self.preamble is None and not self.points


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: VersionId
    number: int  # 1, 2, 3 … in the order saved
    name: str  # "Dự thảo 1", …, "Nghị quyết được thông qua"
    created_at: datetime
    adopted: bool  # the frozen adopted resolution (at most one at a time)
    adoption_vote_id: VoteId | None
    reopen_reason: str = ""  # why its adoption was lifted (the minutes say it)


@dataclass(frozen=True, slots=True)
class SavedVersion:
    """A version with its content (what ``revert``/``reapply`` need to re-create it)."""

    row: VersionRow
    content: Draft


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    """A remark from the discussion against a section or a target (or neither).

    ``place`` and ``original`` are snapshots taken when it was recorded ("Điểm
    3, chỉ tiêu 2"; the text or target as it then stood), so the list reads
    right even after the draft changed. For a target, ``proposed_figure`` (None:
    unchanged) and ``proposed_text`` ("": unchanged) replace the target's; for a
    section, ``proposed_text`` ("": a remark without new wording) replaces the
    section's text. ``remark`` is what the speaker said, kept apart from the
    proposed wording so that a passed amendment never writes the speaker's
    sentence into the resolution. ``applied``: the proposal was written into
    the draft. ``vote_passed`` is read from the linked vote: None while not held.
    """

    id: AmendmentId
    position: int  # 1-based, in the order recorded
    section_id: SectionId | None
    target_id: TargetId | None
    place: str
    original: str
    speech_id: SpeechId | None
    proposer: str
    proposed_text: str
    proposed_figure: Decimal | None
    fate: Fate
    answer: str
    vote_id: VoteId | None
    created_at: datetime
    decided_at: datetime | None
    applied: bool
    vote_passed: bool | None = None
    remark: str = ""

    @property
    def outcome(self) -> str:
        """pending, accepted, explained, vote_pending, vote_passed or vote_failed."""
        if self.fate is not Fate.VOTED:
            return self.fate.value
        if self.vote_passed is None:
            return "vote_pending"
        return "vote_passed" if self.vote_passed else "vote_failed"


@dataclass(frozen=True, slots=True)
class Change:
    """What one action changed, for exact undo (``revert``) and redo (``reapply``).

    ``subject_id`` is the id of the section, target, version or amendment the
    action made or touched (to select it in a view), or None.
    """

    action: str
    before: Draft
    after: Draft
    subject_id: int | None = None
    amendment_before: AmendmentRow | None = None
    amendment_after: AmendmentRow | None = None
    vote_before: VoteRow | None = None
    vote_after: VoteRow | None = None
    version_before: SavedVersion | None = None
    version_after: SavedVersion | None = None


@dataclass(frozen=True, slots=True)
class Adoption:
    """The adoption vote: its row and verdict, the frozen version if it passed, and
    the ``Change`` that ``revert`` undoes exactly (the vote as it was, the draft's
    election results back to live, the version gone)."""

    vote: VoteRow
    result: VoteResult
    version: VersionRow | None
    change: Change


@dataclass(frozen=True, slots=True)
class Aligned:
    """One section or target of two compared drafts, side by side.

    ``key`` is ("section", id) or ("target", id); ``a``/``b`` the text in
    each draft (None when absent there); ``status`` is "equal", "changed",
    "added" or "removed"; ``runs`` the word-level changes from a to b (the left
    side shows equal + delete runs, the right side equal + insert runs).
    """

    key: tuple[str, int]
    label: str  # "Điểm 3 b)", "Điểm 3, chỉ tiêu 2" in the later draft (else the earlier)
    a: str | None
    b: str | None
    status: str
    runs: tuple[Run, ...]


def target_label(text: str, figure: Decimal | None, unit: str) -> str:
    """ "100% đảng viên hoàn thành tốt nhiệm vụ"; "5 đồng chí …"; the text alone."""
    if figure is None:
        return text
    number = str(format_decimal(figure, locale="vi"))
    if not unit:
        return f"{number} {text}"
    joined = f"{number}{unit}" if unit == "%" else f"{number} {unit}"
    return f"{joined} {text}"
