"""Write resources/template.docx: the Word styles the .docx writer maps to.

One paragraph style per name in ``secretariat.reports.document.Style`` (each
based on Normal), all Times New Roman with the sizes and weights of Hướng dẫn
36-HD/VPTW (``docs/domain/documents.md`` section 1), Vietnamese as the
language, an A4 page with the default margins of ``PageSettings`` and an empty
body. The output is byte-for-byte reproducible: python-docx stamps zip entries
with the current time, so the package is rewritten with a fixed one.

    .venv/bin/python scripts/make_docx_template.py
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secretariat.reports.document import PageSettings, Style  # noqa: E402

OUTPUT = ROOT / "resources" / "template.docx"
FIXED_TIME = datetime(2025, 1, 1)
FONT = "Times New Roman"
LANGUAGE = "vi-VN"
STYLE_ID_PREFIX = "Sec"  # "Heading1" is already the id of Word's built-in "heading 1"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

LEFT = WD_ALIGN_PARAGRAPH.LEFT
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


@dataclass(frozen=True)
class Spec:
    size: float
    align: WD_ALIGN_PARAGRAPH = JUSTIFY
    bold: bool = False
    italic: bool = False
    caps: bool = False
    indent_cm: float = 0
    before: float = 0
    after: float = 6
    line: float = 1.15
    keep_next: bool = False
    outline: int | None = None


PAGE = PageSettings()
BODY = Spec(PAGE.body_size_pt, indent_cm=PAGE.first_line_indent_cm)
SPECS: dict[Style, Spec] = {
    Style.BODY: BODY,
    Style.BODY_NO_INDENT: Spec(14),
    Style.DOC_TYPE: Spec(15, CENTER, bold=True, caps=True, before=6, after=0, keep_next=True),
    Style.DOC_SUBJECT: Spec(14, CENTER, bold=True, after=12, keep_next=True),
    Style.HEADING_1: Spec(14, bold=True, before=6, keep_next=True, outline=0),
    Style.HEADING_2: Spec(14, bold=True, indent_cm=1.0, keep_next=True, outline=1),
    Style.CENTERED: Spec(14, CENTER),
    Style.NOTE: Spec(12, italic=True),
    Style.TABLE_TEXT: Spec(13, LEFT, after=0, line=1.0),
    Style.TABLE_HEADER: Spec(13, CENTER, bold=True, after=0, line=1.0),
    Style.DISPLAY: Spec(20, LEFT),
}
NORMAL = Spec(14, LEFT, after=0, line=1.0)


def set_fonts(rpr: OxmlElement) -> None:
    """Times New Roman for every script, replacing any theme font (which would win)."""
    fonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), FONT)


def set_language(rpr: OxmlElement) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")  # type: ignore[attr-defined]
    lang.set(qn("w:val"), LANGUAGE)


def set_complex_size(rpr: OxmlElement, size: float) -> None:
    """w:szCs too, so text classed as complex script keeps the size."""
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(szcs)  # type: ignore[union-attr]
    szcs.set(qn("w:val"), str(round(size * 2)))


def apply(style: docx.styles.style.ParagraphStyle, spec: Spec) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(spec.size)
    font.bold = spec.bold or None
    font.italic = spec.italic or None
    font.all_caps = spec.caps or None
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr)
    set_complex_size(rpr, spec.size)
    set_language(rpr)
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.first_line_indent = Cm(spec.indent_cm) if spec.indent_cm else None
    fmt.space_before = Pt(spec.before)
    fmt.space_after = Pt(spec.after)
    fmt.line_spacing = spec.line
    fmt.keep_with_next = spec.keep_next or None
    fmt.widow_control = True
    if spec.outline is not None:
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(spec.outline))
        style.element.get_or_add_pPr().append(outline)  # last in the sequence we use


def set_defaults(document: docx.document.Document) -> None:
    """docDefaults: Times New Roman, Vietnamese, no spacing (styles add their own)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_fonts(rpr)
    set_language(rpr)
    rpr.find(qn("w:sz")).set(qn("w:val"), "28")
    rpr.find(qn("w:szCs")).set(qn("w:val"), "28")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def add_styles(document: docx.document.Document) -> None:
    normal = document.styles["Normal"]
    apply(normal, NORMAL)
    for name, spec in SPECS.items():
        style = document.styles.add_style(name.value, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = STYLE_ID_PREFIX + name.value
        style.base_style = normal
        style.next_paragraph_style = style if name is not Style.DOC_TYPE else normal
        style.quick_style = True
        apply(style, spec)


def set_page(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = Mm(PAGE.margin_top_mm)
    section.bottom_margin = Mm(PAGE.margin_bottom_mm)
    section.left_margin = Mm(PAGE.margin_left_mm)
    section.right_margin = Mm(PAGE.margin_right_mm)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def set_settings(document: docx.document.Document) -> None:
    """Open in Word 2013+ mode (not compatibility mode), Vietnamese theme language."""
    settings = document.settings.element
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)


def drop_extras(document: docx.document.Document) -> None:
    """No thumbnail of python-docx's sample page; no stale copy of the styles."""
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]
    part_rels = document.part.rels
    for rid, rel in list(part_rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            del part_rels[rid]


def set_properties(document: docx.document.Document) -> None:
    props = document.core_properties
    props.title = "Secretariat"
    props.author = "Thư ký Đại hội"
    props.last_modified_by = "Thư ký Đại hội"
    props.comments = ""
    props.language = LANGUAGE
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME


def clear_body(document: docx.document.Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def build() -> docx.document.Document:
    document = docx.Document()
    clear_body(document)
    set_defaults(document)
    add_styles(document)
    set_page(document)
    set_settings(document)
    drop_extras(document)
    set_properties(document)
    return document


def package_bytes(document: docx.document.Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()


def main() -> None:
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_bytes(package_bytes(build()))
    print(OUTPUT)


if __name__ == "__main__":
    main()
