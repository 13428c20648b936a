"""Soak: thousands of automatic steps through the real play timer with the whole window shown.

Every frame redraws the target, the network view and three pyqtgraph curves, so the run makes
hundreds of thousands of QPainter calls. PySide6 6.12.0 on Python 3.11 loses a reference to
None on each of them and aborts the interpreter within a few hundred plot updates: this test
is the one that would crash on such a build. A Qt warning fails it too (pyproject.toml).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402

from shooter.app.main_window import MainWindow  # noqa: E402
from shooter.app.session import Session  # noqa: E402

STEPS = 5000
TIMEOUT_MS = 300_000  # generous: the machine may be shared; a healthy run takes seconds


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint:
            self.count += 1
        return False


def shown_points(plots):
    return plots.steps_shown()


@pytest.mark.parametrize("lesson", ["sight-in", "wind"])
def test_five_thousand_played_steps_redraw_the_whole_window(qtbot, lesson):
    window = MainWindow(Session(lesson))
    window.ask_save_changes = lambda: "discard"
    qtbot.addWidget(window)
    window.resize(1600, 950)
    window.show()
    qtbot.waitExposed(window)
    session = window.session
    painted = {name: PaintCounter(widget) for name, widget in (
        ("target", window.target), ("network", window.network),
        ("plots", window.plots.graphics.viewport()))}
    frames = []
    session.frame.connect(frames.append)

    # A fixed pace, so the run lasts seconds and the frame count does not depend on how fast
    # this machine trains (at full speed sight-in finishes in fewer frames than asked below).
    session.set_speed(2000)
    session.play()
    assert session.running
    qtbot.waitUntil(lambda: shown_points(window.plots) >= STEPS or not session.running,
                    timeout=TIMEOUT_MS)
    session.pause()

    assert not session.trainer.diverged
    assert session.trainer.iteration >= STEPS
    last_shown = frames[-1].fire.iteration + 1  # iterations count from 0
    assert shown_points(window.plots) == last_shown >= STEPS
    for name in ("loss", "score", "grad_norm"):
        _x, y = window.plots.curves()[name].getOriginalDataset()
        assert np.isfinite(y).all(), name
    assert len(frames) >= 20  # the screen kept redrawing while it trained
    # Give the last frame's repaint a chance, then every view must have drawn many times.
    qtbot.waitUntil(lambda: all(p.count >= 10 for p in painted.values()), timeout=TIMEOUT_MS)
    assert window.target.paint_time_ms() > 0.0
    assert window.target.holes_count() > 0
