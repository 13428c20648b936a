"""Walk to the target or pull it back (T9): the gradient by one forward pass per parameter
and by one backward pass, side by side."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem

from shooter.app.crash import guarded
from shooter.app.lessons.base import LessonView, grouped, parameter_name, wrapped_label
from shooter.app.style import DEFAULT_STYLE
from shooter.core.differentiation import ModesJob

MAX_TABLE_ROWS = 2000  # every setting of any network a lesson builds; a bound for huge ones


class DifferentiationView(LessonView):
    """The gradient by N forward passes and by one backward pass: counts, and every setting's
    two values in a table that takes the rest of the view and scrolls."""

    chunk = 16

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(session, style, parent)
        self.result = None
        self.shape = None
        self.figures = {}
        for key in ("parameters", "forward", "backward", "difference"):
            name, value = wrapped_label(), wrapped_label()
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            row = QHBoxLayout()  # a box, not a grid: wrapped words get their height
            row.addWidget(name, 2)
            row.addWidget(value, 3)
            self.layout_.addLayout(row)
            self.figures[key] = (name, value)
        self.gradients = self.table(4)
        self.layout_.addWidget(self.gradients, 1)
        # Bound methods, not lambdas: Qt drops them when the view is deleted with its lesson.
        session.trainer_changed.connect(self._trainer_changed)
        self.set_style(style)
        self.compute()

    @guarded()
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
            "forward": self.tr("{0} passes, {1} multiply-adds").format(
                grouped(result.forward_passes),
                           grouped(result.forward_multiply_adds)),
            "backward": self.tr("{0} pass, {1} multiply-adds").format(result.backward_passes,
                            grouped(result.backward_multiply_adds)),
            "difference": self.tr("{0} — {1}").format(f"{result.max_abs_difference:.2g}",
                              self.tr("the two gradients agree") if result.agree
                              else self.tr("the two gradients DISAGREE")),
        }
        for key, text in texts.items():
            self.figures[key][1].setText(text)
        colour = self.style_.palette.gradient if result.agree else self.style_.palette.error
        self.figures["difference"][1].setStyleSheet(f"color: {colour}")
        inputs, hidden = self.shape
        shown = min(MAX_TABLE_ROWS, result.parameter_count)
        self.gradients.setRowCount(shown)
        for r in range(shown):
            forward, backward = result.forward_gradient[r], result.backward_gradient[r]
            # Six figures read from the back row and still show the two agree; numbers
            # line up on the right, where their units are.
            cells = (parameter_name(result.refs[r], inputs, hidden), f"{forward:+.6g}",
                     f"{backward:+.6g}", f"{abs(forward - backward):.1e}")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment((Qt.AlignLeft if c == 0 else Qt.AlignRight)
                                      | Qt.AlignVCenter)
                self.gradients.setItem(r, c, item)
        self.fit_columns(self.gradients)

    def apply_style(self):
        for name, value in self.figures.values():
            name.setFont(self.style_.font(1.05))
            value.setFont(self.style_.font(1.15, bold=True))
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
