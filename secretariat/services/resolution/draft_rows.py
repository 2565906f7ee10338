"""The working draft as table rows and as JSON, and writing a draft back exactly
(ids kept) with its journal lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.services.resolution._common import SECTION_TABLE, TARGET_TABLE, figure_text, letter
from secretariat.services.resolution.rows import (
    Draft,
    Section,
    SectionId,
    SectionKind,
    TargetId,
    TargetRow,
)
from secretariat.store import UnitOfWork

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
            "figure": figure_text(t.figure) if t.figure is not None else None,
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
        subs = tuple(make(c, f"{letter(n)})") for n, c in enumerate(children[s["id"]], start=1))
        points.append(make(s, f"{len(points) + 1}.", subs))
    return Draft(preamble, tuple(points))


def draft_to_json(d: Draft) -> str:
    sections, targets = _flatten(d)
    content = {"sections": sections, "targets": targets}
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def draft_from_json(text: str) -> Draft:
    content = json.loads(text)
    return _build(content["sections"], content["targets"])


def raw_draft(s: OrmSession) -> Draft:
    """The working draft as stored (``auto`` sections with their stored text)."""
    sections = [_section_flat(x) for x in s.scalars(select(models.ResolutionSection))]
    targets = [_target_flat(x) for x in s.scalars(select(models.ResolutionTarget))]
    return _build(sections, targets)


# --- writing the draft exactly --------------------------------------------------------


def journal_draft(uow: UnitOfWork, before: Draft, after: Draft) -> None:
    for entity, old, new in zip(
        (SECTION_TABLE, TARGET_TABLE), _flatten(before), _flatten(after), strict=True
    ):
        old_by = {r["id"]: r for r in old}
        new_by = {r["id"]: r for r in new}
        for ident in sorted(old_by.keys() | new_by.keys()):
            if old_by.get(ident) != new_by.get(ident):
                uow.journal(entity, ident, old_by.get(ident), new_by.get(ident))


def write_draft(uow: UnitOfWork, content: Draft) -> None:
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
