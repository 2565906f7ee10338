"""Fill unfinished messages of a Qt Linguist .ts file from a JSON dictionary.

Usage: python scripts/fill_translations.py FILE.ts TRANSLATIONS.json
where the JSON maps "context|source" (or just "source") to the translation.
A maintenance helper for translators; the app never runs it.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    ts, table = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = table.get(f"{name}|{source}", table.get(source))
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{filled} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
