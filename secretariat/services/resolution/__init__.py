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
it touched before and after (undo and redo apply the action's row images:
``secretariat.undo``).

Section and target ids are never reused (AUTOINCREMENT) and survive in the
snapshots, so an amendment keeps pointing at "its" section even while the
section is removed, and points at it again when an undo or a restored version
brings it back.

Where things live (a new action goes in the module of its part):

- ``rows``: ids, kinds and the frozen rows handed out (``Draft``, ``Change``, …);
- ``_common``: values typed by the user, journal table names, guards and lookups;
- ``draft_rows``: the draft as table rows and JSON, written back exactly;
- ``texts``: the texts the resolution writes itself (preamble, election results,
  the fate of a remark);
- ``draft``: the working draft, read and edited;
- ``versions``: saved versions, restoring and comparing them;
- ``amendments``: remarks recorded, accepted, explained or voted on;
- ``adoption``: adopting and reopening.

This module re-exports the public face (``resolution.add_point``).
"""

from __future__ import annotations

from secretariat.services.resolution._common import figure_value
from secretariat.services.resolution.adoption import adopt, reopen
from secretariat.services.resolution.amendments import (
    NOT_ACCEPTED_REASON,
    accept_amendment,
    add_amendment,
    amendment_result,
    disputed_points,
    explain_amendment,
    get_amendment,
    hold_amendment_vote,
    list_amendments,
    pending_amendments,
    proposal_result,
    put_amendment_to_vote,
    remove_amendment,
    update_amendment,
)
from secretariat.services.resolution.draft import (
    add_point,
    add_subpoint,
    add_target,
    auto_texts_of,
    draft,
    is_adopted,
    move_section,
    move_target,
    put_draft,
    remove_section,
    remove_target,
    seed_default,
    set_auto,
    set_figure,
    set_preamble,
    update_section,
    update_target,
)
from secretariat.services.resolution.draft_rows import Flat
from secretariat.services.resolution.rows import (
    ADOPTED_NAME,
    AMENDMENT_VOTE,
    DRAFT_NAME,
    MAX_TEXT,
    MAX_TITLE,
    MAX_UNIT,
    Adoption,
    Aligned,
    AmendmentId,
    AmendmentRow,
    Change,
    Draft,
    Fate,
    SavedVersion,
    Section,
    SectionId,
    SectionKind,
    TargetId,
    TargetRow,
    VersionId,
    VersionRow,
    target_label,
)
from secretariat.services.resolution.texts import AUTO_KEYS, election_results_text, fate_text
from secretariat.services.resolution.versions import (
    adopted_version,
    compare,
    compare_drafts,
    list_versions,
    restore_version,
    save_version,
    version_draft,
)

__all__ = [
    "ADOPTED_NAME",
    "AMENDMENT_VOTE",
    "AUTO_KEYS",
    "DRAFT_NAME",
    "MAX_TEXT",
    "MAX_TITLE",
    "MAX_UNIT",
    "NOT_ACCEPTED_REASON",
    "Adoption",
    "Aligned",
    "AmendmentId",
    "AmendmentRow",
    "Change",
    "Draft",
    "Fate",
    "Flat",
    "SavedVersion",
    "Section",
    "SectionId",
    "SectionKind",
    "TargetId",
    "TargetRow",
    "VersionId",
    "VersionRow",
    "accept_amendment",
    "add_amendment",
    "add_point",
    "add_subpoint",
    "add_target",
    "adopt",
    "adopted_version",
    "amendment_result",
    "auto_texts_of",
    "compare",
    "compare_drafts",
    "disputed_points",
    "draft",
    "election_results_text",
    "explain_amendment",
    "fate_text",
    "figure_value",
    "get_amendment",
    "hold_amendment_vote",
    "is_adopted",
    "list_amendments",
    "list_versions",
    "move_section",
    "move_target",
    "pending_amendments",
    "proposal_result",
    "put_amendment_to_vote",
    "put_draft",
    "remove_amendment",
    "remove_section",
    "remove_target",
    "reopen",
    "restore_version",
    "save_version",
    "seed_default",
    "set_auto",
    "set_figure",
    "set_preamble",
    "target_label",
    "update_amendment",
    "update_section",
    "update_target",
    "version_draft",
]
