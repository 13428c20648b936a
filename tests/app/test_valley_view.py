"""Step size (T8): the valley walks and the rifle runs the view shows."""

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent

from shooter.app.lessons import valley
from shooter.app.lessons.valley import STEP_MS, ValleyView, jump_arcs
from shooter.app.session import Session
from shooter.app.style import DEFAULT_STYLE, HIGH_CONTRAST, Style


def make(qtbot, style=DEFAULT_STYLE):
    view = ValleyView(Session("step-size"), style)
    qtbot.addWidget(view)
    return view


def test_walks_reproduce_the_tutorial_and_animate_step_by_step(qtbot):
    view = make(qtbot)
    assert [len(p) - 1 for p in view.paths[:2]] == [10, 2]
    assert view.paths[2][:4] == [10.0, -1.0, 10.0, -1.0]
    assert view.walkers[0].getData()[0].tolist() == [10.0]
    view.advance(STEP_MS - 1)  # not a whole step yet
    assert view.walkers[0].getData()[0].tolist() == [10.0]
    view.advance(2 * STEP_MS + 1)
    assert view.walkers[0].getData()[0].tolist() == [10.0, 9.0, 8.0, 7.0]
    assert view.walkers[1].getData()[0].tolist() == [10.0, 5.0, 0.0]
    assert view.walkers[2].getData()[0].tolist() == [10.0, -1.0, 10.0, -1.0]
    view.restart()
    assert view.shown_steps == 0 and view.walkers[2].getData()[0].tolist() == [10.0]


def test_step_eleven_shows_the_swing_it_never_escapes(qtbot):
    view = make(qtbot)
    view.advance(4 * STEP_MS)
    xs, ys = view.arcs[2].getData()
    arcs = np.split(np.column_stack([xs, ys]), np.flatnonzero(np.isnan(xs)) + 1)
    arcs = [a[~np.isnan(a[:, 0])] for a in arcs]
    arcs = [a for a in arcs if len(a)]
    assert len(arcs) == 4  # one arc per jump, not one segment drawn over and over
    ends = [(a[0, 0], a[-1, 0]) for a in arcs]
    assert ends == [(10.0, -1.0), (-1.0, 10.0), (10.0, -1.0), (-1.0, 10.0)]
    assert arcs[2][:, 1].max() > arcs[0][:, 1].max()  # a swing repeated is drawn above
    assert view.sequences[2].text() == "…→10→-1→10"
    view.advance(100 * STEP_MS)
    assert view.shown_steps == valley.VALLEY_MAX_STEPS
    assert view.walkers[2].getData()[0][-1] == 10.0  # still swinging at the end
    assert "never" in view.valley_titles[2].text()


def test_jump_arcs_of_a_walk_that_never_moved_are_empty():
    xs, ys = jump_arcs([10.0])
    assert len(xs) == len(ys) == 0


def test_rifle_small_rates_settle_and_large_rate_swings_off(qtbot):
    view = make(qtbot)
    (_, slow), (_, good), (_, wild) = view.runs
    assert abs(good[-1]) < 5 and abs(slow[-1]) < abs(slow[0])
    assert np.all(np.sign(wild[1:]) != np.sign(wild[:-1]))  # across the target every shot
    assert abs(wild[-1]) > 50  # and off it


def test_language_and_style_changes_neither_retrain_nor_replot(qtbot, monkeypatch):
    view = make(qtbot)
    curves = list(view.rifle_curves)
    data = [c.getData()[1].copy() for c in curves]
    trained = []
    monkeypatch.setattr(valley, "Trainer", lambda *a, **k: trained.append(a))
    QCoreApplication.sendEvent(view, QEvent(QEvent.LanguageChange))
    view.set_style(Style(palette=HIGH_CONTRAST).scaled(1.5))
    assert trained == []
    assert view.rifle_curves == curves and len(view.rifle.listDataItems()) == len(curves)
    assert all(np.array_equal(c.getData()[1], d) for c, d in zip(curves, data))


def test_colours_follow_the_style_also_in_high_contrast(qtbot):
    style = Style(palette=HIGH_CONTRAST)
    view = make(qtbot, style)
    assert view.floors[0].opts["pen"].color().name() == style.palette.muted
    assert view.rims[0].pen.color().name() == style.palette.muted
    assert view.rifle_curves[2].opts["pen"].color().name() == style.palette.error


def test_rifle_legend_is_under_the_plot_in_the_texts_font(qtbot):
    view = make(qtbot)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    legend = view.rifle_legend
    assert legend.words() == ["learning rate 0.0005", "learning rate 0.0025",
                              "learning rate 0.012"]
    assert legend.geometry().top() >= view.rifle_graphics.geometry().bottom()  # not on data
    for style in (DEFAULT_STYLE, Style(palette=HIGH_CONTRAST).scaled(1.5)):
        view.set_style(style)
        for _glyph, words in legend.entries:
            assert words.font().pointSizeF() == style.font().pointSizeF()
            assert style.palette.text in words.styleSheet()
        colours = [glyph.styleSheet() for glyph, _ in legend.entries]
        assert colours == [f"color: {c}" for c in view.colours()]


def test_walk_again_has_a_key(qtbot):
    view = make(qtbot)
    assert ("Walk again", "W") in view.shortcut_table()
