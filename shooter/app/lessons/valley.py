"""Step size (T8): the 1-D valley walked with fixed steps 1, 5 and 11 from x = 10, side by
side and step by step, and the same three choices on the rifle (small, right, too large a
learning rate, from the step-size lesson's own rates)."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shooter.app.crash import guarded
from shooter.app.lessons.base import (
    Chart,
    KeyedMixin,
    Legend,
    PressingKeys,
    key_button,
    quiet_plot,
    style_plot,
    wrapped_label,
)
from shooter.app.style import DEFAULT_STYLE
from shooter.constants import TARGET_RADIUS_CM
from shooter.core.lessons import LESSONS, valley_descent
from shooter.core.trainer import Trainer

VALLEY_STEPS = (1.0, 5.0, 11.0)
VALLEY_START = 10.0
VALLEY_MAX_STEPS = 12
STEP_MS = 600  # one step of every walk per 0.6 s: slow enough to follow aloud
TICK_MS = 50
RIFLE_SHOTS = 12
ARC_POINTS = 17
ARC_RISE = 0.2  # each jump is an arc above the valley, this high per unit of its length ...
ARC_REPEAT = 1.0  # ... and this much higher each time the same jump comes again, so a
#                   swing repeated for ever shows as a stack of arcs, not a single segment
SEQUENCE_SHOWN = 3  # the last positions written under a valley
PLOT_MIN_PX = 96  # a chart shrinks this far in a short place (a projector) before scrolling


def jump_arcs(path):
    """Each step of a walk as an arc from one point of |x| to the next, NaN between arcs so
    they are drawn apart: (xs, ys)."""
    t = np.linspace(0.0, 1.0, ARC_POINTS)
    xs, ys, seen = [], [], {}
    for a, b in zip(path[:-1], path[1:]):
        repeats = seen.get((a, b), 0)
        seen[(a, b)] = repeats + 1
        rise = ARC_RISE * abs(b - a) + ARC_REPEAT * repeats
        xs += [a + (b - a) * t, [np.nan]]
        ys += [abs(a) + (abs(b) - abs(a)) * t + rise * 4 * t * (1 - t), [np.nan]]
    if not xs:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys)


def rifle_misses():
    """Horizontal miss (cm) of each shot for each of the step-size lesson's learning rates."""
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


class ValleyView(KeyedMixin, QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.style_ = style
        self.paths = [valley_descent(VALLEY_START, step, max_steps=VALLEY_MAX_STEPS)
                      for step in VALLEY_STEPS]
        self.runs = rifle_misses()  # once: the lesson's rates do not change
        self.shown_steps = 0
        self._elapsed_ms = 0
        self.pressing_keys = PressingKeys(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # a 1024x768 projector has no height to spare
        self.title = wrapped_label()
        layout.addWidget(self.title)
        layout.addLayout(self._build_valleys(), 1)
        self.rifle_title = wrapped_label()
        layout.addWidget(self.rifle_title)
        self._build_rifle()
        layout.addWidget(self.rifle_graphics, 1)
        layout.addWidget(self.rifle_legend)
        self.replay = key_button(self.pressing_keys)
        self.replay.clicked.connect(self.restart)
        layout.addWidget(self.replay)
        self.key_for(self.replay, "W", lambda: self.tr("Walk again"))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.set_style(style)
        self.restart()

    def _build_valleys(self):
        row = QHBoxLayout()
        xs = np.linspace(-12, 12, 241)
        self.valleys, self.floors, self.arcs, self.walkers = [], [], [], []
        self.valley_titles, self.sequences = [], []
        for _step in VALLEY_STEPS:
            title, sequence = wrapped_label(), QLabel()
            sequence.setAlignment(Qt.AlignCenter)
            graphics = Chart(PLOT_MIN_PX, PLOT_MIN_PX)
            plot = quiet_plot(graphics.addPlot())
            floor = plot.plot(xs, np.abs(xs))
            arcs = plot.plot([], [], connect="finite")
            walker = plot.plot([], [], pen=None, symbol="o")
            plot.setXRange(-12, 12)
            plot.setYRange(-0.5, 12.5 + ARC_RISE * 11 + ARC_REPEAT * VALLEY_MAX_STEPS / 2)
            column = QVBoxLayout()  # a box, not a grid: wrapped words get their height
            column.addWidget(title)
            column.addWidget(graphics, 1)
            column.addWidget(sequence)
            row.addLayout(column, 1)
            self.valleys.append(plot)
            self.floors.append(floor)
            self.arcs.append(arcs)
            self.walkers.append(walker)
            self.valley_titles.append(title)
            self.sequences.append(sequence)
            plot.graphics = graphics
        return row

    def _build_rifle(self):
        self.rifle_graphics = Chart(PLOT_MIN_PX, PLOT_MIN_PX)
        self.rifle = quiet_plot(self.rifle_graphics.addPlot(row=0, col=0))
        self.rifle.showGrid(x=True, y=True, alpha=0.3)
        self.rims = [self.rifle.addLine(y=edge) for edge in (-TARGET_RADIUS_CM, TARGET_RADIUS_CM)]
        self.rifle_curves = []
        for _lr, misses in self.runs:
            shots = np.arange(1, len(misses) + 1)
            self.rifle_curves.append(self.rifle.plot(shots, misses, symbol="o"))
        self.rifle.setXRange(0.5, RIFLE_SHOTS + 0.5, padding=0)
        self.rifle.setYRange(-150, 150, padding=0)
        self.rifle_legend = Legend()

    # --- look and words ----------------------------------------------------------------------
    def set_style(self, style):
        self.style_ = style
        palette = style.palette
        self.title.setFont(style.font(1.3, bold=True))
        self.rifle_title.setFont(style.font(1.0, bold=True))
        for label in self.valley_titles:
            label.setFont(style.font(0.95, bold=True))
        for label in self.sequences:
            label.setFont(style.font(0.9))
        self.replay.setFont(style.font())
        colours = self.colours()
        for plot, floor, arcs, walker, colour in zip(self.valleys, self.floors, self.arcs,
                                                     self.walkers, colours):
            plot.graphics.setBackground(palette.background)
            style_plot(plot, style)
            floor.setPen(pg.mkPen(palette.muted, width=style.px(2)))
            arcs.setPen(pg.mkPen(colour, width=style.px(2)))
            walker.setSymbolBrush(colour)
            walker.setSymbolPen(pg.mkPen(palette.background, width=style.px(1)))
            walker.setSymbolSize(style.px(14))
        self.rifle_graphics.setBackground(palette.background)
        style_plot(self.rifle, style)
        for rim in self.rims:
            rim.setPen(pg.mkPen(palette.muted, width=style.px(1), style=Qt.DashLine))
        for curve, colour in zip(self.rifle_curves, colours):
            curve.setPen(pg.mkPen(colour, width=style.px(3)))
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(pg.mkPen(palette.background, width=style.px(1)))
            curve.setSymbolSize(style.px(9))
        self.retranslate()

    def colours(self):
        palette = self.style_.palette
        return (palette.hole, palette.gradient, palette.error)

    def retranslate(self):
        self.title.setText(self.tr("Walking down the valley |x| from x = 10 with a fixed step"))
        self.replay.setText(self.tr("Walk again"))
        self.retranslate_keys()
        for title, step, path in zip(self.valley_titles, VALLEY_STEPS, self.paths):
            reached = path[-1] == 0.0
            verdict = (self.tr("floor in {0} steps").format(len(path) - 1)
                       if reached else self.tr("never reaches the floor"))
            title.setText(self.tr("step {0}: {1}").format(f"{step:g}", verdict))
        self.rifle_title.setText(self.tr("The same on the rifle: horizontal miss per shot (cm); "
                                         "dashed: the target's rim"))
        self.rifle_legend.set_entries([
            ("●", colour, self.tr("learning rate {0}").format(f"{lr:g}"))
            for colour, (lr, _) in zip(self.colours(), self.runs)], self.style_)
        self.rifle.setLabel("bottom", self.tr("shot"), color=self.style_.palette.text)
        self._draw_walks()

    @guarded()
    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the walk: a pure function of elapsed time, so tests can drive it -----------------
    @guarded()
    def restart(self):
        self._elapsed_ms = 0
        self.shown_steps = 0
        self._draw_walks()
        self._timer.start()

    @property
    def last_step(self):
        return max(len(p) for p in self.paths) - 1

    def advance(self, dt_ms):
        self._elapsed_ms += int(dt_ms)
        steps = min(self._elapsed_ms // STEP_MS, self.last_step)
        if steps != self.shown_steps:
            self.shown_steps = steps
            self._draw_walks()
        if steps == self.last_step:
            self._timer.stop()

    @guarded()
    def _tick(self):
        self.advance(self._timer.interval())

    def _draw_walks(self):
        for walker, arcs, sequence, path in zip(self.walkers, self.arcs, self.sequences,
                                                self.paths):
            visited = np.array(path[: self.shown_steps + 1])
            walker.setData(visited, np.abs(visited))
            arcs.setData(*jump_arcs(visited))
            sequence.setText(self.sequence_text(visited))

    @staticmethod
    def sequence_text(visited):
        """The last positions of x, '10 → -1 → 10', the older ones elided."""
        shown = [f"{x:g}" for x in visited[-SEQUENCE_SHOWN:]]
        if len(visited) > SEQUENCE_SHOWN:
            shown.insert(0, "…")
        return "→".join(shown)
