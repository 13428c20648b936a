"""The training plots: one point per step, log toggle, gaps for non-finite values, held-out
loss where the lesson has one, and very long runs."""

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
import pytest  # noqa: E402

from shooter.app.plots import Plots  # noqa: E402
from shooter.app.session import Session  # noqa: E402
from shooter.app.style import DEFAULT_STYLE  # noqa: E402
from shooter.core.history import History  # noqa: E402


def make_plots(qtbot, lesson="sight-in"):
    session = Session(lesson)
    plots = Plots(session)
    qtbot.addWidget(plots)
    plots.resize(500, 600)
    return session, plots


def history_of(losses, scores=None, grads=None):
    history = History()
    losses = np.asarray(losses, dtype=float)
    scores = np.full(len(losses), 5.0) if scores is None else scores
    grads = np.ones(len(losses)) if grads is None else grads
    for values in zip(losses, scores, grads):
        history.record(*values)
    return history


def test_each_step_adds_one_point_to_every_curve(qtbot):
    session, plots = make_plots(qtbot)
    for _ in range(7):
        session.step()
    for name in ("loss", "score", "grad_norm"):
        x, y = plots.curves()[name].getOriginalDataset()
        np.testing.assert_array_equal(x, np.arange(7))
        assert len(y) == 7
    _, loss = plots.curves()["loss"].getOriginalDataset()
    np.testing.assert_array_equal(loss, session.history.loss.values)


def test_log_toggle_switches_the_loss_axis(qtbot):
    session, plots = make_plots(qtbot)
    session.step()
    assert not plots.log_loss()
    plots.set_log_loss(True)
    assert plots.log_loss() and plots.log_box.isChecked()
    plots.log_box.setChecked(False)  # the user unticks the box
    assert not plots.log_loss()


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("log", [False, True])
def test_non_finite_losses_are_gaps(qtbot, log):
    _, plots = make_plots(qtbot)
    plots.show()
    plots.set_log_loss(log)
    plots.show_history(history_of([4.0, 2.0, np.nan, np.inf, 1.0, -np.inf, 0.5],
                                  grads=np.array([1, 1, np.nan, 1, 1, 1, 1.0])))
    _, y = plots.curves()["loss"].getOriginalDataset()
    assert np.isnan(y[[2, 3, 5]]).all() and np.isfinite(y[[0, 1, 4, 6]]).all()
    _, shown = plots.curves()["loss"].getData()
    assert np.isnan(shown).sum() == 3  # drawn as gaps, not as lines to infinity
    assert not plots.grab().isNull()
    for plot in plots.plots():
        assert np.isfinite(plot.viewRange()).all()


def test_a_million_points_update(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    n = 1_000_000
    rng = np.random.default_rng(7)
    history = History()
    history.loss.extend(np.exp(-np.arange(n) / 2e5) + rng.random(n))
    history.mean_score.extend(np.linspace(1, 10, n))
    history.grad_norm.extend(rng.random(n))
    plots.show_history(history)
    history.record(0.5, 9.0, 0.1)
    plots.show_history(history)
    plots.grab()
    assert plots.steps_shown() == n + 1
    shown_x, shown_y = plots.curves()["loss"].getData()
    assert len(shown_x) <= 2 * plots.envelope("loss").envelope()[0].size  # 2 per column
    assert len(shown_x) < n // 100  # no million-point path per frame
    assert np.nanmin(shown_y) == history.loss.values.min()  # nothing visible lost
    assert np.nanmax(shown_y) == history.loss.values.max()


def test_held_out_loss_only_where_the_lesson_has_one(qtbot):
    session, plots = make_plots(qtbot, "wind")
    for _ in range(25):
        session.trainer.step()
    session.history_changed.emit(session.history)
    x, y = plots.curves()["heldout"].getOriginalDataset()
    np.testing.assert_array_equal(x, [10, 20])
    assert np.isfinite(y).all()
    assert len(plots.legend.items) == 2

    session.set_lesson("sight-in")
    for _ in range(25):
        session.step()
    x, _ = plots.curves()["heldout"].getOriginalDataset()
    assert x is None or len(x) == 0
    assert len(plots.legend.items) == 1


def test_a_larger_style_thickens_the_curves(qtbot):
    _, plots = make_plots(qtbot)
    before = plots.curves()["loss"].opts["pen"].widthF()
    plots.set_style(DEFAULT_STYLE.scaled(2.0))
    assert plots.curves()["loss"].opts["pen"].widthF() == pytest.approx(2 * before)


def test_the_wind_lesson_starts_on_a_log_loss_axis(qtbot):
    session, plots = make_plots(qtbot, "wind")
    assert plots.log_loss() and plots.log_box.isChecked()
    plots.set_log_loss(False)  # the teacher's choice holds through a reset and going back
    session.step()
    session.reset()
    assert not plots.log_loss()
    session.set_lesson("sight-in")
    assert not plots.log_loss()
    session.set_lesson("wind")
    assert plots.log_loss()


# All-nan data makes pyqtgraph's marker bounds warn (numpy's nanmin); harmless, so allowed.
@pytest.mark.filterwarnings("error", "ignore:All-NaN slice:RuntimeWarning")
@pytest.mark.parametrize("losses", [[3.0, 0.0, np.nan, 0.01, 0.0], [0.0, 0.0, 0.0],
                                    [np.nan, np.nan], [0.0] * 80, [1e-300, 1e300, 0.0]])
def test_log_toggle_survives_zero_and_nan_losses(qtbot, losses):
    _, plots = make_plots(qtbot)
    plots.show()
    plots.show_history(history_of(losses))
    for on in (True, False, True):
        plots.log_box.setChecked(on)
        assert plots.log_loss() == on
        plots.grab()
        assert np.isfinite(plots.loss_plot.viewRange()).all()
    _, y = plots.curves()["loss"].getOriginalDataset()
    np.testing.assert_array_equal(y, np.asarray(losses))  # the data stay exact


def test_log_axis_spans_the_positive_losses_around_zeros(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    plots.set_log_loss(True)
    plots.show_history(history_of([3.0, 0.0, np.nan, 0.01, 0.0]))
    plots.grab()
    low, high = plots.loss_plot.viewRange()[1]
    assert low <= np.log10(0.01) and high >= np.log10(3.0) and high - low < 4


def test_log_axis_labels_only_one_two_and_five(qtbot):
    _, plots = make_plots(qtbot)
    plots.resize(500, 900)
    plots.show()
    plots.grab()
    axis = plots.loss_plot.getAxis("left")
    values = np.log10([1e3, 2e3, 3e3, 5e3, 7e3, 9e3, 1e4, 2e4])
    labels = axis.logTickStrings(list(values), 1.0, 0.1)
    assert [bool(t) for t in labels] == [True, True, False, True, False, False, True, True]


def test_a_new_language_retitles_the_plots(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Chinese(QTranslator):
        WORDS = {"loss: log scale": "损失：对数坐标", "training loss": "训练损失",
                 "held-out loss": "留出损失", "gradient norm": "梯度范数"}

        def translate(self, context, source, disambiguation=None, n=-1):
            return self.WORDS.get(source, "") if context == "Plots" else ""

        def isEmpty(self):
            return False  # Qt announces only a non-empty catalogue to the widgets

    session, plots = make_plots(qtbot, "wind")
    for _ in range(12):
        session.step()  # a held-out measurement puts its curve in the legend
    translator = Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: plots.log_box.text() == "损失：对数坐标")
        labels = [label.text for _sample, label in plots.legend.items]
        assert labels == ["训练损失", "留出损失"]
        assert "梯度范数" in plots.grad_plot.titleLabel.text
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: plots.log_box.text() == "loss: log scale")


def test_the_iteration_axis_spans_whole_numbers_from_zero_in_1_2_5_steps(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    ends = []
    for n in (1, 10, 11, 20, 21, 45, 60):
        plots.show_history(history_of(np.linspace(5.0, 1.0, n)))
        low, high = plots.loss_plot.viewRange()[0]
        ends.append(high)
        assert low <= 0 <= n - 1 <= high  # every point shown, never -100..100 for one point
    assert ends == pytest.approx([10, 10, 20, 20, 50, 50, 100], rel=0.03)  # rarely changes
    plots.grab()
    for plot in plots.plots():
        axis = plot.getAxis("bottom")
        for _spacing, ticks in axis.tickValues(0.0, 10.0, 400):
            assert all(float(t).is_integer() for t in ticks)  # no 0.2, 0.4 iterations
    axis = plots.grad_plot.getAxis("bottom")
    assert axis.tickStrings([0.0, 500000.0, 1e6], 1.0, 500000.0) == ["0", "500000", "1000000"]
    for n in (1, 3000):
        plots.show_history(history_of(np.ones(n)))
        plots.grab()
        assert "(x" not in axis.labelString()  # never "iteration (x0.001)"


def test_one_point_gets_a_padded_range_from_zero(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    plots.show_history(history_of([2212.6], grads=np.array([640.0])))
    plots.grab()
    for plot, value in ((plots.loss_plot, 2212.6), (plots.grad_plot, 640.0)):
        low, high = plot.viewRange()[1]
        assert low <= 0.0 and value * 1.1 <= high <= value * 1.5  # not 2212.2..2213.0


@pytest.mark.filterwarnings("error")
def test_log_ticks_beyond_float_range_are_unlabelled_without_overflow(qtbot):
    _, plots = make_plots(qtbot)
    axis = plots.loss_plot.getAxis("left")
    labels = axis.logTickStrings([300.0, 308.0, 309.0, 320.0], 1.0, 1.0)
    assert labels[0] and not any(labels[1:])


def test_long_curves_are_drawn_thin_and_aliased(qtbot):
    from shooter.app.plots import SEGMENTS_FROM

    _, plots = make_plots(qtbot)
    short_width = plots.curves()["loss"].opts["pen"].widthF()
    plots.show_history(history_of(np.linspace(5.0, 1.0, SEGMENTS_FROM)))
    curve = plots.curves()["loss"]
    assert curve.opts["pen"].widthF() < short_width and not curve.curve.opts["antialias"]
    plots.set_style(DEFAULT_STYLE.scaled(1.5))  # a new style keeps the long-curve pen
    assert curve.opts["pen"].widthF() < 1.5 * short_width
    plots.show_history(history_of([3.0, 2.0]))  # a new lesson starts short again
    assert curve.opts["pen"].widthF() == pytest.approx(short_width * 1.5)
    assert curve.curve.opts["antialias"]


def test_the_legend_sits_above_the_data_in_a_wide_plot(qtbot):
    session, plots = make_plots(qtbot, "wind")
    plots.resize(900, 600)
    plots.show()
    for _ in range(12):
        session.step()  # training and held-out loss: two entries
    plots.grab()
    legend = plots.legend.sceneBoundingRect()
    data = plots.loss_plot.getViewBox().sceneBoundingRect()
    assert len(plots.legend.items) == 2
    assert legend.bottom() <= data.top() + 2 and legend.right() <= data.right()


def test_tick_labels_follow_the_presentation_scale(qtbot):
    _, plots = make_plots(qtbot)
    size = plots.grad_plot.getAxis("bottom").style["tickFont"].pointSizeF()
    assert size >= 10.0  # over the 9 pt of pyqtgraph's default
    plots.set_style(DEFAULT_STYLE.scaled(2.0))
    assert plots.grad_plot.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(2 * size)


def _in_plots(plots, item):
    """`item`'s scene rectangle in the Plots widget's coordinates."""
    from PySide6.QtCore import QRectF

    view = plots.graphics
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return QRectF(view.mapTo(plots, rect.topLeft()), rect.size())


@pytest.mark.parametrize("width", [240, 420, 900])
def test_the_log_box_shares_the_legend_line_without_covering_it_or_the_data(qtbot, width):
    session, plots = make_plots(qtbot, "wind")
    plots.resize(width, 500)
    plots.show()
    for _ in range(3):
        session.step()  # training and held-out loss: two entries
    plots.grab()
    qtbot.wait(50)  # the title line's new height is laid out in the next event-loop turn
    box = plots.log_box.geometry()
    legend = _in_plots(plots, plots.legend)
    data = _in_plots(plots, plots.loss_plot.getViewBox())
    assert plots.log_box.isVisible() and box.top() >= 0 and box.right() <= plots.width()
    assert not legend.intersects(box.toRectF()) and legend.bottom() <= data.top() + 1
    assert box.bottom() <= data.top() + 1
    if width >= 900:  # room for both: one line, the curves keep the rest
        assert legend.top() < box.bottom()


def test_the_log_box_goes_with_the_loss_plot(qtbot):
    _, plots = make_plots(qtbot)
    plots.set_presenting(True)
    plots.show()
    assert plots.shown() == "loss" and plots.log_box.isVisible()
    plots.cycle_shown()
    assert plots.shown() == "score" and not plots.log_box.isVisible()


def test_the_log_box_is_never_cut(qtbot):
    _, plots = make_plots(qtbot)
    plots.log_box.setText("损失：对数刻度（很长的翻译）")
    plots.set_style(DEFAULT_STYLE.scaled(1.6))
    plots.resize(80, 400)
    plots.show()
    assert plots.log_box.width() >= plots.log_box.sizeHint().width()


def test_value_labels_never_stack_on_a_short_plot(qtbot):
    from PySide6.QtGui import QFontMetricsF

    _, plots = make_plots(qtbot)
    plots.set_style(DEFAULT_STYLE.scaled(1.6))
    plots.resize(600, 700)  # just room for the three plots at this scale: each one short
    plots.show()
    plots.show_history(history_of(np.linspace(1.0, 2.0, 30),
                                  grads=np.linspace(7000.0, 33000.0, 30)))
    plots.grab()
    axis = plots.grad_plot.getAxis("left")
    low, high = axis.range
    size = axis.geometry().height()
    line = QFontMetricsF(axis.style["tickFont"]).height()
    levels = axis.tickValues(low, high, size)
    spacing, ticks = levels[0]
    assert spacing * size / (high - low) >= line  # labels a line apart at least
    assert any(low + (high - low) / 4 <= t <= high - (high - low) / 4 for t in ticks)


@pytest.mark.parametrize("loss", [2500.0, 1e12, 1e300])
def test_switching_to_log_after_one_huge_loss_reads_the_range_in_decades(qtbot, loss):
    """A linear range of 0..1.25e12 read as decades once froze the window listing ticks."""
    _, plots = make_plots(qtbot)
    plots.show()
    plots.show_history(history_of([loss]))
    plots.grab()
    plots.log_box.setChecked(True)
    plots.grab()
    low, high = plots.loss_plot.viewRange()[1]
    assert low <= np.log10(loss) <= high and high - low <= 4


def test_log_ticks_of_an_absurd_range_are_few(qtbot):
    _, plots = make_plots(qtbot)
    axis = plots.loss_plot.getAxis("left")
    axis.setLogMode(False, True)
    levels = axis.tickValues(0.0, 1e12, 300)
    assert sum(len(ticks) for _, ticks in levels) < 200  # not one per decade: 10**12


# The fonts users get: Noto Sans CJK (what the style prefers and the package pulls in), then
# WenQuanYi, and DejaVu alone (the fallback everywhere).
FONT_SETS = {"preferred": None, "wenquanyi": ["WenQuanYi Micro Hei", "DejaVu Sans"],
             "dejavu": ["DejaVu Sans"]}


@pytest.fixture(params=sorted(FONT_SETS))
def font_set(request, monkeypatch):
    families = FONT_SETS[request.param]
    if families is not None:
        monkeypatch.setattr("shooter.app.style.FONT_FAMILIES", families)
    return request.param


@pytest.mark.parametrize("height", [220, 300, 420])
def test_log_labels_never_stack_on_a_short_plot(qtbot, height, font_set):
    from PySide6.QtGui import QFontMetricsF

    _, plots = make_plots(qtbot)
    plots.resize(400, height)
    plots.show()
    plots.show_history(history_of(np.geomspace(1e6, 10.0, 40)))
    plots.log_box.setChecked(True)
    plots.grab()
    axis = plots.loss_plot.getAxis("left")
    low, high = axis.range
    size = axis.geometry().height()
    labelled = sorted({value for spacing, ticks in axis.tickValues(low, high, size)
                       for value, text in zip(ticks, axis.logTickStrings(ticks, 1.0, spacing))
                       if text})
    line = QFontMetricsF(axis.style["tickFont"]).height()
    pixels = np.diff(labelled) * size / (high - low)
    assert len(labelled) >= 2 and np.all(pixels >= line), (size, labelled)


# --- the envelope: what a long run draws ----------------------------------------------------
def settle(plots):
    """Let the graphics layout place its items (it does so on the next event pass)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    plots.grab()


def numpy_envelope(values, columns, end, log):
    """Each pixel column's min and max over the full data, by numpy, as the test's truth."""
    values = np.where(np.isfinite(values), values, np.nan)
    if log:
        values = np.where(values > 0.0, values, np.nan)
    cols = (np.arange(len(values)) * columns) // end
    filled = cols[-1] + 1
    low, high = np.full(filled, np.nan), np.full(filled, np.nan)
    for column in range(filled):
        chunk = values[cols == column]
        if np.isfinite(chunk).any():
            low[column], high[column] = np.nanmin(chunk), np.nanmax(chunk)
    return low, high


def noisy_losses(n, seed=3):
    rng = np.random.default_rng(seed)
    losses = (300.0 * np.exp(-np.arange(n) / 3000.0) + 1.0) * rng.lognormal(0.0, 0.5, n)
    losses[rng.integers(0, n, 40)] = 0.0  # no log10: gaps on a log axis only
    losses[rng.integers(0, n, 20)] = np.nan
    losses[rng.integers(0, n, 5)] = np.inf
    return losses


@pytest.mark.parametrize("log", [False, True])
def test_the_drawn_envelope_is_each_columns_min_and_max_of_all_the_data(qtbot, log):
    _, plots = make_plots(qtbot)
    plots.show()
    plots.set_log_loss(log)
    losses = noisy_losses(60_000)
    history = History()
    done = 0
    # Grown in frames of varying size, through ends of 2000, 5000, 10000, ... 100000: the
    # envelope starts over at each, then folds in only the new points.
    for n in (1500, 1501, 2600, 4000, 9000, 9001, 20_500, 41_000, 60_000):
        history.loss.extend(losses[done:n])
        history.mean_score.extend(np.full(n - done, 5.0))
        history.grad_norm.extend(losses[done:n] / 7.0)
        done = n
        plots.show_history(history)
        for name, values, positive in (("loss", losses[:n], log),
                                       ("grad_norm", losses[:n] / 7.0, False)):
            columns, end, positive_only = plots.envelope(name).layout()
            assert end > columns and positive_only == positive and end >= n
            _, low, high = plots.envelope(name).envelope()
            want_low, want_high = numpy_envelope(values, columns, end, positive)
            np.testing.assert_array_equal(low, want_low)
            np.testing.assert_array_equal(high, want_high)
            _, drawn = plots.curves()[name].getData()  # what the curve draws, in axis units
            shown = np.log10(want_high) if positive else want_high
            assert np.nanmax(drawn) == pytest.approx(np.nanmax(shown))


def test_the_envelope_starts_over_after_a_rollback_and_a_new_width(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    losses = noisy_losses(30_000)
    plots.show_history(history_of(losses, grads=losses))
    history = history_of(losses[:12_000], grads=losses[:12_000])  # shorter: gone back
    plots.show_history(history)
    plots.resize(900, 600)  # more pixel columns
    settle(plots)
    columns, end, _ = plots.envelope("loss").layout()
    _, low, high = plots.envelope("loss").envelope()
    want_low, want_high = numpy_envelope(losses[:12_000], columns, end, False)
    np.testing.assert_array_equal(low, want_low)
    np.testing.assert_array_equal(high, want_high)
    assert columns >= plots.loss_plot.getViewBox().width()


def test_a_frame_draws_as_many_points_at_a_million_steps_as_at_ten_thousand(qtbot):
    _, plots = make_plots(qtbot)
    plots.show()
    drawn = {}
    for n in (10_000, 1_000_000):
        history = History()
        history.loss.extend(np.linspace(5.0, 1.0, n))
        history.mean_score.extend(np.full(n, 5.0))
        history.grad_norm.extend(np.ones(n))
        plots.show_history(history)
        drawn[n] = len(plots.curves()["loss"].getData()[0])
    assert drawn[1_000_000] <= drawn[10_000] * 1.01


# --- presentation: one large plot, text for the back row -----------------------------------
PRESENTING_1080 = DEFAULT_STYLE.scaled(1.6)  # the presentation scale on a 1080-line screen


def test_presentation_shows_one_large_plot_and_a_key_cycles_them(qtbot):
    session, plots = make_plots(qtbot)
    plots.resize(700, 560)
    plots.show()
    for _ in range(30):
        session.step()
    desk_height = plots.loss_plot.getViewBox().sceneBoundingRect().height()
    plots.set_style(PRESENTING_1080)
    plots.set_presenting(True)
    settle(plots)
    assert plots.shown_plots() == [plots.loss_plot]
    big = plots.loss_plot.getViewBox().sceneBoundingRect().height()
    assert big > 2 * desk_height
    by_name = {"loss": plots.loss_plot, "score": plots.score_plot,
               "grad_norm": plots.grad_plot}
    seen = [plots.shown()]
    for _ in range(3):
        plots.cycle_shown()
        seen.append(plots.shown())
        assert plots.shown_plots() == (plots.plots() if plots.shown() == "all"
                                       else [by_name[plots.shown()]])
    assert seen[:3] == ["loss", "score", "grad_norm"]
    plots.set_style(DEFAULT_STYLE)  # back at the desk: the desk's scale, three plots
    plots.set_presenting(False)
    assert plots.shown() == "all" and len(plots.shown_plots()) == 3


def test_three_plots_only_when_they_fit(qtbot):
    _, plots = make_plots(qtbot)
    plots.resize(500, 900)
    plots.show()
    settle(plots)
    assert plots.shown() == "all" and len(plots.shown_plots()) == 3
    plots.resize(500, 200)  # three slivers would not hold their labels: the loss alone
    settle(plots)
    assert plots.shown_plots() == [plots.loss_plot]
    assert plots.cycle_shown() == "score"  # and the key still reaches the others


def test_the_first_size_decides_what_the_plots_area_shows(qtbot):
    """The area is laid out at its first resize, for the height that brings: a short one
    shows the loss alone, a tall one all three."""
    session = Session("sight-in")
    short, tall = Plots(session), Plots(session)
    for plots in (short, tall):
        qtbot.addWidget(plots)
    short.resize(500, 200)
    tall.resize(500, 900)
    for plots in (short, tall):
        plots.show()
        settle(plots)
    for plots, expected in ((short, [short.loss_plot]), (tall, tall.plots())):
        in_the_scene = [plot for plot in plots.plots() if plot.scene() is not None]
        assert in_the_scene == expected  # laid out by the resize, not by asking


def text_fonts(plots):
    """Every font text on the shown plots is drawn with: ticks, titles, legend, axis label."""
    fonts = []
    for plot in plots.shown_plots():
        fonts += [plot.getAxis("left").style["tickFont"], plot.titleLabel.item.font()]
    last = plots.shown_plots()[-1].getAxis("bottom")
    fonts += [last.style["tickFont"], last.label.font()]
    fonts += [label.item.font() for _sample, label in plots.legend.items]
    return fonts


def digit_height(font):
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(font).tightBoundingRect("0123456789").height()


def test_every_text_is_20_px_tall_at_1080p_presentation_and_scales_with_ctrl_plus(qtbot,
                                                                                font_set):
    session, plots = make_plots(qtbot, "wind")
    for _ in range(12):
        session.step()  # two legend entries
    plots.set_style(PRESENTING_1080)
    plots.set_presenting(True)
    plots.resize(700, 700)
    plots.show()
    settle(plots)
    heights = [digit_height(font) for font in text_fonts(plots)]
    assert min(heights) >= 20.0, heights
    for label in (plots.loss_plot.titleLabel.item, *[lab.item for _s, lab in plots.legend.items]):
        assert label.font().pointSizeF() == pytest.approx(text_fonts(plots)[0].pointSizeF())
    plots.set_style(PRESENTING_1080.scaled(1.6 * 1.15))  # Ctrl+=
    larger = [digit_height(font) for font in text_fonts(plots)]
    assert all(big > small for big, small in zip(larger, heights))
    plots.set_style(DEFAULT_STYLE.scaled(1.6 * 768 / 1080))  # a 768-line projector
    smaller = [digit_height(font) for font in text_fonts(plots)]
    assert min(smaller) >= 20.0 * 768 / 1080 * 0.9  # in proportion (whole pixels round)


@pytest.mark.parametrize("style, size, presenting", [
    (DEFAULT_STYLE, (420, 600), False), (PRESENTING_1080, (730, 620), True),
    (DEFAULT_STYLE.scaled(1.14), (380, 330), True), (DEFAULT_STYLE.scaled(1.6), (500, 900), False)])
@pytest.mark.parametrize("log", [False, True])
def test_tick_labels_never_touch(qtbot, style, size, presenting, log, font_set):
    _, plots = make_plots(qtbot)
    plots.set_style(style)
    plots.set_presenting(presenting)
    plots.resize(*size)
    plots.show()
    n = 2000
    plots.show_history(history_of(np.geomspace(5e7, 0.3, n), grads=np.linspace(2000, 600, n)))
    plots.set_log_loss(log)
    for _ in range(4 if presenting else 1):
        settle(plots)
        for plot in plots.shown_plots():
            for name in ("left", "bottom"):
                rects = plot.getAxis(name).label_rects()
                for i, (rect, text) in enumerate(rects):
                    for other, other_text in rects[i + 1:]:
                        assert not rect.intersects(other), (name, text, other_text)
                if name == "bottom" and plot is plots.shown_plots()[-1]:
                    assert len(rects) >= 2  # still labelled
        if presenting:
            plots.cycle_shown()


def test_titles_and_legend_never_over_the_data(qtbot):
    session, plots = make_plots(qtbot, "wind")
    for _ in range(12):
        session.step()
    for style, width, presenting in ((PRESENTING_1080, 700, True), (DEFAULT_STYLE, 360, False),
                                     (PRESENTING_1080.scaled(1.84), 420, True)):
        plots.set_style(style)
        plots.set_presenting(presenting)
        plots.resize(width, 700)
        plots.show()
        settle(plots)
        for plot in plots.shown_plots():
            data = plot.getViewBox().sceneBoundingRect()
            title = plot.titleLabel.item.sceneBoundingRect()
            assert title.bottom() <= data.top() + 1, (style.scale, width)
        legend = plots.legend.sceneBoundingRect()
        data = plots.loss_plot.getViewBox().sceneBoundingRect()
        assert legend.bottom() <= data.top() + 1 and legend.right() <= data.right() + 1


def test_log_labels_write_exponents_in_the_digits_font(qtbot):
    _, plots = make_plots(qtbot)
    plots.resize(500, 900)
    plots.show()
    settle(plots)
    plots.set_log_loss(True)
    axis = plots.loss_plot.getAxis("left")
    decades = list(np.arange(-8.0, 9.0))
    axis.setRange(-8.0, 8.0)
    labels = axis.logTickStrings(decades, 1.0, 1.0)
    shown = [label for label in labels if label]  # a short axis labels every other decade
    assert len(shown) >= 5
    assert all(re.fullmatch(r"10\^-?\d", label) for label in shown)  # none as 1000 beside 10^5
    assert not any(ch in "".join(labels) for ch in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")  # no fallback glyphs
    axis.setRange(-1.0, 4.5)  # every decade shown reads at a glance: plain digits
    labels = axis.logTickStrings(decades[7:13], 1.0, 1.0)
    assert labels == ["0.1", "1", "10", "100", "1000", "10000"]


def test_a_new_lesson_starts_with_a_clean_plot(qtbot):
    session, plots = make_plots(qtbot, "sight-in")
    plots.show()
    plots.show_history(history_of([5e7, 4e7, 2e7]))
    settle(plots)
    assert plots.loss_plot.viewRange()[1][1] >= 5e7
    session.set_lesson("wind")
    settle(plots)
    low, high = plots.loss_plot.viewRange()[1]
    assert high < 10.0  # not the last lesson's 5e+07, in whatever scale the lesson uses


def test_every_method_qt_or_pyqtgraph_calls_is_guarded():
    from shooter.app.plots import axes, view

    methods = [view.Plots.changeEvent, view.Plots.resizeEvent, view.Plots.show_history,
               view.Plots.set_log_loss, view.Plots._place_legend]
    for axis in (axes.ReadableAxis, axes.LogLabelAxis, axes.IterationAxis):
        methods += [axis.paint, axis.tickSpacing, axis.tickStrings]
    methods += [axes.LogLabelAxis.logTickValues, axes.LogLabelAxis.logTickStrings]
    assert all(getattr(method, "guarded", False) for method in methods)


def test_a_held_out_point_after_the_last_step_lands_in_the_last_column():
    from shooter.app.plots import Envelope

    envelope = Envelope()
    xs, ys = envelope.update(np.array([0, 5, 10]), np.array([3.0, 2.0, 1.0]), 4, 10)
    _, low, high = envelope.envelope()
    np.testing.assert_array_equal(low, [3.0, np.nan, 2.0, 1.0])
    np.testing.assert_array_equal(high, [3.0, np.nan, 2.0, 1.0])
    assert len(xs) == len(ys) == 6  # the empty column is skipped, not a gap
    np.testing.assert_array_equal(ys, [3.0, 3.0, 2.0, 2.0, 1.0, 1.0])


def test_a_sparse_held_out_curve_stays_a_line_when_columns_are_finer_than_its_steps(qtbot):
    session, plots = make_plots(qtbot, "wind")
    plots.resize(380, 300)
    plots.show()
    for _ in range(263):  # 500 iterations shown in fewer columns: the envelope draws
        session.trainer.step()
    session.history_changed.emit(session.history)
    settle(plots)
    columns, end, _ = plots.envelope("heldout").layout()
    assert end > columns
    _, y = plots.curves()["heldout"].getData()
    assert np.isfinite(y).all() and len(y) == 2 * len(session.history.heldout_step)


def test_a_long_history_arriving_at_once_gets_its_own_range(qtbot):
    session, plots = make_plots(qtbot, "wind")
    plots.show()
    for _ in range(170):  # as when a saved session opens: no frame in between
        session.trainer.step()
    session.history_changed.emit(session.history)
    plots.set_style(DEFAULT_STYLE.scaled(1.6 * 768 / 1080))
    plots.set_presenting(True)
    plots.resize(380, 275)  # the plots' share of a 1024x768 projector
    settle(plots)
    low, high = plots.loss_plot.viewRange()[1]  # decades: the wind lesson is on a log axis
    losses = session.history.loss.values
    assert low <= np.log10(losses.min()) and high >= np.log10(losses.max())
    texts = [text for _rect, text in plots.loss_plot.getAxis("left").label_rects()]
    assert len(texts) == len(set(texts))  # no label drawn twice in one place


def test_each_plot_shows_only_its_value_and_iteration_axes(qtbot):
    """Top and right axes stay hidden; the lowest plot alone titles the iteration axis."""
    _, plots = make_plots(qtbot)
    plots.show()
    qtbot.waitExposed(plots)
    for plot in plots.shown_plots():
        assert plot.getAxis("left").isVisible() and plot.getAxis("bottom").isVisible()
        axes = [item for item in plot.childItems() if isinstance(item, pg.AxisItem)]
        assert sorted(axis.orientation for axis in axes) == ["bottom", "left"]
    titled = [plot for plot in plots.shown_plots() if plot.getAxis("bottom").label.isVisible()]
    assert titled == [plots.shown_plots()[-1]]
    assert "iteration" in titled[0].getAxis("bottom").label.toPlainText()


@pytest.mark.parametrize("lesson", ["sight-in", "wind"])
def test_a_lesson_opened_in_the_window_counts_iterations_from_zero(make_window, qtbot, lesson):
    """Switching to a log-scale lesson used to hand the iteration axis back to pyqtgraph's
    automatic range: one point at 0 then showed iterations -4 to 4."""
    window = make_window()
    window.session.set_lesson(lesson)
    window.session.step()
    window.plots.grab()
    qtbot.wait(50)  # automatic ranges are worked out when the view next updates
    low, high = window.plots.loss_plot.getViewBox().viewRange()[0]
    assert -0.5 < low <= 0.0 and high >= 10.0


@pytest.mark.parametrize("losses", [[30677.6, 30895.7, 34546.7], [34547.0, 36100.0, 55200.0]])
@pytest.mark.parametrize("height", [200, 300])
def test_a_short_log_loss_axis_always_names_its_scale(qtbot, losses, height):
    """A wind run's first losses lie between two labelled values (30,700 to 34,500) or
    between two powers of ten on a projector's short plot: the loss axis used to show no
    number at all."""
    _, plots = make_plots(qtbot, "wind")
    plots.set_style(DEFAULT_STYLE.scaled(1.14))
    plots.set_presenting(True)
    plots.resize(380, height)
    plots.show()
    plots.show_history(history_of(losses))
    plots.log_box.setChecked(True)
    plots.grab()
    qtbot.wait(20)
    axis = plots.loss_plot.getAxis("left")
    drawn = [text for _rect, text in axis.label_rects()]  # what pyqtgraph draws, whole
    assert drawn, (axis.range, axis.geometry().height())


def test_only_the_lowest_plot_draws_the_iteration_title(qtbot):
    """The shown title is drawn with its words (hidden and empty titles are now skipped
    when pyqtgraph asks for a redraw: this guards the one that must not be); the other
    axes stay without a title."""
    _session, plots = make_plots(qtbot)
    plots.resize(500, 900)  # room for all three
    qtbot.waitUntil(lambda: len(plots.shown_plots()) == 3)
    lowest = plots.shown_plots()[-1].getAxis("bottom")
    assert lowest.label.isVisible()
    assert lowest.label.toPlainText().strip() == "iteration"
    for plot in plots.plots():
        assert plot.getAxis("left").label.toPlainText() == ""


@pytest.mark.parametrize("axis_class", ["ReadableAxis", "LogLabelAxis"])
def test_a_value_axis_with_no_length_yet_asks_for_no_ticks(qtbot, axis_class):
    """A plot not laid out yet has axes of length 0: pyqtgraph's tick spacing divides by
    it. Such an axis has no ticks, and nothing raises."""
    from shooter.app.plots import axes

    axis = getattr(axes, axis_class)(orientation="left")
    assert list(axis.readable_spacing(0.0, 10.0, 0)) == []
    assert list(axis.tickValues(0.0, 10.0, 0)) == []
