"""What each phase of the shot cycle returns: immutable records with what a view needs.

Records are frozen, equal only to themselves, and their arrays are read-only for whoever
reads them; fields few views read are computed when first read (see below). The helpers
mean(), mean_rows() and norm() do numpy's arithmetic on the many tiny arrays of one shot
without its Python-level overhead.
"""

import math
from dataclasses import FrozenInstanceError
from functools import cached_property

import numpy as np

from shooter.core import ballistics
from shooter.core.network import Network
from shooter.core.range import directions_of


def sealed(array):
    """An array made read-only in place, no copy: a record's own data, or data it shares
    only with other records of the same step."""
    array.setflags(write=False)
    return array


# numpy sums fewer numbers than this one by one from 0.0, left to right, and pairwise in blocks
# beyond: a property of its summation, not a tuning choice.
NUMPY_PAIRWISE_BLOCK = 8


# The next three do the arithmetic of np.mean(a), np.mean(a, axis=0) and np.linalg.norm(a)
# exactly, without their Python-level overhead, which matters on the many tiny arrays of one
# shot.
def mean(values):
    """The mean of a 1-D array as a float, to the bit as numpy computes it; a short batch is
    summed on Python floats, in numpy's order."""
    n = len(values)
    if n >= NUMPY_PAIRWISE_BLOCK:
        return float(np.add.reduce(values)) / n
    total = 0.0
    for value in values.tolist():
        total += value
    return total / n


def mean_rows(array):
    return np.add.reduce(array, axis=0) / len(array)


def norm(array):
    flat = array.ravel()
    return math.sqrt(flat.dot(flat))


class Record:
    """A phase's record: its fields (the class's annotations) are set once, by build(), and
    never change; equal only to itself. Fields named with an underscore are its own working
    data, for the values it works out when first read. A plain class, not a dataclass:
    build() never calls an __init__, and a dataclass's generated methods cost ~0.5 ms each
    to make at start."""

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self):
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__annotations__
                          if not name.startswith("_"))
        return f"{type(self).__name__}({shown})"


def read_only(name):
    """A record's array field, sealed when first read: on a small batch, sealing every
    array of every step costs about as much as its arithmetic, and most go unread."""
    return cached_property(lambda record: sealed(record.__dict__[name]))


# Records are frozen, equal only to themselves, and their arrays are read-only for whoever
# reads them. Fields a view may never read (direction names, copies of weights and gradients,
# the aim's move on the target...) are computed when first read, from data captured when the
# phase ran, so automatic training does not pay for them. The values are those the phase
# would have computed at once: nothing writes to the captured arrays afterwards.
class FireRecord(Record):
    iteration: int
    _block: np.ndarray  # (4, n) conditions, rows in CONDITION_NAMES order
    _features: np.ndarray
    _aim: np.ndarray
    _tremor: np.ndarray
    _impacts: np.ndarray
    _scores: np.ndarray
    _outputs: list
    _rifle: ballistics.Rifle
    _jacobian: np.ndarray  # (n, 1) d(impact)/d(aim), cm per mrad
    _miss_cm: np.ndarray  # (n,) distance of each hit from the bullseye

    features = read_only("_features")  # (n, inputs): normalised conditions fed to the network
    aim_mrad = read_only("_aim")  # (n, 2) what the network asked for
    tremor_mrad = read_only("_tremor")  # (n, 2) the hand's scatter added to it
    impacts_cm = read_only("_impacts")  # (n, 2) hits, (right, up) from the bullseye
    scores = read_only("_scores")  # (n,) rings

    @cached_property
    def conditions(self):
        """The shots' ballistics.Conditions."""
        return ballistics.Conditions(*sealed(self._block))

    @cached_property
    def directions(self):
        """Direction per shot."""
        return directions_of(self._impacts)

    @cached_property
    def activations(self):
        """Every layer's output, in forward order."""
        return tuple(sealed(a) for a in self._outputs)

    @cached_property
    def flight_time_s(self):
        return sealed(ballistics.flight_time_s(self._rifle, self.conditions))


class LossRecord(Record):
    iteration: int
    loss: float  # mean error over the batch
    mean_score: float
    loss_name: str
    _offsets: np.ndarray
    _errors: np.ndarray

    offsets_cm = read_only("_offsets")  # (n, 2) hit minus bullseye: the red lines
    errors = read_only("_errors")  # (n,) per-shot error


class PullBackRecord(Record):
    iteration: int
    grad_norm: float
    _aim_grad: np.ndarray
    _flowing: list
    _grads: np.ndarray  # flat copy of every parameter's gradient
    _network: Network
    _step: "StepPreview"

    aim_grad = read_only("_aim_grad")  # (n, 2) d(loss)/d(aim), per mrad

    @cached_property
    def aim_step_cm(self):
        """(2,) the correction the gradient asks for, on the target: the mean move of the aim
        that the configured optimiser's coming step makes, over the shots just fired."""
        return self._step.aim_move_cm()

    @cached_property
    def flowing_grads(self):
        """d(loss)/d(output) of each layer, last layer first."""
        return tuple(sealed(g) for g in self._flowing)

    @cached_property
    def param_grads(self):
        """(dW, db) per dense layer."""
        return pairs(self._network.split(sealed(self._grads)))


class AdjustRecord(Record):
    iteration: int
    _network: Network
    _fire: FireRecord
    _before: np.ndarray  # flat weights before the step
    _after: np.ndarray  # and after

    @cached_property
    def update_sizes(self):
        """(|dW|, |db|) per dense layer: how far each moved."""
        before, after = self._network.split(self._before), self._network.split(self._after)
        return pairs([norm(new - old) for new, old in zip(after, before)])

    @cached_property
    def aim_shift_cm(self):
        """(2,) mean actual move of the aim on the target."""
        return aim_move_cm(self._network, self._fire, self._after)

    @cached_property
    def weights(self):
        """The new (W, b) per dense layer."""
        return pairs(self._network.split(sealed(self._after)))


def build(cls, **values):
    """A record of class `cls` with these fields: the keyword dict, new to this call,
    becomes the record's __dict__ (one object.__setattr__ per field would cost a few us per
    shot)."""
    record = object.__new__(cls)
    object.__setattr__(record, "__dict__", values)
    return record


def pairs(items):
    return tuple(zip(items[0::2], items[1::2]))


def aim_move_cm(network, fire, new_weights):
    """The mean move on the target of the aims of `fire`'s shots with `new_weights`."""
    new_aim = network.predict(fire._features, new_weights)
    return sealed(mean_rows(fire._jacobian * (new_aim - fire._aim)))


class StepPreview:
    """The weights the coming adjust gives: taken from the adjust once it ran, else found by
    letting a copy of the optimiser step copies of the weights. The trainer resolves it before
    anything could change the weights or optimiser state it depends on."""

    __slots__ = ("trainer", "network", "fire", "after")

    def __init__(self, trainer, fire):
        self.trainer = trainer
        self.network = trainer.network  # the one that fired: a new shape may replace it later
        self.fire = fire
        self.after = None

    def resolve(self):
        if self.after is None:
            network = self.network
            after = network.flat_params.copy()
            self.trainer.optimizer.copy().step_flat(after, network.flat_grads,
                                                    network.split(after))
            self.after = after

    def aim_move_cm(self):
        self.resolve()
        return aim_move_cm(self.network, self.fire, self.after)


class StepRecord(Record):
    fire: FireRecord
    loss: LossRecord
    pull_back: PullBackRecord
    adjust: AdjustRecord | None  # None when this step diverged
