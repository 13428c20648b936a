"""The Chinese catalogue has every message and every word the core says, finished, with the
same {placeholders}: a new or reworded template without its translation fails here."""

import re
import xml.etree.ElementTree as ET

from shooter.core import messages, words
from shooter.i18n import build

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalogue(context):
    """{source: (translation text, finished)} of one context of the zh_CN catalogue."""
    root = ET.parse(build.catalogue("zh_CN")).getroot()
    found = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[message.findtext("source")] = (translation.text or "", finished)
    return found


def check(context, sources):
    known = catalogue(context)
    missing = [s for s in sources if s not in known]
    unfinished = [s for s in sources if s in known and not (known[s][1] and known[s][0])]
    mismatched = [s for s in sources if s in known
                  and set(PLACEHOLDER.findall(s)) != set(PLACEHOLDER.findall(known[s][0]))]
    assert not missing, f"not in context {context}: {missing}"
    assert not unfinished, f"unfinished in context {context}: {unfinished}"
    assert not mismatched, f"placeholders differ in context {context}: {mismatched}"


def test_every_message_template_is_translated_with_the_same_placeholders():
    check(messages.CONTEXT, list(messages.TEMPLATES.values()))


def test_every_word_is_translated():
    check(words.CONTEXT, [text for table in words.KINDS.values() for text in table.values()])
