"""The working draft: reading it, and editing its preamble, points, sub-points and
targets (one action each, refused once adopted).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from sqlalchemy import func, select

from secretariat import models
from secretariat.errors import ValidationError
from secretariat.services.resolution._common import (
    adopted_in,
    body_text,
    figure_text,
    figure_value,
    line_text,
    load_section,
    load_target,
    refuse_if_adopted,
)
from secretariat.services.resolution.draft_rows import journal_draft, raw_draft, write_draft
from secretariat.services.resolution.rows import (
    MAX_UNIT,
    Change,
    Draft,
    SectionId,
    SectionKind,
    TargetId,
)
from secretariat.services.resolution.texts import (
    auto_key,
    auto_texts,
    default_points,
    default_preamble,
    election_results_text,
    with_auto,
)
from secretariat.store import Store, UnitOfWork

# --- reading --------------------------------------------------------------------------


def draft(store: Store, known: Mapping[str, str] | None = None) -> Draft:
    """The working draft; an ``auto`` section shows what it follows, as it is now.

    ``known``: auto texts (by ``auto_key``) the caller knows are still current — what
    it read last, when no change since touched their tables — so they are not made
    again (the election results tally every round's papers).
    """
    with store.read() as s:
        raw = raw_draft(s)
    following = {auto_key(s.kind.value, s.code) for s in raw.sections() if s.auto}
    if not following:
        return raw
    texts = {key: text for key, text in (known or {}).items() if key in following}
    texts.update(auto_texts(store, following - texts.keys()))
    return with_auto(raw, texts)


def auto_texts_of(d: Draft) -> dict[str, str]:
    """The text each ``auto`` section of ``d`` shows, by ``auto_key``."""
    return {auto_key(s.kind.value, s.code): s.text for s in d.sections() if s.auto}


def is_adopted(store: Store) -> bool:
    """True once a version is adopted (and not reopened): edits are refused."""
    with store.read() as s:
        return adopted_in(s) is not None


# --- the working draft ----------------------------------------------------------------


def _edit(store: Store, action: str, work: Callable[[UnitOfWork], int | None]) -> Change:
    """One edit of the working draft: refused once adopted; journals changed rows."""
    with store.action(action) as uow:
        refuse_if_adopted(uow)
        before = raw_draft(uow.session)
        subject = work(uow)
        uow.session.flush()
        after = raw_draft(uow.session)
        journal_draft(uow, before, after)
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


def seed_default(store: Store) -> Change:
    """The usual starting draft, for an empty draft (else ``draft_not_empty``):
    preamble; approve the reports; assessment; direction and targets; tasks;
    election results (auto); implementation. The preamble follows the attendance
    and the election results the elections until edited or adopted."""
    preamble = default_preamble(store)
    points = default_points(store)
    results = election_results_text(store)

    def work(uow: UnitOfWork) -> int | None:
        if uow.session.scalar(select(func.count()).select_from(models.ResolutionSection)):
            raise ValidationError("draft_not_empty", "resolution")
        first = _set_preamble(uow, preamble)
        load_section(uow, SectionId(first)).auto = True
        for code, title, text in points:
            auto = code == "election_results"
            body = results if auto else text
            _new_section(uow, SectionKind.POINT, None, title, body, code=code, auto=auto)
        return first

    return _edit(store, "resolution.seed", work)


def set_preamble(store: Store, text: str) -> Change:
    """Write the preamble (created if missing); it no longer follows the attendance."""
    clean = body_text(text)
    return _edit(store, "resolution.set_preamble", lambda uow: _set_preamble(uow, clean))


def add_point(store: Store, title: str, text: str = "", *, position: int | None = None) -> Change:
    """A new point at ``position`` (1-based; default last). ``subject_id``: its id."""
    head, body = line_text(title, "title"), body_text(text)
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
    head, body = line_text(title, "title"), body_text(text)

    def work(uow: UnitOfWork) -> int | None:
        if load_section(uow, parent_id).kind != SectionKind.POINT.value:
            raise ValidationError("invalid", "parent_id", parent_id)
        return _new_section(uow, SectionKind.SUBPOINT, parent_id, head, body, position=position)

    return _edit(store, "resolution.add_subpoint", work)


def update_section(
    store: Store, section_id: SectionId, *, title: str | None = None, text: str | None = None
) -> Change:
    """Reword a section; editing an ``auto`` section's text turns ``auto`` off."""
    head = line_text(title, "title") if title is not None else None
    body = body_text(text) if text is not None else None

    def work(uow: UnitOfWork) -> int | None:
        section = load_section(uow, section_id)
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
    texts = auto_texts(store) if auto else {}

    def work(uow: UnitOfWork) -> int | None:
        section = load_section(uow, section_id)
        if auto:
            key = auto_key(section.kind, section.code)
            if key not in texts:
                raise ValidationError("not_auto", "section_id", section_id)
            section.text = texts[key]
        section.auto = auto
        return section_id

    return _edit(store, "resolution.set_auto", work)


def move_section(store: Store, section_id: SectionId, position: int) -> Change:
    """Move a point or sub-point to ``position`` (1-based) among its siblings."""

    def work(uow: UnitOfWork) -> int | None:
        section = load_section(uow, section_id)
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
        section = load_section(uow, section_id)
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
        line_text(text, "text", required=True),
        figure_text(value) if value is not None else None,
        line_text(unit, "unit", MAX_UNIT),
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
        if load_section(uow, section_id).kind == SectionKind.PREAMBLE.value:
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
        target = load_target(uow, target_id)
        target.text, target.figure, target.unit = words, number, unit_text
        return target_id

    return _edit(store, "resolution.update_target", work)


def set_figure(store: Store, target_id: TargetId, figure: Decimal | int | str | None) -> Change:
    """Change only a target's figure (what a disputed target's vote decides)."""
    value = figure_value(figure)

    def work(uow: UnitOfWork) -> int | None:
        target = load_target(uow, target_id)
        target.figure = figure_text(value) if value is not None else None
        return target_id

    return _edit(store, "resolution.set_figure", work)


def move_target(store: Store, target_id: TargetId, position: int) -> Change:
    def work(uow: UnitOfWork) -> int | None:
        target = load_target(uow, target_id)
        others = [t for t in _section_targets(uow, target.section_id) if t is not target]
        others.insert(_index(position, len(others)), target)
        _renumber(others)
        return target_id

    return _edit(store, "resolution.move_target", work)


def remove_target(store: Store, target_id: TargetId) -> Change:
    def work(uow: UnitOfWork) -> int | None:
        target = load_target(uow, target_id)
        section_id = target.section_id
        uow.session.delete(target)
        uow.session.flush()
        _renumber(_section_targets(uow, section_id))
        return target_id

    return _edit(store, "resolution.remove_target", work)


def put_draft(store: Store, content: Draft) -> Change:
    """Make ``content`` the working draft exactly (ids, order, texts)."""

    def work(uow: UnitOfWork) -> int | None:
        write_draft(uow, content)
        return None

    return _edit(store, "resolution.put_draft", work)
