"""Show-of-hands votes (biểu quyết): passed or not, the percent, the checks.

190-QĐ/TW Điều 3 lists what the congress decides by show of hands; Quy định
24-QĐ/TW mục 9.3 (kept in 294-QĐ/TW) measures the majority against the same
base as an election (docs/domain/rules.md sections 2, 3 and 6). The decision is taken on
whole numbers; the percent is for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from secretariat.rules.majority import format_percent, percent, reaches_majority

__all__ = ["FEWER_THAN_PRESENT", "MORE_THAN_PRESENT", "VoteResult", "verdict"]

MORE_THAN_PRESENT = "more_than_present"  # impossible: the service refuses it
FEWER_THAN_PRESENT = "fewer_than_present"  # someone in the hall did not raise a hand


@dataclass(frozen=True, slots=True)
class VoteResult:
    passed: bool  # yes * 2 > base
    percent: Decimal  # yes / base × 100, rounded half up to 2 places
    percent_text: str  # "66,67%"
    warnings: tuple[str, ...]  # codes; the UI words them


def verdict(yes: int, no: int, other: int, base: int, voters_present: int) -> VoteResult:
    """The result of a vote against the majority base (docs/domain/rules.md section 3).

    Passed ⇔ ``yes * 2 > base`` (24-QĐ/TW mục 9.3): never decided on the
    rounded percent, so 14 of 28 shows "50,00%" and is not passed. The counts
    must add up to at most the full members present; fewer is only a warning.
    """
    for name, value in (
        ("yes", yes),
        ("no", no),
        ("other", other),
        ("base", base),
        ("voters_present", voters_present),
    ):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be a whole number")
        if value < 0:
            raise ValueError(f"negative {name}: {value}")
    total = yes + no + other
    warnings: tuple[str, ...] = ()
    if total > voters_present:
        warnings = (MORE_THAN_PRESENT,)
    elif total < voters_present:
        warnings = (FEWER_THAN_PRESENT,)
    share = percent(yes, base)
    return VoteResult(
        passed=reaches_majority(yes, base),
        percent=share,
        percent_text=format_percent(share),
        warnings=warnings,
    )
