"""Random start or experience (T3): loss curves of a random start and of a start from a
rifle that has trained before."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout

from shooter.app.lessons.base import (
    Chart,
    Legend,
    LessonView,
    grouped,
    quiet_plot,
    set_axis_label,
    style_plot,
    wrapped_label,
)
from shooter.app.plots.axes import LogLabelAxis
from shooter.app.style import DEFAULT_STYLE
from shooter.core.experience import SCORE_THRESHOLD, WINDOW_SHOTS, ExperienceJob

COMBO_CHARACTERS = 12  # a combo box shows this much and elides the rest when narrow


def narrow_combo():
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(COMBO_CHARACTERS)
    return box


class ExperienceView(LessonView):
    chunk = 50
    BIAS_ONLY_STEPS = 40  # a bias-only rifle settles in a few shots
    NETWORK_STEPS = 400

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.result = None
        self.source = narrow_combo()
        self.source.addItem("", "train")
        self.source.addItem("", "current")
        self.source_label = wrapped_label()
        row = QHBoxLayout()
        row.addWidget(self.source_label)
        row.addWidget(self.source, 1)
        self.layout_.insertLayout(2, row)
        self.add_key("X", self.next_source,
                     lambda: self.tr("Experience: the other starting rifle"))
        self.verdict = wrapped_label()
        self.layout_.addWidget(self.verdict)
        self.graphics = Chart()
        # The training plots' log axis: one notation for every label, 1-2-5 labels only.
        self.plot = quiet_plot(self.graphics.addPlot(
            row=0, col=0, axisItems={"left": LogLabelAxis(orientation="left")}))
        self.plot.setLogMode(x=False, y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.legend = Legend()
        self.random_curve = self.plot.plot([], [])
        self.experienced_curve = self.plot.plot([], [])
        self.layout_.addWidget(self.graphics, 1)
        self.layout_.addWidget(self.legend)
        self.set_style(style)
        self.compute()

    def next_source(self):
        """The other choice of experienced rifle, computed at once."""
        self.source.setCurrentIndex((self.source.currentIndex() + 1) % self.source.count())
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
            return self.tr("not within {0} shots").format(grouped(fired))
        return self.tr("{0} shots").format(grouped(start.shots))

    def _verdict(self):
        result = self.result
        if result is None:
            self.verdict.setText("")
            return
        how = (self.tr("trained for {0} steps first").format(grouped(result.experience_steps))
               if result.experience_steps else self.tr("the rifle on the range now"))
        self.verdict.setText(self.tr(
            "Shots until the last {0} shots average ring {1} or better — random start: {2}; "
            "from experience ({3}): {4}.").format(result.window, f"{result.threshold:g}",
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
        goal = self.tr(
            "Two fresh rifles shoot on new conditions: one starts from random settings, one "
            "from a rifle that has trained before. Goal: the last {0} shots average ring {1}.")
        self.explanation.setText(goal.format(WINDOW_SHOTS, f"{SCORE_THRESHOLD:g}"))
        self.source_label.setText(self.tr("Experience:"))
        self.source.setItemText(0, self.tr("train the lesson's rifle first"))
        self.source.setItemText(1, self.tr("the rifle on the range now"))
        set_axis_label(self.plot.getAxis("bottom"), self.tr("shots fired"), self.style_)
        set_axis_label(self.plot.getAxis("left"), self.tr("loss (log scale)"), self.style_)
        palette = self.style_.palette
        self.legend.set_entries([
            ("━━", palette.error, self.tr("random start")),
            ("━━", palette.gradient, self.tr("from experience")),
        ], self.style_)
        self._verdict()
