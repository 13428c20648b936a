"""The network view as presentation mode shows it: the main window full screen (F5) on a
1024x768, 1366x768 and 1920x1080 screen, before and after Ctrl+=, on the range and beside a
lesson's own view, in English and Chinese. Every text the view paints stands on the floor
(digits 20 px tall at 1080 lines, in proportion below), fits its box, lies inside the view
and touches no other text.
"""

import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QFontMetricsF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from shooter.app.network import text  # noqa: E402

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
# (lesson, hidden layers set by hand, the tab shown: 0 the range, 1 the lesson's own view)
CASES = [("sight-in", None, 0), ("wind", None, 0), ("sandbox", None, 0),
         ("sandbox", (64, 64, 64, 64), 0), ("forward-reverse", None, 1), ("experience", None, 1)]


@pytest.fixture
def window(make_window):
    return make_window("sight-in", (1024, 768))


def settle():
    for _ in range(3):
        QApplication.processEvents()


def present(window, size):
    """The window in presentation mode on a `size` screen (the offscreen screen is small, so
    the screen's room is given to the window and the window sized to it)."""
    room = QRect(0, 0, *size)
    window.available_geometry = lambda: room
    window.set_presenting(False)
    window.set_presenting(True)
    window.showNormal()
    window.resize(*size)
    settle()


def problems(view, screen_lines):
    """What is wrong with the texts the view paints now, in words (empty when nothing)."""
    floor = 20.0 * screen_lines / 1080
    found = []
    places = view.painted_texts()
    area = view.rect().toRectF()
    for place in places:
        metrics = QFontMetricsF(place.font)
        ink = metrics.tightBoundingRect(place.text).translated(place.origin)
        if text.digit_height(place.font) < floor - 0.01:
            found.append(f"{place.text!r} is {text.digit_height(place.font)} px tall")
        if metrics.horizontalAdvance(place.text) > place.rect.width() + 0.01 or not (
                place.rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(ink)):
            found.append(f"{place.text!r} does not fit its box")
        if not area.contains(place.rect):
            found.append(f"{place.text!r} leaves the view")
    for a, b in itertools.combinations(places, 2):
        if a.rect.intersects(b.rect):
            found.append(f"{a.text!r} overlaps {b.text!r}")
    return found


def all_or_none_per_column(view):
    """Each column shows every one of its values, or none of them."""
    rows = {}
    for place in view.value_places():
        rows.setdefault(place.column, set()).add(place.row)
    sizes = view.layer_sizes()
    return all(shown == set(range(sizes[column])) for column, shown in rows.items())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_text_of_the_network_stands_on_the_floor_in_presentation(window, language):
    from shooter.app.main_window import SCALE_STEP

    window.set_language(language)
    checked = []
    for lesson, hidden, tab in CASES:
        window.session.set_lesson(lesson)
        if hidden is not None:
            assert window.session.configure(hidden=hidden)
        for _ in range(3):
            window.session.step()
        window.session.fire()
        for size in SIZES:
            present(window, size)
            window.tabs.setCurrentIndex(tab)
            settle()
            for larger in (False, True):
                if larger:  # Ctrl+=
                    window.set_scale(window.style_.scale * SCALE_STEP)
                    settle()
                view = window.network
                where = (lesson, hidden, size, larger, view.width(), view.height())
                assert window.style_.scale > 1.0, where
                assert problems(view, size[1]) == [], where
                assert all_or_none_per_column(view), where
                shown = {place.text for place in view.painted_texts()}
                if tab == 0:  # on the range: the aim's names are always there
                    assert set(view._output_labels()) <= shown, where
                checked.append(where)
            window.tabs.setCurrentIndex(0)
            window.set_presenting(False)
            window.set_scale(1.0)
    assert len(checked) == len(CASES) * len(SIZES) * 2
