"""What the target view says: hits, distances, the headline, the loss of a burst, the legend.

Every sentence is looked up in the current language at call time. Names of directions and
losses come from shooter.core.words; the "{where} {degrees}°" form is built only here.
A burst is the volley fired at once; a shot is one bullet of it.
"""

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from shooter.app.target.geometry import MAX_SPELLED
from shooter.core.words import CONTEXT as WORDS_CONTEXT
from shooter.core.words import loss_number, word

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")
CONTEXT = "TargetView"


def _word(kind, key):
    return word(kind, key, lambda english: translate(WORDS_CONTEXT, english))


def describe_direction(direction):
    """'left', 'upper left 15°': a direction's name, with its angle for the diagonals."""
    where = _word("direction", direction.key)
    if direction.key.startswith(("upper_", "lower_")):
        text = translate("TargetView", "{where} {degrees}°")
        return text.format(where=where, degrees=direction.degrees)
    return where


def describe_hit(score, direction):
    """'ring 7, left', 'ring 6, upper left 15°', 'miss, lower right 40°'."""
    where = describe_direction(direction)
    if int(score) <= 0:
        return translate("TargetView", "miss, {where}").format(where=where)
    if direction.key == "centre":
        text = translate("TargetView", "ring {score}, dead centre")
        return text.format(score=int(score))
    text = translate("TargetView", "ring {score}, {where}")
    return text.format(score=int(score), where=where)


def format_distance_cm(cm):
    """A distance for a label: '2.4 m', '37 cm', '3.5 cm', '0.42 cm', '< 0.01 cm'."""
    if not math.isfinite(cm):
        return translate("TargetView", "lost")
    if abs(cm) >= 100.0:
        text = translate("TargetView", "{value} m")
        return text.format(value=f"{cm / 100.0:.1f}")
    if abs(cm) >= 10.0:
        value = f"{cm:.0f}"
    elif abs(cm) >= 1.0:
        value = f"{cm:.1f}"
    elif abs(cm) >= 0.01:
        value = f"{cm:.2f}"
    else:
        value = "< 0.01"  # a correction this small still gets a pointer, not "0 cm"
    return translate("TargetView", "{value} cm").format(value=value)


def miss_number(cm):
    """One shot's miss in cm as the burst shows it, on its label and in the loss:
    one decimal (two below 1 cm), so the loss can be checked by hand."""
    if abs(cm) < 1.0:
        return f"{cm:.2f}"
    return f"{cm:.1f}" if abs(cm) < 1000.0 else f"{cm:.0f}"


def miss_label(cm):
    """'12.3 cm': the length of one shot's red line, written beside its hole."""
    return translate("TargetView", "{value} cm").format(value=miss_number(cm))


def ring_word(score):
    return str(int(score)) if int(score) > 0 else translate("TargetView", "miss")


def headline(fire, loss, flying):
    """The sentence above the target: the shot or burst and, once measured, where it hit."""
    if fire is None:
        return translate("TargetView", "Fire a shot to begin")
    if flying:
        return translate("TargetView", "The bullet is flying…")
    n = len(fire.scores)
    number = fire.iteration + 1
    if loss is None:
        if n == 1:
            return translate("TargetView", "Shot {number} has landed").format(number=number)
        return translate("TargetView", "Burst {number}: {count} shots have landed").format(
            number=number, count=n)
    if n == 1:
        return translate("TargetView", "Shot {number}: {hit}").format(
            number=number, hit=describe_hit(fire.scores[0], fire.directions[0]))
    if n <= MAX_SPELLED:
        rings = " · ".join(ring_word(score) for score in fire.scores)
        return translate("TargetView", "Burst {number}: rings {rings}").format(
            number=number, rings=rings)
    return translate("TargetView", "Burst {number}: {count} shots, mean ring {mean}").format(
        number=number, count=n, mean=f"{loss.mean_score:.1f}")


def loss_line(loss):
    """How a burst's loss comes from its shots' misses, e.g. for the squared distance
    'loss = mean of 12.3², 8.1², 15.0² = 147.3 cm²'; '' for a single shot."""
    misses = np.hypot(loss.offsets_cm[:, 0], loss.offsets_cm[:, 1])
    if len(misses) < 2:
        return ""
    value = loss_number(loss.loss)
    if loss.loss_name == "distance":
        value = translate("TargetView", "{value} cm").format(value=value)
    else:  # a squared distance, or Huber's squared-then-linear one: cm²
        value = translate("TargetView", "{value} cm²").format(value=value)
    if len(misses) > MAX_SPELLED:
        return translate("TargetView", "loss = mean of {count} shots' {loss} = {value}").format(
            count=len(misses), loss=_word("loss", loss.loss_name), value=value)
    numbers = [miss_number(m) for m in misses]
    if loss.loss_name == "mse":
        terms = [f"{n}²" for n in numbers]
    elif loss.loss_name == "distance":
        terms = numbers
    else:
        terms = [f"{_word('loss', loss.loss_name)}({n})" for n in numbers]
    separator = translate("TargetView", ", ")
    return translate("TargetView", "loss = mean of {terms} = {value}").format(
        terms=separator.join(terms), value=value)


def legend():
    return (translate("TargetView", "red: error"), translate("TargetView", "green: aim correction"))


def off_by(distance_cm):
    return translate("TargetView", "off by {size}").format(size=format_distance_cm(distance_cm))
