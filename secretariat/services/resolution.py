"""The congress resolution: the working draft, its versions, amendments, adoption.

docs/domain/procedure.md "Drafting the resolution"; docs/domain/documents.md section 4. The working
draft is data: a narrative preamble, then the points of "QUYẾT NGHỊ:" (1., 2.,
…) with sub-points (a), b), …) and targets (chỉ tiêu: text, figure, unit), so a
target's figure can be voted on and changed on its own.

Versions are frozen snapshots of the whole draft; nothing is ever overwritten
(restoring an old version saves it again as a new one). Amendments (ý kiến góp
ý) are recorded against a section or a target; the presidium accepts (the
proposed text is written into the draft), explains (with its answer) or puts
them to a show-of-hands vote. The whole resolution is adopted by hands
(190-QĐ/TW Điều 3); the adopted version is frozen and further edits are refused
with ``ValidationError("adopted")`` until an explicit ``reopen``.

Every action returns a :class:`Change` holding the working draft and the rows
it touched before and after; ``revert(store, change)`` puts them back exactly
(undo) and ``reapply(store, change)`` does the action again (redo).

Section and target ids are never reused (AUTOINCREMENT) and survive in the
snapshots, so an amendment keeps pointing at "its" section even while the
section is removed, and points at it again when an undo or a restored version
brings it back.
"""

from __future__ import annotations

import enum
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NewType

from babel.numbers import format_decimal
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import (
    AgendaItemId,
    CongressInfo,
    CongressKind,
    SessionKind,
    SpeechId,
    VoteId,
    VoteRow,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.diff import Run, diff_words
from secretariat.rules.votes import VoteResult, verdict
from secretariat.services import agenda, attendance, congress, elections, votes
from secretariat.services.elections import results as election_results
from secretariat.store import Store, UnitOfWork
from secretariat.text import number, safe

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


# --- values ---------------------------------------------------------------------------

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese sub-point letters: a), b), … đ), …
_MAX_FIGURE = Decimal(10) ** 9
_NO_ELECTIONS = "Kết quả bầu cử được ghi sau khi Đại hội bầu cử."
_DRAFT_NAME = re.compile(r"^Dự thảo (\d+)\b")
_ADOPTION_SUBJECT = "Biểu quyết thông qua Nghị quyết Đại hội"
_RESOLUTION_ITEM = "resolution"  # the agenda item's code (services.agenda)
_SECTION = "resolution_section"
_TARGET = "resolution_target"
_VERSION = "resolution_version"
_AMENDMENT = "amendment"


def _letter(n: int) -> str:
    size = len(_LETTERS)
    return _letter((n - 1) // size) + _LETTERS[(n - 1) % size] if n > size else _LETTERS[n - 1]


def figure_value(value: Decimal | int | str | None) -> Decimal | None:
    """A figure from the user: None or "" for none; "12,5" or "12.5"; refuses others."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("invalid", "figure", value)
    try:
        number = (
            Decimal(value.strip().replace(",", ".")) if isinstance(value, str) else Decimal(value)
        )
    except InvalidOperation as exc:
        raise ValidationError("invalid", "figure", value) from exc
    if not number.is_finite() or number < 0 or number >= _MAX_FIGURE:
        raise ValidationError("invalid", "figure", value)
    return Decimal(_figure_text(number))


def _figure_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def target_label(text: str, figure: Decimal | None, unit: str) -> str:
    """ "100% đảng viên hoàn thành tốt nhiệm vụ"; "5 đồng chí …"; the text alone."""
    if figure is None:
        return text
    number = str(format_decimal(figure, locale="vi"))
    if not unit:
        return f"{number} {text}"
    joined = f"{number}{unit}" if unit == "%" else f"{number} {unit}"
    return f"{joined} {text}"


def _line(value: str, field: str, limit: int = MAX_TITLE, *, required: bool = False) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError("missing", field, value)
    if len(text) > limit:
        raise ValidationError("too_long", field, text[:40])
    return text


def _body(value: str, field: str = "text") -> str:
    """Long text: line breaks kept, trailing blanks dropped."""
    text = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()
    if len(text) > MAX_TEXT:
        raise ValidationError("too_long", field, text[:40])
    return text


def _stamp(at: datetime) -> str:
    return at.replace(microsecond=0).isoformat()


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# --- the draft as rows and as JSON ----------------------------------------------------

Flat = dict[str, Any]


def _section_flat(x: models.ResolutionSection) -> Flat:
    return {
        "id": x.id,
        "parent_id": x.parent_id,
        "kind": x.kind,
        "position": x.position,
        "code": x.code,
        "title": x.title,
        "text": x.text,
        "auto": bool(x.auto),
    }


def _target_flat(x: models.ResolutionTarget) -> Flat:
    return {
        "id": x.id,
        "section_id": x.section_id,
        "position": x.position,
        "text": x.text,
        "figure": x.figure,
        "unit": x.unit,
    }


def _flatten(d: Draft) -> tuple[list[Flat], list[Flat]]:
    sections = [
        {
            "id": s.id,
            "parent_id": s.parent_id,
            "kind": s.kind.value,
            "position": s.position,
            "code": s.code,
            "title": s.title,
            "text": s.text,
            "auto": s.auto,
        }
        for s in d.sections()
    ]
    targets = [
        {
            "id": t.id,
            "section_id": t.section_id,
            "position": t.position,
            "text": t.text,
            "figure": _figure_text(t.figure) if t.figure is not None else None,
            "unit": t.unit,
        }
        for t in d.targets()
    ]
    return sections, targets


def _build(sections: Sequence[Flat], targets: Sequence[Flat]) -> Draft:
    by_section: dict[int, list[TargetRow]] = defaultdict(list)
    for t in sorted(targets, key=lambda t: (t["position"], t["id"])):
        figure = Decimal(t["figure"]) if t["figure"] is not None else None
        row = TargetRow(
            TargetId(t["id"]),
            SectionId(t["section_id"]),
            t["position"],
            t["text"],
            figure,
            t["unit"],
        )
        by_section[t["section_id"]].append(row)
    children: dict[int | None, list[Flat]] = defaultdict(list)
    for s in sorted(sections, key=lambda s: (s["position"], s["id"])):
        children[s["parent_id"]].append(s)

    def make(s: Flat, number: str, subs: tuple[Section, ...] = ()) -> Section:
        parent = s["parent_id"]
        return Section(
            id=SectionId(s["id"]),
            parent_id=SectionId(parent) if parent is not None else None,
            kind=SectionKind(s["kind"]),
            position=s["position"],
            number=number,
            code=s["code"],
            title=s["title"],
            text=s["text"],
            auto=bool(s["auto"]),
            targets=tuple(by_section[s["id"]]),
            subpoints=subs,
        )

    preamble: Section | None = None
    points: list[Section] = []
    for s in children[None]:
        if s["kind"] == SectionKind.PREAMBLE:
            preamble = make(s, "")
            continue
        subs = tuple(make(c, f"{_letter(n)})") for n, c in enumerate(children[s["id"]], start=1))
        points.append(make(s, f"{len(points) + 1}.", subs))
    return Draft(preamble, tuple(points))


def _to_json(d: Draft) -> str:
    sections, targets = _flatten(d)
    content = {"sections": sections, "targets": targets}
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def _from_json(text: str) -> Draft:
    content = json.loads(text)
    return _build(content["sections"], content["targets"])


def _raw(s: OrmSession) -> Draft:
    """The working draft as stored (``auto`` sections with their stored text)."""
    sections = [_section_flat(x) for x in s.scalars(select(models.ResolutionSection))]
    targets = [_target_flat(x) for x in s.scalars(select(models.ResolutionTarget))]
    return _build(sections, targets)


# The sections whose text can follow the data, by ``_auto_key``.
AUTO_KEYS = ("preamble", "election_results")


def _auto_key(kind: str, code: str) -> str:
    return "preamble" if kind == SectionKind.PREAMBLE.value else code


def _auto_texts(store: Store, keys: Iterable[str] = AUTO_KEYS) -> dict[str, str]:
    """What the following sections (``keys``) say now (read outside a unit of work)."""
    makers = {"preamble": _default_preamble, "election_results": election_results_text}
    return {key: makers[key](store) for key in set(keys) if key in makers}


def _with_auto(d: Draft, texts: dict[str, str]) -> Draft:
    """``d`` with the text of every ``auto`` section replaced by what it follows."""

    def fill(s: Section) -> Section:
        subs = tuple(fill(c) for c in s.subpoints)
        text = texts.get(_auto_key(s.kind.value, s.code), s.text) if s.auto else s.text
        return replace(s, text=text, subpoints=subs)

    preamble = fill(d.preamble) if d.preamble is not None else None
    return Draft(preamble, tuple(fill(p) for p in d.points))


# --- writing the draft exactly --------------------------------------------------------


def _journal_draft(uow: UnitOfWork, before: Draft, after: Draft) -> None:
    for entity, old, new in zip(
        (_SECTION, _TARGET), _flatten(before), _flatten(after), strict=True
    ):
        old_by = {r["id"]: r for r in old}
        new_by = {r["id"]: r for r in new}
        for ident in sorted(old_by.keys() | new_by.keys()):
            if old_by.get(ident) != new_by.get(ident):
                uow.journal(entity, ident, old_by.get(ident), new_by.get(ident))


def _write_draft(uow: UnitOfWork, content: Draft) -> None:
    """Make the stored draft exactly ``content``: rows updated, inserted with their
    ids, or deleted (children before parents, after any move to a new parent)."""
    session = uow.session
    have_s = {x.id: x for x in session.scalars(select(models.ResolutionSection))}
    have_t = {x.id: x for x in session.scalars(select(models.ResolutionTarget))}
    want_s, want_t = _flatten(content)
    for flat in sorted(want_s, key=lambda f: f["parent_id"] is not None):
        section = have_s.get(flat["id"])
        if section is None:
            section = models.ResolutionSection(id=flat["id"])
            session.add(section)
        for name, value in flat.items():
            setattr(section, name, value)
        session.flush()
    for flat in want_t:
        target = have_t.get(flat["id"])
        if target is None:
            target = models.ResolutionTarget(id=flat["id"])
            session.add(target)
        for name, value in flat.items():
            setattr(target, name, value)
    session.flush()
    keep_t = {f["id"] for f in want_t}
    for ident, target in have_t.items():
        if ident not in keep_t:
            session.delete(target)
    session.flush()
    keep_s = {f["id"] for f in want_s}
    gone = [x for ident, x in have_s.items() if ident not in keep_s]
    for section in sorted(gone, key=lambda x: x.parent_id is None):
        session.delete(section)
        session.flush()


# --- guards ---------------------------------------------------------------------------


def _adopted(s: OrmSession) -> models.ResolutionVersion | None:
    query = select(models.ResolutionVersion).where(models.ResolutionVersion.adopted.is_(True))
    return s.scalars(query.order_by(models.ResolutionVersion.number.desc()).limit(1)).first()


def _refuse_if_adopted(uow: UnitOfWork) -> None:
    """The adopted resolution is frozen: refuse edits until ``reopen``."""
    if _adopted(uow.session) is not None:
        raise ValidationError("adopted", "resolution")


def _get_section(uow: UnitOfWork, section_id: SectionId) -> models.ResolutionSection:
    section = uow.session.get(models.ResolutionSection, section_id)
    if section is None:
        raise NotFound(_SECTION, section_id)
    return section


def _get_target(uow: UnitOfWork, target_id: TargetId) -> models.ResolutionTarget:
    target = uow.session.get(models.ResolutionTarget, target_id)
    if target is None:
        raise NotFound(_TARGET, target_id)
    return target


def _get_amendment(uow: UnitOfWork, amendment_id: AmendmentId) -> models.Amendment:
    amendment = uow.session.get(models.Amendment, amendment_id)
    if amendment is None:
        raise NotFound(_AMENDMENT, amendment_id)
    return amendment


# --- reading --------------------------------------------------------------------------


def draft(store: Store) -> Draft:
    """The working draft; an ``auto`` section shows what it follows, as it is now."""
    with store.read() as s:
        raw = _raw(s)
    following = {_auto_key(s.kind.value, s.code) for s in raw.sections() if s.auto}
    if not following:
        return raw
    return _with_auto(raw, _auto_texts(store, following))


def is_adopted(store: Store) -> bool:
    """True once a version is adopted (and not reopened): edits are refused."""
    with store.read() as s:
        return _adopted(s) is not None


def _elected(store: Store, election: elections.ElectionRow) -> tuple[list[str], list[str]]:
    """The names elected over the announced rounds (highest votes first), and a
    delegates' election's alternates (services.elections.results, docs/domain/rules.md 4.5)."""
    result = election_results.outcome(store, election.id)
    return [e.full_name for e in result.elected], [a.full_name for a in result.alternates]


_SENTENCES = {
    elections.Target.COMMITTEE: "Bầu Chi ủy nhiệm kỳ {term} gồm {n} đồng chí: {names}",
    elections.Target.CELL_SECRETARY: "Bầu đồng chí {names} giữ chức Bí thư Chi bộ",
    elections.Target.DEPUTY_SECRETARY: "Bầu đồng chí {names} giữ chức Phó Bí thư Chi bộ",
    elections.Target.DELEGATE: (
        "Bầu {n} đồng chí là đại biểu chính thức dự Đại hội {superior}: {names}"
    ),
    elections.Target.ALTERNATE: (
        "Bầu {n} đồng chí là đại biểu dự khuyết dự Đại hội {superior}: {names}"
    ),
}


def election_results_text(store: Store) -> str:
    """The election-results point's text from the elections counted so far.

    One line per election ("- Bầu Chi ủy nhiệm kỳ 2020 – 2025 gồm 5 đồng chí:
    …;"), in the order of the elections, from the rounds announced so far (a
    delegates' election adds its alternates); polls are left out (docs/domain/procedure.md:
    "Election results flow into the resolution text automatically").
    """
    info = congress.get_info(store)
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    superior = " ".join(info.superior_body.split()) or "……"
    lines = []
    for election in elections.list_elections(store):
        if election.target not in _SENTENCES:
            continue
        names, alternates = _elected(store, election)
        for target, who in ((election.target, names), (elections.Target.ALTERNATE, alternates)):
            if who:
                text = _SENTENCES[target].format(
                    term=f"{start} – {end}", n=len(who), names=", ".join(who), superior=superior
                )
                lines.append(f"- {text};")
    if not lines:
        return _NO_ELECTIONS
    lines[-1] = lines[-1][:-1] + "."
    return "\n".join(lines)


def _version_row(v: models.ResolutionVersion) -> VersionRow:
    vote = v.adoption_vote_id
    return VersionRow(
        id=VersionId(v.id),
        number=v.number,
        name=v.name,
        created_at=datetime.fromisoformat(v.created_at),
        adopted=bool(v.adopted),
        adoption_vote_id=VoteId(vote) if vote is not None else None,
        reopen_reason=v.reopen_reason or "",
    )


def _saved(v: models.ResolutionVersion) -> SavedVersion:
    return SavedVersion(_version_row(v), _from_json(v.content_json))


def list_versions(store: Store) -> list[VersionRow]:
    with store.read() as s:
        query = select(models.ResolutionVersion).order_by(models.ResolutionVersion.number)
        return [_version_row(v) for v in s.scalars(query)]


def version_draft(store: Store, version_id: VersionId) -> Draft:
    """A saved version's frozen content."""
    with store.read() as s:
        v = s.get(models.ResolutionVersion, version_id)
        if v is None:
            raise NotFound(_VERSION, version_id)
        return _from_json(v.content_json)


def adopted_version(store: Store) -> VersionRow | None:
    with store.read() as s:
        v = _adopted(s)
        return _version_row(v) if v is not None else None


def compare(store: Store, a: VersionId | None, b: VersionId | None) -> tuple[Aligned, ...]:
    """Two versions side by side (None: the working draft), word by word."""
    first = draft(store) if a is None else version_draft(store, a)
    second = draft(store) if b is None else version_draft(store, b)
    return compare_drafts(first, second)


def _section_words(s: Section) -> str:
    """A section's words for comparing; its number is left out, so inserting a
    point does not show every later point as changed."""
    return "\n".join(part for part in (s.title, s.text) if part)


def _blocks(d: Draft) -> list[tuple[tuple[str, int], str, str]]:
    out: list[tuple[tuple[str, int], str, str]] = []
    for s in d.sections():
        out.append((("section", s.id), d.place(s.id), _section_words(s)))
        for t in s.targets:
            out.append((("target", t.id), d.place(target_id=t.id), t.label))
    return out


def compare_drafts(a: Draft, b: Draft) -> tuple[Aligned, ...]:
    """Align the sections and targets of two drafts by id, in b's order (removed
    ones after their predecessor in a) and diff their texts word by word."""
    old = {key: (label, text) for key, label, text in _blocks(a)}
    new = {key: (label, text) for key, label, text in _blocks(b)}
    order = [key for key, _, _ in _blocks(b)]
    last = -1
    for key, _, _ in _blocks(a):
        if key in new:
            last = order.index(key)
        else:
            last += 1
            order.insert(last, key)
    out = []
    for key in order:
        a_text = old[key][1] if key in old else None
        b_text = new[key][1] if key in new else None
        label = new[key][0] if key in new else old[key][0]
        if a_text is None:
            status = "added"
        elif b_text is None:
            status = "removed"
        else:
            status = "equal" if a_text == b_text else "changed"
        runs = diff_words(a_text or "", b_text or "")
        out.append(Aligned(key, label, a_text, b_text, status, runs))
    return tuple(out)


def _passed(s: OrmSession, vote_id: int | None) -> bool | None:
    vote = s.get(models.Vote, vote_id) if vote_id is not None else None
    if vote is None or vote.held_at is None:
        return None
    counts = (vote.yes, vote.no, vote.other, vote.base, vote.voters_present)
    if any(c is None for c in counts):
        return None
    yes, no, other, base, present = (int(c or 0) for c in counts)
    return verdict(yes, no, other, base, present).passed


def _amendment_row(s: OrmSession, a: models.Amendment) -> AmendmentRow:
    return AmendmentRow(
        id=AmendmentId(a.id),
        position=a.position,
        section_id=SectionId(a.section_id) if a.section_id is not None else None,
        target_id=TargetId(a.target_id) if a.target_id is not None else None,
        place=a.place,
        original=a.original,
        speech_id=SpeechId(a.speech_id) if a.speech_id is not None else None,
        proposer=a.proposer,
        proposed_text=a.proposed_text,
        proposed_figure=Decimal(a.proposed_figure) if a.proposed_figure is not None else None,
        fate=Fate(a.fate),
        answer=a.answer,
        vote_id=VoteId(a.vote_id) if a.vote_id is not None else None,
        created_at=datetime.fromisoformat(a.created_at),
        decided_at=_when(a.decided_at),
        applied=bool(a.applied),
        vote_passed=_passed(s, a.vote_id),
        remark=a.remark or "",
    )


def _amendment_json(row: AmendmentRow) -> dict[str, object]:
    return {
        "id": row.id,
        "position": row.position,
        "section_id": row.section_id,
        "target_id": row.target_id,
        "place": row.place,
        "original": row.original,
        "speech_id": row.speech_id,
        "proposer": row.proposer,
        "remark": row.remark,
        "proposed_text": row.proposed_text,
        "proposed_figure": _figure_text(row.proposed_figure)
        if row.proposed_figure is not None
        else None,
        "fate": row.fate.value,
        "answer": row.answer,
        "vote_id": row.vote_id,
        "created_at": _stamp(row.created_at),
        "decided_at": _stamp(row.decided_at) if row.decided_at else None,
        "applied": row.applied,
    }


def _amendments(s: OrmSession) -> list[models.Amendment]:
    query = select(models.Amendment).order_by(models.Amendment.position, models.Amendment.id)
    return list(s.scalars(query))


def list_amendments(store: Store) -> list[AmendmentRow]:
    with store.read() as s:
        return [_amendment_row(s, a) for a in _amendments(s)]


def get_amendment(store: Store, amendment_id: AmendmentId) -> AmendmentRow:
    with store.read() as s:
        a = s.get(models.Amendment, amendment_id)
        if a is None:
            raise NotFound(_AMENDMENT, amendment_id)
        return _amendment_row(s, a)


def disputed_points(store: Store) -> list[AmendmentRow]:
    """The amendments put to a vote, with their outcome (``vote_passed``)."""
    return [a for a in list_amendments(store) if a.fate is Fate.VOTED]


# --- the working draft ----------------------------------------------------------------


def _edit(store: Store, action: str, work: Callable[[UnitOfWork], int | None]) -> Change:
    """One edit of the working draft: refused once adopted; journals changed rows."""
    with store.action(action) as uow:
        _refuse_if_adopted(uow)
        before = _raw(uow.session)
        subject = work(uow)
        uow.session.flush()
        after = _raw(uow.session)
        _journal_draft(uow, before, after)
    return Change(action, before, after, subject)


def _siblings(uow: UnitOfWork, parent_id: int | None) -> list[models.ResolutionSection]:
    query = select(models.ResolutionSection).order_by(
        models.ResolutionSection.position, models.ResolutionSection.id
    )
    if parent_id is None:
        query = query.where(
            models.ResolutionSection.parent_id.is_(None),
            models.ResolutionSection.kind != SectionKind.PREAMBLE.value,
        )
    else:
        query = query.where(models.ResolutionSection.parent_id == parent_id)
    return list(uow.session.scalars(query))


def _section_targets(uow: UnitOfWork, section_id: int) -> list[models.ResolutionTarget]:
    query = (
        select(models.ResolutionTarget)
        .where(models.ResolutionTarget.section_id == section_id)
        .order_by(models.ResolutionTarget.position, models.ResolutionTarget.id)
    )
    return list(uow.session.scalars(query))


def _renumber(rows: Sequence[models.ResolutionSection | models.ResolutionTarget]) -> None:
    for position, row in enumerate(rows, start=1):
        row.position = position


def _index(position: int | None, count: int) -> int:
    return count if position is None else max(0, min(position - 1, count))


def _new_section(
    uow: UnitOfWork,
    kind: SectionKind,
    parent_id: int | None,
    title: str,
    text: str,
    *,
    position: int | None = None,
    code: str = "",
    auto: bool = False,
) -> int:
    siblings = _siblings(uow, parent_id)
    section = models.ResolutionSection(
        parent_id=parent_id,
        kind=kind.value,
        position=0,
        code=code,
        title=title,
        text=text,
        auto=auto,
    )
    uow.session.add(section)
    siblings.insert(_index(position, len(siblings)), section)
    _renumber(siblings)
    uow.session.flush()
    return section.id


def _preamble(uow: UnitOfWork) -> models.ResolutionSection | None:
    query = select(models.ResolutionSection).where(
        models.ResolutionSection.kind == SectionKind.PREAMBLE.value
    )
    return uow.session.scalars(query.limit(1)).first()


def _set_preamble(uow: UnitOfWork, text: str) -> int:
    section = _preamble(uow)
    if section is None:
        section = models.ResolutionSection(
            parent_id=None,
            kind=SectionKind.PREAMBLE.value,
            position=0,
            code="",
            title="",
            text=text,
        )
        section.auto = False
        uow.session.add(section)
        uow.session.flush()
    else:
        section.text = text
        section.auto = False  # written by the secretary: it no longer follows the data
    return section.id


def _previous_term(info: CongressInfo) -> str:
    """ "2015 – 2020": the term before, as long as this one (5 years if unknown)."""
    if info.term_start is None:
        return "……"
    length = info.term_end - info.term_start if info.term_end else 5
    return f"{info.term_start - length} – {info.term_start}"


def _default_preamble(store: Store) -> str:
    """docs/domain/documents.md §4: who met, when and where, how many present of how many."""
    info = congress.get_info(store)
    cell = " ".join(info.cell_name.split()) or "Chi bộ ……"
    ordinal = info.ordinal.strip() or "……"
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    # The official session's day (the preparatory one may be the day before).
    sessions = sorted(congress.list_sessions(store), key=lambda r: r.kind != SessionKind.OFFICIAL)
    days = [r.day for r in sessions if r.day is not None]
    day = f"ngày {days[0].day} tháng {days[0].month} năm {days[0].year}" if days else "ngày ……"
    venue = f" tại {' '.join(info.venue.split())}" if info.venue.strip() else ""
    counters = attendance.counters(store)
    present = str(counters.present) if counters.present else "……"
    summoned = str(counters.summoned) if counters.summoned else "……"
    if info.kind is CongressKind.DELEGATES:
        whom = f"với {present} đại biểu có mặt trên tổng số {summoned} đại biểu được triệu tập."
    else:
        whom = f"với {present} đồng chí đảng viên có mặt trên tổng số {summoned} đảng viên."
    return (
        f"Đại hội {cell} lần thứ {ordinal}, nhiệm kỳ {start} – {end} họp {day}{venue}, "
        f"{whom}\n"
        "Sau khi nghe Báo cáo chính trị của Chi ủy trình Đại hội, Báo cáo kiểm điểm sự "
        f"lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ {_previous_term(info)}; trên cơ sở thảo "
        "luận và biểu quyết của Đại hội,"
    )


def _default_points(store: Store) -> tuple[tuple[str, str, str], ...]:
    """docs/domain/procedure.md "Drafting the resolution": code, title, text of the usual points."""
    info = congress.get_info(store)
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    previous = _previous_term(info)
    superior = " ".join(info.superior_body.split()) or "cấp trên"
    return (
        (
            "reports",
            "Thông qua các báo cáo",
            "Đại hội nhất trí thông qua Báo cáo chính trị của Chi ủy trình Đại hội và Báo cáo "
            f"kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ {previous}; tán thành các ý "
            f"kiến góp ý vào dự thảo văn kiện Đại hội {superior}.",
        ),
        (
            "assessment",
            f"Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ {previous}",
            "Đại hội đánh giá: ……",
        ),
        (
            "direction",
            f"Phương hướng, mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ {start} – {end}",
            "Phương hướng: ……",
        ),
        ("tasks", "Nhiệm vụ và giải pháp chủ yếu", "……"),
        ("election_results", "Kết quả bầu cử", ""),
        (
            "implementation",
            "Tổ chức thực hiện",
            f"Đại hội giao Chi ủy nhiệm kỳ {start} – {end} căn cứ Nghị quyết Đại hội xây dựng "
            "chương trình hành động, kế hoạch cụ thể để lãnh đạo tổ chức thực hiện thắng lợi "
            "Nghị quyết; định kỳ sơ kết, đánh giá kết quả thực hiện.",
        ),
    )


def seed_default(store: Store) -> Change:
    """The usual starting draft, for an empty draft (else ``draft_not_empty``):
    preamble; approve the reports; assessment; direction and targets; tasks;
    election results (auto); implementation. The preamble follows the attendance
    and the election results the elections until edited or adopted."""
    preamble = _default_preamble(store)
    points = _default_points(store)
    results = election_results_text(store)

    def work(uow: UnitOfWork) -> int | None:
        if uow.session.scalar(select(func.count()).select_from(models.ResolutionSection)):
            raise ValidationError("draft_not_empty", "resolution")
        first = _set_preamble(uow, preamble)
        _get_section(uow, SectionId(first)).auto = True
        for code, title, text in points:
            auto = code == "election_results"
            body = results if auto else text
            _new_section(uow, SectionKind.POINT, None, title, body, code=code, auto=auto)
        return first

    return _edit(store, "resolution.seed", work)


def set_preamble(store: Store, text: str) -> Change:
    """Write the preamble (created if missing); it no longer follows the attendance."""
    clean = _body(text)
    return _edit(store, "resolution.set_preamble", lambda uow: _set_preamble(uow, clean))


def add_point(store: Store, title: str, text: str = "", *, position: int | None = None) -> Change:
    """A new point at ``position`` (1-based; default last). ``subject_id``: its id."""
    head, body = _line(title, "title"), _body(text)
    return _edit(
        store,
        "resolution.add_point",
        lambda uow: _new_section(uow, SectionKind.POINT, None, head, body, position=position),
    )


def add_subpoint(
    store: Store,
    parent_id: SectionId,
    title: str = "",
    text: str = "",
    *,
    position: int | None = None,
) -> Change:
    """A new sub-point of a point at ``position`` (default last)."""
    head, body = _line(title, "title"), _body(text)

    def work(uow: UnitOfWork) -> int | None:
        if _get_section(uow, parent_id).kind != SectionKind.POINT.value:
            raise ValidationError("invalid", "parent_id", parent_id)
        return _new_section(uow, SectionKind.SUBPOINT, parent_id, head, body, position=position)

    return _edit(store, "resolution.add_subpoint", work)


def update_section(
    store: Store, section_id: SectionId, *, title: str | None = None, text: str | None = None
) -> Change:
    """Reword a section; editing an ``auto`` section's text turns ``auto`` off."""
    head = _line(title, "title") if title is not None else None
    body = _body(text) if text is not None else None

    def work(uow: UnitOfWork) -> int | None:
        section = _get_section(uow, section_id)
        if head is not None and section.kind != SectionKind.PREAMBLE.value:
            section.title = head
        if body is not None and (body != section.text or section.auto):
            section.text = body
            section.auto = False
        return section_id

    return _edit(store, "resolution.update_section", work)


def set_auto(store: Store, section_id: SectionId, auto: bool) -> Change:
    """Let a section's text follow the data again (or stop): the preamble and the
    election-results point only (else ``not_auto``)."""
    texts = _auto_texts(store) if auto else {}

    def work(uow: UnitOfWork) -> int | None:
        section = _get_section(uow, section_id)
        if auto:
            key = _auto_key(section.kind, section.code)
            if key not in texts:
                raise ValidationError("not_auto", "section_id", section_id)
            section.text = texts[key]
        section.auto = auto
        return section_id

    return _edit(store, "resolution.set_auto", work)


def move_section(store: Store, section_id: SectionId, position: int) -> Change:
    """Move a point or sub-point to ``position`` (1-based) among its siblings."""

    def work(uow: UnitOfWork) -> int | None:
        section = _get_section(uow, section_id)
        if section.kind == SectionKind.PREAMBLE.value:
            raise ValidationError("invalid", "section_id", section_id)
        siblings = [x for x in _siblings(uow, section.parent_id) if x is not section]
        siblings.insert(_index(position, len(siblings)), section)
        _renumber(siblings)
        return section_id

    return _edit(store, "resolution.move_section", work)


def remove_section(store: Store, section_id: SectionId) -> Change:
    """Remove a section with its sub-points and targets."""

    def work(uow: UnitOfWork) -> int | None:
        section = _get_section(uow, section_id)
        parent = section.parent_id
        for child in _siblings(uow, section.id):
            for target in _section_targets(uow, child.id):
                uow.session.delete(target)
            uow.session.delete(child)
        for target in _section_targets(uow, section.id):
            uow.session.delete(target)
        uow.session.flush()
        uow.session.delete(section)
        uow.session.flush()
        if section.kind != SectionKind.PREAMBLE.value:
            _renumber(_siblings(uow, parent))
        return section_id

    return _edit(store, "resolution.remove_section", work)


def _target_parts(
    text: str, figure: Decimal | int | str | None, unit: str
) -> tuple[str, str | None, str]:
    value = figure_value(figure)
    return (
        _line(text, "text", required=True),
        _figure_text(value) if value is not None else None,
        _line(unit, "unit", MAX_UNIT),
    )


def add_target(
    store: Store,
    section_id: SectionId,
    text: str,
    figure: Decimal | int | str | None = None,
    unit: str = "%",
    *,
    position: int | None = None,
) -> Change:
    """A new target of a point or sub-point. ``subject_id``: its id."""
    words, number, unit_text = _target_parts(text, figure, unit)

    def work(uow: UnitOfWork) -> int | None:
        if _get_section(uow, section_id).kind == SectionKind.PREAMBLE.value:
            raise ValidationError("invalid", "section_id", section_id)
        targets = _section_targets(uow, section_id)
        target = models.ResolutionTarget(
            section_id=section_id, position=0, text=words, figure=number, unit=unit_text
        )
        uow.session.add(target)
        targets.insert(_index(position, len(targets)), target)
        _renumber(targets)
        uow.session.flush()
        return target.id

    return _edit(store, "resolution.add_target", work)


def update_target(
    store: Store,
    target_id: TargetId,
    text: str,
    figure: Decimal | int | str | None,
    unit: str,
) -> Change:
    """Rewrite a target's text, figure and unit."""
    words, number, unit_text = _target_parts(text, figure, unit)

    def work(uow: UnitOfWork) -> int | None:
        target = _get_target(uow, target_id)
        target.text, target.figure, target.unit = words, number, unit_text
        return target_id

    return _edit(store, "resolution.update_target", work)


def set_figure(store: Store, target_id: TargetId, figure: Decimal | int | str | None) -> Change:
    """Change only a target's figure (what a disputed target's vote decides)."""
    value = figure_value(figure)

    def work(uow: UnitOfWork) -> int | None:
        target = _get_target(uow, target_id)
        target.figure = _figure_text(value) if value is not None else None
        return target_id

    return _edit(store, "resolution.set_figure", work)


def move_target(store: Store, target_id: TargetId, position: int) -> Change:
    def work(uow: UnitOfWork) -> int | None:
        target = _get_target(uow, target_id)
        others = [t for t in _section_targets(uow, target.section_id) if t is not target]
        others.insert(_index(position, len(others)), target)
        _renumber(others)
        return target_id

    return _edit(store, "resolution.move_target", work)


def remove_target(store: Store, target_id: TargetId) -> Change:
    def work(uow: UnitOfWork) -> int | None:
        target = _get_target(uow, target_id)
        section_id = target.section_id
        uow.session.delete(target)
        uow.session.flush()
        _renumber(_section_targets(uow, section_id))
        return target_id

    return _edit(store, "resolution.remove_target", work)


def put_draft(store: Store, content: Draft) -> Change:
    """Make ``content`` the working draft exactly (ids, order, texts)."""

    def work(uow: UnitOfWork) -> int | None:
        _write_draft(uow, content)
        return None

    return _edit(store, "resolution.put_draft", work)


# --- versions -------------------------------------------------------------------------


def _next_number(uow: UnitOfWork) -> int:
    top = uow.session.scalar(select(func.max(models.ResolutionVersion.number)))
    return int(top or 0) + 1


def _next_draft_name(uow: UnitOfWork) -> str:
    used = [0]
    for name in uow.session.scalars(select(models.ResolutionVersion.name)):
        match = _DRAFT_NAME.match(name)
        if match:
            used.append(int(match.group(1)))
    return DRAFT_NAME.format(n=max(used) + 1)


def _add_version(
    uow: UnitOfWork, name: str, content: Draft, *, adopted: bool = False, vote_id: int | None = None
) -> SavedVersion:
    version = models.ResolutionVersion(
        number=_next_number(uow),
        name=name,
        created_at=_stamp(uow.now()),
        content_json=_to_json(content),
        adopted=adopted,
        adoption_vote_id=vote_id,
    )
    uow.session.add(version)
    uow.session.flush()
    saved = _saved(version)
    uow.journal(_VERSION, version.id, None, _version_json(saved))
    return saved


def _version_json(saved: SavedVersion) -> dict[str, object]:
    row = saved.row
    return {
        "id": row.id,
        "number": row.number,
        "name": row.name,
        "created_at": _stamp(row.created_at),
        "adopted": row.adopted,
        "adoption_vote_id": row.adoption_vote_id,
        "reopen_reason": row.reopen_reason,
        "content": json.loads(_to_json(saved.content)),
    }


def save_version(store: Store, name: str | None = None) -> Change:
    """Freeze the working draft as a new version ("Dự thảo N" by default)."""
    label = _line(name, "name", required=True) if name is not None else None
    texts = _auto_texts(store)
    with store.action("resolution.save_version") as uow:
        _refuse_if_adopted(uow)
        raw = _raw(uow.session)
        saved = _add_version(uow, label or _next_draft_name(uow), _with_auto(raw, texts))
    return Change("resolution.save_version", raw, raw, saved.row.id, version_after=saved)


def restore_version(store: Store, version_id: VersionId) -> Change:
    """Make a version's content the working draft and save it as a new version
    ("Dự thảo N (theo <name>)"); ``version_after`` is the new version."""
    action = "resolution.restore_version"
    with store.action(action) as uow:
        _refuse_if_adopted(uow)
        old = uow.session.get(models.ResolutionVersion, version_id)
        if old is None:
            raise NotFound(_VERSION, version_id)
        content = _from_json(old.content_json)
        before = _raw(uow.session)
        _write_draft(uow, content)
        after = _raw(uow.session)
        _journal_draft(uow, before, after)
        name = f"{_next_draft_name(uow)} (theo {old.name})"
        saved = _add_version(uow, _line(name, "name"), after)
    return Change(action, before, after, saved.row.id, version_after=saved)


def _write_version(uow: UnitOfWork, saved: SavedVersion) -> None:
    row = saved.row
    version = uow.session.get(models.ResolutionVersion, row.id)
    before = _version_json(_saved(version)) if version is not None else None
    if version is None:
        version = models.ResolutionVersion(id=row.id)
        uow.session.add(version)
    vote = row.adoption_vote_id
    version.number = row.number
    version.name = row.name
    version.created_at = _stamp(row.created_at)
    version.content_json = _to_json(saved.content)
    version.adopted = row.adopted
    version.adoption_vote_id = vote if vote and uow.session.get(models.Vote, vote) else None
    version.reopen_reason = row.reopen_reason
    uow.session.flush()
    uow.journal(_VERSION, row.id, before, _version_json(saved))


def _delete_version(uow: UnitOfWork, version_id: VersionId) -> None:
    version = uow.session.get(models.ResolutionVersion, version_id)
    if version is not None:
        uow.journal(_VERSION, version_id, _version_json(_saved(version)), None)
        uow.session.delete(version)
        uow.session.flush()


# --- amendments -----------------------------------------------------------------------


def _speaker(uow: UnitOfWork, speech_id: SpeechId) -> str:
    speech = uow.session.get(models.Speech, speech_id)
    if speech is None:
        raise NotFound("speech", speech_id)
    person: models.Member | models.Guest | None = (
        uow.session.get(models.Member, speech.member_id)
        if speech.member_id is not None
        else uow.session.get(models.Guest, speech.guest_id)
    )
    return person.full_name if person is not None else ""


def _amendment_action(
    store: Store,
    action: str,
    amendment_id: AmendmentId | None,
    work: Callable[[UnitOfWork, models.Amendment | None], models.Amendment | None],
) -> Change:
    """An action on one amendment (and maybe the draft), refused once adopted."""
    with store.action(action) as uow:
        _refuse_if_adopted(uow)
        s = uow.session
        current = _get_amendment(uow, amendment_id) if amendment_id is not None else None
        am_before = _amendment_row(s, current) if current is not None else None
        draft_before = _raw(s)
        result = work(uow, current)
        s.flush()
        draft_after = _raw(s)
        _journal_draft(uow, draft_before, draft_after)
        am_after = _amendment_row(s, result) if result is not None else None
        ident = am_after.id if am_after is not None else amendment_id
        uow.journal(
            _AMENDMENT,
            ident,
            _amendment_json(am_before) if am_before else None,
            _amendment_json(am_after) if am_after else None,
        )
    return Change(
        action,
        draft_before,
        draft_after,
        ident,
        amendment_before=am_before,
        amendment_after=am_after,
    )


def _where(
    uow: UnitOfWork, section_id: SectionId | None, target_id: TargetId | None
) -> tuple[SectionId | None, str, str]:
    """The section of the place, its words and the text there now."""
    current = _raw(uow.session)
    if target_id is not None:
        target = current.target(target_id)
        if target is None:
            raise NotFound(_TARGET, target_id)
        if section_id is not None and section_id != target.section_id:
            raise ValidationError("invalid", "section_id", section_id)
        return target.section_id, current.place(target_id=target_id), target.label
    if section_id is None:
        return None, "", ""
    section = current.section(section_id)
    if section is None:
        raise NotFound(_SECTION, section_id)
    return section_id, current.place(section_id), section.text


def add_amendment(
    store: Store,
    proposed_text: str = "",
    *,
    section_id: SectionId | None = None,
    target_id: TargetId | None = None,
    proposed_figure: Decimal | int | str | None = None,
    speech_id: SpeechId | None = None,
    proposer: str = "",
    remark: str = "",
) -> Change:
    """Record a remark. With a ``target_id`` the section is the target's; with a
    ``speech_id`` and no ``proposer`` the proposer is the speaker. ``remark`` is
    what was said; ``proposed_text`` the wording that would replace the point or
    the target. It needs a remark, a wording or (for a target) a figure."""
    words = _body(proposed_text, "proposed_text")
    said = _body(remark, "remark")
    figure = figure_value(proposed_figure)
    who = _line(proposer, "proposer")
    if figure is not None and target_id is None:
        raise ValidationError("invalid", "proposed_figure", proposed_figure)
    if not words and not said and figure is None:
        raise ValidationError("missing", "proposed_text", proposed_text)

    def work(uow: UnitOfWork, _: models.Amendment | None) -> models.Amendment:
        section, place, original = _where(uow, section_id, target_id)
        name = who or (_speaker(uow, speech_id) if speech_id is not None else "")
        if speech_id is not None and uow.session.get(models.Speech, speech_id) is None:
            raise NotFound("speech", speech_id)
        amendment = models.Amendment(
            position=len(_amendments(uow.session)) + 1,
            section_id=section,
            target_id=target_id,
            place=place,
            original=original,
            speech_id=speech_id,
            proposer=name,
            remark=said,
            proposed_text=words,
            proposed_figure=_figure_text(figure) if figure is not None else None,
            fate=Fate.PENDING.value,
            answer="",
            vote_id=None,
            created_at=_stamp(uow.now()),
            decided_at=None,
            applied=False,
        )
        uow.session.add(amendment)
        uow.session.flush()
        return amendment

    return _amendment_action(store, "amendment.add", None, work)


def _pending(amendment: models.Amendment) -> None:
    if amendment.fate != Fate.PENDING.value:
        raise ValidationError("decided", "amendment_id", amendment.id)


def update_amendment(
    store: Store,
    amendment_id: AmendmentId,
    *,
    proposer: str,
    proposed_text: str,
    proposed_figure: Decimal | int | str | None = None,
    speech_id: SpeechId | None = None,
    remark: str | None = None,
) -> Change:
    """Correct a pending amendment's proposer, speech, remark (None: unchanged)
    and proposal."""
    words = _body(proposed_text, "proposed_text")
    said = _body(remark, "remark") if remark is not None else None
    figure = figure_value(proposed_figure)
    who = _line(proposer, "proposer")

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        if figure is not None and amendment.target_id is None:
            raise ValidationError("invalid", "proposed_figure", proposed_figure)
        if speech_id is not None and uow.session.get(models.Speech, speech_id) is None:
            raise NotFound("speech", speech_id)
        if said is not None:
            amendment.remark = said
        if not words and not amendment.remark and figure is None:
            raise ValidationError("missing", "proposed_text", proposed_text)
        amendment.proposer = who
        amendment.speech_id = speech_id
        amendment.proposed_text = words
        amendment.proposed_figure = _figure_text(figure) if figure is not None else None
        return amendment

    return _amendment_action(store, "amendment.update", amendment_id, work)


def _renumber_amendments(s: OrmSession) -> None:
    for position, amendment in enumerate(_amendments(s), start=1):
        amendment.position = position


def remove_amendment(store: Store, amendment_id: AmendmentId) -> Change:
    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> None:
        assert amendment is not None
        uow.session.delete(amendment)
        uow.session.flush()
        _renumber_amendments(uow.session)
        return None

    return _amendment_action(store, "amendment.remove", amendment_id, work)


def _apply(uow: UnitOfWork, amendment: models.Amendment) -> bool:
    """Write an amendment's proposal into the draft; False if it has none."""
    if amendment.target_id is not None:
        target = uow.session.get(models.ResolutionTarget, amendment.target_id)
        if target is None:
            raise ValidationError("gone", "target_id", amendment.target_id)
        if amendment.proposed_text:
            target.text = _line(amendment.proposed_text, "proposed_text", required=True)
        if amendment.proposed_figure is not None:
            target.figure = amendment.proposed_figure
        return bool(amendment.proposed_text) or amendment.proposed_figure is not None
    if amendment.section_id is None or not amendment.proposed_text:
        return False
    section = uow.session.get(models.ResolutionSection, amendment.section_id)
    if section is None:
        raise ValidationError("gone", "section_id", amendment.section_id)
    section.text = amendment.proposed_text
    section.auto = False
    return True


def proposal_result(
    current: Draft,
    *,
    section_id: SectionId | None,
    target_id: TargetId | None,
    proposed_text: str,
    proposed_figure: Decimal | None,
) -> str | None:
    """What the point or the target would read if the proposal were written in
    (shown before an amendment is put to a vote); None when nothing would change."""
    words = proposed_text.strip()
    if target_id is not None:
        target = current.target(target_id)
        if target is None or (not words and proposed_figure is None):
            return None
        figure = proposed_figure if proposed_figure is not None else target.figure
        return target_label(words or target.text, figure, target.unit)
    if section_id is None or not words or current.section(section_id) is None:
        return None
    return words


def amendment_result(store: Store, amendment_id: AmendmentId) -> str | None:
    """``proposal_result`` of a recorded amendment against the draft as it is now."""
    row = get_amendment(store, amendment_id)
    return proposal_result(
        draft(store),
        section_id=row.section_id,
        target_id=row.target_id,
        proposed_text=row.proposed_text,
        proposed_figure=row.proposed_figure,
    )


# The usual answer when remarks are left out of the text (document wording).
NOT_ACCEPTED_REASON = (
    "Đoàn Chủ tịch ghi nhận để chỉ đạo trong quá trình thực hiện, không đưa vào Nghị quyết."
)


def pending_amendments(store: Store) -> list[AmendmentRow]:
    """Remarks not yet dealt with (accepted, explained or put to a vote)."""
    return [a for a in list_amendments(store) if a.fate is Fate.PENDING]


def accept_amendment(store: Store, amendment_id: AmendmentId) -> Change:
    """Tiếp thu: write the proposal into the draft (if it has a place) and mark it
    accepted. A section's text is replaced by the proposed text; a target takes
    the proposed text and/or figure."""

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        amendment.applied = _apply(uow, amendment)
        amendment.fate = Fate.ACCEPTED.value
        amendment.decided_at = _stamp(uow.now())
        return amendment

    return _amendment_action(store, "amendment.accept", amendment_id, work)


def explain_amendment(store: Store, amendment_id: AmendmentId, answer: str) -> Change:
    """Giải trình: keep the draft, record the presidium's answer (it may be
    reworded later while the amendment stays explained)."""
    words = _body(answer, "answer")
    if not words:
        raise ValidationError("missing", "answer", answer)

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        if amendment.fate != Fate.EXPLAINED.value:
            _pending(amendment)
            amendment.decided_at = _stamp(uow.now())
        amendment.fate = Fate.EXPLAINED.value
        amendment.answer = words
        return amendment

    return _amendment_action(store, "amendment.explain", amendment_id, work)


def _vote_subject(row: AmendmentRow) -> str:
    if row.target_id is not None:
        what = row.proposed_text or row.original
        if row.proposed_figure is not None and row.original:
            what = f"{row.original} → {format_decimal(row.proposed_figure, locale='vi')}"
    else:
        what = row.proposed_text
    what = " ".join(what.split())
    if len(what) > 300:
        what = what[:299] + "…"
    lead = f"{row.place} — " if row.place else ""
    return AMENDMENT_VOTE.format(what=f"{lead}{what}")


def _resolution_item(store: Store) -> AgendaItemId | None:
    for item in agenda.list_items(store):
        if item.code == _RESOLUTION_ITEM:
            return item.id
    return None


def put_amendment_to_vote(
    store: Store, amendment_id: AmendmentId, subject: str | None = None
) -> Change:
    """Create a show-of-hands vote "Biểu quyết ý kiến: …" (under the resolution's
    agenda item) and link it, in one transaction; the fate becomes voted.
    ``vote_after`` is the vote."""
    row = get_amendment(store, amendment_id)
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if row.fate is not Fate.PENDING:
        raise ValidationError("decided", "amendment_id", amendment_id)
    item = _resolution_item(store)
    created: list[VoteRow] = []

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        vote = votes.add_in(uow, subject or _vote_subject(row), item)
        created.append(vote)
        amendment.fate = Fate.VOTED.value
        amendment.vote_id = vote.id
        return amendment

    change = _amendment_action(store, "amendment.put_to_vote", amendment_id, work)
    return replace(change, vote_after=created[0])


def hold_amendment_vote(
    store: Store, amendment_id: AmendmentId, yes: int, no: int, other: int = 0
) -> Change:
    """Record the hands on an amendment's vote (services.votes.hold); if it passes
    the proposal is written into the draft (``applied``), if not the draft is
    left as it is. Refused once the proposal is applied (undo first)."""
    row = get_amendment(store, amendment_id)
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if row.fate is not Fate.VOTED or row.vote_id is None:
        raise ValidationError("not_voted", "amendment_id", amendment_id)
    if row.applied:
        raise ValidationError("decided", "amendment_id", amendment_id)
    vote_id = row.vote_id
    held: list[tuple[VoteRow, VoteRow]] = []

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        if amendment.applied or amendment.vote_id != vote_id:
            raise ValidationError("decided", "amendment_id", amendment_id)
        vote_before, vote_after = votes.hold_in(uow, store, vote_id, yes, no, other)
        held.append((vote_before, vote_after))
        if votes.result(vote_after).passed:
            amendment.applied = _apply(uow, amendment)
        amendment.decided_at = _stamp(vote_after.held_at or uow.now())
        return amendment

    change = _amendment_action(store, "amendment.hold_vote", amendment_id, work)
    vote_before, vote_after = held[0]
    return replace(change, vote_before=vote_before, vote_after=vote_after)


def _write_amendment(uow: UnitOfWork, row: AmendmentRow) -> None:
    """Put an amendment back exactly as ``row`` (with its id and place in the list)."""
    s = uow.session
    amendment = s.get(models.Amendment, row.id)
    if amendment is None:
        amendment = models.Amendment(id=row.id)
        s.add(amendment)
    values = _amendment_json(row)
    for name, value in values.items():
        if name != "id":
            setattr(amendment, name, value)
    if row.speech_id is not None and s.get(models.Speech, row.speech_id) is None:
        amendment.speech_id = None
    if row.vote_id is not None and s.get(models.Vote, row.vote_id) is None:
        amendment.vote_id = None
    s.flush()
    others = [a for a in _amendments(s) if a is not amendment]
    others.insert(max(0, min(row.position - 1, len(others))), amendment)
    for position, item in enumerate(others, start=1):
        item.position = position


# --- adoption -------------------------------------------------------------------------


def _adoption_vote_in(uow: UnitOfWork, item: AgendaItemId | None) -> tuple[VoteId, bool]:
    """The resolution item's vote not yet held and not an amendment's, or a new one
    (then True)."""
    s = uow.session
    if item is not None:
        linked = set(s.scalars(select(models.Amendment.vote_id)))
        waiting = s.scalars(
            select(models.Vote.id)
            .where(models.Vote.agenda_item_id == item, models.Vote.held_at.is_(None))
            .order_by(models.Vote.position, models.Vote.id)
        )
        for vote_id in waiting:
            if vote_id not in linked:
                return VoteId(vote_id), False
    return votes.add_in(uow, _ADOPTION_SUBJECT, item).id, True


def adopt(store: Store, *, yes: int, no: int, other: int = 0) -> Adoption:
    """The show-of-hands vote on the whole resolution (190-QĐ/TW Điều 3).

    Uses the resolution agenda item's vote if it is not yet held, else a new
    vote. If it passes, the working draft is frozen as the version "Nghị quyết
    được thông qua" and further edits are refused. The vote and the freezing are
    one transaction. ``revert(store, adoption.change)`` undoes it exactly;
    ``reopen`` lifts an adoption kept in the record.
    """
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if draft(store).empty:
        raise ValidationError("empty", "resolution")
    # Every remark is dealt with before the vote on the whole: accepted, explained
    # (not accepted, with the reason) or voted; the minutes state each one's fate.
    waiting = pending_amendments(store)
    if waiting:
        raise ValidationError("pending_amendments", "amendments", len(waiting))
    item = _resolution_item(store)
    texts = _auto_texts(store)
    action = "resolution.adopt"
    with store.action(action) as uow:
        _refuse_if_adopted(uow)
        vote_id, created = _adoption_vote_in(uow, item)
        vote_before, held = votes.hold_in(uow, store, vote_id, yes, no, other)
        was = None if created else vote_before
        result = votes.result(held)
        before = _raw(uow.session)
        if not result.passed:
            change = Change(action, before, before, held.id, vote_before=was, vote_after=held)
            return Adoption(held, result, None, change)
        # What the following sections say now (the attendance, the election
        # results) is frozen into the text: the adopted working draft and its
        # version read the same from now on.
        for section in uow.session.scalars(select(models.ResolutionSection)):
            if section.auto:
                key = _auto_key(section.kind, section.code)
                section.text, section.auto = texts.get(key, section.text), False
        uow.session.flush()
        after = _raw(uow.session)
        _journal_draft(uow, before, after)
        saved = _add_version(uow, ADOPTED_NAME, after, adopted=True, vote_id=held.id)
    change = Change(
        action, before, after, saved.row.id, vote_before=was, vote_after=held, version_after=saved
    )
    return Adoption(held, result, saved.row, change)


def reopen(store: Store, reason: str = "") -> Change:
    """Lift the adoption (journaled): the adopted version stays, no longer marked
    adopted, and the draft can be edited again. ``reason`` (what the congress
    reopened it for) is kept with the version, so the minutes say it (issue 18 §1).
    ``revert`` re-adopts."""
    action = "resolution.reopen"
    why = _line(reason, "reason")
    with store.action(action) as uow:
        version = _adopted(uow.session)
        if version is None:
            raise ValidationError("not_adopted", "resolution")
        before = _saved(version)
        version.adopted = False
        version.reopen_reason = why
        uow.session.flush()
        after = _saved(version)
        uow.journal(_VERSION, version.id, _version_json(before), _version_json(after))
        current = _raw(uow.session)
    return Change(
        action, current, current, after.row.id, version_before=before, version_after=after
    )


# --- undo and redo --------------------------------------------------------------------


def _put(store: Store, change: Change, forward: bool) -> None:
    draft_to, draft_from = (
        (change.after, change.before) if forward else (change.before, change.after)
    )
    am_to, am_from = (
        (change.amendment_after, change.amendment_before)
        if forward
        else (change.amendment_before, change.amendment_after)
    )
    vote_to, vote_from = (
        (change.vote_after, change.vote_before)
        if forward
        else (change.vote_before, change.vote_after)
    )
    ver_to, ver_from = (
        (change.version_after, change.version_before)
        if forward
        else (change.version_before, change.version_after)
    )
    # Lifting or undoing an adoption is the one change made to an adopted resolution.
    unadopting = change.action == "resolution.reopen" or (
        change.action == "resolution.adopt" and change.version_after is not None and not forward
    )
    with store.action("resolution.redo" if forward else "resolution.undo") as uow:
        if not unadopting:
            _refuse_if_adopted(uow)  # before any vote is touched
        # A vote the amendment links to must exist before the link is written.
        if vote_to is not None and vote_from is None:
            votes.restore_vote_in(uow, vote_to)
        elif vote_to is not None and vote_to != vote_from:
            votes.restore_in(uow, vote_to)
        if draft_to != draft_from:
            before = _raw(uow.session)
            _write_draft(uow, draft_to)
            _journal_draft(uow, before, _raw(uow.session))
        if am_to is not None:
            old = uow.session.get(models.Amendment, am_to.id)
            old_json = _amendment_json(_amendment_row(uow.session, old)) if old else None
            _write_amendment(uow, am_to)
            uow.journal(_AMENDMENT, am_to.id, old_json, _amendment_json(am_to))
        elif am_from is not None:
            gone = uow.session.get(models.Amendment, am_from.id)
            if gone is not None:
                old_json = _amendment_json(_amendment_row(uow.session, gone))
                uow.session.delete(gone)
                uow.session.flush()
                _renumber_amendments(uow.session)
                uow.journal(_AMENDMENT, am_from.id, old_json, None)
        if ver_to is not None:
            _write_version(uow, ver_to)
        elif ver_from is not None:
            _delete_version(uow, ver_from.row.id)
        if vote_from is not None and vote_to is None:
            votes.remove_in(uow, vote_from.id)


def revert(store: Store, change: Change) -> None:
    """Undo ``change``: put back the draft, amendment, vote and version as before."""
    _put(store, change, forward=False)


def reapply(store: Store, change: Change) -> None:
    """Redo ``change``: put back the draft, amendment, vote and version as after."""
    _put(store, change, forward=True)


# --- the fate of a remark, in the presidium's words (minutes and amendments paper) ---


def _vote_words(vote: VoteRow | None) -> str:
    if vote is None:
        return "Đưa ra biểu quyết"
    if not vote.held or vote.yes is None or vote.base is None:
        return "Đưa ra biểu quyết (chưa biểu quyết)"
    outcome = votes.result(vote)
    verdict = "thông qua" if outcome.passed else "không thông qua"
    return (
        f"Biểu quyết: {number(vote.yes)}/{number(vote.base)} tán thành "
        f"({outcome.percent_text}), {verdict}"
    )


def fate_text(row: AmendmentRow, vote: VoteRow | None = None) -> str:
    """What became of a remark, in the presidium's words."""
    if row.fate is Fate.ACCEPTED:
        return "Tiếp thu" + (", đã sửa dự thảo" if row.applied else "")
    if row.fate is Fate.EXPLAINED:
        return f"Giải trình: {safe(row.answer)}" if row.answer else "Giải trình"
    if row.fate is Fate.VOTED:
        return _vote_words(vote)
    return "Chưa xử lý"
