"""One sentence on what just happened, in the current language, built from the records.

The core speaks in keys: records carry numbers and key words (shooter.core.words), errors
carry a message key and its parameters (shooter.core.messages). Here both become words of
the current language; nothing the core says is parsed back.
"""

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from shooter.app.crash import guarded
from shooter.app.style import DEFAULT_STYLE
from shooter.core import messages, words
from shooter.core.messages import Message, one_line

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")
NARRATION_LINES = 2  # the status line's height: a sentence that wraps once still fits


def word(kind, key):
    """A name from shooter.core.words in the current language."""
    return words.word(kind, key, lambda text: translate(words.CONTEXT, text))


def cm(vector):
    """A shift on the target in words: '6.1 cm right, 4.0 cm down'."""
    right, up = float(vector[0]), float(vector[1])
    parts = []
    for value, positive, negative in ((right, "right", "left"), (up, "up", "down")):
        if abs(value) >= 0.05:
            text = translate("Narration", "{distance} cm {direction}")
            parts.append(text.format(distance=f"{abs(value):.1f}",
                                     direction=word("direction",
                                                    positive if value > 0 else negative)))
    if not parts:
        return translate("Narration", "nowhere")
    return translate("Narration", ", ").join(parts)


def loss_name(key):
    """A loss function's key (mse, distance, huber) as the control panel names it."""
    return word("loss", key)


def in_both_words(phase, sentence):
    """A phase's sentence led by its name on the range and its name in the field:
    'Fire — the forward pass. Shot 3: ...'."""
    text = translate("Narration", "{analogy} — {term}. {sentence}")
    return text.format(analogy=word("phase", phase), term=word("phase_term", phase),
                       sentence=sentence)


def describe_fire(record):
    if len(record.scores) == 1:
        text = translate("Narration", "Shot {shot}: the bullet flew {seconds} s and hit "
                                      "ring {ring}.")
        sentence = text.format(shot=record.iteration + 1,  # the time as the side view shows it
                               seconds=f"{record.flight_time_s[0]:.2f}",
                               ring=int(record.scores[0]))
    else:
        text = translate("Narration", "Burst {burst}: {count} shots, rings {rings}.")
        sentence = text.format(burst=record.iteration + 1, count=len(record.scores),
                               rings=" ".join(str(int(s)) for s in record.scores))
    return in_both_words("fire", sentence)


def describe_loss(record, range_shown=True):
    """The loss in numbers; pointing at the red lines only when the range is in view."""
    mean_miss = float(np.mean(np.hypot(record.offsets_cm[:, 0], record.offsets_cm[:, 1])))
    if range_shown:
        text = translate("Narration", "The red line is the error: {miss} cm from the bullseye "
                                      "on average. Loss ({name}) = {loss}.")
    else:
        text = translate("Narration", "The error: {miss} cm from the bullseye on average. "
                                      "Loss ({name}) = {loss}.")
    return in_both_words("loss", text.format(miss=f"{mean_miss:.1f}",
                                             name=loss_name(record.loss_name),
                                             loss=words.loss_number(record.loss)))


def describe_pull_back(record, range_shown=True):
    """The gradient's step; pointing at the green arrow only when the range is in view."""
    if range_shown:
        text = translate("Narration", "The gradient (green arrow) asks to move the aim "
                                      "{shift}.")
    else:
        text = translate("Narration", "The gradient asks to move the aim {shift}.")
    return in_both_words("pull_back", text.format(shift=cm(record.aim_step_cm)))


def describe_adjust(record):
    text = translate("Narration", "The next shot moves {shift}.")
    return in_both_words("adjust", text.format(shift=cm(record.aim_shift_cm)))


def describe_divergence(reason):
    text = translate("Narration", "Training stopped: {reason}. The learning rate is too "
                                  "large. Lower the learning rate, then press Restore to go "
                                  "back to the last weights that hit the target.")
    return text.format(reason=word("divergence", reason))


def describe_restored(_=None):
    return translate("Narration", "Last good weights restored.")


def describe_frame(record, moment="training"):
    """A step of automatic training: while it runs ("training"), where it was paused
    ("paused"), or shown again on the timeline ("shown"). A step is a shot, or a burst of
    several shots in the lessons that fire them."""
    burst = len(record.fire.scores) > 1
    if moment == "training":
        text = (translate("Narration", "Training: burst {shot} ({count} shots), loss {loss}, "
                                       "mean ring {ring}.") if burst else
                translate("Narration", "Training: shot {shot}, loss {loss}, mean ring {ring}."))
    elif moment == "paused":
        text = (translate("Narration", "Paused after burst {shot} ({count} shots): loss "
                                       "{loss}, mean ring {ring}.") if burst else
                translate("Narration", "Paused after shot {shot}: loss {loss}, mean ring "
                                       "{ring}."))
    else:
        text = (translate("Narration", "Burst {shot} ({count} shots): loss {loss}, mean ring "
                                       "{ring}.") if burst else
                translate("Narration", "Shot {shot}: loss {loss}, mean ring {ring}."))
    return text.format(shot=record.fire.iteration + 1, count=len(record.fire.scores),
                       loss=words.loss_number(record.loss.loss),
                       ring=f"{record.loss.mean_score:.1f}")


def describe_pause(record):
    return describe_frame(record, "paused")


def describe_shown_step(record):
    return describe_frame(record, "shown")


def describe_error(error):
    """An error for the user in the current language: a ShooterError (or a Message) by its
    key and parameters; anything else as one line of its own text."""
    message = error if isinstance(error, Message) else getattr(error, "message", None)
    if isinstance(message, Message):
        return message.render(lambda text: translate(messages.CONTEXT, text))
    return one_line(str(error))


class NarrationBar(QLabel):
    """The status line: the latest sentence, large enough to read from the back row.

    It keeps what it last described, so a language switch re-tells it in the new language,
    and so does a switch between the range and a lesson's own view, which has no red lines
    or green arrow to point at.
    """

    def __init__(self, session, style=DEFAULT_STYLE, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self._session = session
        self._told = None  # (describe function, its argument)
        self._range_shown = True
        self.set_style(style)
        for signal, describe in ((session.fired, describe_fire),
                                 (session.loss_measured, self._describe_loss),
                                 (session.pulled_back, self._describe_pull_back),
                                 (session.adjusted, describe_adjust),
                                 (session.diverged, describe_divergence)):
            signal.connect(lambda value, describe=describe: self.tell(describe, value))
        session.restored.connect(lambda: self.tell(describe_restored, None))
        session.frame.connect(self._frame)
        session.running_changed.connect(self._running_changed)
        # A new lesson, a reset or going back: the old sentence is about a shot that is gone
        # (going back then re-tells the phases it replays).
        session.restarted.connect(self.clear_told)
        session.error.connect(lambda message: self.tell(describe_error, message))

    def set_style(self, style):
        """Large type, and room for two lines kept whether or not a sentence wraps: the
        views above do not jump from one phase to the next."""
        font = style.font(1.35)
        self.setFont(font)
        margins = self.contentsMargins()
        self.setMinimumHeight(math.ceil(NARRATION_LINES * QFontMetricsF(font).lineSpacing())
                              + margins.top() + margins.bottom())

    @guarded()
    def _frame(self, record):
        """A frame of training, or one the timeline shows again while nothing runs."""
        self.tell(describe_frame if self._session.running else describe_shown_step, record)

    @guarded()
    def _running_changed(self, running):
        """Paused: the last frame's sentence says training stopped there (the pause itself
        may have drawn that frame, after the timer stopped)."""
        if (not running and self._told is not None
                and self._told[0] in (describe_frame, describe_shown_step)):
            self.tell(describe_pause, self._told[1])

    def _describe_loss(self, record):
        return describe_loss(record, self._range_shown)

    def _describe_pull_back(self, record):
        return describe_pull_back(record, self._range_shown)

    def set_range_shown(self, shown):
        """Whether the range (its red lines and green arrow) is in view: the sentence told
        is told again to match."""
        if shown != self._range_shown:
            self._range_shown = shown
            self._retell()

    def _retell(self):
        if self._told is not None:
            self.setText(self._told[0](self._told[1]))

    def tell(self, describe, value):
        self._told = (describe, value)
        self.setText(describe(value))

    def clear_told(self):
        self._told = None
        self.clear()

    def say(self, sentence):
        """Show a sentence that needs no re-telling (already in the current language)."""
        self.tell(str, sentence)

    @guarded()
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self._retell()
        super().changeEvent(event)
