"""Step size (T8): the valley walks and the rifle runs the view shows."""

import numpy as np

from shooter.app.session import Session
from shooter.app.valley_view import STEP_MS, ValleyView


def test_walks_reproduce_the_tutorial_and_animate(qtbot):
    view = ValleyView(Session("step-size"))
    qtbot.addWidget(view)
    assert [len(p) - 1 for p in view.paths[:2]] == [10, 2]
    assert view.paths[2][:4] == [10.0, -1.0, 10.0, -1.0]
    assert view.walkers[0].getData()[0].tolist() == [10.0]
    view.advance(3 * STEP_MS)
    assert view.walkers[0].getData()[0].tolist() == [10.0, 9.0, 8.0, 7.0]
    assert view.walkers[1].getData()[0].tolist() == [10.0, 5.0, 0.0]
    view.restart()
    assert view.shown_steps == 0


def test_rifle_small_rates_settle_and_large_rate_swings_off(qtbot):
    view = ValleyView(Session("step-size"))
    qtbot.addWidget(view)
    (_, slow), (_, good), (_, wild) = view.rifle_misses()
    assert abs(good[-1]) < 5 and abs(slow[-1]) < abs(slow[0])
    assert np.all(np.sign(wild[1:]) != np.sign(wild[:-1]))  # across the target every shot
    assert abs(wild[-1]) > 50  # and off it


def test_rifle_legend_reads_like_the_rest_of_the_text(qtbot):
    from PySide6.QtGui import QColor, QFontMetricsF

    from shooter.app.style import DEFAULT_STYLE, HIGH_CONTRAST

    view = ValleyView(Session("step-size"))
    qtbot.addWidget(view)
    for style in (DEFAULT_STYLE, DEFAULT_STYLE.__class__(palette=HIGH_CONTRAST).scaled(1.5)):
        view.set_style(style)
        labels = [label for _, label in view.rifle.legend.items]
        assert len(labels) == 3
        body = QFontMetricsF(style.font()).height()
        for label in labels:
            assert "learning rate" in label.text
            assert QColor(label.opts["color"]) == style.color("text")
            assert label.item.font().families()[0] == style.font().families()[0]
            assert label.item.boundingRect().height() >= body  # not smaller than body text
