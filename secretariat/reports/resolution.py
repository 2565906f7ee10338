"""NGHỊ QUYẾT ĐẠI HỘI: the congress resolution (docs/domain/documents.md §4).

Built from the working draft, or from a saved version. The congress is the
issuer; the number "Số 01-NQ/ĐH" is a setting (``documents.resolution_number``).
The narrative preamble, then "QUYẾT NGHỊ:" and the points 1., 2., … with their
sub-points a), b), … and targets (chỉ tiêu) as a list, each with its figure;
the election-results point as the elections filled it. Until the resolution is
adopted the header carries "DỰ THẢO" boxed at the top left; the adopted
version says how the congress voted for it. Signed "T/M ĐOÀN CHỦ TỊCH", with
"Nơi nhận:" on the left.
"""

from __future__ import annotations

from secretariat.domain import CongressInfo, VoteRow
from secretariat.reports import common
from secretariat.reports.common import BLANK
from secretariat.reports.document import (
    Align,
    Block,
    Document,
    HeaderBlock,
    ListBlock,
    Paragraph,
    Recipients,
    Run,
    SignatureBlock,
    Style,
    para,
)
from secretariat.services import congress, settings, votes
from secretariat.services import resolution as service
from secretariat.services.resolution import Draft, Section, VersionId, VersionRow
from secretariat.store import Store
from secretariat.text import number, place_date, safe, upper

NAME = "resolution"
TITLE = "Nghị quyết đại hội"
DOC_TYPE = "NGHỊ QUYẾT"
DRAFT_MARK = "DỰ THẢO"
RESOLVES = "QUYẾT NGHỊ:"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in safe(text).split("\n") if line.strip()]


def _paragraphs(text: str) -> list[Block]:
    return [para(line) for line in _lines(text)]


def _targets(section: Section) -> list[Block]:
    """The targets as a "-" list, "…;" and the last "…." (administrative style)."""
    if not section.targets:
        return []
    labels = [safe(t.label).strip().rstrip(".;,") for t in section.targets]
    items = tuple(
        (Run(label + ("." if n == len(labels) else ";")),) for n, label in enumerate(labels, 1)
    )
    return [ListBlock(items, bullet="-")]


def _subpoint(section: Section) -> list[Block]:
    title = safe(section.title).strip()
    lines = _lines(section.text)
    blocks: list[Block] = []
    if title:
        blocks.append(Paragraph((Run(f"{section.number} {title}", italic=True, bold=True),)))
        blocks += [para(line) for line in lines]
    elif lines:
        blocks.append(Paragraph((Run(f"{section.number} "), Run(lines[0]))))
        blocks += [para(line) for line in lines[1:]]
    else:
        blocks.append(para(f"{section.number} {BLANK}"))
    return blocks + _targets(section)


def _point(section: Section) -> list[Block]:
    title = safe(section.title).strip() or BLANK
    blocks: list[Block] = [para(f"{section.number} {title}", Style.HEADING_2, bold=True)]
    blocks += _paragraphs(section.text)
    blocks += _targets(section)
    for sub in section.subpoints:
        blocks += _subpoint(sub)
    return blocks


def body(d: Draft) -> list[Block]:
    """The preamble, "QUYẾT NGHỊ:" and the points (shared with the previews)."""
    blocks: list[Block] = []
    if d.preamble is not None:
        blocks += _paragraphs(d.preamble.text)
    blocks.append(para(RESOLVES, Style.CENTERED, bold=True))
    for point in d.points:
        blocks += _point(point)
    return blocks


def _adoption_line(vote: VoteRow | None) -> list[Block]:
    if vote is None or not vote.held or vote.yes is None or vote.base is None:
        return []
    share = votes.result(vote).percent_text
    return [
        para(
            f"Nghị quyết được Đại hội biểu quyết thông qua với {number(vote.yes)}/"
            f"{number(vote.base)} đồng chí tán thành (đạt {share}).",
            italic=True,
        )
    ]


def _superior_committee(info: CongressInfo) -> str:
    """ "Đảng bộ Công an tỉnh …" → "Đảng ủy Công an tỉnh …" (who receives the report)."""
    body_name = " ".join(safe(info.superior_body).split())
    if not body_name:
        return f"Cấp ủy cấp trên {BLANK}"
    if body_name.lower().startswith("đảng bộ "):
        return "Đảng ủy " + body_name[len("đảng bộ ") :]
    return body_name


def _recipients(info: CongressInfo) -> Recipients:
    return Recipients(
        (
            f"{_superior_committee(info)} (để báo cáo);",
            "Chi ủy nhiệm kỳ mới;",
            "Các đảng viên trong Chi bộ;",
            "Lưu hồ sơ Đại hội.",
        )
    )


def _version(store: Store, version_id: VersionId | None) -> VersionRow | None:
    if version_id is None:
        return service.adopted_version(store)
    for row in service.list_versions(store):
        if row.id == version_id:
            return row
    return None


def build(store: Store, version_id: VersionId | None = None) -> Document:
    """The resolution from a version, or (None) the adopted one if any, else the
    working draft; "DỰ THẢO" unless it is the adopted resolution."""
    version = _version(store, version_id)
    if version_id is not None and version is None:
        service.version_draft(store, version_id)  # raises NotFound
    d = service.version_draft(store, version.id) if version else service.draft(store)
    adopted = version is not None and version.adopted
    vote = None
    if adopted and version is not None and version.adoption_vote_id is not None:
        vote = votes.get_vote(store, version.adoption_vote_id)
    info = congress.get_info(store)
    day = vote.held_at.date() if vote is not None and vote.held_at else None
    day = day or common.congress_day(congress.list_sessions(store))
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    numbered = str(settings.get(store, "documents.resolution_number")).strip()
    header = HeaderBlock(
        superior=upper(info.superior_body).strip() or BLANK,
        issuer=common.issuer(info),
        number=f"Số {safe(numbered) or BLANK}",
        place_date=place_date(info.place, day, zero_pad=zero_pad),
        draft_mark="" if adopted else DRAFT_MARK,
    )
    blocks: list[Block] = [
        header,
        para(DOC_TYPE, Style.DOC_TYPE),
        para(common.subject_line(info), Style.DOC_SUBJECT),
        para("-----", Style.CENTERED, align=Align.CENTER),
        *body(d),
        *_adoption_line(vote),
        SignatureBlock(right=common.presidium_signature(store), left=_recipients(info)),
    ]
    title = TITLE if version is None or adopted else f"{TITLE} ({safe(version.name)})"
    return Document(NAME, title, tuple(blocks), common.page_settings(store))
