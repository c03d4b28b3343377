"""What counts as words to translate, for the ast checks of app/ui and app/core (test_i18n, test_core_i18n)."""
from __future__ import annotations

import re

# Markup, {fields}, entities and %-codes: not words.
NOT_WORDS = re.compile(r"<[^<>]*>|\{[^{}]*\}|&[a-z]+;|&#\d+;|%[-#0-9.]*[a-zA-Z%]")


def trivial(text: str) -> bool:
    """Nothing to translate: empty, one non-letter character, or only markup, {fields} and %-codes."""
    if text == "" or (len(text) == 1 and not text.isalpha()):
        return True
    return not any(c.isalpha() for c in NOT_WORDS.sub("", text))
