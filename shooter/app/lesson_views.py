"""The lesson views of T7, T9, T11 and T3, each computed for real by the core.

SearchView          shots grid search and gradient descent need, as parameters grow (T7)
DifferentiationView forward mode's one pass per parameter against one backward pass (T9)
SurfaceView         the loss over two parameters, with the descent path drawn live (T11)
ExperienceView      a random start against a start from experience (T3)

Each view builds its own Trainer from session.config and the weights of
session.network_state(); the session's trainer is never touched. Long computations run in
slices from a timer (views_jobs.JobRunner) behind a progress bar and a Cancel button.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shooter.app.narration import fmt
from shooter.app.style import DEFAULT_STYLE
from shooter.app.views_jobs import JobRunner, parameter_name
from shooter.core.differentiation import ModesJob, parameter_refs
from shooter.core.experience import SCORE_THRESHOLD, WINDOW_SHOTS, ExperienceJob
from shooter.core.search import SearchJob
from shooter.core.surface import SurfaceJob, descent_path, locate
from shooter.core.trainer import Trainer

DEBOUNCE_MS = 300  # recompute this long after the last change, not on every frame
COLOUR_MAP = "cividis"  # readable for colour-blind viewers and in grey on a projector
TABLE_ROWS = 12  # gradients listed side by side
COLUMN_MARGIN_PX = 24  # room around a table column's widest words


def flat_weights(state):
    """NetworkState weights as Network.params order: [W1, b1, W2, b2, ...]."""
    return [np.asarray(a, dtype=np.float64) for pair in state.weights for a in pair]


def value_at(weights, index):
    array, position = locate(weights, index)
    return float(array[position])


def grouped(n):
    return f"{int(n):,}"


def style_plot(plot, style):
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setStyle(tickFont=style.font(0.95))
        axis.setTextPen(style.palette.text)
        axis.setPen(style.palette.muted)
        axis.label.setFont(style.font(1.0))


def set_axis_label(axis, text, style):
    """An axis title in the text colour at a projector-readable size."""
    axis.setLabel(text, color=style.palette.text,
                  **{"font-size": f"{style.font(1.0).pointSizeF():.0f}pt"})


def fill_legend(legend, entries, style):
    """Legend entries [(item, text)] in the style's text colour and size (set before adding:
    pyqtgraph styles a legend label when it is made)."""
    legend.setLabelTextColor(style.palette.text)
    legend.setLabelTextSize(f"{style.font(1.0).pointSizeF():.0f}pt")
    legend.clear()
    for item, text in entries:
        legend.addItem(item, text)


def power_of_ten(k):
    superscript = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
    return f"{10**k:,}" if k <= 3 else "10" + str(k).translate(superscript)


class LessonView(QWidget):
    """Title, explanation, Run / Cancel and a progress bar around a view's own content."""

    chunk = 1

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.title = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.runner = JobRunner(self.chunk, self)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(lambda p: self.progress.setValue(int(1000 * p)))
        self.runner.finished.connect(self._finished)
        self.runner.cancelled.connect(self._cancelled)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.compute)
        controls = QHBoxLayout()
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, 1)
        self.tables = []  # their columns are fitted again when they change size
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.explanation)
        self.layout_.addLayout(controls)
        self._set_busy(False)

    # --- running ---------------------------------------------------------------------------
    def compute(self):
        """Start (or restart) the computation from the session's current state."""
        self._debounce.stop()
        self.runner.cancel()
        self._set_busy(True)
        self.runner.start(self.make_job())

    def schedule(self):
        self._debounce.start()

    def _finished(self, job):
        self._set_busy(False)
        self.show_result(job)

    def _cancelled(self):
        self._set_busy(False)
        self.progress.setValue(0)

    def _set_busy(self, busy):
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    @property
    def computing(self):
        return self.runner.running

    def own_trainer_inputs(self):
        """The session's config and a copy of its current weights."""
        return self.session.config, flat_weights(self.session.network_state())

    # --- look and language -----------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        self.title.setFont(style.font(1.4, bold=True))
        self.explanation.setFont(style.font(1.05))
        for widget in (self.run_button, self.cancel_button):
            widget.setFont(style.font(1.05))
        self.progress.setMinimumHeight(int(style.px(14)))
        self.apply_style()
        self.retranslate()

    def retranslate(self):
        # the base class's own context: self.tr() would look these up under the subclass
        self.run_button.setText(QCoreApplication.translate("LessonView", "Compute"))
        self.cancel_button.setText(QCoreApplication.translate("LessonView", "Cancel"))
        self.retranslate_view()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def table(self, columns):
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.NoSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.tables.append(table)
        table.viewport().installEventFilter(self)
        return table

    def fit_columns(self, table):
        """Each column as wide as its header or its widest cell plus a margin, measured in
        the fonts they are drawn in (Chinese headers are wider than English ones); the room
        left over is shared out, so the table still fills its width."""
        header = table.horizontalHeader()
        bold, plain = QFontMetricsF(header.font()), QFontMetricsF(table.font())
        margin = self.style_.px(COLUMN_MARGIN_PX)
        widths = []
        for c in range(table.columnCount()):
            title = table.horizontalHeaderItem(c)
            words = [bold.horizontalAdvance(title.text()) if title else 0.0]
            words += [plain.horizontalAdvance(table.item(r, c).text())
                      for r in range(table.rowCount()) if table.item(r, c) is not None]
            widths.append(math.ceil(max(words) + margin))
        spare = max(0, table.viewport().width() - sum(widths)) // max(1, len(widths))
        for c, width in enumerate(widths):
            header.resizeSection(c, width + spare)
        self.columns_fitted(table)

    def columns_fitted(self, table):
        """Called after a table's columns changed width (a narrow one may scroll sideways)."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Resize:  # a table's viewport: share out its new width
            for table in self.tables:
                if table.viewport() is watched:
                    self.fit_columns(table)
        return super().eventFilter(watched, event)

    def style_table(self, table):
        table.setFont(self.style_.font(1.05))
        table.horizontalHeader().setFont(self.style_.font(1.0, bold=True))
        table.verticalHeader().setDefaultSectionSize(int(self.style_.font(1.05).pointSizeF()
                                                         * 2.4))
        self.fit_columns(table)


# =========================================================================================
class SearchView(LessonView):
    """T7: shots to the bullseye for exhaustive grid search and for gradient descent."""

    chunk = 4096

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.rows = []
        self.sight = None
        self.results = self.table(5)
        self.graphics = pg.GraphicsLayoutWidget()
        self.plot = self.graphics.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.grid_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.grid_unrun = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.descent_bars = pg.BarGraphItem(x=[], height=[], width=0.38)
        for item in (self.grid_bars, self.grid_unrun, self.descent_bars):
            self.plot.addItem(item)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.labels = []
        self.layout_.addWidget(self.results)
        self.layout_.addWidget(self.graphics, 1)
        session.restarted.connect(self._maybe_new_rifle)
        self.set_style(style)
        self.compute()

    def sight_offset(self):
        config = self.session.config
        if config.sight_offset_mrad is not None:
            return tuple(config.sight_offset_mrad)
        return Trainer(config).rifle.sight_offset_mrad  # the seed's rifle, as the range has

    def make_job(self):
        self.sight = self.sight_offset()
        return SearchJob(self.sight, seed=self.session.config.seed)

    def _maybe_new_rifle(self):
        if not self.session.replaying and self.sight_offset() != self.sight:
            self.schedule()

    def show_result(self, job):
        self.rows = job.rows
        self.fill_table()
        self.draw_bars()

    def not_run_text(self):
        return self.tr("not run (budget)")

    def fit_table(self):
        """As tall as its rows (and its sideways scroll bar when narrow): the chart gets
        the rest."""
        table = self.results
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += table.verticalHeader().defaultSectionSize() * max(1, table.rowCount())
        if table.horizontalHeader().length() > table.viewport().width():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def columns_fitted(self, table):
        self.fit_table()

    def fill_table(self):
        self.results.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            grid = grouped(row.grid.shots)
            if not row.grid.ran:
                grid = fmt(self.tr("%1 (not run)"), grid)
            cells = (str(row.parameters), grouped(row.grid_points),
                     str(row.shots_per_candidate), grid, grouped(row.descent.shots))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignCenter)
                self.results.setItem(r, c, item)
        self.fit_columns(self.results)

    def draw_bars(self):
        palette = self.style_.palette
        xs = np.arange(len(self.rows), dtype=float)
        ran = np.array([row.grid.ran for row in self.rows], dtype=bool)
        grid = np.log10([max(1, row.grid.shots) for row in self.rows])
        descent = np.log10([max(1, row.descent.shots) for row in self.rows])
        line = pg.mkPen(palette.text, width=self.style_.px(1.5))
        self.grid_bars.setOpts(x=xs[ran] - 0.2, height=grid[ran], brush=palette.error, pen=line)
        self.grid_unrun.setOpts(x=xs[~ran] - 0.2, height=grid[~ran], brush=None,
                                pen=pg.mkPen(palette.error, width=self.style_.px(3),
                                             style=Qt.DashLine))
        self.descent_bars.setOpts(x=xs + 0.2, height=descent, brush=palette.gradient, pen=line)
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        for x, row, g, d in zip(xs, self.rows, grid, descent):
            self._label(x - 0.2, g, grouped(row.grid.shots) if row.grid.ran
                        else self.not_run_text())
            self._label(x + 0.2, d, grouped(row.descent.shots))
        top = max(1.0, float(np.max(grid, initial=0.0)))
        self.plot.setYRange(0, top * 1.12, padding=0)
        self.plot.setXRange(-0.6, len(self.rows) - 0.4, padding=0)
        self.plot.getAxis("bottom").setTicks([[(x, fmt(self.tr("P = %1"), row.parameters))
                                               for x, row in zip(xs, self.rows)]])
        every = 1 if top <= 6 else 2  # a readable number of ticks
        self.plot.getAxis("left").setTicks([[(k, power_of_ten(k))
                                             for k in range(0, int(top) + 2, every)]])

    def _label(self, x, height, text):
        label = pg.TextItem(text, color=self.style_.palette.text, anchor=(0.5, 1.0))
        label.setFont(self.style_.font(0.9))
        label.setPos(x, height)
        self.plot.addItem(label)
        self.labels.append(label)

    def apply_style(self):
        self.graphics.setBackground(self.style_.palette.background)
        style_plot(self.plot, self.style_)
        self.style_table(self.results)
        self.fit_table()
        if self.rows:
            self.draw_bars()

    def retranslate_view(self):
        self.title.setText(self.tr("Exhaustive search or gradient descent?"))
        self.explanation.setText(self.tr(
            "Shots until every test shot lands in ring 10, as the rifle gets more settings "
            "(P). Grid search tries every setting in 0.25 mrad steps and is really fired up "
            "to 200,000 shots; beyond that its count is the size of the whole grid. Gradient "
            "descent starts from the same place and follows the slope."))
        self.results.setHorizontalHeaderLabels([
            self.tr("settings P"), self.tr("grid points"), self.tr("shots / try"),
            self.tr("grid search"), self.tr("gradient descent")])
        self.fit_columns(self.results)
        set_axis_label(self.plot.getAxis("left"), self.tr("shots (log scale)"), self.style_)
        fill_legend(self.legend, [
            (self.grid_bars, self.tr("grid search")),
            (self.grid_unrun, self.tr("grid search, not run (budget)")),
            (self.descent_bars, self.tr("gradient descent")),
        ], self.style_)
        if self.rows:
            self.fill_table()
            self.draw_bars()


# =========================================================================================
class DifferentiationView(LessonView):
    """T9: the gradient by N forward passes and by one backward pass, side by side."""

    chunk = 16

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.result = None
        self.shape = None
        self.figures = {}
        grid = QGridLayout()
        for row, key in enumerate(("parameters", "forward", "backward", "difference")):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = (name, value)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.gradients = self.table(4)
        self.layout_.addWidget(self.gradients, 1)
        # Bound methods, not lambdas: Qt drops them when the view is deleted with its lesson.
        session.trainer_changed.connect(self._trainer_changed)
        self.set_style(style)
        self.compute()

    def _trainer_changed(self, _state):
        self.schedule()

    def make_job(self):
        config, weights = self.own_trainer_inputs()
        return ModesJob(config, weights)

    def show_result(self, job):
        # The names in the table follow the network this result was computed for: the
        # session may have changed shape since (a new job is then on its way).
        config = job.trainer.config
        self.result, self.shape = job.result(), (config.inputs, config.hidden)
        self.fill()

    def fill(self):
        result = self.result
        if result is None:
            return
        texts = {
            "parameters": grouped(result.parameter_count),
            "forward": fmt(self.tr("%1 passes, %2 multiply-adds"),
                           grouped(result.forward_passes),
                           grouped(result.forward_multiply_adds)),
            "backward": fmt(self.tr("%1 pass, %2 multiply-adds"), result.backward_passes,
                            grouped(result.backward_multiply_adds)),
            "difference": fmt(self.tr("%1 — %2"), f"{result.max_abs_difference:.2g}",
                              self.tr("the two gradients agree") if result.agree
                              else self.tr("the two gradients DISAGREE")),
        }
        for key, text in texts.items():
            self.figures[key][1].setText(text)
        colour = self.style_.palette.gradient if result.agree else self.style_.palette.error
        self.figures["difference"][1].setStyleSheet(f"color: {colour}")
        inputs, hidden = self.shape
        shown = min(TABLE_ROWS, result.parameter_count)
        self.gradients.setRowCount(shown)
        for r in range(shown):
            forward, backward = result.forward_gradient[r], result.backward_gradient[r]
            cells = (parameter_name(result.refs[r], inputs, hidden), f"{forward:+.9g}",
                     f"{backward:+.9g}", f"{abs(forward - backward):.1e}")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignCenter)
                self.gradients.setItem(r, c, item)
        self.fit_columns(self.gradients)

    def apply_style(self):
        for name, value in self.figures.values():
            name.setFont(self.style_.font(1.15))
            value.setFont(self.style_.font(1.3, bold=True))
        self.style_table(self.gradients)
        self.fill()

    def retranslate_view(self):
        self.title.setText(self.tr("Walk to the target, or pull it back?"))
        self.explanation.setText(self.tr(
            "The gradient of this shot's loss for every setting of the network, computed "
            "twice: forward mode walks the whole shot once per setting; the backward pass "
            "pulls the target back once and gets them all."))
        names = {"parameters": self.tr("Settings (weights and biases):"),
                 "forward": self.tr("Forward mode (walk to the target):"),
                 "backward": self.tr("Backward pass (pull the target back):"),
                 "difference": self.tr("Largest difference:")}
        for key, text in names.items():
            self.figures[key][0].setText(text)
        self.gradients.setHorizontalHeaderLabels([
            self.tr("setting"), self.tr("forward mode"), self.tr("backward pass"),
            self.tr("difference")])
        self.fit_columns(self.gradients)
        self.fill()


# =========================================================================================
class SurfaceView(LessonView):
    """T11: the loss over two chosen parameters, the descent path drawn on it."""

    chunk = 600

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.surface = None
        self.shape = None
        self.live = []  # the session's own path: (x, y) after each shown step
        self.choosers = (QComboBox(), QComboBox())
        self.chooser_labels = (QLabel(), QLabel())
        row = QHBoxLayout()
        for label, box in zip(self.chooser_labels, self.choosers):
            row.addWidget(label)
            row.addWidget(box, 1)
            box.activated.connect(lambda _i: self.compute())
        self.layout_.addLayout(row)
        self.graphics = pg.GraphicsLayoutWidget()
        self.plot = self.graphics.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get(COLOUR_MAP),
                                          interactive=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.path = self.plot.plot([], [])
        self.descent = self.plot.plot([], [])  # on top: it runs under the range's path
        self.start = self.plot.plot([], [])
        self.lowest = self.plot.plot([], [])
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.layout_.addWidget(self.graphics, 1)
        self._fill_choosers(session.network_state())
        session.adjusted.connect(self._adjusted)
        session.frame.connect(self._frame)  # bound: dropped when the view is deleted
        session.restarted.connect(self._restarted)
        session.trainer_changed.connect(self._trainer_changed)
        self.set_style(style)
        self.compute()

    # --- choosing the two parameters -------------------------------------------------------
    def chosen(self):
        return (self.choosers[0].currentData(), self.choosers[1].currentData())

    def choose(self, i, j):
        for box, index in zip(self.choosers, (i, j)):
            box.setCurrentIndex(box.findData(index))
        self.compute()

    def _fill_choosers(self, state):
        shape = (tuple(state.inputs), tuple(state.hidden))
        if shape == self.shape:
            return False
        self.shape = shape
        network = Trainer(self.session.config).network
        self.refs = parameter_refs(network)
        names = [parameter_name(ref, *shape) for ref in self.refs]
        for box, default in zip(self.choosers, (len(names) - 2, len(names) - 1)):
            box.blockSignals(True)
            box.clear()
            for index, name in enumerate(names):
                box.addItem(name, index)
            box.setCurrentIndex(default)
            box.blockSignals(False)
        return True

    # --- following the session -------------------------------------------------------------
    def _trainer_changed(self, state):
        if self._fill_choosers(state):
            self.schedule()

    def _restarted(self):
        self.live = []
        self.path.setData([], [])
        if not self.session.replaying:
            self.schedule()

    def _frame(self, step):
        self._adjusted(step.adjust)

    def _adjusted(self, record):
        if record is None or self.surface is None:
            return
        weights = [np.asarray(a) for pair in record.weights for a in pair]
        if [w.shape for w in weights] != self._surface_shapes:
            return  # a step of a network with another shape than the surface's
        self.live.append(tuple(value_at(weights, index) for index in self.surface.params))
        self._draw_live()

    def path_points(self):
        """The live path drawn now: the surface's centre, then one point per shown step."""
        return np.array([self.surface.centre, *self.live]) if self.surface else np.empty((0, 2))

    def _draw_live(self):
        points = self.path_points()
        self.path.setData(points[:, 0], points[:, 1])

    # --- computing -------------------------------------------------------------------------
    def make_job(self):
        config, weights = self.own_trainer_inputs()
        self._inputs = (config, weights)
        return SurfaceJob(config, weights, self.chosen())

    def show_result(self, job):
        self.surface = job.result()
        config, weights = self._inputs
        self._surface_shapes = [np.shape(w) for w in weights]
        self.descent_points = descent_path(config, weights, self.surface.params, steps=60).points
        self.live = []
        self.draw()

    def draw(self):
        surface = self.surface
        if surface is None:
            return
        shown = np.log10(np.maximum(surface.loss, 1e-12))
        self.image.setImage(shown.T, autoLevels=False)
        dx = surface.xs[1] - surface.xs[0]
        dy = surface.ys[1] - surface.ys[0]
        self.image.setRect(QRectF(surface.xs[0] - dx / 2, surface.ys[0] - dy / 2,
                                  dx * len(surface.xs), dy * len(surface.ys)))
        self.colour_bar.setLevels((float(shown.min()), float(shown.max())))
        self.descent.setData(self.descent_points[:, 0], self.descent_points[:, 1])
        self.start.setData([surface.centre[0]], [surface.centre[1]])
        x, y, _ = surface.minimum()
        self.lowest.setData([x], [y])
        self._draw_live()
        self.plot.setRange(xRange=(surface.xs[0], surface.xs[-1]),
                           yRange=(surface.ys[0], surface.ys[-1]), padding=0)
        self._axis_labels()

    def _axis_labels(self):
        set_axis_label(self.plot.getAxis("bottom"), self.choosers[0].currentText(), self.style_)
        set_axis_label(self.plot.getAxis("left"), self.choosers[1].currentText(), self.style_)

    def apply_style(self):
        style, palette = self.style_, self.style_.palette
        self.graphics.setBackground(palette.background)
        style_plot(self.plot, style)
        for label, box in zip(self.chooser_labels, self.choosers):
            label.setFont(style.font(1.05))
            box.setFont(style.font(1.05))
        self.descent.setPen(pg.mkPen(palette.highlight, width=style.px(3), style=Qt.DashLine))
        self.path.setPen(pg.mkPen(palette.gradient, width=style.px(4)))
        self.path.setSymbol("o")
        self.path.setSymbolSize(style.px(9))
        self.path.setSymbolBrush(palette.gradient)
        self.path.setSymbolPen(pg.mkPen("#ffffff", width=style.px(1)))
        self.start.setSymbol("s")
        self.start.setSymbolSize(style.px(16))
        self.start.setSymbolBrush(palette.error)
        self.start.setPen(None)
        self.lowest.setSymbol("star")
        self.lowest.setSymbolSize(style.px(24))
        self.lowest.setSymbolBrush("#ffffff")
        self.lowest.setSymbolPen(pg.mkPen(palette.text, width=style.px(1.5)))
        self.lowest.setPen(None)
        self.colour_bar.axis.setStyle(tickFont=style.font(0.9))
        self.colour_bar.axis.setTextPen(palette.text)
        self.draw()

    def retranslate_view(self):
        self.title.setText(self.tr("The loss surface"))
        self.explanation.setText(self.tr(
            "Colour: the loss (log10) on a fixed set of test shots, for two chosen settings; "
            "all other settings stay as they are now. Dashed: gradient descent on these test "
            "shots. Green: the rifle's own training as it runs."))
        self.chooser_labels[0].setText(self.tr("across:"))
        self.chooser_labels[1].setText(self.tr("up:"))
        for box in self.choosers:  # parameter names are words too: 'b aim right'
            for row in range(box.count()):
                box.setItemText(row, parameter_name(self.refs[box.itemData(row)], *self.shape))
        set_axis_label(self.colour_bar.axis, self.tr("log10 loss"), self.style_)
        fill_legend(self.legend, [
            (self.start, self.tr("now")),
            (self.lowest, self.tr("lowest loss")),
            (self.descent, self.tr("gradient descent")),
            (self.path, self.tr("training on the range")),
        ], self.style_)
        self._axis_labels()


# =========================================================================================
class ExperienceView(LessonView):
    """T3: loss curves of a random start and of a start from a trained rifle."""

    chunk = 50
    BIAS_ONLY_STEPS = 40  # a bias-only rifle settles in a few shots
    NETWORK_STEPS = 400

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.result = None
        self.source = QComboBox()
        self.source.addItem("", "train")
        self.source.addItem("", "current")
        self.source_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.source_label)
        row.addWidget(self.source, 1)
        self.layout_.insertLayout(2, row)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.layout_.addWidget(self.verdict)
        self.graphics = pg.GraphicsLayoutWidget()
        self.plot = self.graphics.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLogMode(x=False, y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.random_curve = self.plot.plot([], [])
        self.experienced_curve = self.plot.plot([], [])
        self.layout_.addWidget(self.graphics, 1)
        self.set_style(style)
        self.compute()

    def make_job(self):
        config, weights = self.own_trainer_inputs()
        steps = self.BIAS_ONLY_STEPS if not config.inputs else self.NETWORK_STEPS
        if self.source.currentData() == "current":
            return ExperienceJob(config, steps=steps, weights=weights)
        return ExperienceJob(config, self.session.lesson.steps, steps)

    def show_result(self, job):
        self.result = job.result()
        self.draw()

    def draw(self):
        result = self.result
        if result is None:
            return
        for curve, start in ((self.random_curve, result.random),
                             (self.experienced_curve, result.experienced)):
            shots = np.arange(1, len(start.loss) + 1) * result.batch
            curve.setData(shots, np.maximum(start.loss, 1e-9))
        self._verdict()

    def _shots(self, start):
        if start.shots is None:
            fired = len(start.loss) * self.result.batch
            return fmt(self.tr("not within %1 shots"), grouped(fired))
        return fmt(self.tr("%1 shots"), grouped(start.shots))

    def _verdict(self):
        result = self.result
        if result is None:
            self.verdict.setText("")
            return
        how = (fmt(self.tr("trained for %1 steps first"), grouped(result.experience_steps))
               if result.experience_steps else self.tr("the rifle on the range now"))
        self.verdict.setText(fmt(self.tr(
            "Shots until the last %1 shots average ring %2 or better — random start: %3; "
            "from experience (%4): %5."), result.window, f"{result.threshold:g}",
            self._shots(result.random), how, self._shots(result.experienced)))

    def apply_style(self):
        style, palette = self.style_, self.style_.palette
        self.graphics.setBackground(palette.background)
        style_plot(self.plot, style)
        self.source_label.setFont(style.font(1.05))
        self.source.setFont(style.font(1.05))
        self.verdict.setFont(style.font(1.2, bold=True))
        self.random_curve.setPen(pg.mkPen(palette.error, width=style.px(3)))
        self.experienced_curve.setPen(pg.mkPen(palette.gradient, width=style.px(3)))

    def retranslate_view(self):
        self.title.setText(self.tr("Random start or experience?"))
        self.explanation.setText(fmt(self.tr(
            "Two fresh rifles shoot on new conditions: one starts from random settings, one "
            "from a rifle that has trained before. Goal: the last %1 shots average ring %2."),
            WINDOW_SHOTS, f"{SCORE_THRESHOLD:g}"))
        self.source_label.setText(self.tr("Experience:"))
        self.source.setItemText(0, self.tr("train the lesson's rifle first"))
        self.source.setItemText(1, self.tr("the rifle on the range now"))
        set_axis_label(self.plot.getAxis("bottom"), self.tr("shots fired"), self.style_)
        set_axis_label(self.plot.getAxis("left"), self.tr("loss (log scale)"), self.style_)
        fill_legend(self.legend, [
            (self.random_curve, self.tr("random start")),
            (self.experienced_curve, self.tr("from experience")),
        ], self.style_)
        self._verdict()
