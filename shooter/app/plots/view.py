"""Training curves: loss, mean ring score and gradient norm per iteration (pyqtgraph).

Up to three plots stacked on one iteration axis, as many as the height holds with room for
their labels; in presentation mode one large plot (the loss first), and a key cycles through
them. Each curve is drawn from an Envelope that grows with the run, so a frame costs the
same at a million steps as at ten thousand; the History stays exact for the exports.
Non-finite values are gaps, never crashes.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QVBoxLayout, QWidget

from shooter.app.canvas import Canvas
from shooter.app.crash import guarded
from shooter.app.plots.axes import (
    IterationAxis,
    LogLabelAxis,
    ReadableAxis,
    log_span_with_a_label,
)
from shooter.app.plots.decimate import Envelope, usable
from shooter.app.plots.plot import Plot
from shooter.app.style import DEFAULT_STYLE
from shooter.core.lessons import LESSONS

pg.setConfigOptions(antialias=True)

CURVE_PX = 2.5  # line width before the presentation scale
LONG_CURVE_PX = 1.5  # from SEGMENTS_FROM points on: thin, not antialiased (see _show_as_segments)
# Text relative to the style's font. In presentation mode every text on the plots is large
# enough that its capitals and digits stand 20 px tall at the 1080-line presentation scale.
TEXT = {"tick": 0.95, "title": 1.0, "legend": 0.9, "axis": 1.0}
PRESENTING_TEXT = 1.25
MARKER_PX = 8.0
MARKERS_UP_TO = 50  # points: a few shots are each marked, long runs are just lines
SEGMENTS_FROM = 1000  # points: beyond this, draw wide lines as separate segments (see _curve)
MAX_SCORE = 10.0
LEGEND_GAP_PX = 16  # between legend entries, and between the title and the legend
MIN_ITERATIONS_SHOWN = 10  # the iteration axis spans at least 0..10
FLAT_SPAN = 1e-6  # relative: a y span below this (one point, a constant) gets a padded range
MIN_DATA_LINES = 5  # a plot is shown only with room for this many lines of tick text of data
COLUMN_STEP = 128  # envelope columns come in steps of this: small resizes keep the envelope
SHOWN = ("all", "loss", "score", "grad_norm")  # what the plots area shows, in cycling order
CURSOR_PX = 2.0  # the timeline's cursor: the step the other views show


def iterations_shown(n):
    """The x range's end: the next 1-2-5 step at or above n, so the axis (and its ticks)
    changes rarely while the curves grow."""
    n = max(n, MIN_ITERATIONS_SHOWN)
    decade = 10 ** math.floor(math.log10(n))
    return next(step * decade for step in (1, 2, 5, 10) if step * decade >= n)


def padded_range(low, high, log):
    """A readable y range for data without spread (none, one point, a constant); None when
    the data spread enough for the automatic range. No data gets a plain default range: an
    empty plot never keeps the range of the run before it."""
    if not (np.isfinite(low) and np.isfinite(high)):
        return (-1.0, 1.0) if log else (0.0, 1.0)
    if high - low > FLAT_SPAN * max(abs(low), abs(high), 1e-300):
        return log_span_with_a_label(low, high) if log else None
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
        self._steps_shown = 0
        self._markers = None
        self._lesson = None
        self._presenting = False
        self._shown = "all"
        self._arranged = None  # the plots in the layout, top to bottom
        self._sized = False  # resized at least once: the height is known
        self._x = np.arange(1024)  # shared iteration numbers
        self._envelopes = {name: Envelope() for name in ("loss", "score", "grad_norm",
                                                         "heldout")}
        self._build()
        self.set_style(style)
        session.history_changed.connect(self.show_history)
        session.restarted.connect(self._lesson_defaults)
        session.timeline_moved.connect(self._timeline_moved)
        self._lesson_defaults()
        self.show_history(session.history)

    # --- the timeline's cursor ---------------------------------------------------------------
    def set_cursor(self, step):
        """A vertical line at `step` on every plot (the step the other views show); None
        takes it away (the present)."""
        self._cursor_step = step
        for line in self._cursors:
            line.setVisible(step is not None)
            if step is not None:
                line.setValue(float(step))

    def cursor_step(self):
        """The step the cursor marks, or None."""
        return None if self._cursor_step is None else float(self._cursors[0].value())

    @guarded()
    def _timeline_moved(self, place):
        self.set_cursor(place.step)

    # --- construction ---------------------------------------------------------------------
    def _build(self):
        self.graphics = Canvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.graphics, 1)
        # Over the loss plot's title line, at its right end: no row of its own taken from
        # the curves (see _place_legend).
        self.log_box = QCheckBox(self.graphics)
        self.log_box.toggled.connect(self.set_log_loss)

        self.loss_plot = self._plot(LogLabelAxis)
        self.score_plot = self._plot(ReadableAxis)
        self.grad_plot = self._plot(ReadableAxis)
        self._by_name = {"loss": self.loss_plot, "score": self.score_plot,
                         "grad_norm": self.grad_plot}
        for plot in self.plots()[1:]:
            plot.setXLink(self.loss_plot)
        self._x_end = None
        for plot in self.plots():
            plot.showGrid(alpha=0.25)
            plot.enableAutoRange(axis="x", enable=False)  # set by show_history
            plot.getViewBox().sigResized.connect(self._columns_may_have_changed)
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
        self._cursor_step = None
        self._cursors = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots()]
        for plot, line in zip(self.plots(), self._cursors):
            line.setVisible(False)
            line.setZValue(10)
            plot.addItem(line, ignoreBounds=True)
        self._retranslate_labels()

    @staticmethod
    def _plot(value_axis):
        return Plot(left=value_axis(orientation="left"),
                    bottom=IterationAxis(orientation="bottom"))

    def _legend(self):
        """The loss plot's legend, in its title line: above the data, so it never hides
        a point."""
        legend = pg.LegendItem(colCount=2, verSpacing=-4, horSpacing=12)
        legend.layout.setContentsMargins(2, 0, 2, 0)
        legend.setParentItem(self.loss_plot)
        # pyqtgraph re-anchors only when the plot resizes; new labels resize the legend.
        legend.geometryChanged.connect(self._place_legend)
        self.loss_plot.geometryChanged.connect(self._place_legend)
        return legend

    @guarded()
    def _place_legend(self):
        """The loss plot's title line: the legend from its left end, the log box at its
        right end. The legend's entries side by side when they fit beside the box, else
        stacked; when even stacked they do not fit beside it, the legend goes under the
        box. The title line is as tall as what it holds: nothing over the data."""
        self._place_log_box()
        legend, plot = self.legend, self.loss_plot
        box = self.log_box.sizeHint()
        room = plot.width() - box.width() - LEGEND_GAP_PX
        beside = sum(sample.width() + label.width() + LEGEND_GAP_PX
                     for sample, label in legend.items)
        columns = 2 if beside <= room else 1
        if legend.columnCount != columns:
            legend.setColumnCount(columns)  # a legend that changes size comes back here
        stacked = max((sample.width() + label.width() + LEGEND_GAP_PX
                       for sample, label in legend.items), default=0.0)
        under = 0.0 if legend.width() <= room else box.height()
        self._fit_title_row(plot, max(box.height(), under + legend.height()))
        if stacked > plot.width():  # kept inside the plot
            legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(0, under))
        else:
            legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(0, under))

    def _place_log_box(self):
        """At the right end of the loss plot's title line, shown with the loss plot."""
        plot = self.loss_plot
        shown = plot in (self._arranged or ()) and plot.scene() is not None
        self.log_box.setVisible(shown)
        if shown:
            corner = self.graphics.mapFromScene(plot.sceneBoundingRect().topRight())
            self.log_box.resize(self.log_box.sizeHint())
            self.log_box.move(max(0, corner.x() - self.log_box.width()), max(0, corner.y()))

    @staticmethod
    def _fit_title_row(plot, at_least=0.0):
        """The title line as tall as its text (pyqtgraph fixes it at 30 px, and a larger
        title hangs over the curves) or as what shares the line with it."""
        height = math.ceil(max(plot.titleLabel.item.boundingRect().height(), at_least))
        if plot.layout.rowMinimumHeight(0) != height:
            plot.titleLabel.setMaximumHeight(height)
            plot.layout.setRowFixedHeight(0, height)

    def _curve_names(self):
        return {"loss": self.tr("training loss"), "heldout": self.tr("held-out loss")}

    def _retranslate_labels(self):
        self.log_box.setText(self.tr("loss: log scale"))
        names = self._curve_names()
        for sample, label in self.legend.items:
            for key, curve in self._curves.items():
                if sample.item is curve:
                    label.setText(names[key])

    @guarded()
    def changeEvent(self, event):
        """A new language: the box, the legend and the titles in it."""
        if event.type() == QEvent.LanguageChange:
            self._retranslate_labels()
            self.set_style(self.style_)
        super().changeEvent(event)

    @guarded()
    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._sized = True
        self._arrange()

    @staticmethod
    def _curve(plot):
        curve = plot.plot(connect="finite")
        # The Envelope does the downsampling: pyqtgraph's own would scan every point again.
        curve.setDownsampling(auto=False)
        return curve

    # --- getters for tests and benchmarks ------------------------------------------------
    def curves(self):
        """The PlotDataItems by name: loss, heldout, score, grad_norm."""
        return dict(self._curves)

    def plots(self):
        return [self.loss_plot, self.score_plot, self.grad_plot]

    def shown_plots(self):
        """The plots on screen, top to bottom (arranged now if no resize has come yet)."""
        if self._arranged is None:
            self._arrange()
        return list(self._arranged)

    def shown(self):
        """What the plots area shows: "all" or the name of the one plot."""
        return self._effective_shown()

    def envelope(self, name):
        """The Envelope behind a curve (loss, heldout, score, grad_norm)."""
        return self._envelopes[name]

    def steps_shown(self):
        """How many steps of the history the curves show (as of the last frame drawn: the
        history may have grown since)."""
        return self._steps_shown

    def log_loss(self):
        return bool(self.loss_plot.getAxis("left").logMode)

    # --- what is shown ---------------------------------------------------------------------
    def set_presenting(self, on):
        """Presentation mode: text for the back row and one large plot, the loss first."""
        self._presenting = bool(on)
        self._shown = "loss" if self._presenting else "all"
        self.set_style(self.style_)

    def presenting(self):
        return self._presenting

    def cycle_shown(self):
        """The next of: all three plots (when the height holds them), loss, ring score,
        gradient norm."""
        choices = [key for key in SHOWN if key != "all" or self._room_for_all()]
        current = self._effective_shown()
        self._shown = choices[(choices.index(current) + 1) % len(choices)]
        self._arrange()
        return self._shown

    def _effective_shown(self):
        return "loss" if self._shown == "all" and not self._room_for_all() else self._shown

    def _room_for_all(self):
        """Three plots fit when each has its title line and MIN_DATA_LINES lines of data."""
        tick = QFontMetricsF(self._font("tick")).height()
        title = QFontMetricsF(self._font("title")).height() * 1.3
        needed = 3 * (title + MIN_DATA_LINES * tick) + 2.5 * tick  # + the iteration axis
        return self.height() >= needed  # the canvas fills the area, once its layout runs

    def _arrange(self, restyle=False):
        """Put the shown plots in the layout; the last one carries the iteration axis."""
        shown = self._effective_shown()
        wanted = self.plots() if shown == "all" else [self._by_name[shown]]
        if wanted == self._arranged and not restyle:
            return
        layout = self.graphics.ci
        for plot in self._arranged or ():
            layout.removeItem(plot)
        for row, plot in enumerate(wanted):
            layout.addItem(plot, row=row, col=0)
        self._arranged = wanted
        for plot in self.plots():
            self._style_iteration_axis(plot, plot is wanted[-1])
        self._place_log_box()
        if self._history is not None:
            self.show_history(self._history)  # the columns may have changed

    # --- updates -------------------------------------------------------------------------
    def _lesson_defaults(self):
        """A new lesson starts clean with its own loss scale; a reset or going back keeps
        the scale the teacher chose."""
        key = self.session.lesson.key
        if key != self._lesson:
            self._lesson = key
            self.set_log_loss(LESSONS[key].log_loss)

    @guarded()
    def set_log_loss(self, on):
        on = bool(on)
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.setLogMode(on)  # pyqtgraph leaves a gap for log10(0)
        # pyqtgraph turns automatic ranges back on for both axes; the iteration axis's
        # range is ours (1-2-5 steps), set again by show_history.
        self.loss_plot.enableAutoRange(axis="x", enable=False)
        self._x_end = None
        # A y range set in the other scale's units means nothing in this one.
        self.loss_plot.enableAutoRange(axis="y")
        if self._history is not None:
            self.show_history(self._history)  # log: the envelope keeps positive values only
        self._pad_flat_ranges()

    @guarded()
    def show_history(self, history):
        if history is not self._history:
            self._history = history
            for envelope in self._envelopes.values():
                envelope.__init__()
        n = self._steps_shown = len(history)
        self._show_iterations(n)
        columns = self._columns()
        x = self._iterations(n)
        log = self.log_loss()
        self._draw("loss", x, history.loss.values, columns, log)
        self._draw("score", x, history.mean_score.values, columns)
        self._draw("grad_norm", x, history.grad_norm.values, columns)
        self._draw("heldout", history.heldout_step.values, history.heldout_loss.values,
                   columns, log)
        self._show_heldout_in_legend(len(history.heldout_step) > 0)
        self._show_markers(n <= MARKERS_UP_TO)
        self._show_as_segments(n >= SEGMENTS_FROM)
        self._pad_flat_ranges()

    def _draw(self, name, x, values, columns, log=False):
        """Every point while there are no more than pixel columns; beyond, the envelope."""
        if self._x_end <= columns:
            self._curves[name].setData(x, usable(values, False))
        else:
            self._curves[name].setData(
                *self._envelopes[name].update(x, values, columns, self._x_end, log))

    @guarded()
    def _columns_may_have_changed(self, *_args):
        """A wider plot needs more envelope columns, at once, not at the next step."""
        layout = self._envelopes["loss"].layout()
        if self._history is not None and layout and layout[0] != self._columns():
            self.show_history(self._history)

    def _columns(self):
        """Envelope columns: at least one per device pixel of the plots' width."""
        plot = (self._arranged or self.plots())[0]
        pixels = plot.getViewBox().width() * self.devicePixelRatioF()
        return max(COLUMN_STEP, math.ceil(pixels / COLUMN_STEP) * COLUMN_STEP)

    def _show_iterations(self, n):
        """The x range jumps in 1-2-5 steps: an axis growing every frame would regenerate
        its ticks and grid every frame, and the envelopes would start over."""
        end = iterations_shown(n)
        if end != self._x_end:
            self._x_end = end
            self.loss_plot.setXRange(0, end, padding=0.02)

    def _pad_flat_ranges(self):
        if self._history is None or len(self._history) > MARKERS_UP_TO:
            # A long run has spread; constant data are short-lived. A long history that
            # arrives at once (a file opened) still frees the range a short one fixed.
            for plot in (self.loss_plot, self.grad_plot):
                if not plot.getViewBox().state["autoRange"][1]:
                    plot.enableAutoRange(axis="y")
            return
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
        for name in self._curves:
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
        # Dashed when short, to tell it from the training loss without colour; a long
        # dashed zigzag costs Qt ten times a solid one, and the colours still differ.
        dash = [4, 2] if name == "heldout" and not long_curve else None
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

    def _show_heldout_in_legend(self, present):
        if present != self._heldout_in_legend:
            curve = self._curves["heldout"]
            if present:
                self.legend.addItem(curve, self._curve_names()["heldout"])
            else:
                self.legend.removeItem(curve)
            self._heldout_in_legend = present

    # --- style -----------------------------------------------------------------------------
    def _font(self, kind):
        """The font of one kind of text: tick, title, legend, axis."""
        relative = PRESENTING_TEXT if self._presenting else TEXT[kind]
        return self.style_.font(relative)

    def set_style(self, style):
        self.style_ = style
        s = style
        self.graphics.setBackground(s.color("background"))
        palette = self.palette()
        palette.setColor(QPalette.Window, s.color("background"))
        palette.setColor(QPalette.WindowText, s.color("text"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.log_box.setFont(self._font("legend"))
        box = int(s.px(16))
        self.log_box.setStyleSheet(f"QCheckBox::indicator {{ width: {box}px; height: {box}px }}")
        self.log_box.setPalette(palette)
        self.setMinimumWidth(self.log_box.sizeHint().width())  # the box is never cut off
        for name in self._curves:
            self._set_pen(name)
        for line in self._cursors:
            line.setPen(pg.mkPen(s.color("highlight"), width=s.px(CURSOR_PX)))
        # The loss plot's legend names its curves ("training loss", "held-out loss") in
        # its title line: a title "loss" beside it would only take room from the legend.
        titles = ("", self.tr("mean ring score"), self.tr("gradient norm"))
        for plot, title in zip(self.plots(), titles):
            self._style_plot(plot, title)
        legend_font = self._font("legend")
        self.legend.setLabelTextSize(f"{legend_font.pointSizeF():.1f}pt")
        self.legend.setLabelTextColor(s.color("text"))
        self.legend.setPen(pg.mkPen(None))
        self.legend.setBrush(pg.mkBrush(None))
        for _sample, label in self.legend.items:
            label.item.setFont(legend_font)
            label.setText(label.text)  # re-render with the new size and colour
        if self._markers is not None:
            markers, self._markers = self._markers, None
            self._show_markers(markers)  # new colours and sizes
        if self._sized:  # else the first resize arranges them, for the height it brings
            self._arrange(restyle=True)
        self._place_legend()

    def _style_plot(self, plot, title):
        s = self.style_
        font = self._font("tick")
        title_font = self._font("title")
        text_pen = pg.mkPen(s.color("text"))
        plot.titleLabel.item.setFont(title_font)
        plot.setTitle(title, color=s.palette.text, size=f"{title_font.pointSizeF():.1f}pt",
                      justify="left")
        self._fit_title_row(plot)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=font, tickTextOffset=int(s.px(4)))
            axis.setTextPen(text_pen)
            axis.setPen(pg.mkPen(s.color("muted")))
            # Cached: with the grid on, every axis would otherwise redraw on each repaint.
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        width = QFontMetricsF(font).horizontalAdvance("0.0001") + s.px(14)
        plot.getAxis("left").setWidth(int(width))  # same width: the plots line up

    def _style_iteration_axis(self, plot, carries_it):
        """Only the lowest plot shown labels the shared iteration axis."""
        s, axis = self.style_, plot.getAxis("bottom")
        axis.setStyle(showValues=carries_it)
        if carries_it:
            font = self._font("axis")
            plot.setLabel("bottom", self.tr("iteration"), color=s.palette.text,
                          **{"font-size": f"{font.pointSizeF():.1f}pt"})
            axis.label.setFont(font)
            axis.setHeight(None)
        else:
            plot.setLabel("bottom", None)
            plot.getAxis("bottom").showLabel(False)
            axis.setHeight(int(s.px(6)))
