"""Every text readable against what it is drawn on: WCAG AA (4.5:1) in both themes, from the
palette's pairs down to each label, button and group title of a shown window."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)

from shooter.app.style import (
    AA_CONTRAST,
    DEFAULT_STYLE,
    GRAPHIC_CONTRAST,
    HIGH_CONTRAST,
    TEXT_PAIRS,
    Palette,
    blend,
    contrast,
)

THEMES = {"normal": Palette(), "high contrast": HIGH_CONTRAST}
COLOUR_RULE = r"(?<![-\w]){}\s*:\s*(#[0-9a-fA-F]{{3,8}}|[a-z]+)"


def test_contrast_follows_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_of_the_palette_reads_on_its_backgrounds(theme):
    palette = THEMES[theme]
    low = []
    for text, backgrounds in TEXT_PAIRS.items():
        for background in backgrounds:
            ratio = contrast(getattr(palette, text), getattr(palette, background))
            if ratio < AA_CONTRAST:
                low.append((text, background, round(ratio, 2)))
    # The F1 sheet is translucent: checked where it lies over the lightest surfaces.
    for under in (palette.background, palette.panel, palette.target_paper):
        sheet = blend(QColor(palette.sheet), QColor(under))
        for text in ("sheet_text", "sheet_keys"):
            ratio = contrast(getattr(palette, text), sheet)
            if ratio < AA_CONTRAST:
                low.append((text, f"sheet over {under}", round(ratio, 2)))
    assert not low


def own_colour(widget, prop):
    """A colour the widget's own style sheet gives `prop` (color / background), or None."""
    match = re.search(COLOUR_RULE.format(prop), widget.styleSheet())
    return QColor(match.group(1)) if match else None


def group(widget):
    return QPalette.Active if widget.isEnabled() else QPalette.Disabled


def text_colour(widget):
    """The colour the widget's text is drawn in."""
    colour = own_colour(widget, "color")
    if colour is not None:
        return colour
    role = QPalette.ButtonText if isinstance(widget, (QPushButton, QComboBox)) \
        else widget.foregroundRole()
    return widget.palette().color(group(widget), role)


def background_colour(widget):
    """What the widget's text is drawn on: a button's face, else the nearest ancestor that
    fills its background (its style sheet's background, or its palette's)."""
    if isinstance(widget, (QPushButton, QComboBox)) and not own_colour(widget, "background"):
        return widget.palette().color(group(widget), QPalette.Button)
    node = widget
    while node is not None:
        colour = own_colour(node, "background") or own_colour(node, "background-color")
        if colour is not None:
            return colour
        viewport = isinstance(node.parentWidget(), QAbstractScrollArea) \
            and node.parentWidget().viewport() is node
        if node.autoFillBackground() or node.isWindow() or viewport:
            return node.palette().color(group(node), node.backgroundRole())
        node = node.parentWidget()
    raise AssertionError(f"no background under {widget!r}")


def shown_texts(window):
    """(description, text colour, background colour) of every visible text widget."""
    kinds = (QLabel, QAbstractButton, QGroupBox, QComboBox)
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QTabBar) \
                or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QComboBox):
            text = widget.currentText()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            text = widget.text()
        if not text or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
            continue
        name = f"{type(widget).__name__} {text[:30]!r} in {type(widget.parentWidget()).__name__}"
        out.append((name, text_colour(widget), background_colour(widget)))
    return out


def needed(name):
    """AA for text; a label of symbols only (a legend's coloured mark) is a graphic, which
    WCAG asks 3:1 of (non-text contrast)."""
    shown = name.split("'")[1] if "'" in name else name
    return AA_CONTRAST if any(c.isalnum() for c in shown) else GRAPHIC_CONTRAST


@pytest.mark.parametrize("lesson", ["sight-in", "step-size", "search"])
@pytest.mark.parametrize("theme", THEMES)
def test_every_shown_text_reads_on_what_it_is_drawn_on(make_window, qtbot, theme, lesson):
    window = make_window(lesson, size=(1280, 800))
    if THEMES[theme] != window.style_.palette:
        window.toggle_contrast()
    window.controls._lr_problem("check")  # the learning rate's warning shows too
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        texts = shown_texts(window)
        assert len(texts) > 20
        low = [(name, fg.name(), bg.name(), round(contrast(fg, bg), 2))
               for name, fg, bg in texts if contrast(fg, bg) < needed(name)]
        assert not low, low


def test_high_contrast_turns_the_panel_dark_and_its_texts_light(make_window):
    window = make_window("sight-in", size=(1280, 800))
    window.toggle_contrast()
    lesson_box = window.controls.findChild(QGroupBox)
    background = background_colour(window.controls.fire_button.parentWidget())
    assert background.lightnessF() < 0.2
    assert text_colour(lesson_box).lightnessF() > 0.8
    assert window.style_ == DEFAULT_STYLE.__class__(palette=HIGH_CONTRAST,
                                                    scale=window.style_.scale)
