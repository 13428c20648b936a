"""Step size (T8): the 1-D valley walked with fixed steps 1, 5 and 11 from x = 10, side by
side, and the same three choices on the rifle (small, right, too large a learning rate)."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from shooter.app.narration import fmt
from shooter.app.style import DEFAULT_STYLE
from shooter.constants import TARGET_RADIUS_CM
from shooter.core.lessons import LESSONS, valley_descent
from shooter.core.trainer import Trainer

VALLEY_STEPS = (1.0, 5.0, 11.0)
VALLEY_START = 10.0
STEP_MS = 600  # one step of every walk per 0.6 s: slow enough to follow aloud
RIFLE_SHOTS = 12
LEGEND_FONT = 1.1  # the rifle legend, relative to the style's base size: read from the back row


class ValleyView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.paths = [valley_descent(VALLEY_START, step, max_steps=12) for step in VALLEY_STEPS]
        self.shown_steps = 0
        self._elapsed_ms = 0
        layout = QVBoxLayout(self)
        self.title = QLabel()
        layout.addWidget(self.title)
        self.graphics = pg.GraphicsLayoutWidget()
        layout.addWidget(self.graphics, 1)
        self.replay = QPushButton()
        self.replay.clicked.connect(self.restart)
        layout.addWidget(self.replay)
        self._build_plots()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(lambda: self.advance(self._timer.interval()))
        self.set_style(style)
        self.restart()

    def _build_plots(self):
        xs = np.linspace(-12, 12, 241)
        self.valleys, self.walkers, self.valley_labels = [], [], []
        for col in range(len(VALLEY_STEPS)):
            plot = self.graphics.addPlot(row=0, col=col)
            plot.plot(xs, np.abs(xs), pen=pg.mkPen("#5c5c5c", width=2))
            plot.setXRange(-12, 12)
            plot.setYRange(-0.5, 12.5)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            walker = plot.plot([], [], pen=None, symbol="o", symbolSize=16)
            self.valleys.append(plot)
            self.walkers.append(walker)
        self.rifle = self.graphics.addPlot(row=1, col=0, colspan=len(VALLEY_STEPS))
        self.rifle.addLegend(offset=(10, 10))
        self.rifle.showGrid(x=True, y=True, alpha=0.3)
        for edge in (-TARGET_RADIUS_CM, TARGET_RADIUS_CM):  # the target's rim
            self.rifle.addLine(y=edge, pen=pg.mkPen("#5c5c5c", width=1, style=Qt.DashLine))

    def set_style(self, style):
        self.style_ = style
        self.title.setFont(style.font(1.3, bold=True))
        self.replay.setFont(style.font())
        self.graphics.setBackground(style.palette.background)
        colours = (style.palette.hole, style.palette.gradient, style.palette.error)
        for walker, colour in zip(self.walkers, colours):
            walker.setSymbolBrush(colour)
            walker.setSymbolSize(style.px(16))
            walker.setPen(pg.mkPen(colour, width=style.px(2), style=Qt.DashLine))
        legend = self.rifle.legend
        legend.setLabelTextColor(style.palette.text)
        legend.setLabelTextSize(f"{style.font(LEGEND_FONT).pointSizeF():.1f}pt")
        legend.setBrush(pg.mkBrush(style.palette.background))
        for plot in (*self.valleys, self.rifle):
            for side in ("left", "bottom"):
                plot.getAxis(side).setStyle(tickFont=style.font(0.9))
                plot.getAxis(side).setTextPen(style.palette.text)
        self.retranslate()

    def _title(self, plot, text):
        plot.setTitle(text, color=self.style_.palette.text,
                      size=f"{self.style_.font(1.15).pointSizeF():.0f}pt")

    def retranslate(self):
        self.title.setText(self.tr("Walking down the valley |x| from x = 10 with a fixed step"))
        self.replay.setText(self.tr("Walk again"))
        for plot, step, path in zip(self.valleys, VALLEY_STEPS, self.paths):
            reached = path[-1] == 0.0
            verdict = (fmt(self.tr("floor in %1 steps"), len(path) - 1)
                       if reached else self.tr("never reaches the floor"))
            self._title(plot, fmt(self.tr("step %1: %2"), f"{step:g}", verdict))
        self._title(self.rifle, self.tr("The same on the rifle: horizontal miss per shot (cm); "
                                        "dashed: the target's rim"))
        self._show_rifle()

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the walk: a pure function of elapsed time, so tests can drive it -----------------
    def restart(self):
        self._elapsed_ms = 0
        self.shown_steps = 0
        self._draw_walks()
        self._timer.start()

    def advance(self, dt_ms):
        self._elapsed_ms += int(dt_ms)
        steps = min(self._elapsed_ms // STEP_MS, max(len(p) for p in self.paths) - 1)
        if steps != self.shown_steps:
            self.shown_steps = steps
            self._draw_walks()
        if steps == max(len(p) for p in self.paths) - 1:
            self._timer.stop()

    def _draw_walks(self):
        for walker, path in zip(self.walkers, self.paths):
            visited = np.array(path[: self.shown_steps + 1])
            walker.setData(visited, np.abs(visited))

    # --- the rifle ---------------------------------------------------------------------
    def rifle_misses(self):
        """Horizontal miss (cm) of each shot for each of the lesson's learning rates."""
        lesson = LESSONS["step-size"]
        runs = []
        for lr in lesson.rates:
            trainer = Trainer(lesson.configured(lr=lr))
            misses = []
            for _ in range(RIFLE_SHOTS):
                record = trainer.step()
                misses.append(float(record.fire.impacts_cm[0, 0]))
                if trainer.diverged:
                    break
            runs.append((lr, np.array(misses)))
        return runs

    def _show_rifle(self):
        for item in self.rifle.listDataItems():
            self.rifle.removeItem(item)
        colours = (self.style_.palette.hole, self.style_.palette.gradient,
                   self.style_.palette.error)
        for (lr, misses), colour in zip(self.rifle_misses(), colours):
            shots = np.arange(1, len(misses) + 1)
            self.rifle.plot(shots, misses, pen=pg.mkPen(colour, width=self.style_.px(3)),
                            symbol="o", symbolBrush=colour, symbolSize=self.style_.px(9),
                            name=fmt(self.tr("learning rate %1"), f"{lr:g}"))
        for _, label in self.rifle.legend.items:  # the style's family, so Chinese reads too
            label.item.setFont(self.style_.font(LEGEND_FONT))
        self.rifle.setLabel("bottom", self.tr("shot"))
        self.rifle.setYRange(-150, 150)
