"""One sentence on what just happened, in the current language, built from the records.

The core speaks in keys and plain English messages; this is where both become words of the
current language (core never imports Qt, so its messages are matched and re-told here).
"""

import re

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


def loss_name(key):
    """A loss function's key (mse, distance, huber) as the control panel names it."""
    names = {"mse": translate("Narration", "squared distance"),
             "distance": translate("Narration", "distance"),
             "huber": "Huber"}
    return names.get(key, key)


def activation_name(key):
    """An activation's key as the control panel names it (most are names kept as they are)."""
    names = {"tanh": "tanh", "relu": "ReLU", "leaky_relu": "leaky ReLU", "sigmoid": "sigmoid",
             "identity": translate("Narration", "identity")}
    return names.get(key, key)


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
    return fmt(text, f"{mean_miss:.1f}", loss_name(record.loss_name), f"{record.loss:.4g}")


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


def _error_patterns():
    """(core message as a regex, its words in the current language). Groups fill %1, %2, ...
    and are re-told themselves, so a file problem inside 'session file ...: problem' is too.
    First match wins: the specific patterns come before the general ones."""
    return (
        # shooter.files and shooter.core.session_io: a session file that cannot be used
        (r"session file ['\"](.*?)['\"]: (.*)", translate("Errors", "Session file %1: %2")),
        (r"cannot be written \((.*)\)", translate("Errors", "cannot be written (%1)")),
        (r"cannot be read \((.*)\)", translate("Errors", "cannot be read (%1)")),
        (r"not a regular file", translate("Errors", "not a regular file")),
        (r"larger than (\d+) bytes", translate("Errors", "larger than %1 bytes")),
        (r"not UTF-8 text", translate("Errors", "not UTF-8 text")),
        (r"empty", translate("Errors", "the file is empty")),
        (r"JSON nested more than (\d+) levels deep",
         translate("Errors", "JSON nested more than %1 levels deep")),
        (r"(\S+) is not allowed \(non-finite values are written as null\)",
         translate("Errors", "%1 is not allowed (non-finite values are written as null)")),
        (r"a JSON object repeats a key", translate("Errors", "a JSON object repeats a key")),
        (r"truncated \(.* at line (\d+), column (\d+)\)",
         translate("Errors", "the file is cut short (line %1, column %2)")),
        (r"not valid JSON \(.* at line (\d+), column (\d+)\)",
         translate("Errors", "not valid JSON (line %1, column %2)")),
        (r"not usable JSON \((.*)\)", translate("Errors", "not usable JSON (%1)")),
        (r"a number too long to read", translate("Errors", "a number too long to read")),
        (r"not a JSON object", translate("Errors", "not a JSON object")),
        (r"not a Shooter session \(no \"format\": \"(.*)\"\)",
         translate("Errors", "not a Shooter session (no \"format\": \"%1\")")),
        (r"no schema_version", translate("Errors", "no schema_version")),
        (r"schema_version must be a whole number, got (.*)",
         translate("Errors", "schema_version must be a whole number, got %1")),
        (r"schema_version (\S+) is newer than this Shooter reads \((\S+)\)",
         translate("Errors", "schema_version %1 is newer than this Shooter reads (%2)")),
        (r"unsupported schema_version (\S+)", translate("Errors", "unsupported schema_version %1")),
        (r"network\.inputs does not match config\.inputs",
         translate("Errors", "network.inputs does not match config.inputs")),
        (r"network\.layers must list (\d+) layers for hidden layers (.*)",
         translate("Errors", "network.layers must list %1 layers for hidden layers %2")),
        (r"(\S+) must be (\S+), as the config says",
         translate("Errors", "%1 must be %2, as the config says")),
        (r"optimizer\.name does not match config\.optimizer",
         translate("Errors", "optimizer.name does not match config.optimizer")),
        (r"optimizer\.slots must hold (\d+) lists of state for (\S+)",
         translate("Errors", "optimizer.slots must hold %1 lists of state for %2")),
        (r"optimizer: Adam's second moment < 0",
         translate("Errors", "optimizer: Adam's second moment is below 0")),
        (r"optimizer: Adam's step count must be >= 1",
         translate("Errors", "optimizer: Adam's step count must be 1 or more")),
        (r"history\.loss, mean_score and grad_norm differ in length",
         translate("Errors", "history.loss, mean_score and grad_norm differ in length")),
        (r"history\.heldout_step and heldout_loss differ in length",
         translate("Errors", "history.heldout_step and heldout_loss differ in length")),
        (r"history\.heldout_step must hold whole numbers >= 0",
         translate("Errors", "history.heldout_step must hold whole numbers of 0 or more")),
        (r"iteration must be a whole number between 0 and the length of history\.loss",
         translate("Errors", "iteration must be a whole number between 0 and the length of "
                     "history.loss")),
        (r"diverged must be null or a reason key",
         translate("Errors", "diverged must be null or a reason key")),
        (r"(\S+) must be a short text", translate("Errors", "%1 must be a short text")),
        (r"(\S+) must be a finite number", translate("Errors", "%1 must be a finite number")),
        (r"(\S+) must be a whole number in 0\.\.2\*\*32-1",
         translate("Errors", "%1 must be a whole number from 0 to 2**32-1")),
        (r"(\S+) must be a whole number", translate("Errors", "%1 must be a whole number")),
        (r"(\S+) must be true or false", translate("Errors", "%1 must be true or false")),
        (r"(\S+) must be a list of numbers or null",
         translate("Errors", "%1 must be a list of numbers or null")),
        (r"(\S+) must be a list of (\d+)", translate("Errors", "%1 must be a list of %2")),
        (r"(\S+) must be a list", translate("Errors", "%1 must be a list")),
        (r"(\S+) must hold numbers only", translate("Errors", "%1 must hold numbers only")),
        (r"(\S+) must have shape (.*)", translate("Errors", "%1 must have shape %2")),
        (r"(\S+) holds a number too large", translate("Errors", "%1 holds a number too large")),
        (r"(\S+) holds a non-finite number", translate("Errors", "%1 holds a non-finite number")),
        (r"(\S+) must be \"PCG64\"", translate("Errors", "%1 must be \"PCG64\"")),
        (r"(\S+) must be a 128-bit hex string like \"0x1f\"",
         translate("Errors", "%1 must be a 128-bit hex string like \"0x1f\"")),
        (r"(\S+) must be 0 or 1", translate("Errors", "%1 must be 0 or 1")),
        (r"(.+?) must be a JSON object", translate("Errors", "%1 must be a JSON object")),
        (r"(.+?) lacks (.*)", translate("Errors", "%1 lacks %2")),
        (r"(.+?) has unknown keys: (.*)", translate("Errors", "%1 has unknown keys: %2")),
        # shooter.core.trainer and network: settings the trainer cannot accept
        (r"learning rate must be a positive number, got (.*)",
         translate("Errors", "The learning rate must be a positive number (got %1).")),
        (r"batch must be a whole number 1\.\.(\d+), got (.*)",
         translate("Errors", "The batch must be a whole number from 1 to %1 (got %2).")),
        (r"at most (\d+) hidden layers, got (\d+)",
         translate("Errors", "At most %1 hidden layers (got %2).")),
        (r"a hidden layer needs 1\.\.(\d+) units, got (.*)",
         translate("Errors", "A hidden layer needs 1 to %1 neurons (got %2).")),
        (r"unknown activation (\S+?)(?:; .*)?", translate("Errors", "Unknown activation %1.")),
        (r"unknown initialisation (\S+?)(?:; .*)?",
         translate("Errors", "Unknown initialisation %1.")),
        (r"unknown optimizer (\S+)", translate("Errors", "Unknown optimizer %1.")),
        (r"unknown loss (\S+)", translate("Errors", "Unknown loss %1.")),
        (r"unknown input (\S+)", translate("Errors", "Unknown input %1.")),
        (r"the Huber threshold must be a positive number of cm",
         translate("Errors", "The Huber threshold must be a positive number of cm.")),
        (r"an input is listed twice", translate("Errors", "An input is listed twice.")),
        (r"held-out set size or interval out of range",
         translate("Errors", "The held-out set size or interval is out of range.")),
        (r"seed must be a whole number 0\.\.(\d+), got (.*)",
         translate("Errors", "The seed must be a whole number from 0 to %1 (got %2).")),
        (r"distance range must be finite with low <= high, got (.*)",
         translate("Errors", "The distance range must be finite, low up to high (got %1).")),
        (r"crosswind range must be finite with low <= high, got (.*)",
         translate("Errors", "The crosswind range must be finite, low up to high (got %1).")),
        (r"headwind range must be finite with low <= high, got (.*)",
         translate("Errors", "The headwind range must be finite, low up to high (got %1).")),
        (r"air_density range must be finite with low <= high, got (.*)",
         translate("Errors", "The air density range must be finite, low up to high (got %1).")),
        (r"distance must be within (\S+) m",
         translate("Errors", "The distance must be within %1 m.")),
        (r"crosswind must be within (\S+) m/s",
         translate("Errors", "The crosswind must be within %1 m/s.")),
        (r"headwind must be within (\S+) m/s",
         translate("Errors", "The headwind must be within %1 m/s.")),
        (r"air density must be within (\S+) kg/m3",
         translate("Errors", "The air density must be within %1 kg/m³.")),
        (r"tremor must be within (\S+) mrad",
         translate("Errors", "The hand tremor must be within %1 mrad.")),
        (r"sight offset must be two numbers within (\S+) mrad",
         translate("Errors", "The sight offset must be two numbers within %1 mrad.")),
        (r"the session's network \((\S+)\) does not fit the settings asked for \((\S+)\)",
         translate("Errors", "The session's network (%1) does not fit the settings "
                             "asked for (%2).")),
        (r"weight shape (.*) does not fit (.*)",
         translate("Errors", "Weight shape %1 does not fit %2.")),
        # the operating system's reasons, as Python words them
        (r"No such file or directory", translate("Errors", "no such file or folder")),
        (r"Permission denied", translate("Errors", "permission denied")),
        (r"Is a directory", translate("Errors", "it is a folder")),
        (r"Not a directory", translate("Errors", "a part of the path is not a folder")),
        (r"No space left on device", translate("Errors", "the disk is full")),
        (r"Read-only file system", translate("Errors", "the disk is read-only")),
        (r"File name too long", translate("Errors", "the file name is too long")),
        (r"the file", translate("Errors", "the file")),
        # a setting inside a session file: 'config: <the setting's problem>'
        (r"config: (.+)", translate("Errors", "settings: %1")),
        (r"(config[\w.\[\]]+): (.+)", translate("Errors", "%1: %2")),
    )


def describe_error(message):
    """A message from the core (ConfigError, SessionError, OS reasons) in the current
    language; a message no pattern knows is shown as it is."""
    message = str(message)
    for pattern, words in _error_patterns():
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return fmt(words, *(describe_error(group) for group in match.groups()))
    return message


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
        # A new lesson, a reset or going back: the old sentence is about a shot that is gone
        # (going back then re-tells the phases it replays).
        session.restarted.connect(self.clear_told)
        session.error.connect(lambda message: self.tell(describe_error, message))

    def set_style(self, style):
        font = style.font(1.35)
        self.setFont(font)
        self.setMinimumHeight(int(font.pointSizeF() * 3.2))

    def tell(self, describe, value):
        self._told = (describe, value)
        self.setText(describe(value))

    def clear_told(self):
        self._told = None
        self.clear()

    def say(self, sentence):
        """Show a sentence that needs no re-telling (already in the current language)."""
        self.tell(str, sentence)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self._told is not None:
            self.setText(self._told[0](self._told[1]))
        super().changeEvent(event)
