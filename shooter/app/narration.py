"""One sentence on what just happened, in the current language, built from the records."""

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from shooter.app.style import DEFAULT_STYLE


def tr(text):
    return QCoreApplication.translate("Narration", text)


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
        parts.append(fmt(tr("%1 cm right") if right > 0 else tr("%1 cm left"), f"{abs(right):.1f}"))
    if abs(up) >= 0.05:
        parts.append(fmt(tr("%1 cm up") if up > 0 else tr("%1 cm down"), f"{abs(up):.1f}"))
    return tr(", ").join(parts) if parts else tr("nowhere")


def describe_fire(record):
    n = len(record.scores)
    if n == 1:
        return fmt(tr("Shot %1: the bullet flew %2 s and hit ring %3."), record.iteration + 1,
                   f"{record.flight_time_s[0]:.3f}", int(record.scores[0]))
    return fmt(tr("Burst %1: %2 rounds, rings %3."), record.iteration + 1, n,
               " ".join(str(int(s)) for s in record.scores))


def describe_loss(record):
    mean_miss = float(np.mean(np.hypot(record.offsets_cm[:, 0], record.offsets_cm[:, 1])))
    return fmt(tr("The red line is the error: %1 cm from the bullseye on average. "
                  "Loss (%2) = %3."), f"{mean_miss:.1f}", record.loss_name, f"{record.loss:.4g}")


def describe_pull_back(record):
    return fmt(tr("Pulled the target back: the gradient (green arrow) asks to move the aim %1."),
               cm(record.aim_step_cm))


def describe_adjust(record):
    return fmt(tr("Aim adjusted: the next shot moves %1."), cm(record.aim_shift_cm))


def describe_divergence(reason):
    causes = {
        "range_lost": tr("The shots flew off the range: the learning rate is too large."),
        "non_finite_loss": tr("The loss became infinite: the learning rate is too large."),
        "non_finite_weights": tr("The weights overflowed: the learning rate is too large."),
    }
    return causes.get(reason, reason) + " " + tr(
        "Training paused. Lower the learning rate, then press Restore to go back to the "
        "last good weights.")


class NarrationBar(QLabel):
    """The status line: the latest sentence, large enough to read from the back row."""

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.set_style(style)
        session.fired.connect(lambda r: self.say(describe_fire(r)))
        session.loss_measured.connect(lambda r: self.say(describe_loss(r)))
        session.pulled_back.connect(lambda r: self.say(describe_pull_back(r)))
        session.adjusted.connect(lambda r: self.say(describe_adjust(r)))
        session.diverged.connect(lambda reason: self.say(describe_divergence(reason)))
        session.restored.connect(lambda: self.say(tr("Last good weights restored.")))
        session.error.connect(self.say)
        session.frame.connect(self._training)

    def set_style(self, style):
        self.setFont(style.font(1.35))
        self.setMinimumHeight(int(style.font(1.35).pointSizeF() * 3.2))

    def say(self, sentence):
        self.setText(sentence)

    def _training(self, record):
        self.say(fmt(tr("Training: shot %1, loss %2, mean ring %3."), record.fire.iteration + 1,
                     f"{record.loss.loss:.4g}", f"{record.loss.mean_score:.1f}"))
