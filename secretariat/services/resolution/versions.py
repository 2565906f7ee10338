"""Versions: frozen snapshots of the whole draft, saved and restored (restoring saves
again as a new one), and comparing two of them word by word.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select

from secretariat import models
from secretariat.domain import VoteId
from secretariat.errors import NotFound
from secretariat.rules.diff import diff_words
from secretariat.services.resolution._common import (
    DRAFT_NAME_RE,
    VERSION_TABLE,
    adopted_in,
    line_text,
    refuse_if_adopted,
    stamp,
)
from secretariat.services.resolution.draft import draft
from secretariat.services.resolution.draft_rows import (
    draft_from_json,
    draft_to_json,
    journal_draft,
    raw_draft,
    write_draft,
)
from secretariat.services.resolution.rows import (
    DRAFT_NAME,
    Aligned,
    Change,
    Draft,
    SavedVersion,
    Section,
    VersionId,
    VersionRow,
)
from secretariat.services.resolution.texts import auto_texts, with_auto
from secretariat.store import Store, UnitOfWork


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


def saved_version(v: models.ResolutionVersion) -> SavedVersion:
    return SavedVersion(_version_row(v), draft_from_json(v.content_json))


def list_versions(store: Store) -> list[VersionRow]:
    with store.read() as s:
        query = select(models.ResolutionVersion).order_by(models.ResolutionVersion.number)
        return [_version_row(v) for v in s.scalars(query)]


def version_draft(store: Store, version_id: VersionId) -> Draft:
    """A saved version's frozen content."""
    with store.read() as s:
        v = s.get(models.ResolutionVersion, version_id)
        if v is None:
            raise NotFound(VERSION_TABLE, version_id)
        return draft_from_json(v.content_json)


def adopted_version(store: Store) -> VersionRow | None:
    with store.read() as s:
        v = adopted_in(s)
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


# --- versions -------------------------------------------------------------------------


def _next_number(uow: UnitOfWork) -> int:
    top = uow.session.scalar(select(func.max(models.ResolutionVersion.number)))
    return int(top or 0) + 1


def _next_draft_name(uow: UnitOfWork) -> str:
    used = [0]
    for name in uow.session.scalars(select(models.ResolutionVersion.name)):
        match = DRAFT_NAME_RE.match(name)
        if match:
            used.append(int(match.group(1)))
    return DRAFT_NAME.format(n=max(used) + 1)


def add_version(
    uow: UnitOfWork, name: str, content: Draft, *, adopted: bool = False, vote_id: int | None = None
) -> SavedVersion:
    version = models.ResolutionVersion(
        number=_next_number(uow),
        name=name,
        created_at=stamp(uow.now()),
        content_json=draft_to_json(content),
        adopted=adopted,
        adoption_vote_id=vote_id,
    )
    uow.session.add(version)
    uow.session.flush()
    saved = saved_version(version)
    uow.journal(VERSION_TABLE, version.id, None, version_json(saved))
    return saved


def version_json(saved: SavedVersion) -> dict[str, object]:
    row = saved.row
    return {
        "id": row.id,
        "number": row.number,
        "name": row.name,
        "created_at": stamp(row.created_at),
        "adopted": row.adopted,
        "adoption_vote_id": row.adoption_vote_id,
        "reopen_reason": row.reopen_reason,
        "content": json.loads(draft_to_json(saved.content)),
    }


def save_version(store: Store, name: str | None = None) -> Change:
    """Freeze the working draft as a new version ("Dự thảo N" by default)."""
    label = line_text(name, "name", required=True) if name is not None else None
    texts = auto_texts(store)
    with store.action("resolution.save_version") as uow:
        refuse_if_adopted(uow)
        raw = raw_draft(uow.session)
        saved = add_version(uow, label or _next_draft_name(uow), with_auto(raw, texts))
    return Change("resolution.save_version", raw, raw, saved.row.id, version_after=saved)


def restore_version(store: Store, version_id: VersionId) -> Change:
    """Make a version's content the working draft and save it as a new version
    ("Dự thảo N (theo <name>)"); ``version_after`` is the new version."""
    action = "resolution.restore_version"
    with store.action(action) as uow:
        refuse_if_adopted(uow)
        old = uow.session.get(models.ResolutionVersion, version_id)
        if old is None:
            raise NotFound(VERSION_TABLE, version_id)
        content = draft_from_json(old.content_json)
        before = raw_draft(uow.session)
        write_draft(uow, content)
        after = raw_draft(uow.session)
        journal_draft(uow, before, after)
        name = f"{_next_draft_name(uow)} (theo {old.name})"
        saved = add_version(uow, line_text(name, "name"), after)
    return Change(action, before, after, saved.row.id, version_after=saved)


def write_version(uow: UnitOfWork, saved: SavedVersion) -> None:
    row = saved.row
    version = uow.session.get(models.ResolutionVersion, row.id)
    before = version_json(saved_version(version)) if version is not None else None
    if version is None:
        version = models.ResolutionVersion(id=row.id)
        uow.session.add(version)
    vote = row.adoption_vote_id
    version.number = row.number
    version.name = row.name
    version.created_at = stamp(row.created_at)
    version.content_json = draft_to_json(saved.content)
    version.adopted = row.adopted
    version.adoption_vote_id = vote if vote and uow.session.get(models.Vote, vote) else None
    version.reopen_reason = row.reopen_reason
    uow.session.flush()
    uow.journal(VERSION_TABLE, row.id, before, version_json(saved))


def delete_version(uow: UnitOfWork, version_id: VersionId) -> None:
    version = uow.session.get(models.ResolutionVersion, version_id)
    if version is not None:
        uow.journal(VERSION_TABLE, version_id, version_json(saved_version(version)), None)
        uow.session.delete(version)
        uow.session.flush()
