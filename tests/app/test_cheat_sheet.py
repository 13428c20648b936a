"""The F1 sheet: every shortcut readable, nothing past the edge of a small screen."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from shooter.app.cheat_sheet import WRAP
from shooter.app.style import DEFAULT_STYLE


@pytest.fixture
def window(make_window):
    return make_window(size=(1024, 768))


def drawn_rects(sheet):
    """The rectangles the keys and the wrapped descriptions really take."""
    _, font, placed = sheet.placement()
    metrics = QFontMetricsF(font)
    out = []
    for keys_rect, text_rect, keys, text in placed:
        words = metrics.boundingRect(QRectF(text_rect.left(), text_rect.top(),
                                            text_rect.width(), 1e6), WRAP, text)
        out.append((keys_rect, metrics.horizontalAdvance(keys), text_rect, words))
    return font, out


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_every_entry_fits_the_sheet_at_1024x768(window, qtbot, language, scale):
    window.set_language(language)
    window.cheat_sheet.set_style(DEFAULT_STYLE.scaled(scale))
    window.toggle_cheat_sheet()
    sheet = window.cheat_sheet
    assert sheet.isVisible() and sheet.width() <= 1024 and sheet.height() <= 768
    font, rects = drawn_rects(sheet)
    assert len(rects) == len(sheet.rows) > 10
    assert font.pointSizeF() >= DEFAULT_STYLE.font(0.95).pointSizeF()  # still readable
    whole = QRectF(sheet.rect())
    for keys_rect, keys_width, text_rect, words in rects:
        assert keys_width <= keys_rect.width()
        assert words.width() <= text_rect.width() and words.height() <= text_rect.height()
        assert whole.contains(text_rect) and whole.contains(keys_rect)
    for i, (_, _, a, _) in enumerate(rects):  # no description runs into the next one
        assert not any(a.intersects(b) for _, _, b, _ in rects[i + 1:])
    sheet.grab()
    if language == "en":
        assert window.lesson_keys_row() in sheet.rows  # Ctrl+1 ... Ctrl+0 in one row
        assert window.predict_keys_row() in sheet.rows


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_glossary_page_fits_and_maps_every_word_in_the_language(window, qtbot, language):
    import re

    from PySide6.QtCore import Qt

    from shooter.app.cheat_sheet import GLOSSARY

    window.set_language(language)
    window.toggle_cheat_sheet()
    sheet = window.cheat_sheet
    qtbot.keyClick(sheet, Qt.Key_Tab)  # the second page
    assert sheet.isVisible() and sheet.page == "glossary"
    assert len(sheet.rows) == len(GLOSSARY)
    font, rects = drawn_rects(sheet)
    whole = QRectF(sheet.rect())
    for keys_rect, keys_width, text_rect, words in rects:
        assert keys_width <= keys_rect.width() and words.height() <= text_rect.height()
        assert whole.contains(text_rect) and whole.contains(keys_rect)
    terms = " ".join(term for term, _word in sheet.rows)
    if language == "en":
        for term in ("forward pass", "backpropagation", "gradient-descent step",
                     "learning rate", "batch", "pretrained weights"):
            assert term in terms
    else:
        for term, range_word in sheet.rows:  # no English left (names like Adam aside)
            assert not re.search(r"[A-Za-z]{3,}", term.replace("dL/dw", "")), term
            assert not re.search(r"[A-Za-z]{3,}", range_word), range_word
    qtbot.keyClick(sheet, Qt.Key_Escape)
    assert not sheet.isVisible()


def test_shift_f1_opens_the_glossary_and_tab_turns_back_to_the_keys(window, qtbot):
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.show_glossary()
    sheet = window.cheat_sheet
    assert sheet.isVisible() and sheet.page == "glossary"
    qtbot.keyClick(sheet, Qt.Key_Tab)
    assert sheet.page == "keys" and window.predict_keys_row() in sheet.rows


def test_keys_come_in_the_menus_order_with_the_file_menu_last(window):
    """What a lesson uses (the phases, play, the timeline) before opening, saving and
    exporting; not sorted by their words, which in Chinese is no order at all."""
    window.toggle_cheat_sheet()
    texts = [text for text, _keys in window.cheat_sheet.rows]
    first_file = min(texts.index(window.tr(name)) for name in ("Open…", "Save"))
    for training in ("Next phase", "Play / Pause", "Presentation mode"):
        assert texts.index(window.tr(training)) < first_file
    assert texts.index("Quit") > texts.index("Keyboard shortcuts")
    assert texts.index(window.predict_keys_row()[0]) < first_file  # the lesson's keys too


def test_a_short_page_sits_in_the_middle_of_a_wide_sheet(make_window):
    window = make_window(size=(1600, 1000))
    window.show_glossary()
    sheet = window.cheat_sheet
    font, rects = drawn_rects(sheet)
    metrics = QFontMetricsF(font)
    left = min(keys_rect.right() - keys_width for keys_rect, keys_width, _, _ in rects)
    right = max(words.right() for _, _, _, words in rects)
    assert abs(left - (sheet.width() - right)) < metrics.horizontalAdvance("MM")
    assert font.pointSizeF() > DEFAULT_STYLE.font(1.25).pointSizeF()  # room for larger rows
