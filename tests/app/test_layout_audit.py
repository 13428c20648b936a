"""Every lesson, view, language, projector size and mode: the window fits the screen, no text
is cut by its widget's edge, and no two texts lie on each other.

One window is reused across the cases (building one costs more than a layout); the language
is the application's, switched as each case needs.
Each case opens one lesson and lays it out at every size, at the desk and in presentation
mode, on the range and on the lesson's own view.
"""

import pytest
from PySide6.QtCore import QRect, QRectF, QSettings
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QWidget,
)

from shooter.app import legible
from shooter.core.lessons import LESSONS

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
MODES = ["desk", "presentation"]
BUTTON_PADDING = 4  # the least room a push button's frame leaves around its text, per side


@pytest.fixture(scope="module")
def windows(qapp, tmp_path_factory):
    """language -> the module's shown main window, speaking that language."""
    from shooter.app.main_window import MainWindow
    from shooter.app.session import Session

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    made = []

    def get(language):
        if not made:
            window = MainWindow(Session("sight-in"))
            window.ask_save_changes = lambda: "discard"
            window.show()
            made.append(window)
        made[0].set_language(language)
        return made[0]

    yield get
    for window in made:
        window.set_language("en")
        window.session.pause()
        window.hide()
        window.deleteLater()
    QApplication.processEvents()


def settle():
    for _ in range(3):
        QApplication.processEvents()


def lay_out(window, size, mode):
    """The window as it is on a `size` screen in `mode` (the offscreen screen is small, so
    the screen's room is given to the window and the window sized to it)."""
    room = QRect(0, 0, *size)
    window.available_geometry = lambda: room
    window.set_presenting(False)
    if mode == "presentation":
        window.set_presenting(True)
        window.showNormal()
    window.resize(*size)
    settle()


def label_text_size(label):
    """Width and height the label's text needs, wrapped to the label's width if it wraps."""
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    if label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText
                                             and Qt.mightBeRichText(label.text())):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        if label.wordWrap():
            document.setTextWidth(room.width())
        return document.idealWidth(), document.size().height(), room
    metrics = QFontMetrics(label.font())
    flags = Qt.TextWordWrap if label.wordWrap() else 0
    needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), flags, label.text())
    return needed.width(), needed.height(), room


def button_text_room(button):
    """The width a button leaves its text: less the indicator of a check or radio box."""
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = style.pixelMetric(QStyle.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, button)
        return button.width() - indicator - spacing
    icon = button.iconSize().width() if not button.icon().isNull() else 0
    return button.width() - icon - 2 * BUTTON_PADDING


def shown_texts(window):
    """(widget, its text) for every text widget the window shows now."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(window):
            continue
        if widget.visibleRegion().isEmpty():
            continue  # scrolled out of sight or behind another page
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if text.strip() and (not isinstance(widget, QLabel) or widget.pixmap().isNull()):
            out.append((widget, text))
    return out


def name(widget, text):
    return f"{type(widget).__name__} {text[:40]!r} in {type(widget.parentWidget()).__name__}"


def clipped(window):
    """Texts wider or taller than the rectangle their widget gives them."""
    cut = []
    for widget, text in shown_texts(window):
        if isinstance(widget, QLabel):
            width, height, room = label_text_size(widget)
            if width > room.width() + 1 or height > room.height() + 1:
                cut.append((name(widget, text), (width, height), room.size().toTuple()))
        else:
            width = QFontMetrics(widget.font()).horizontalAdvance(text)
            if width > button_text_room(widget):
                cut.append((name(widget, text), width, widget.width()))
    return cut


def overlapping(window):
    """Pairs of texts whose visible rectangles intersect."""
    placed = []
    for widget, text in shown_texts(window):
        visible = widget.visibleRegion().boundingRect()
        placed.append((widget, text, QRect(widget.mapTo(window, visible.topLeft()),
                                           visible.size())))
    pairs = []
    for i, (a, text_a, rect_a) in enumerate(placed):
        for b, text_b, rect_b in placed[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if rect_a.intersects(rect_b):
                pairs.append((name(a, text_a), name(b, text_b)))
    return pairs


def audit(window, where):
    """What is wrong with the layout shown now, as readable lines."""
    problems = []
    room = window.available_geometry().size()
    needed = window.minimumSizeHint()
    if needed.width() > room.width() or needed.height() > room.height():
        problems.append(f"{where}: needs {needed.toTuple()} on a {room.toTuple()} screen")
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{where}: window grew to {window.size().toTuple()}")
    page = window.tabs.currentWidget()
    if isinstance(page, QScrollArea) and page.horizontalScrollBar().isVisible():
        needed = page.widget().minimumSizeHint().width()
        problems.append(f"{where}: scrolls sideways, needs {needed} px in "
                        f"{page.viewport().width()}")
    problems += [f"{where}: cut {item}" for item in clipped(window)]
    problems += [f"{where}: overlap {pair}" for pair in overlapping(window)]
    return problems


@pytest.mark.parametrize("lesson", list(LESSONS))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_layout_fits_and_no_text_is_cut_or_covered(windows, language, lesson):
    window = windows(language)
    window.session.set_lesson(lesson)
    settle()
    problems = []
    try:
        for mode in MODES:
            for size in SIZES:
                lay_out(window, size, mode)
                for page in range(window.tabs.count()):
                    window.tabs.setCurrentIndex(page)
                    settle()
                    view = "lesson view" if page else "range"
                    problems += audit(window, f"{mode} {size[0]}x{size[1]} {view}")
    finally:
        window.tabs.setCurrentIndex(0)
        window.set_presenting(False)
    assert not problems, "\n".join(problems)


def test_the_audit_sees_a_cut_label_and_a_window_too_wide(windows):
    """The checks above can fail: a label too narrow for its text, a minimum too wide."""
    window = windows("en")
    window.session.set_lesson("sight-in")
    lay_out(window, (1024, 768), "desk")
    label = window.lesson_name
    label.setWordWrap(False)
    label.setMinimumWidth(0)
    label.setFixedWidth(40)
    try:
        settle()
        assert any("Sight in the rifle" in item[0] for item in clipped(window))
        label.setFixedWidth(1500)
        settle()
        assert any("needs" in line for line in audit(window, "probe"))
    finally:
        label.setMinimumWidth(0)
        label.setMaximumWidth(16777215)
        label.setWordWrap(True)
        settle()


# --- what the views paint themselves, in presentation mode ------------------------------------
PRESENTATION_SIZES = [(1024, 768), (1280, 800), (1920, 1080)]
EDGE_SLACK = 0.5  # px: antialiased edges and rounding


def painters(window):
    """(name, widget) of the shown views that paint their own texts and list them."""
    found = [("target", window.target), ("range strip", window.range_strip)]
    lesson = window.lesson_view
    if lesson is not None and hasattr(lesson, "target"):
        found.append(("lesson target", lesson.target))
    return [(n, w) for n, w in found if w.isVisible() and not w.visibleRegion().isEmpty()]


def ink_size(font, text):
    """Width and height the text's lines take when drawn in `font`."""
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    tight = metrics.tightBoundingRect(lines[-1]).height()
    return width, metrics.lineSpacing() * (len(lines) - 1) + tight


def painted_problems(window, where):
    """Painted texts below the floor, beyond their widget, wider or taller than their box,
    or on another text."""
    floor = legible.floor_px(window.style_)
    problems = []
    for name, widget in painters(window):
        texts = widget.painted_texts()
        bounds = QRectF(widget.rect()).adjusted(-EDGE_SLACK, -EDGE_SLACK, EDGE_SLACK, EDGE_SLACK)
        for text, font, rect in texts:
            label = f"{where} {name} {text!r}"
            if legible.font_px(font) < floor - 0.01:
                problems.append(f"{label}: {legible.font_px(font):.1f} px < floor {floor:.1f}")
            if not bounds.contains(rect):
                problems.append(f"{label}: cut by the edge, {rect.getRect()} in "
                                f"{widget.size().toTuple()}")
            width, height = ink_size(font, text)
            if width > rect.width() + 1 or height > rect.height() + 1:
                problems.append(f"{label}: needs {width:.0f}x{height:.0f} in "
                                f"{rect.width():.0f}x{rect.height():.0f}")
        for i, (text_a, _, a) in enumerate(texts):
            for text_b, _, b in texts[i + 1:]:
                if a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1)):
                    problems.append(f"{where} {name}: {text_a!r} on {text_b!r}")
    return problems


def chart_fonts(view):
    """(what, font) of every text the lesson view's charts draw: ticks, axis titles, labels."""
    import pyqtgraph as pg

    fonts = []
    for canvas in view.findChildren(pg.GraphicsView):
        if not canvas.isVisible():
            continue
        for item in canvas.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.AxisItem) and item.style.get("showValues", True):
                fonts.append(("ticks", item.style["tickFont"] or item.font()))
                if item.label.isVisible() and item.label.toPlainText():
                    fonts.append((item.label.toPlainText(), item.label.font()))
            elif isinstance(item, pg.TextItem) and item.textItem.toPlainText():
                fonts.append((item.textItem.toPlainText(), item.textItem.font()))
    return fonts


def lesson_view_problems(window, where):
    """A lesson view that needs scrolling, or whose charts draw a text below the floor."""
    floor = legible.floor_px(window.style_)
    problems = []
    page = window.tabs.currentWidget()
    for area in [page, *page.findChildren(QScrollArea)]:
        if area.isVisible() and area.verticalScrollBar().maximum() > 0:
            problems.append(f"{where}: {type(area.widget()).__name__} scrolls "
                            f"{area.verticalScrollBar().maximum()} px")
    for what, font in chart_fonts(window.lesson_view):
        if legible.font_px(font) < floor - 0.01:
            problems.append(f"{where} chart {what!r}: {legible.font_px(font):.1f} px < {floor:.1f}")
    return problems


def fire_a_shot(window):
    """A shot fired, measured and pulled back, landed: every word of the range is shown."""
    window.session.fire_and_measure()
    window.session.pull_back()
    window.target.advance(10**7)
    settle()


@pytest.mark.parametrize("lesson", list(LESSONS))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_presentation_texts_are_legible_whole_and_apart_and_lesson_views_never_scroll(
        windows, language, lesson):
    window = windows(language)
    window.session.set_lesson(lesson)
    settle()
    problems = []
    try:
        for size in PRESENTATION_SIZES:
            for larger in (False, True):
                lay_out(window, size, "presentation")
                if larger:  # Ctrl+=
                    window.set_scale(window.style_.scale * 1.15)
                    settle()
                where = f"{size[0]}x{size[1]}{' Ctrl+=' if larger else ''}"
                window.session.set_lesson(lesson)  # a fresh range: the strip's first words
                window.tabs.setCurrentIndex(0)
                settle()
                problems += painted_problems(window, f"{where} before a shot")
                fire_a_shot(window)
                problems += painted_problems(window, where)
                if window.tabs.count() > 1:
                    window.tabs.setCurrentIndex(1)
                    settle()
                    problems += painted_problems(window, f"{where} lesson view")
                    problems += lesson_view_problems(window, f"{where} lesson view")
    finally:
        window.tabs.setCurrentIndex(0)
        window.set_presenting(False)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_your_turn_fits_after_the_network_has_played_round_two(windows, language):
    """Round 2's verdict, written once gradient descent has played its 300 shots, is the
    longest text of the view: it fits at a 1024x768 projector as well."""
    window = windows(language)
    window.session.set_lesson("your-turn")
    settle()
    problems = []
    try:
        lay_out(window, (1024, 768), "presentation")
        window.tabs.setCurrentIndex(1)
        view = window.lesson_view
        view.choose_round(2)
        view.hand_over()
        settle()
        assert view.game.handed_over and view.verdict.text()
        problems += lesson_view_problems(window, "1024x768 round 2 played")
    finally:
        window.tabs.setCurrentIndex(0)
        window.set_presenting(False)
    assert not problems, "\n".join(problems)
