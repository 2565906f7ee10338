"""Whether one ballot paper is valid, and whom it counts for.

190-QĐ/TW Điều 15 (the ballot, khoản 2: invalid ballots) and Điều 30 khoản 1;
244-QĐ/TW Điều 17; docs/domain/rules.md 4.3 and 4.4. Pure functions: the vote-counting
committee's reading of a paper comes in as a ``Ballot``, the verdict goes out as
a ``Classified``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from secretariat.errors import ValidationError

__all__ = [
    "DEFAULT_REASONS",
    "IDENTIFYING_MARK",
    "NONE_CHOSEN",
    "NOT_ISSUED",
    "OTHER",
    "SINGLE_BOTH_MARKED",
    "SINGLE_UNMARKED",
    "TOO_MANY",
    "WRITE_IN",
    "Ballot",
    "BallotForm",
    "Classified",
    "InvalidReason",
    "Mark",
    "check_candidates",
    "classify",
    "classify_checked",
    "other_reason_code",
    "with_reasons",
]


class BallotForm(enum.StrEnum):
    """How the voter expresses a choice (190-QĐ/TW Điều 15; docs/domain/rules.md 4.3)."""

    SURPLUS = "surplus"  # strike the names not chosen
    NO_SURPLUS = "no_surplus"  # agree / disagree box per name


class Mark(enum.StrEnum):
    """What a no-surplus ballot shows for one name."""

    AGREE = "agree"
    DISAGREE = "disagree"
    BOTH = "both"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class InvalidReason:
    """Why a ballot is invalid: a stable ``code`` and the wording of the minutes."""

    code: str
    label_vi: str


NOT_ISSUED = "not_issued"
TOO_MANY = "too_many"
NONE_CHOSEN = "none_chosen"
SINGLE_BOTH_MARKED = "single_both_marked"
SINGLE_UNMARKED = "single_unmarked"
WRITE_IN = "write_in"
IDENTIFYING_MARK = "identifying_mark"
OTHER = "other"

_DEFAULTS = (
    InvalidReason(NOT_ISSUED, "Phiếu không do Ban kiểm phiếu phát ra"),
    InvalidReason(TOO_MANY, "Phiếu bầu quá số lượng cần bầu"),
    InvalidReason(NONE_CHOSEN, "Phiếu gạch tên tất cả (không chọn ai)"),
    InvalidReason(SINGLE_BOTH_MARKED, "Phiếu một người đánh dấu cả hai ô"),
    InvalidReason(SINGLE_UNMARKED, "Phiếu một người không đánh dấu ô nào"),
    InvalidReason(WRITE_IN, "Phiếu ghi thêm tên người ngoài danh sách"),
    InvalidReason(IDENTIFYING_MARK, "Phiếu có ký tên, đánh dấu hoặc viết thêm"),
    InvalidReason(OTHER, "Phiếu không hợp lệ vì lý do khác"),
)

DEFAULT_REASONS: Mapping[str, InvalidReason] = MappingProxyType(
    {reason.code: reason for reason in _DEFAULTS}
)
"""The invalid-ballot reasons of 190-QĐ/TW Điều 15 khoản 2 and 244-QĐ/TW Điều 17.

190-QĐ/TW added one invalid case to the earlier list whose wording we could not
read, so the list is data: an administrator adds reasons with ``with_reasons``
and the tellers record that code on the ballot (``Ballot.other_reason``). A case
no code names is recorded in the tellers' own words (``Ballot.other_reason``
holding those words) and counted under ``OTHER`` ("lý do khác"): the words stay
on the paper and in the journal of entries, the count shows one line for them.
"""


def with_reasons(
    extra: Iterable[InvalidReason], base: Mapping[str, InvalidReason] = DEFAULT_REASONS
) -> Mapping[str, InvalidReason]:
    """A read-only registry: ``base`` followed by ``extra`` (codes must be new)."""
    registry = dict(base)
    for reason in extra:
        if not reason.code or reason.code in registry:
            raise ValidationError("duplicate_reason", "code", reason.code)
        if not reason.label_vi.strip():
            raise ValidationError("missing", "label_vi", reason.code)
        registry[reason.code] = reason
    return MappingProxyType(registry)


def _frozen_marks(marks: Mapping[str, Mark] | None) -> Mapping[str, Mark] | None:
    if marks is None:
        return None
    converted: dict[str, Mark] = {}
    for name, mark in marks.items():
        try:
            converted[name] = Mark(mark)
        except ValueError:
            raise ValidationError("unknown_value", f"marks[{name}]", mark) from None
    return MappingProxyType(converted)


@dataclass(frozen=True, slots=True)
class Ballot:
    """One ballot paper as the vote-counting committee reads it.

    - ``SURPLUS`` form: ``chosen`` holds the names left unstruck;
    - ``NO_SURPLUS`` form: ``marks`` gives the box marked for each name; a name
      missing from ``marks`` is read as ``Mark.NONE``;
    - flags: ``not_issued`` (no stamp, foreign paper), ``write_in`` (a name
      added), ``identifying_mark`` (signature, mark or writing);
    - ``other_reason``: why the tellers hold this paper invalid when no flag
      says it: the code of a registered reason (see ``DEFAULT_REASONS``), or
      their own words, counted under ``OTHER``.
    """

    form: BallotForm
    chosen: frozenset[str] | None = None
    marks: Mapping[str, Mark] | None = field(default=None, hash=False)
    not_issued: bool = False
    write_in: bool = False
    identifying_mark: bool = False
    other_reason: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "form", BallotForm(self.form))
        if self.form is BallotForm.SURPLUS:
            if self.marks is not None:
                raise ValidationError("conflict", "marks", BallotForm.SURPLUS)
            object.__setattr__(self, "chosen", frozenset(self.chosen or ()))
        else:
            if self.chosen is not None:
                raise ValidationError("conflict", "chosen", BallotForm.NO_SURPLUS)
            object.__setattr__(self, "marks", _frozen_marks(self.marks or {}))


@dataclass(frozen=True, slots=True)
class Classified:
    """The verdict on one ballot: ``votes`` is empty when it is invalid."""

    valid: bool
    reason: str | None
    votes: frozenset[str]


def check_candidates(candidates: Sequence[str], seats: int) -> None:
    """Refuse an impossible list: no names, a name twice, or fewer than 1 seat."""
    if isinstance(seats, bool) or not isinstance(seats, int) or seats < 1:
        raise ValidationError("invalid_count", "seats", seats)
    if not candidates:
        raise ValidationError("missing", "candidates")
    seen: set[str] = set()
    for name in candidates:
        if name in seen:
            raise ValidationError("duplicate", "candidates", name)
        seen.add(name)


def _check_known(names: Iterable[str], candidates: Sequence[str], field_name: str) -> None:
    known = set(candidates)
    for name in names:
        if name not in known:
            # An entry error: a real write-in is flagged with ``write_in``.
            raise ValidationError("unknown_candidate", field_name, name)


def _flag_reason(ballot: Ballot, reasons: Mapping[str, InvalidReason]) -> str | None:
    if ballot.not_issued:
        return NOT_ISSUED
    if ballot.identifying_mark:
        return IDENTIFYING_MARK
    if ballot.write_in:
        return WRITE_IN
    if ballot.other_reason is not None:
        return other_reason_code(ballot.other_reason, reasons)
    return None


def other_reason_code(text: str, reasons: Mapping[str, InvalidReason] = DEFAULT_REASONS) -> str:
    """The code a paper's ``other_reason`` counts under: the code itself when it
    is registered, else ``OTHER`` for the tellers' own words (190-QĐ/TW Điều 15
    khoản 2: a case our list does not name). Refused: blank words
    (``missing``), or words when the registry has no ``OTHER`` (``unknown_reason``).
    """
    if text in reasons:
        return text
    if not text.strip():
        raise ValidationError("missing", "other_reason", text)
    if OTHER not in reasons:
        raise ValidationError("unknown_reason", "other_reason", text)
    return OTHER


def _invalid(reason: str) -> Classified:
    return Classified(valid=False, reason=reason, votes=frozenset())


def _valid(votes: Iterable[str]) -> Classified:
    return Classified(valid=True, reason=None, votes=frozenset(votes))


def _classify_surplus(chosen: frozenset[str], candidates: Sequence[str], seats: int) -> Classified:
    if len(chosen) > seats:
        return _invalid(TOO_MANY)
    if not chosen and len(candidates) > 1:
        return _invalid(NONE_CHOSEN)
    return _valid(chosen)


def _classify_no_surplus(
    marks: Mapping[str, Mark],
    candidates: Sequence[str],
    seats: int,
    single_unmarked_invalid: bool,
) -> Classified:
    agreed = [name for name in candidates if marks.get(name, Mark.NONE) is Mark.AGREE]
    if len(agreed) > seats:
        return _invalid(TOO_MANY)
    if len(candidates) == 1:
        mark = marks.get(candidates[0], Mark.NONE)
        if mark is Mark.BOTH:
            return _invalid(SINGLE_BOTH_MARKED)
        if mark is Mark.NONE and single_unmarked_invalid:
            return _invalid(SINGLE_UNMARKED)
    # Several names: "both" or "none" voids only that name's mark (Điều 30 khoản 1).
    return _valid(agreed)


def classify(
    ballot: Ballot,
    candidates: Sequence[str],
    seats: int,
    *,
    single_unmarked_invalid: bool = True,
    reasons: Mapping[str, InvalidReason] = DEFAULT_REASONS,
) -> Classified:
    """Valid or invalid, and the names the ballot counts for (docs/domain/rules.md 4.4).

    Order of the checks: the paper itself (not issued, identifying mark, a name
    written in, another reason: a registered code or the tellers' words, counted
    under ``OTHER``), then more names chosen than seats, then the form's own rules:

    - surplus list of several names with every name struck → ``none_chosen``;
    - one-person no-surplus list: both boxes → ``single_both_marked``; neither
      box → ``single_unmarked`` when ``single_unmarked_invalid`` (the default,
      unconfirmed: a setting), else valid with no vote;
    - no-surplus list of several names: "both" or "none" on a name voids only
      that name's mark, the ballot stays valid (190-QĐ/TW Điều 30 khoản 1).

    A name in ``chosen`` or ``marks`` that is not a candidate is a data-entry
    error and raises ``ValidationError("unknown_candidate", ...)``.
    """
    check_candidates(candidates, seats)
    return classify_checked(
        ballot,
        candidates,
        frozenset(candidates),
        seats,
        single_unmarked_invalid=single_unmarked_invalid,
        reasons=reasons,
    )


def classify_checked(
    ballot: Ballot,
    candidates: Sequence[str],
    known: frozenset[str],
    seats: int,
    *,
    single_unmarked_invalid: bool = True,
    reasons: Mapping[str, InvalidReason] = DEFAULT_REASONS,
) -> Classified:
    """``classify`` for a list already checked by ``check_candidates``
    (``known`` is ``frozenset(candidates)``): what a count calls per paper."""
    chosen = ballot.chosen or frozenset()
    marks: Mapping[str, Mark] = ballot.marks or {}
    if not chosen <= known:
        _check_known(sorted(chosen), candidates, "chosen")
    if not known.issuperset(marks):
        _check_known(marks, candidates, "marks")
    flagged = _flag_reason(ballot, reasons)
    if flagged is not None:
        return _invalid(flagged)
    if ballot.form is BallotForm.SURPLUS:
        return _classify_surplus(chosen, candidates, seats)
    return _classify_no_surplus(marks, candidates, seats, single_unmarked_invalid)
