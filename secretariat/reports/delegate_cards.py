"""Cards for the members of the congress (thẻ đại biểu), printed by ``cards.write_cards``.

One card per summoned member in ballot order (190-QĐ/TW Điều 14); the code is
the party card number, the one the attendance scanner reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from secretariat.domain import MemberStatus
from secretariat.reports import common
from secretariat.services import congress, roster
from secretariat.store import Store
from secretariat.text import safe

if TYPE_CHECKING:  # the card writer pulls in ReportLab's graphics: loaded when used
    from secretariat.reports.cards import Card

NAME = "delegate_cards"
# A card holds a few lines: longer texts from the roster are cut, not overflowed.
MAX_NAME, MAX_POSITION, MAX_CODE = 120, 200, 40
TITLE = "Thẻ đại biểu dự đại hội"


@dataclass(frozen=True, slots=True)
class DelegateCards:
    """What ``cards.write_cards`` needs: the cards and the lines above each one."""

    cards: tuple[Card, ...]
    title_lines: tuple[str, ...]


def title_lines(store: Store) -> tuple[str, ...]:
    """ "ĐẠI HỘI CHI BỘ … LẦN THỨ VI", "NHIỆM KỲ 2020 – 2025"."""
    info = congress.get_info(store)
    return common.issuer(info), f"NHIỆM KỲ {common.term_text(info)}"


def cards(store: Store) -> tuple[Card, ...]:
    from secretariat.reports.cards import Card

    return tuple(
        Card(
            full_name=safe(m.full_name, max_chars=MAX_NAME).strip() or common.BLANK,
            position=safe(m.position, max_chars=MAX_POSITION).strip(),
            code=safe(m.party_card_no, max_chars=MAX_CODE).strip(),
            probationary=m.status is MemberStatus.PROBATIONARY,
        )
        for m in common.summoned(roster.list_members(store))
    )


def build(store: Store) -> DelegateCards:
    return DelegateCards(cards(store), title_lines(store))
