"""File > Export > Animation: one small dialog asking how many steps, what size and where.

Keyboard friendly: the steps field has the focus, Tab moves on, Enter records, Esc cancels.
"""

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shooter.app.crash import guarded
from shooter.app.recording import DEFAULT_SIZE, PHASES_PER_STEP, Plan, parse_size
from shooter.core.messages import ShooterError

DEFAULT_STEPS = 8


def steps_available(session):
    """Whole steps that can be taken back and played again (a partial one counts)."""
    return -(-session.phases_to_take_back // PHASES_PER_STEP)


def suggested_steps(session):
    """The span chosen on the timeline, from the step it shows to the present; otherwise
    the last few steps."""
    if session.shown_step is not None:
        return max(1, session.steps_done - session.shown_step)
    return DEFAULT_STEPS


class AnimationDialog(QDialog):
    def __init__(self, window, most_steps, suggested_path, suggested_steps=DEFAULT_STEPS):
        super().__init__(window)
        self.setWindowTitle(self.tr("Export an animation"))
        self.steps = QSpinBox()
        self.steps.setRange(1, most_steps)
        self.steps.setValue(min(suggested_steps, most_steps))
        self.size_field = QLineEdit("x".join(map(str, DEFAULT_SIZE)))
        self.path_field = QLineEdit(suggested_path)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_field, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Last steps"), self.steps)
        form.addRow(self.tr("Size (width x height)"), self.size_field)
        form.addRow(self.tr("File (.gif, .png for APNG, .webp)"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.steps.setFocus()

    @guarded()
    def _browse(self):
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export an animation"), self.path_field.text(),
            self.tr("GIF animation (*.gif);;Animated PNG (*.png);;WebP animation (*.webp)"))
        if path:
            self.path_field.setText(path if "." in os.path.basename(path) else path + ".gif")

    def plan(self):
        """The plan as filled in (a ShooterError for a size that is no size)."""
        return Plan(Path(self.path_field.text().strip()), self.steps.value(),
                    parse_size(self.size_field.text()))


def ask_animation_plan(window, record):
    """Open the dialog (window-modal, without a nested event loop); `record(plan)` runs when
    it is accepted. Nothing to record or a bad size: the status bar says why."""
    from shooter.app.narration import describe_error

    most = steps_available(window.session)
    if most == 0:
        window.statusBar().showMessage(
            window.tr("Nothing to record yet: take a few steps first."), 10000)
        return None
    suggested = os.path.join(window.export_folder or "", window.export_name("animation", "gif"))
    dialog = AnimationDialog(window, most, suggested, suggested_steps(window.session))
    dialog.setAttribute(Qt.WA_DeleteOnClose)

    @guarded()
    def accepted():
        try:
            plan = dialog.plan()
        except ShooterError as exc:
            window.statusBar().showMessage(describe_error(exc), 10000)
            return
        record(plan)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
