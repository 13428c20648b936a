"""Every name a person reads, by key: one table per kind, English, marked for translation.

The CLI prints the English; the app shows `word(kind, key, translate)` with its translator,
context "Words" (the catalogues collect the marks below without this module importing Qt).
Keys are the ones the core uses (config values, range.Direction keys, divergence reasons).
"""

import math

from shooter.core.messages import QT_TRANSLATE_NOOP

CONTEXT = "Words"

DIRECTIONS = {
    "centre": QT_TRANSLATE_NOOP("Words", "centre"),
    "left": QT_TRANSLATE_NOOP("Words", "left"),
    "right": QT_TRANSLATE_NOOP("Words", "right"),
    "up": QT_TRANSLATE_NOOP("Words", "up"),
    "down": QT_TRANSLATE_NOOP("Words", "down"),
    "upper_left": QT_TRANSLATE_NOOP("Words", "upper left"),
    "upper_right": QT_TRANSLATE_NOOP("Words", "upper right"),
    "lower_left": QT_TRANSLATE_NOOP("Words", "lower left"),
    "lower_right": QT_TRANSLATE_NOOP("Words", "lower right"),
}

LOSSES = {
    "mse": QT_TRANSLATE_NOOP("Words", "squared distance"),
    "distance": QT_TRANSLATE_NOOP("Words", "distance"),
    "huber": QT_TRANSLATE_NOOP("Words", "Huber"),
}

ACTIVATIONS = {
    "tanh": QT_TRANSLATE_NOOP("Words", "tanh"),
    "relu": QT_TRANSLATE_NOOP("Words", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Words", "leaky ReLU"),
    "sigmoid": QT_TRANSLATE_NOOP("Words", "sigmoid"),
    "identity": QT_TRANSLATE_NOOP("Words", "identity"),
}

OPTIMIZERS = {
    "gd": QT_TRANSLATE_NOOP("Words", "gradient descent"),
    "momentum": QT_TRANSLATE_NOOP("Words", "momentum"),
    "adam": QT_TRANSLATE_NOOP("Words", "Adam"),
    "sign": QT_TRANSLATE_NOOP("Words", "fixed step"),
}

INPUTS = {
    "distance": QT_TRANSLATE_NOOP("Words", "distance"),
    "crosswind": QT_TRANSLATE_NOOP("Words", "crosswind"),
    "headwind": QT_TRANSLATE_NOOP("Words", "headwind"),
    "air_density": QT_TRANSLATE_NOOP("Words", "air density"),
}

# The four phases, each in the range's words and in the field's.
PHASES = {
    "fire": QT_TRANSLATE_NOOP("Words", "Fire"),
    "loss": QT_TRANSLATE_NOOP("Words", "Measure the miss"),
    "pull_back": QT_TRANSLATE_NOOP("Words", "Pull the target back"),
    "adjust": QT_TRANSLATE_NOOP("Words", "Adjust the aim"),
}
PHASE_TERMS = {
    "fire": QT_TRANSLATE_NOOP("Words", "the forward pass"),
    "loss": QT_TRANSLATE_NOOP("Words", "the loss"),
    "pull_back": QT_TRANSLATE_NOOP("Words", "backpropagation"),
    "adjust": QT_TRANSLATE_NOOP("Words", "one gradient-descent step"),
}

DIVERGENCE = {
    "non_finite_loss": QT_TRANSLATE_NOOP("Words", "the loss stopped being a finite number"),
    "range_lost": QT_TRANSLATE_NOOP("Words", "the shots left the range"),
    "non_finite_weights": QT_TRANSLATE_NOOP("Words", "the weights stopped being finite numbers"),
}

KINDS = {
    "direction": DIRECTIONS, "loss": LOSSES, "activation": ACTIVATIONS,
    "optimizer": OPTIMIZERS, "input": INPUTS, "phase": PHASES, "phase_term": PHASE_TERMS,
    "divergence": DIVERGENCE,
}


def word(kind, key, translate=None):
    """The name of `key` among `kind` ("loss", "direction", ...), translated by
    `translate(english) -> text` when given; an unknown key is shown as it is."""
    english = KINDS[kind].get(key)
    if english is None:
        return str(key)
    return translate(english) if translate else english


def loss_number(value):
    """A loss as a class reads it: four significant digits, written out in full from ten
    thousand up to a billion (30,680 rather than 3.068e+04); beyond that, and nan or inf,
    as Python writes it."""
    if math.isfinite(value) and 1e4 <= abs(value) < 1e9:
        return f"{value:,.0f}"
    return f"{value:.4g}"
