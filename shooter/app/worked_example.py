"""The worked example (T10): one shot of the current network, forward and back, as a page.

The numbers come from shooter.core.explain on a copy of the current network, so taking the
example never changes the training. The page can be saved as HTML or plain text.
"""

import html

import numpy as np
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shooter.app.narration import activation_name, describe_error, fmt, loss_name
from shooter.app.style import DEFAULT_STYLE
from shooter.core.explain import explain_shot
from shooter.core.trainer import Trainer
from shooter.files import write_text_atomic


def numbers(values, digits=4):
    """A row or matrix of numbers, compact: [0.1234, -5.678]."""
    array = np.asarray(values, dtype=np.float64)
    if array.ndim == 0:
        return f"{float(array):.{digits}g}"
    return "[" + ", ".join(numbers(v, digits) for v in array) + "]"


class WorkedExampleView(QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.explanation = None
        self.page = QTextBrowser()
        self.new_shot = QPushButton()
        self.new_shot.clicked.connect(self.explain)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_shot)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)
        self.set_style(style)
        self.explain()

    def set_style(self, style):
        self.style_ = style
        self.page.setFont(style.font(1.1))
        self.retranslate()

    def retranslate(self):
        self.new_shot.setText(self.tr("Explain a new shot"))
        self.save_button.setText(self.tr("Save as HTML or text…"))
        if self.explanation is not None:
            self.page.setHtml(self.to_html())

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def explain(self):
        """One shot of a copy of the current network (the training is left untouched)."""
        state = self.session.network_state()
        weights = [w for pair in state.weights for w in pair]
        trainer = Trainer(self.session.config, weights=weights)
        self.explanation = explain_shot(trainer)
        self.page.setHtml(self.to_html())

    # --- the page --------------------------------------------------------------------------
    def sections(self):
        """(heading, [lines]) in reading order: forward, then the chain rule backward."""
        e = self.explanation
        flight, conditions = e["flight"], e["inputs"]["conditions"]
        forward = [
            fmt(self.tr("Conditions: distance %1 m, crosswind %2 m/s."),
                numbers(conditions["distance_m"]), numbers(conditions["crosswind_mps"])),
            fmt(self.tr("Network input x (conditions scaled to -1..1): %1"),
                numbers(e["inputs"]["features"]))]
        for layer in e["layers"]:
            forward += [
                fmt(self.tr("Layer %1: z = x·W + b, W = %2, b = %3"), layer["index"] + 1,
                    numbers(layer["W"]), numbers(layer["b"])),
                fmt(self.tr("   z = %1, after %2: a = %3"), numbers(layer["pre_activation"]),
                    activation_name(layer["activation"]), numbers(layer["output"]))]
        flight_lines = [
            fmt(self.tr("Aim (mrad, right/up): %1"), numbers(e["aim_mrad"])),
            fmt(self.tr("Flight time %1 s, drop %2 cm, wind drift %3 cm."),
                numbers(flight["time_of_flight_s"]), numbers(flight["drop_cm"]),
                numbers(flight["wind_drift_cm"])),
            fmt(self.tr("Impact (cm from the bullseye): %1, ring %2"), numbers(e["impact_cm"]),
                numbers(e["ring"])),
            fmt(self.tr("Error per shot (%1): %2, loss = mean = %3"), loss_name(e["loss_name"]),
                numbers(e["errors"]), numbers(e["loss"]))]
        sections = [(self.tr("Forward"), forward), (self.tr("Flight and loss"), flight_lines)]
        if "aim_grad" not in e:
            return sections
        backward = [
            fmt(self.tr("dL/d(offset) = %1"), numbers(e["loss_grad_offset"])),
            fmt(self.tr("dL/d(aim) = dL/d(offset) × %1 cm/mrad = %2"),
                numbers(flight["jacobian_cm_per_mrad"]), numbers(e["aim_grad"]))]
        for layer in reversed(e["layers"]):
            backward += [
                fmt(self.tr("Layer %1: dL/da = %2, dL/dz = %3"), layer["index"] + 1,
                    numbers(layer["grad_output"]), numbers(layer["grad_pre_activation"])),
                fmt(self.tr("   dL/dW = xᵀ·dL/dz = %1, dL/db = %2"), numbers(layer["dW"]),
                    numbers(layer["db"]))]
        return [*sections, (self.tr("Backward: the chain rule"), backward)]

    def to_html(self):
        parts = [f"<h2>{html.escape(self.tr('One shot, number by number'))}</h2>"]
        for heading, lines in self.sections():
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts += [f"<p style='font-family: monospace'>{html.escape(line)}</p>"
                      for line in lines]
        return "<html><body>" + "\n".join(parts) + "</body></html>"

    def to_text(self):
        parts = [self.tr("One shot, number by number"), ""]
        for heading, lines in self.sections():
            parts += [heading, "-" * len(heading), *lines, ""]
        return "\n".join(parts)

    def save(self, path):
        text = self.to_html() if str(path).lower().endswith((".html", ".htm")) else self.to_text()
        write_text_atomic(path, text)

    def save_dialog(self):
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the worked example"), "worked-example.html",
            self.tr("Web page (*.html);;Text (*.txt)"))
        if not path:
            return
        try:
            self.save(path)
        except OSError as exc:
            reason = describe_error(exc.strerror or exc)
            QMessageBox.warning(self, self.tr("Could not save"),
                                fmt(self.tr("%1: %2"), path, reason))
