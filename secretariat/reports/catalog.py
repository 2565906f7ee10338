"""The documents the secretary can print: what exists, what is missing, export.

The UI and the command line both go through here. ``check`` returns codes with
the facts (the caller words them, STYLE.md "Text and language"); it never
blocks an export: a document prints a visible blank ("……") where data is
missing, for the secretary to fill by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from secretariat.domain import CongressInfo, Missing
from secretariat.errors import ValidationError
from secretariat.reports import (
    amendments,
    attendance_report,
    common,
    count_minutes,
    delegate_cards,
    minutes,
    programme,
    resolution,
    results_sheet,
    sign_in_sheet,
)
from secretariat.reports.document import Document
from secretariat.reports.snapshot import snapshot
from secretariat.rules.collation import fold
from secretariat.services import (
    agenda,
    attendance,
    closing,
    congress,
    elections,
    roster,
    settings,
)
from secretariat.services import minutes as minutes_service
from secretariat.services import resolution as resolution_service
from secretariat.store import Store
from secretariat.text import safe

DOCX, PDF = "docx", "pdf"


@dataclass(frozen=True)
class DocumentSpec:
    name: str  # code name: "attendance_report"
    title: str  # the document's own title in Vietnamese
    formats: tuple[str, ...]


SPECS: tuple[DocumentSpec, ...] = (
    DocumentSpec(programme.NAME, programme.TITLE, (DOCX, PDF)),
    DocumentSpec(attendance_report.NAME, attendance_report.TITLE, (DOCX, PDF)),
    DocumentSpec(sign_in_sheet.NAME, sign_in_sheet.TITLE, (DOCX, PDF)),
    DocumentSpec(delegate_cards.NAME, delegate_cards.TITLE, (PDF,)),
    DocumentSpec(results_sheet.NAME, results_sheet.TITLE, (DOCX, PDF)),
    DocumentSpec(minutes.NAME, minutes.TITLE, (DOCX, PDF)),
    DocumentSpec(resolution.NAME, resolution.TITLE, (DOCX, PDF)),
    DocumentSpec(amendments.NAME, amendments.TITLE, (DOCX, PDF)),
)
_BY_NAME = {spec.name: spec for spec in SPECS}
_BUILDERS: dict[str, Callable[[Store], Document]] = {
    programme.NAME: programme.build,
    attendance_report.NAME: attendance_report.build,
    sign_in_sheet.NAME: sign_in_sheet.build,
    results_sheet.NAME: results_sheet.build,
    minutes.NAME: minutes.build,
    resolution.NAME: resolution.build,
    amendments.NAME: amendments.build,
}
# Documents that list the roster make no sense without one.
_NEED_ROSTER = frozenset({sign_in_sheet.NAME, delegate_cards.NAME})


# Per election round: the ballot papers to print ("ballots:<round id>") and the
# vote-counting minutes ("count_minutes:<round id>", docs/domain/documents.md §3).
BALLOTS_PREFIX = "ballots:"
COUNT_MINUTES_PREFIX = f"{count_minutes.NAME}:"


def _round_id(name: str) -> int | None:
    prefix = next((p for p in (BALLOTS_PREFIX, COUNT_MINUTES_PREFIX) if name.startswith(p)), None)
    if prefix is None:
        return None
    ident = name.removeprefix(prefix)
    if not ident.isdigit():
        raise ValidationError("unknown_document", "name", name)
    return int(ident)


def _round_specs(store: Store) -> list[DocumentSpec]:
    specs = []
    for election in elections.list_elections(store):
        for rnd in elections.list_rounds(store, election.id):
            what = safe(election.title) + (f" (lần {rnd.round_no})" if rnd.round_no > 1 else "")
            specs.append(DocumentSpec(f"{BALLOTS_PREFIX}{rnd.id}", f"Phiếu bầu: {what}", (PDF,)))
            specs.append(
                DocumentSpec(
                    f"{COUNT_MINUTES_PREFIX}{rnd.id}", f"Biên bản kiểm phiếu: {what}", (DOCX, PDF)
                )
            )
    return specs


# Each saved version of the resolution ("resolution:<version id>", docs/domain/documents.md §4).
RESOLUTION_PREFIX = f"{resolution.NAME}:"


def _version_specs(store: Store) -> list[DocumentSpec]:
    return [
        DocumentSpec(
            f"{RESOLUTION_PREFIX}{v.id}", f"{resolution.TITLE}: {safe(v.name)}", (DOCX, PDF)
        )
        for v in resolution_service.list_versions(store)
        # An adoption later reopened does not stand: the file holds one adopted text.
        if v.adopted or v.adoption_vote_id is None
    ]


def spec(name: str, store: Store | None = None) -> DocumentSpec:
    """The document called ``name``; per-round documents need the ``store``."""
    if name.startswith(RESOLUTION_PREFIX) and store is not None:
        versions = [s for s in _version_specs(store) if s.name == name]
        if versions:
            return versions[0]
    if _round_id(name) is not None and store is not None:
        found = [s for s in _round_specs(store) if s.name == name]
        if found:
            return found[0]
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValidationError("unknown_document", "name", name) from None


def available(store: Store) -> list[DocumentSpec]:
    """The documents that make sense for this congress now, in menu order."""
    has_roster = bool(roster.list_members(store))
    items = agenda.list_items(store)
    has_agenda = bool(items)
    # The minutes make sense once the congress has begun.
    begun = any(i.started_at is not None for i in items)
    fixed = [
        s
        for s in SPECS
        if (has_roster or s.name not in _NEED_ROSTER)
        and (has_agenda or s.name != programme.NAME)
        and (begun or s.name != minutes.NAME)
        and (s.name != resolution.NAME or not resolution_service.draft(store).empty)
        and (s.name != amendments.NAME or bool(resolution_service.list_amendments(store)))
    ]
    return fixed + _round_specs(store) + _version_specs(store)


# --- completeness ---------------------------------------------------------------------


def _identity(info: CongressInfo, *, header: bool) -> list[Missing]:
    """The identity fields a document prints; ``header``: it has the Party header."""
    fields = [("cell_name", info.cell_name), ("ordinal", info.ordinal)]
    if header:
        fields.insert(0, ("superior_body", info.superior_body))
    found = [Missing(code) for code, value in fields if not value.strip()]
    if info.term_start is None or info.term_end is None:
        found.append(Missing("term"))
    return found


def _attendance(store: Store) -> list[Missing]:
    return minutes_service.unmarked_gaps(attendance.counters(store))


def check(store: Store, name: str) -> list[Missing]:
    """What the document ``name`` would print as a blank, or print too early."""
    with snapshot(store) as view:
        return _check(view, name)


def _check(store: Store, name: str) -> list[Missing]:
    spec(name, store)
    if _round_id(name) is not None:
        return _identity(congress.get_info(store), header=False)
    if name == minutes.NAME:
        return minutes_service.completeness(store)
    if name.startswith(resolution.NAME) or name == amendments.NAME:
        return _resolution_gaps(store, name)
    info = congress.get_info(store)
    has_header = name in (attendance_report.NAME, sign_in_sheet.NAME, programme.NAME)
    found = _identity(info, header=has_header)
    if name == attendance_report.NAME and not info.venue.strip():
        found.append(Missing("venue"))
    if has_header:
        if not info.place.strip():
            found.append(Missing("place"))
        if common.congress_day(congress.list_sessions(store)) is None:
            found.append(Missing("session_date"))
    if name == programme.NAME:
        if agenda.session_start(store) is None:
            found.append(Missing("session_start"))
        return found
    members = common.summoned(roster.list_members(store))
    if not members:
        found.append(Missing("no_members"))
    if name == delegate_cards.NAME:
        without = sum(1 for m in members if not safe(m.party_card_no).strip())
        if without:
            found.append(Missing("no_card_numbers", str(without)))
    if name in (attendance_report.NAME, results_sheet.NAME) and members:
        found += _attendance(store)
    return found


def _resolution_gaps(store: Store, name: str) -> list[Missing]:
    """The resolution's header facts; an empty draft; remarks not yet dealt with."""
    info = congress.get_info(store)
    found = _identity(info, header=True)
    if not info.place.strip():
        found.append(Missing("place"))
    if common.congress_day(congress.list_sessions(store)) is None:
        found.append(Missing("session_date"))
    if name == amendments.NAME:
        return found
    if resolution_service.draft(store).empty:
        found.append(Missing("resolution_empty"))
    pending = sum(
        1
        for a in resolution_service.list_amendments(store)
        if a.outcome in ("pending", "vote_pending")
    )
    if pending and not resolution_service.is_adopted(store):
        found.append(Missing("pending_amendments", str(pending)))
    return found


# --- export ---------------------------------------------------------------------------


def _write_document(doc: Document, fmt: str, path: Path, stamp: str = "") -> Path:
    """Write ``doc``; ``stamp`` (the journal's fingerprint) goes at the foot of each page."""
    if stamp:
        doc = replace(doc, footer=stamp)
    # Imported here: the writers pull in python-docx and ReportLab, which the
    # rest of the core (and a --list) does not need.
    if fmt == DOCX:
        from secretariat.reports import docx_writer

        return docx_writer.write(doc, path)
    from secretariat.reports import pdf_writer

    return pdf_writer.write(doc, path)


def export(store: Store, name: str, fmt: str, path: Path) -> Path:
    """Build the document ``name`` and write it as ``fmt`` ("docx" or "pdf") to ``path``.

    The document reads the file through one read transaction (``snapshot``).
    """
    with snapshot(store) as view:
        return _export(view, name, fmt, path)


def _export(store: Store, name: str, fmt: str, path: Path) -> Path:
    wanted = spec(name, store)
    if fmt not in wanted.formats:
        raise ValidationError("unsupported_format", "format", fmt)
    round_id = _round_id(name)
    if round_id is not None and name.startswith(COUNT_MINUTES_PREFIX):
        built = count_minutes.build(store, elections.RoundId(round_id))
        return _write_document(built, fmt, path, closing.stamp_text(store))
    if round_id is not None:
        return _write_ballots(store, round_id, path)
    if name.startswith(RESOLUTION_PREFIX):
        version = resolution_service.VersionId(int(name.removeprefix(RESOLUTION_PREFIX)))
        built = resolution.build(store, version)
        return _write_document(built, fmt, path, closing.stamp_text(store))
    if name == delegate_cards.NAME:
        from secretariat.reports import cards as cards_writer

        deck = delegate_cards.build(store)
        return cards_writer.write_cards(deck.cards, path, title_lines=deck.title_lines)
    return _write_document(_BUILDERS[name](store), fmt, path, closing.stamp_text(store))


def _write_ballots(store: Store, round_id: int, path: Path) -> Path:
    """As many papers as were issued; before that, one per full member present now."""
    from secretariat.reports import ballots

    rnd = elections.get_round(store, elections.RoundId(round_id))
    election = next(e for e in elections.list_elections(store) if e.id == rnd.election_id)
    info = congress.get_info(store)
    title = (common.issuer(info), f"NHIỆM KỲ {common.term_text(info)}")
    count = rnd.issued or attendance.counters(store, store.clock()).voters_present or 1
    paper = ballots.BallotSpec(
        title_lines=title,
        heading=safe(election.title),
        candidates=tuple(c.full_name for c in rnd.candidates),
        seats=rnd.seats,
        round_no=rnd.round_no,
    )
    serials = bool(settings.get(store, "elections.print_serials"))
    return ballots.write_ballots(paper, path, count=count, serials=serials)


def default_filename(store: Store, name: str, fmt: str) -> str:
    """ASCII file name from the title: "bao-cao-tinh-hinh-dang-vien-tham-du-dai-hoi.docx"."""
    wanted = spec(name, store)
    if fmt not in wanted.formats:
        raise ValidationError("unsupported_format", "format", fmt)
    stem = re.sub(r"[^a-z0-9]+", "-", fold(wanted.title)).strip("-")
    return f"{stem}.{fmt}"
