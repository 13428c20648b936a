"""One sentence on what just happened, in the current language, built from the records."""

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from shooter.app.style import DEFAULT_STYLE

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def fmt(template, *values):
    """Fill %1, %2, ... (Qt's placeholder style, kept by translators) with values."""
    for i, value in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


def cm(vector):
    """A shift on the target in words: '6.1 cm right, 4.0 cm down'."""
    right, up = float(vector[0]), float(vector[1])
    parts = []
    if abs(right) >= 0.05:
        text = (translate("Narration", "%1 cm right") if right > 0
                else translate("Narration", "%1 cm left"))
        parts.append(fmt(text, f"{abs(right):.1f}"))
    if abs(up) >= 0.05:
        text = (translate("Narration", "%1 cm up") if up > 0
                else translate("Narration", "%1 cm down"))
        parts.append(fmt(text, f"{abs(up):.1f}"))
    if not parts:
        return translate("Narration", "nowhere")
    return translate("Narration", ", ").join(parts)


def describe_fire(record):
    if len(record.scores) == 1:
        text = translate("Narration", "Shot %1: the bullet flew %2 s and hit ring %3.")
        return fmt(text, record.iteration + 1, f"{record.flight_time_s[0]:.3f}",
                   int(record.scores[0]))
    text = translate("Narration", "Burst %1: %2 rounds, rings %3.")
    return fmt(text, record.iteration + 1, len(record.scores),
               " ".join(str(int(s)) for s in record.scores))


def describe_loss(record):
    mean_miss = float(np.mean(np.hypot(record.offsets_cm[:, 0], record.offsets_cm[:, 1])))
    text = translate("Narration", "The red line is the error: %1 cm from the bullseye on "
                                  "average. Loss (%2) = %3.")
    return fmt(text, f"{mean_miss:.1f}", record.loss_name, f"{record.loss:.4g}")


def describe_pull_back(record):
    text = translate("Narration", "Target pulled back: the gradient (green arrow) asks to "
                                  "move the aim %1.")
    return fmt(text, cm(record.aim_step_cm))


def describe_adjust(record):
    return fmt(translate("Narration", "Aim adjusted: the next shot moves %1."),
               cm(record.aim_shift_cm))


def describe_divergence(reason):
    causes = {
        "range_lost": translate(
            "Narration", "The shots flew off the range: the learning rate is too large."),
        "non_finite_loss": translate(
            "Narration", "The loss became infinite: the learning rate is too large."),
        "non_finite_weights": translate(
            "Narration", "The weights overflowed: the learning rate is too large."),
    }
    advice = translate("Narration", "Training paused. Lower the learning rate, then press "
                                    "Restore to go back to the last good weights.")
    return f"{causes.get(reason, reason)} {advice}"


def describe_restored(_=None):
    return translate("Narration", "Last good weights restored.")


def describe_frame(record):
    text = translate("Narration", "Training: shot %1, loss %2, mean ring %3.")
    return fmt(text, record.fire.iteration + 1, f"{record.loss.loss:.4g}",
               f"{record.loss.mean_score:.1f}")


class NarrationBar(QLabel):
    """The status line: the latest sentence, large enough to read from the back row.

    It keeps what it last described, so a language switch re-tells it in the new language.
    """

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self._told = None  # (describe function, its argument)
        self.set_style(style)
        for signal, describe in ((session.fired, describe_fire),
                                 (session.loss_measured, describe_loss),
                                 (session.pulled_back, describe_pull_back),
                                 (session.adjusted, describe_adjust),
                                 (session.diverged, describe_divergence),
                                 (session.frame, describe_frame)):
            signal.connect(lambda value, describe=describe: self.tell(describe, value))
        session.restored.connect(lambda: self.tell(describe_restored, None))
        session.error.connect(lambda message: self.tell(str, message))

    def set_style(self, style):
        font = style.font(1.35)
        self.setFont(font)
        self.setMinimumHeight(int(font.pointSizeF() * 3.2))

    def tell(self, describe, value):
        self._told = (describe, value)
        self.setText(describe(value))

    def say(self, sentence):
        """Show a sentence that needs no re-telling (already in the current language)."""
        self.tell(str, sentence)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self._told is not None:
            self.setText(self._told[0](self._told[1]))
        super().changeEvent(event)
