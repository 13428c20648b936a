"""The worked example (T10): one shot, forward and back, number by number, as a page.

By default the page explains the shot the range shows -- the last one fired, with the
weights that fired it -- and follows the range as it moves on; "Explain a new shot" takes
the coming shots instead. The numbers come from shooter.core.explain on a copy of the
network, so explaining never changes the training. The page can be saved as HTML or text.
"""

import html

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shooter.app.crash import guarded
from shooter.app.legible import units_together
from shooter.app.lessons.base import KeyedMixin, PressingKeys, Reflow, key_button, named
from shooter.app.narration import describe_error
from shooter.app.style import DEFAULT_STYLE
from shooter.core.explain import explain_shot
from shooter.core.trainer import Trainer
from shooter.files import write_text_atomic

FOLLOW_MS = 150  # the page follows the range this long after its last move (not every frame)


def numbers(values, digits=4):
    """Numbers as a person writes them: 163.2, or (0.1234, -5.678) for a row, rows of a
    matrix separated by ';'. A batch of one shot is written as that shot."""
    array = np.asarray(values, dtype=np.float64)
    while array.ndim > 0 and array.shape[0] == 1:
        array = array[0]
    if array.ndim == 0:
        return f"{float(array):.{digits}g}"
    if array.size == 0:
        return "()"
    if array.ndim == 1:
        return "(" + ", ".join(f"{v:.{digits}g}" for v in array) + ")"
    return "(" + "; ".join(numbers(row, digits)[1:-1] for row in array) + ")"


def shot_on_range(trainer):
    """(weights, FireRecord) of the shot the range shows: the last one fired, with the weights
    it was fired with (those before its adjustment, once adjusted); (weights, None) before
    the first shot."""
    fire = trainer.last.get("fire")
    if fire is None:
        return trainer.network.get_weights(), None
    adjust = trainer.last.get("adjust")
    if trainer.next_phase == "fire" and adjust is not None and adjust.iteration == fire.iteration:
        return [w.copy() for w in trainer.last_good], fire
    return trainer.network.get_weights(), fire


def coming_shot_trainer(trainer, ahead):
    """A copy of `trainer`'s network and shot stream, `ahead` shots past the next one, about
    to fire; the original is left as it is."""
    copy = Trainer(trainer.config, weights=trainer.network.get_weights())
    copy.shots.set_rng_states(trainer.shots.rng_states())
    for _ in range(ahead):
        copy.shots.next()
    copy.iteration = trainer.iteration + (trainer.next_phase != "fire") + ahead
    return copy


class WorkedExampleView(KeyedMixin, QWidget):
    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.session = session
        self.explanation = None
        self.ahead = None  # None: the shot on the range; n: the n-th coming shot after the next
        self.pressing_keys = PressingKeys(self)
        self.page = QTextBrowser()
        self.on_range = key_button(self.pressing_keys)
        self.on_range.clicked.connect(self.explain_range_shot)
        self.new_shot = key_button(self.pressing_keys)
        self.new_shot.clicked.connect(self.explain)
        self.save_button = key_button(self.pressing_keys)
        self.save_button.clicked.connect(self.save_dialog)
        buttons = Reflow()  # one above the other when the three do not fit side by side
        for button in (self.on_range, self.new_shot, self.save_button):
            buttons.add(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.key_for(self.new_shot, "E", lambda: self.tr("Explain a new shot"))
        self.key_for(self.on_range, "H", lambda: self.tr("Explain the shot on the range"))
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.explain_range_shot)
        for signal in (session.fired, session.adjusted, session.frame, session.restored):
            signal.connect(self._range_moved)
        session.restarted.connect(self._range_moved)
        session.trainer_changed.connect(self._range_moved)
        self.set_style(style)
        self.explain_range_shot()

    def set_style(self, style):
        self.style_ = style
        self.page.setFont(style.font(1.1))
        for button in (self.on_range, self.new_shot, self.save_button):
            button.setFont(style.font(1.05))
        self.retranslate()

    def retranslate(self):
        self.on_range.setText(self.tr("The shot on the range"))
        self.new_shot.setText(self.tr("Explain a new shot"))
        self.save_button.setText(self.tr("Save as HTML or text…"))
        self.retranslate_keys()
        if self.explanation is not None:
            self.page.setHtml(self.to_html())

    @guarded()
    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- which shot ----------------------------------------------------------------------------
    @guarded()
    def _range_moved(self, *_args):
        self._follow.start()

    @guarded()
    def explain_range_shot(self):
        """The shot the range shows, fired again by a copy with the weights that fired it."""
        self._follow.stop()
        self.ahead = None
        trainer = self.session.trainer
        weights, shot = shot_on_range(trainer)
        if shot is None:
            self._show(explain_shot(coming_shot_trainer(trainer, 0)))
            return
        copy = Trainer(trainer.config, weights=weights)
        self._show(explain_shot(copy, shot))

    @guarded()
    def explain(self):
        """One of the coming shots (the next, then the one after...) with the current network;
        the training is left untouched."""
        self._follow.stop()
        self.ahead = 0 if self.ahead is None else self.ahead + 1
        self._show(explain_shot(coming_shot_trainer(self.session.trainer, self.ahead)))

    def _show(self, explanation):
        self.explanation = explanation
        self.page.setHtml(self.to_html())

    # --- the page --------------------------------------------------------------------------
    def sections(self):
        """(heading, [lines]) in reading order: forward, then the chain rule backward."""
        e = self.explanation
        flight, conditions = e["flight"], e["inputs"]["conditions"]
        forward = [
            self.tr("Conditions: distance {0} m, crosswind {1} m/s.").format(
                numbers(conditions["distance_m"]), numbers(conditions["crosswind_mps"])),
            self.tr("Network input x (conditions scaled to -1..1): {0}").format(
                numbers(e["inputs"]["features"]))]
        for layer in e["layers"]:
            forward += [
                self.tr("Layer {0}: z = x·W + b, W = {1}, b = {2}").format(layer["index"] + 1,
                    numbers(layer["W"]), numbers(layer["b"])),
                self.tr("   z = {0}, after {1}: a = {2}").format(numbers(layer["pre_activation"]),
                    named("activation", layer["activation"]), numbers(layer["output"]))]
        flight_lines = [
            self.tr("Aim (mrad, right/up): {0}").format(numbers(e["aim_mrad"])),
            self.tr("Flight time {0} s, drop {1} cm, wind drift {2} cm.").format(
                numbers(flight["time_of_flight_s"]), numbers(flight["drop_cm"]),
                numbers(flight["wind_drift_cm"])),
            self.tr("Impact (cm from the bullseye): {0}, ring {1}").format(numbers(e["impact_cm"]),
                numbers(e["ring"])),
            self.tr("Error per shot ({0}): {1}, loss = mean = {2}").format(
                named("loss", e["loss_name"]), numbers(e["errors"]), numbers(e["loss"]))]
        sections = [(self.tr("Forward"), forward), (self.tr("Flight and loss"), flight_lines)]
        if "aim_grad" not in e:
            return sections
        return [*sections, (self.tr("Backward: the chain rule"), self.backward_lines())]

    def backward_lines(self):
        e = self.explanation
        lines = [
            self.tr("dL/d(offset) = {0}").format(numbers(e["loss_grad_offset"])),
            self.tr("dL/d(aim) = dL/d(offset) × {0} cm/mrad = {1}").format(
                numbers(e["flight"]["jacobian_cm_per_mrad"]), numbers(e["aim_grad"]))]
        for layer in reversed(e["layers"]):
            lines += [
                self.tr("Layer {0}: dL/da = {1}, dL/dz = {2}").format(layer["index"] + 1,
                    numbers(layer["grad_output"]), numbers(layer["grad_pre_activation"])),
                self.tr("   dL/dW = xᵀ·dL/dz = {0}, dL/db = {1}").format(numbers(layer["dW"]),
                    numbers(layer["db"]))]
            if layer["index"] > 0:  # the chain goes on into the layer before
                lines.append(self.tr("   dL/da of layer {0} = dL/dz·Wᵀ = {1}").format(
                    layer["index"], numbers(layer["grad_input"])))
        return lines

    def heading(self):
        return self.tr("Shot {0}, number by number").format(self.explanation["iteration"] + 1)

    def to_html(self):
        parts = [f"<h2>{html.escape(self.heading())}</h2>"]
        for heading, lines in self.sections():
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts += [f"<p style='font-family: monospace'>{html.escape(units_together(line))}</p>"
                      for line in lines]
        return "<html><body>" + "\n".join(parts) + "</body></html>"

    def to_text(self):
        parts = [self.heading(), ""]
        for heading, lines in self.sections():
            parts += [heading, "-" * len(heading), *lines, ""]
        return "\n".join(parts)

    def save(self, path):
        text = self.to_html() if str(path).lower().endswith((".html", ".htm")) else self.to_text()
        write_text_atomic(path, text)

    @guarded()
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
                                self.tr("{0}: {1}").format(path, reason))
