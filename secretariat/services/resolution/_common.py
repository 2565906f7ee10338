"""What the parts of the resolution share: values typed by the user (figures,
lines, long text), the tables' journal names, and the guards inside a unit of
work (lookups, ``adopted``).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.errors import NotFound, ValidationError
from secretariat.services.resolution.rows import (
    MAX_TEXT,
    MAX_TITLE,
    AmendmentId,
    SectionId,
    TargetId,
)
from secretariat.store import UnitOfWork

# --- values ---------------------------------------------------------------------------

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese sub-point letters: a), b), … đ), …
_MAX_FIGURE = Decimal(10) ** 9
NO_ELECTIONS = "Kết quả bầu cử được ghi sau khi Đại hội bầu cử."
DRAFT_NAME_RE = re.compile(r"^Dự thảo (\d+)\b")
ADOPTION_SUBJECT = "Biểu quyết thông qua Nghị quyết Đại hội"
RESOLUTION_ITEM = "resolution"  # the agenda item's code (services.agenda)
SECTION_TABLE = "resolution_section"
TARGET_TABLE = "resolution_target"
VERSION_TABLE = "resolution_version"
AMENDMENT_TABLE = "amendment"


def letter(n: int) -> str:
    size = len(_LETTERS)
    return letter((n - 1) // size) + _LETTERS[(n - 1) % size] if n > size else _LETTERS[n - 1]


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
    return Decimal(figure_text(number))


def figure_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def line_text(value: str, field: str, limit: int = MAX_TITLE, *, required: bool = False) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError("missing", field, value)
    if len(text) > limit:
        raise ValidationError("too_long", field, text[:40])
    return text


def body_text(value: str, field: str = "text") -> str:
    """Long text: line breaks kept, trailing blanks dropped."""
    text = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()
    if len(text) > MAX_TEXT:
        raise ValidationError("too_long", field, text[:40])
    return text


def stamp(at: datetime) -> str:
    return at.replace(microsecond=0).isoformat()


def parse_stamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# --- guards ---------------------------------------------------------------------------


def adopted_in(s: OrmSession) -> models.ResolutionVersion | None:
    query = select(models.ResolutionVersion).where(models.ResolutionVersion.adopted.is_(True))
    return s.scalars(query.order_by(models.ResolutionVersion.number.desc()).limit(1)).first()


def refuse_if_adopted(uow: UnitOfWork) -> None:
    """The adopted resolution is frozen: refuse edits until ``reopen``."""
    if adopted_in(uow.session) is not None:
        raise ValidationError("adopted", "resolution")


def load_section(uow: UnitOfWork, section_id: SectionId) -> models.ResolutionSection:
    section = uow.session.get(models.ResolutionSection, section_id)
    if section is None:
        raise NotFound(SECTION_TABLE, section_id)
    return section


def load_target(uow: UnitOfWork, target_id: TargetId) -> models.ResolutionTarget:
    target = uow.session.get(models.ResolutionTarget, target_id)
    if target is None:
        raise NotFound(TARGET_TABLE, target_id)
    return target


def load_amendment(uow: UnitOfWork, amendment_id: AmendmentId) -> models.Amendment:
    amendment = uow.session.get(models.Amendment, amendment_id)
    if amendment is None:
        raise NotFound(AMENDMENT_TABLE, amendment_id)
    return amendment
