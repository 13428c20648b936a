"""Exhaustive search or gradient descent (T7): the shots each needs as parameters grow."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableWidgetItem

from shooter.app.crash import guarded
from shooter.app.lessons.base import (
    Chart,
    Legend,
    LessonView,
    exponent_font,
    grouped,
    power_of_ten,
    quiet_plot,
    set_axis_label,
    style_plot,
)
from shooter.app.plots.axes import all_plain
from shooter.app.style import DEFAULT_STYLE
from shooter.core.search import SearchJob
from shooter.core.trainer import Trainer

BAR_WIDTH = 0.38
CHART_MIN_PX = 120  # the table's four rows come first; the ticks thin out to fit (TICK_GAP)
TICK_GAP = 1.25  # least distance between two tick labels, in their line heights


class SearchView(LessonView):
    """Shots to the bullseye for exhaustive grid search and for gradient descent."""

    chunk = 4096

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.rows = []
        self.sight = None
        self.results = self.table(5)
        self.graphics = Chart(min_height=CHART_MIN_PX)
        self.plot = quiet_plot(self.graphics.addPlot(row=0, col=0))
        self.plot.showGrid(y=True, alpha=0.25)
        self.grid_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.grid_unrun = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.descent_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        for item in (self.grid_bars, self.grid_unrun, self.descent_bars):
            self.plot.addItem(item)
        self.legend = Legend()
        self.labels = []  # a count above each bar, made once per bar and then updated
        self.top = 1.0  # the highest bar, in decades: the ticks follow it and the chart's height
        self.plot.getViewBox().sigResized.connect(self._height_changed)
        self.layout_.addWidget(self.results)
        self.layout_.addWidget(self.graphics, 1)
        self.layout_.addWidget(self.legend)
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

    @guarded()
    def _maybe_new_rifle(self):
        if not self.session.replaying and self.sight_offset() != self.sight:
            self.schedule()

    def show_result(self, job):
        self.rows = job.rows
        self.fill_table()
        self.draw_bars()
        self.fit.refit()  # the table grew by its rows: the explanation may fold now

    def not_run_text(self):
        return self.tr("not run (budget)")

    def fit_table(self):
        """Exactly as tall as its rows (and its sideways scroll bar when narrow): the four
        rows are the comparison and show whole, never behind a scroll bar; the chart gets
        the rest, and keeps CHART_MIN_PX."""
        table = self.results
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        if table.horizontalHeader().length() > table.viewport().width():
            height += table.horizontalScrollBar().sizeHint().height()
        rows = [table.rowHeight(r) for r in range(table.rowCount())]
        rows = rows or [table.verticalHeader().defaultSectionSize()]
        table.setFixedHeight(height + sum(rows))

    def columns_fitted(self, table):
        self.fit_table()

    def fill_table(self):
        self.results.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            grid = grouped(row.grid.shots)
            if not row.grid.ran:
                grid = self.tr("{0} (not run)").format(grid)
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
        texts = []
        for x, row, g, d in zip(xs, self.rows, grid, descent):
            texts.append((x - 0.2, g, grouped(row.grid.shots) if row.grid.ran
                          else self.not_run_text()))
            texts.append((x + 0.2, d, grouped(row.descent.shots)))
        self._show_counts(texts)
        self.top = max(1.0, float(np.max(grid, initial=0.0)))
        self.plot.setYRange(0, self.y_span(), padding=0)
        self.plot.setXRange(-0.6, len(self.rows) - 0.4, padding=0)
        self.plot.getAxis("bottom").setTicks([[(x, self.tr("P = {0}").format(row.parameters))
                                               for x, row in zip(xs, self.rows)]])
        self._exponent_ticks()

    def y_span(self):
        return self.top * 1.12 + 1.0  # room for the count above the highest bar

    @guarded()
    def _height_changed(self, _view_box):
        if self.rows:
            self._exponent_ticks()

    def _exponent_ticks(self):
        """Powers of ten on the left, the raised exponent in the digits' own font."""
        font = exponent_font(self.style_, 0.95)
        tick_font = font or self.style_.font(0.95)
        axis = self.plot.getAxis("left")
        axis.setStyle(tickFont=tick_font)
        exponents = range(0, int(self.top) + 2, self.tick_step(tick_font))
        plain = all_plain(exponents[0], exponents[-1])
        axis.setTicks([[(k, power_of_ten(k, superscripts=font is not None, plain=plain))
                        for k in exponents]])

    def tick_step(self, font):
        """Decades between two ticks: 1 up to 10⁶, else 2, or more where a short chart
        would set the labels on each other."""
        step = 1 if self.top <= 6 else 2
        height = self.plot.getViewBox().height()
        if height <= 0:  # not laid out yet: the resize brings the ticks again
            return step
        per_decade = height / self.y_span()
        while step * per_decade < TICK_GAP * QFontMetricsF(font).height():
            step += 1
        return step

    def _show_counts(self, texts):
        """The count above each bar: text items made once, then moved and re-worded."""
        while len(self.labels) < len(texts):
            label = pg.TextItem("", anchor=(0.5, 1.0))
            self.plot.addItem(label)
            self.labels.append(label)
        while len(self.labels) > len(texts):
            self.plot.removeItem(self.labels.pop())
        for label, (x, height, text) in zip(self.labels, texts):
            label.setText(text, color=self.style_.palette.text)
            label.setFont(self.style_.font(0.9))
            label.setPos(x, height)

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
        palette = self.style_.palette
        self.legend.set_entries([
            ("■", palette.error, self.tr("grid search")),
            ("□", palette.error, self.tr("grid search, not run (budget)")),
            ("■", palette.gradient, self.tr("gradient descent")),
        ], self.style_)
        if self.rows:
            self.fill_table()
            self.draw_bars()
