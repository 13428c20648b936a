"""Training curves: loss, mean ring score and gradient norm per iteration (pyqtgraph).

Three plots stacked on one iteration axis. Every curve is created once and updated with
setData on the History's read-only views; long runs stay smooth through peak downsampling
and clipping to the visible range. Non-finite values are gaps, never crashes.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QVBoxLayout, QWidget

from shooter.app.style import DEFAULT_STYLE

pg.setConfigOptions(antialias=True)

CURVE_PX = 2.5  # line width before the presentation scale
LONG_CURVE_PX = 1.5  # from SEGMENTS_FROM points on: thin, not antialiased (see _show_as_segments)
TICK_FONT = 0.95  # tick labels relative to the style's font: readable from the back row
MARKER_PX = 8.0
MARKERS_UP_TO = 50  # points: a few shots are each marked, long runs are just lines
SEGMENTS_FROM = 1000  # points: beyond this, draw wide lines as separate segments (see _curve)
MAX_SCORE = 10.0
LOG_LOSS_LESSONS = frozenset({"wind"})  # loss spans decades there: log scale from the start
LEGEND_GAP_PX = 16  # between legend entries, and between the title and the legend
MIN_ITERATIONS_SHOWN = 10  # the iteration axis spans at least 0..10
FLAT_SPAN = 1e-6  # relative: a y span below this (one point, a constant) gets a padded range
# Log-axis ticks beyond 10**±300 get no label: pyqtgraph computes 10**tick, which overflows
# past 1e308 when a diverging loss stretches the axis.
LOG_TICK_LIMIT = 300.0
# pyqtgraph lists minor log ticks decade by decade. A view range read in the wrong units (a
# linear 0..1e12 taken as decades) would list a trillion of them, so ticks are listed within
# the decades a float can hold, and only the major ones over a span too wide for minor ones.
FLOAT_DECADES = 330.0
MINOR_TICK_DECADES = 40.0


class FiniteGuard:
    """Turns +-inf into nan (a gap) for one growing series, scanning only new values.

    pyqtgraph draws nan as a gap with connect='finite', but an infinite value would stretch
    the auto range to infinity. Copies are made only once an inf has been seen.
    """

    def __init__(self):
        self.reset()

    def reset(self):
        self._checked = 0
        self._has_inf = False

    def __call__(self, values):
        n = len(values)
        if n < self._checked:  # the history went back: look at everything again
            self.reset()
        if n > self._checked:
            self._has_inf |= bool(np.isinf(values[self._checked:]).any())
            self._checked = n
        if not self._has_inf:
            return values
        return np.where(np.isinf(values), np.nan, values)


class ReadableAxis(pg.AxisItem):
    """A value axis whose labelled ticks stay a line and a half of text apart: a short
    plot at presentation size would otherwise stack 10000, 20000, 30000 on each other."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.logMode or not levels or size <= 0 or maxVal <= minVal:
            return levels
        px_per_unit = size / (maxVal - minVal)
        gap = 1.5 * self._line_px()
        readable = [(spacing, offset) for spacing, offset in levels
                    if spacing * px_per_unit >= gap]
        if readable:
            return readable
        spacing, offset = levels[0]
        while spacing * px_per_unit < gap:
            wider = next_step_125(spacing)
            quarter = (maxVal - minVal) / 4.0
            if math.floor((maxVal - quarter) / wider) * wider < minVal + quarter:
                break  # no tick in the middle half: pyqtgraph hides labels at the edges
            spacing = wider
        return [(spacing, offset)]

    def _line_px(self):
        """The height of a line of tick labels."""
        return QFontMetricsF(self.style.get("tickFont") or self.font()).height()


def next_step_125(step):
    """The next of 1, 2, 5, 10, 20, ... after `step`, itself such a number."""
    decade = 10.0 ** math.floor(math.log10(step))
    mantissa = round(step / decade)
    return {1: 2.0, 2: 5.0}.get(mantissa, 10.0) * decade


class LogLabelAxis(ReadableAxis):
    """On a log axis, only 1, 2 and 5 times a power of ten get a label: pyqtgraph labels
    every minor tick, and 6·10³ to 9·10³ pile up into one unreadable smear."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        low, high = max(minVal, -FLOAT_DECADES), min(maxVal, FLOAT_DECADES)
        if not high - low <= MINOR_TICK_DECADES:
            return [(spacing, ticks) for spacing, ticks in stdTicks if spacing >= 1.0]
        return super().logTickValues(low, high, size, stdTicks)

    def logTickStrings(self, values, scale, spacing):
        values = np.asarray(values, dtype=float)
        mantissas = 10.0 ** (values % 1.0)
        lines_per_decade = self._px_per_decade() / self._line_px()
        # Three labels per decade need three lines of text; a short plot gets powers of ten
        # only, and one too short for a label per decade every second (third...) power.
        labelled = [1.0, 2.0, 5.0, 10.0] if lines_per_decade >= 3.5 else [1.0, 10.0]
        keep = np.isclose(mantissas[:, None], labelled, rtol=1e-6).any(axis=1)
        keep &= np.abs(values) <= LOG_TICK_LIMIT
        every = max(1, math.ceil(1.2 / lines_per_decade)) if lines_per_decade > 0 else 1
        powers = np.isclose(mantissas, 1.0, rtol=1e-6) | np.isclose(mantissas, 10.0, rtol=1e-6)
        keep &= ~powers | (np.round(values) % every == 0)
        strings = iter(super().logTickStrings(list(values[keep]), scale, spacing))
        return [next(strings) if kept else "" for kept in keep]

    def _px_per_decade(self):
        decades = abs(self.range[1] - self.range[0])
        return self.geometry().height() / decades if decades > 0 else math.inf


class IterationAxis(pg.AxisItem):
    """Iterations are whole numbers: no tick (or grid line) between two of them, and
    labels written out (no "×1000" scale in the title, no 1e+06)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [f"{round(value * scale):d}" for value in values]

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1.0]
        return whole or [(1.0, 0.0)]


def iterations_shown(n):
    """The x range's end: the next 1-2-5 step at or above n, so the axis (and its ticks)
    changes rarely while the curves grow."""
    n = max(n, MIN_ITERATIONS_SHOWN)
    decade = 10 ** math.floor(math.log10(n))
    return next(step * decade for step in (1, 2, 5, 10) if step * decade >= n)


def padded_range(low, high, log):
    """A readable y range for data without spread (one point, a constant); None when the
    data spread enough for the automatic range."""
    if not (np.isfinite(low) and np.isfinite(high)):
        return None
    if high - low > FLAT_SPAN * max(abs(low), abs(high), 1e-300):
        return None
    if log:  # values are log10 here: a decade either side
        return low - 1.0, high + 1.0
    if low >= 0.0:  # losses, norms: from zero up, the point a little below the top
        return 0.0, high * 1.25 if high > 0.0 else 1.0
    return low * 1.25, 0.0


class Plots(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self._history = None
        self._markers = None
        self._lesson = None
        self._x = np.arange(1024)  # shared iteration numbers; ints need no finiteness scan
        self._guards = {name: FiniteGuard() for name in ("loss", "score", "grad_norm",
                                                         "heldout")}
        self._build()
        self.set_style(style)
        session.history_changed.connect(self.show_history)
        session.restarted.connect(self._lesson_defaults)
        self._lesson_defaults()
        self.show_history(session.history)

    # --- construction ---------------------------------------------------------------------
    def _build(self):
        self.log_box = QCheckBox()
        self.log_box.toggled.connect(self.set_log_loss)
        top = QHBoxLayout()  # a row of its own: long translations are never cut
        top.addStretch(1)
        top.addWidget(self.log_box)
        self.graphics = pg.GraphicsLayoutWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.graphics, 1)

        self.loss_plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"left": LogLabelAxis(orientation="left"),
                                     "bottom": IterationAxis(orientation="bottom")})
        self.score_plot = self.graphics.addPlot(
            row=1, col=0, axisItems={"bottom": IterationAxis(orientation="bottom")})
        self.grad_plot = self.graphics.addPlot(
            row=2, col=0, axisItems={"left": ReadableAxis(orientation="left"),
                                     "bottom": IterationAxis(orientation="bottom")})
        for plot in self.plots()[1:]:
            plot.setXLink(self.loss_plot)
        self._x_end = None
        for plot in self.plots():
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.hideButtons()
            plot.enableAutoRange(axis="x", enable=False)  # set by show_history
        for plot in self.plots()[:-1]:
            plot.getAxis("bottom").setStyle(showValues=False)
        self.score_plot.setYRange(0.0, MAX_SCORE, padding=0.12)  # room for the 0 and 10
        # Rings 0, 5 and 10 labelled, every ring a grid line: no labels piled up when short.
        self.score_plot.getAxis("left").setTicks(
            [[(v, f"{v:g}") for v in (0.0, 5.0, MAX_SCORE)],
             [(float(v), "") for v in range(int(MAX_SCORE) + 1)]])
        self.score_plot.enableAutoRange(axis="y", enable=False)
        self.legend = self._legend()

        self._curves = {
            "loss": self._curve(self.loss_plot),
            "heldout": self._curve(self.loss_plot),
            "score": self._curve(self.score_plot),
            "grad_norm": self._curve(self.grad_plot),
        }
        self.legend.addItem(self._curves["loss"], "")
        self._heldout_in_legend = False
        self._retranslate_labels()

    def _legend(self):
        """One row in the loss plot's title line, right of the title: above the data, so
        it never hides the newest points."""
        legend = pg.LegendItem(colCount=2, verSpacing=-4, horSpacing=12)
        legend.layout.setContentsMargins(2, 0, 2, 0)
        legend.setParentItem(self.loss_plot)
        # pyqtgraph re-anchors only when the plot resizes; new labels resize the legend.
        legend.geometryChanged.connect(self._place_legend)
        self.loss_plot.geometryChanged.connect(self._place_legend)
        return legend

    def _place_legend(self):
        """In the title line, just after the title: side by side when the entries fit
        there, else stacked (a narrow window), reaching into the plot's top right corner
        where falling losses rarely are."""
        legend, plot = self.legend, self.loss_plot
        beside = sum(sample.width() + label.width() + LEGEND_GAP_PX
                     for sample, label in legend.items)
        start = (plot.getAxis("left").width() + plot.titleLabel.item.boundingRect().width()
                 + LEGEND_GAP_PX)
        columns = 2 if start + beside <= plot.width() else 1
        if legend.columnCount != columns:
            legend.setColumnCount(columns)  # resizes the legend: back here once
            return
        stacked = max((sample.width() + label.width() + LEGEND_GAP_PX
                       for sample, label in legend.items), default=0.0)
        # Level with the title line's bottom: a legend taller than the title reaches up.
        top = min(0.0, plot.titleLabel.geometry().bottom() - legend.height())
        if columns == 1 and start + stacked > plot.width():  # kept inside the plot
            legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(0, top))
        else:
            legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(start, top))

    def _curve_names(self):
        return {"loss": self.tr("training loss"), "heldout": self.tr("held-out loss")}

    def _retranslate_labels(self):
        self.log_box.setText(self.tr("loss: log scale"))
        names = self._curve_names()
        for sample, label in self.legend.items:
            for key, curve in self._curves.items():
                if sample.item is curve:
                    label.setText(names[key])

    def changeEvent(self, event):
        """A new language: the box, the legend and the titles in it."""
        if event.type() == QEvent.LanguageChange:
            self._retranslate_labels()
            self.set_style(self.style_)
        super().changeEvent(event)

    @staticmethod
    def _curve(plot):
        curve = plot.plot(connect="finite")
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        # Peak downsampling keeps each pixel column's min and max, so one sample per pixel
        # loses nothing visible (the default 5 draws a zigzag 10 vertices per pixel).
        curve.opts["autoDownsampleFactor"] = 1.0
        return curve

    # --- getters for tests and benchmarks ------------------------------------------------
    def curves(self):
        """The PlotDataItems by name: loss, heldout, score, grad_norm."""
        return dict(self._curves)

    def plots(self):
        return [self.loss_plot, self.score_plot, self.grad_plot]

    def log_loss(self):
        return bool(self.loss_plot.getAxis("left").logMode)

    # --- updates -------------------------------------------------------------------------
    def _lesson_defaults(self):
        """A new lesson starts with its own loss scale; a reset or going back keeps the
        scale the teacher chose."""
        key = self.session.lesson.key
        if key != self._lesson:
            self._lesson = key
            self.set_log_loss(key in LOG_LOSS_LESSONS)

    def set_log_loss(self, on):
        on = bool(on)
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.setLogMode(x=False, y=on)  # pyqtgraph leaves a gap for log10(0)
        # A y range set in the other scale's units means nothing in this one.
        self.loss_plot.enableAutoRange(axis="y")
        self._pad_flat_ranges()

    def show_history(self, history):
        if history is not self._history:
            self._history = history
            for guard in self._guards.values():
                guard.reset()
        n = len(history)
        x = self._iterations(n)
        curves, guards = self._curves, self._guards
        curves["loss"].setData(x, guards["loss"](history.loss.values))
        curves["score"].setData(x, guards["score"](history.mean_score.values))
        curves["grad_norm"].setData(x, guards["grad_norm"](history.grad_norm.values))
        self._show_heldout(history)
        self._show_markers(n <= MARKERS_UP_TO)
        self._show_as_segments(n >= SEGMENTS_FROM)
        self._show_iterations(n)
        self._pad_flat_ranges()

    def _show_iterations(self, n):
        """The x range jumps in 1-2-5 steps: an axis growing every frame would regenerate
        its ticks and grid every frame."""
        end = iterations_shown(n)
        if end != self._x_end:
            self._x_end = end
            self.loss_plot.setXRange(0, end, padding=0.02)

    def _pad_flat_ranges(self):
        if self._history is None or len(self._history) > MARKERS_UP_TO:
            return  # a long run has spread; constant data are short-lived
        for plot in (self.loss_plot, self.grad_plot):
            low, high = self._finite_bounds(plot)
            span = padded_range(low, high, plot is self.loss_plot and self.log_loss())
            if span is None:
                plot.enableAutoRange(axis="y")
            else:
                plot.setYRange(*span, padding=0.0)

    @staticmethod
    def _finite_bounds(plot):
        """Lowest and highest finite y shown in `plot` (log10 on a log axis)."""
        ys = [item.getData()[1] for item in plot.listDataItems()]
        ys = np.concatenate([y for y in ys if y is not None and len(y)] or [np.array([])])
        ys = ys[np.isfinite(ys)]
        return (ys.min(), ys.max()) if len(ys) else (np.nan, np.nan)

    def _show_as_segments(self, on):
        """Qt strokes a wide antialiased zigzag path ~10x slower than the same lines drawn
        one by one, and thin aliased lines faster still; short curves keep the wide
        antialiased path for its clean joins."""
        mode = "on" if on else "auto"
        for name in ("loss", "score", "grad_norm"):
            item = self._curves[name]
            if item.curve.opts["segmentedLineMode"] != mode:
                item.curve.setSegmentedLineMode(mode)
                item.opts["antialias"] = item.curve.opts["antialias"] = not on
                self._set_pen(name)

    def _set_pen(self, name):
        s = self.style_
        long_curve = self._curves[name].curve.opts["segmentedLineMode"] == "on"
        width = s.px(LONG_CURVE_PX if long_curve else CURVE_PX)
        colours = {"loss": "loss_curve", "heldout": "heldout_curve", "score": "score_curve",
                   "grad_norm": "grad_curve"}
        dash = [4, 2] if name == "heldout" else None
        self._curves[name].setPen(pg.mkPen(s.color(colours[name]), width=width, dash=dash))

    def _show_markers(self, on):
        if on == self._markers:
            return
        self._markers = on
        s = self.style_
        for name in ("loss", "score", "grad_norm"):
            curve = self._curves[name]
            colour = curve.opts["pen"].color()
            curve.setSymbol("o" if on else None)
            curve.setSymbolSize(s.px(MARKER_PX))
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(pg.mkPen(colour))

    def _iterations(self, n):
        if n > len(self._x):
            self._x = np.arange(max(n, 2 * len(self._x)))
        return self._x[:n]

    def _show_heldout(self, history):
        steps = history.heldout_step.values
        curve = self._curves["heldout"]
        curve.setData(steps, self._guards["heldout"](history.heldout_loss.values))
        present = len(steps) > 0
        if present != self._heldout_in_legend:
            if present:
                self.legend.addItem(curve, self._curve_names()["heldout"])
            else:
                self.legend.removeItem(curve)
            self._heldout_in_legend = present

    # --- style -----------------------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        s = style
        self.graphics.setBackground(s.color("background"))
        palette = self.palette()
        palette.setColor(QPalette.Window, s.color("background"))
        palette.setColor(QPalette.WindowText, s.color("text"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.log_box.setFont(s.font(0.9))
        box = int(s.px(16))
        self.log_box.setStyleSheet(f"QCheckBox::indicator {{ width: {box}px; height: {box}px }}")
        self.log_box.setMinimumWidth(self.log_box.sizeHint().width())  # never cut off
        for name in self._curves:
            self._set_pen(name)
        titles = (self.tr("loss"), self.tr("mean ring score"), self.tr("gradient norm"))
        for plot, title in zip(self.plots(), titles):
            self._style_plot(plot, title)
        self.grad_plot.setLabel("bottom", self.tr("iteration"), color=s.palette.text,
                                **{"font-size": f"{s.base_point_size * s.scale:.0f}pt"})
        self.legend.setLabelTextSize(f"{s.base_point_size * s.scale * 0.9:.0f}pt")
        self.legend.setLabelTextColor(s.color("text"))
        background = s.color("background")
        background.setAlpha(170)  # the grid shows through: it reads as part of the title line
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setPen(pg.mkPen(None))
        for _sample, label in self.legend.items:
            label.setText(label.text)  # re-render with the new size and colour
        if self._markers is not None:
            markers, self._markers = self._markers, None
            self._show_markers(markers)  # new colours and sizes

    def _style_plot(self, plot, title):
        s = self.style_
        font = s.font(TICK_FONT)
        text_pen = pg.mkPen(s.color("text"))
        plot.setTitle(title, color=s.palette.text, size=f"{s.base_point_size * s.scale:.0f}pt",
                      justify="left")
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=font, tickTextOffset=int(s.px(4)))
            axis.setTextPen(text_pen)
            axis.setPen(pg.mkPen(s.color("muted")))
            # Cached: with the grid on, every axis would otherwise redraw on each repaint.
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        width = QFontMetricsF(font).horizontalAdvance("0.0001") + s.px(14)
        plot.getAxis("left").setWidth(int(width))  # same width: the three plots line up
        if plot is not self.grad_plot:
            plot.getAxis("bottom").setHeight(int(s.px(6)))  # the shared axis is shown once
