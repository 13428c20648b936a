"""The shot cycle, as four observable phases:

    fire      forward pass: conditions -> network -> aim -> bullet flight -> impacts
    loss      how far each hit is from the bullseye (error per shot, loss = their mean)
    pull_back backward pass: d(loss)/d(aim) through the ballistics, then every layer
    adjust    the optimiser's step on the weights

Each phase returns an immutable record with what a view needs. A run that produces a
non-finite loss, loses its shots off the range or gets non-finite weights stops in the
DIVERGED state; the last good weights are kept and restore_last_good() brings them back.
"""

import math
import numbers
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from shooter.constants import (
    DEFAULT_SEED,
    MAX_BATCH,
    MAX_HIDDEN_LAYERS,
    MAX_SEED,
    MAX_UNITS,
    RANGE_LOST_CM,
)
from shooter.core import ballistics
from shooter.core.history import History
from shooter.core.layers import ACTIVATIONS, INITIALISERS
from shooter.core.losses import LOSSES, Huber
from shooter.core.network import Network
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import CONDITION_NAMES, Environment, directions_of, scores_at
from shooter.core.shots import ShotStream


class ConfigError(ValueError):
    """A setting the trainer cannot accept; the message names it and why."""


class PhaseError(RuntimeError):
    """A phase asked for out of order (or while diverged)."""


@dataclass(frozen=True)
class TrainConfig:
    lesson: str = "sandbox"
    inputs: tuple = ()  # names from CONDITION_NAMES the network sees
    hidden: tuple = ()  # units per hidden layer
    activation: str = "tanh"
    init: str = "xavier"
    optimizer: str = "gd"
    lr: float = 0.0025
    batch: int = 1
    loss: str = "mse"
    huber_delta_cm: float = 5.0
    environment: Environment = field(default_factory=Environment)
    sight_offset_mrad: tuple | None = None  # None: the seed picks the rifle's temperament
    air_resistance: bool = True
    seed: int = DEFAULT_SEED
    heldout: int = 0  # size of a fixed held-out set of conditions (0: none)
    heldout_every: int = 10

    def validated(self):
        """This config, or a ConfigError naming the first bad setting."""
        check(is_real(self.lr) and math.isfinite(self.lr) and self.lr > 0,
              f"learning rate must be a positive number, got {self.lr!r}")
        check(is_whole(self.batch) and 1 <= self.batch <= MAX_BATCH,
              f"batch must be a whole number 1..{MAX_BATCH}, got {self.batch!r}")
        check(len(self.hidden) <= MAX_HIDDEN_LAYERS,
              f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(self.hidden)}")
        for units in self.hidden:
            check(is_whole(units) and 1 <= units <= MAX_UNITS,
                  f"a hidden layer needs 1..{MAX_UNITS} units, got {units}")
        check(is_name_in(self.activation, ACTIVATIONS), f"unknown activation {self.activation!r}")
        check(is_name_in(self.init, INITIALISERS), f"unknown initialisation {self.init!r}")
        check(is_name_in(self.optimizer, OPTIMIZERS), f"unknown optimizer {self.optimizer!r}")
        check(is_name_in(self.loss, LOSSES), f"unknown loss {self.loss!r}")
        check(is_real(self.huber_delta_cm) and math.isfinite(self.huber_delta_cm)
              and self.huber_delta_cm > 0,
              "the Huber threshold must be a positive number of cm")
        for name in self.inputs:
            check(is_name_in(name, CONDITION_NAMES), f"unknown input {name!r}")
        check(len(set(self.inputs)) == len(self.inputs), "an input is listed twice")
        check(is_whole(self.heldout) and 0 <= self.heldout <= MAX_BATCH
              and is_whole(self.heldout_every) and self.heldout_every >= 1,
              "held-out set size or interval out of range")
        check(is_whole(self.seed) and 0 <= self.seed <= MAX_SEED,
              f"seed must be a whole number 0..{MAX_SEED}, got {self.seed}")
        self._check_environment()
        return self

    def _check_environment(self):
        env = self.environment
        for (lo, hi), what in zip(env.bounds(), CONDITION_NAMES):
            check(math.isfinite(lo) and math.isfinite(hi) and lo <= hi,
                  f"{what} range must be finite with low <= high, got ({lo}, {hi})")
        check(env.distance_m[0] >= 1.0 and env.distance_m[1] <= 2000.0,
              "distance must be within 1..2000 m")
        check(abs(env.crosswind_mps[0]) <= 50 and abs(env.crosswind_mps[1]) <= 50,
              "crosswind must be within -50..50 m/s")
        check(abs(env.headwind_mps[0]) <= 50 and abs(env.headwind_mps[1]) <= 50,
              "headwind must be within -50..50 m/s")
        check(env.air_density_kg_m3[0] > 0.3 and env.air_density_kg_m3[1] < 2.0,
              "air density must be within 0.3..2.0 kg/m3")
        check(math.isfinite(env.tremor_mrad) and 0 <= env.tremor_mrad <= 10,
              "tremor must be within 0..10 mrad")
        if self.sight_offset_mrad is not None:
            check(len(self.sight_offset_mrad) == 2
                  and all(math.isfinite(v) and abs(v) <= 100 for v in self.sight_offset_mrad),
                  "sight offset must be two numbers within -100..100 mrad")


def check(condition, message):
    if not condition:
        raise ConfigError(message)


def is_real(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def is_whole(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def is_name_in(value, names):
    """A text key of names: a list or dict from a session file is refused, not hashed."""
    return isinstance(value, str) and value in names


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


def private():
    """A record's own working data for the fields it computes when first read."""
    return field(repr=False, compare=False)


def read_only(name):
    """A record's array field, sealed when first read: on a small batch, sealing every
    array of every step costs about as much as its arithmetic, and most go unread."""
    return cached_property(lambda record: sealed(record.__dict__[name]))


# Records are frozen, equal only to themselves, and their arrays are read-only for whoever
# reads them. Fields a view may never read (direction names, copies of weights and gradients,
# the aim's move on the target...) are computed when first read, from data captured when the
# phase ran, so automatic training does not pay for them. The values are those the phase
# would have computed at once: nothing writes to the captured arrays afterwards.
@dataclass(frozen=True, eq=False)
class FireRecord:
    iteration: int
    _block: np.ndarray = private()  # (4, n) conditions, rows in CONDITION_NAMES order
    _features: np.ndarray = private()
    _aim: np.ndarray = private()
    _tremor: np.ndarray = private()
    _impacts: np.ndarray = private()
    _scores: np.ndarray = private()
    _outputs: list = private()
    _rifle: ballistics.Rifle = private()
    _jacobian: np.ndarray = private()  # (n, 1) d(impact)/d(aim), cm per mrad
    _miss_cm: np.ndarray = private()  # (n,) distance of each hit from the bullseye

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


@dataclass(frozen=True, eq=False)
class LossRecord:
    iteration: int
    loss: float  # mean error over the batch
    mean_score: float
    loss_name: str
    _offsets: np.ndarray = private()
    _errors: np.ndarray = private()

    offsets_cm = read_only("_offsets")  # (n, 2) hit minus bullseye: the red lines
    errors = read_only("_errors")  # (n,) per-shot error


@dataclass(frozen=True, eq=False)
class PullBackRecord:
    iteration: int
    grad_norm: float
    _aim_grad: np.ndarray = private()
    _flowing: list = private()
    _grads: np.ndarray = private()  # flat copy of every parameter's gradient
    _network: Network = private()
    _step: "StepPreview" = private()

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


@dataclass(frozen=True, eq=False)
class AdjustRecord:
    iteration: int
    _network: Network = private()
    _fire: FireRecord = private()
    _before: np.ndarray = private()  # flat weights before the step
    _after: np.ndarray = private()  # and after

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
    """cls(**values) for a frozen dataclass: the keyword dict, new to this call, becomes the
    record's __dict__, rather than one object.__setattr__ per field as the generated
    __init__ does (a few us per shot)."""
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

    __slots__ = ("trainer", "fire", "after")

    def __init__(self, trainer, fire):
        self.trainer = trainer
        self.fire = fire
        self.after = None

    def resolve(self):
        if self.after is None:
            network = self.trainer.network
            after = network.flat_params.copy()
            self.trainer.optimizer.copy().step_flat(after, network.flat_grads,
                                                    network.split(after))
            self.after = after

    def aim_move_cm(self):
        self.resolve()
        return aim_move_cm(self.trainer.network, self.fire, self.after)


@dataclass(frozen=True, eq=False)
class StepRecord:
    fire: FireRecord
    loss: LossRecord
    pull_back: PullBackRecord
    adjust: AdjustRecord | None  # None when this step diverged


PHASES = ("fire", "loss", "pull_back", "adjust")


class Trainer:
    def __init__(self, config=None, weights=None):
        self.config = (config or TrainConfig()).validated()
        cfg = self.config
        init_seq, rifle_seq, cond_seq, tremor_seq, held_seq = (
            np.random.SeedSequence(cfg.seed).spawn(5))
        self.rifle = ballistics.Rifle(
            sight_offset_mrad=self._temperament(np.random.default_rng(rifle_seq)),
            drag_per_m=ballistics.Rifle.drag_per_m if cfg.air_resistance else 0.0)
        self.network = Network(len(cfg.inputs), cfg.hidden, cfg.activation, cfg.init,
                               np.random.default_rng(init_seq))
        if weights is not None:
            self.network.set_weights(weights)
        self._views = self.network.params
        self.loss_fn = Huber(cfg.huber_delta_cm) if cfg.loss == "huber" else LOSSES[cfg.loss]()
        self.optimizer = OPTIMIZERS[cfg.optimizer](cfg.lr)
        self.shots = ShotStream(cfg.environment, self.rifle, cfg.inputs, cfg.batch,
                                np.random.default_rng(cond_seq), np.random.default_rng(tremor_seq))
        self.heldout = (cfg.environment.sample(np.random.default_rng(held_seq), cfg.heldout)
                        if cfg.heldout else None)
        self.history = History()
        self.iteration = 0
        self.next_phase = "fire"
        self.diverged = None  # reason key once diverged
        self.last_good = self.network.get_weights()
        self.last = {}  # phase name -> last record
        self._pending = None  # StepPreview of the pull-back waiting for its adjust

    @property
    def last_good(self):
        """The weights before the last adjust (per parameter, as network.params); read-only,
        as the array is also the adjust record's, sealed here rather than on every step."""
        good = self._good
        return self.network.split(sealed(good)) if isinstance(good, np.ndarray) else good

    @last_good.setter
    def last_good(self, weights):
        self._good = [np.array(w, dtype=np.float64) for w in weights]

    def _temperament(self, rng):
        if self.config.sight_offset_mrad is not None:
            return tuple(float(v) for v in self.config.sight_offset_mrad)
        angle = rng.uniform(0.0, 2.0 * np.pi)
        size = rng.uniform(2.5, 4.0)
        return (float(size * np.cos(angle)), float(size * np.sin(angle)))

    # --- the four phases ---------------------------------------------------------------
    def _enter(self, phase):
        if self.diverged:
            raise PhaseError(f"training diverged ({self.diverged}); restore or reset first")
        if phase != self.next_phase:
            raise PhaseError(f"next phase is {self.next_phase}, not {phase}")

    def fire(self):
        self._enter("fire")
        block, features, drift, jacobian, tremor = self.shots.next()
        aim = self.network.forward(features)
        impacts = ballistics.aimed_impacts(self.rifle, aim, tremor, drift, jacobian)
        miss = np.hypot(impacts[:, 0], impacts[:, 1])
        record = build(FireRecord, iteration=self.iteration, _block=block, _features=features,
                       _aim=aim, _tremor=tremor, _impacts=impacts, _scores=scores_at(miss),
                       _outputs=self.network.outputs, _rifle=self.rifle, _jacobian=jacobian,
                       _miss_cm=miss)
        return self._leave("fire", "loss", record)

    def measure_loss(self):
        self._enter("loss")
        fire = self.last["fire"]
        offsets = fire._impacts  # the bullseye is the origin
        errors = self.loss_fn.value(offsets)
        loss = mean(errors)
        mean_score = mean(fire._scores)
        record = build(LossRecord, iteration=self.iteration, loss=loss, mean_score=mean_score,
                       loss_name=self.loss_fn.name, _offsets=offsets, _errors=errors)
        self._leave("loss", "pull_back", record)
        mean_miss = mean(fire._miss_cm)
        if not math.isfinite(loss):
            self._diverge("non_finite_loss")
        elif mean_miss > RANGE_LOST_CM:
            self._diverge("range_lost")
        return record

    def pull_back(self):
        self._enter("pull_back")
        fire, loss = self.last["fire"], self.last["loss"]
        n = len(fire._aim)
        grad_offset = self.loss_fn.grad(loss._offsets) / n
        aim_grad = fire._jacobian * grad_offset  # chain rule: ballistics
        flowing = self.network.backward(aim_grad)
        grads = self.network.flat_grads
        grad_norm = norm(grads)  # of every parameter's gradient, as one vector
        self._pending = StepPreview(self, fire)
        record = build(PullBackRecord, iteration=self.iteration, grad_norm=grad_norm,
                       _aim_grad=aim_grad, _flowing=flowing, _grads=grads.copy(),
                       _network=self.network, _step=self._pending)
        return self._leave("pull_back", "adjust", record)

    def adjust(self):
        self._enter("adjust")
        network = self.network
        self._good = before = network.flat_params.copy()
        self.optimizer.step_flat(network.flat_params, network.flat_grads, self._views)
        after = network.flat_params.copy()
        if self._pending is not None:
            self._pending.after = after
            self._pending = None
        if not np.logical_and.reduce(np.isfinite(after), axis=None):
            self._record_history()
            self._diverge("non_finite_weights")
            return None
        record = build(AdjustRecord, iteration=self.iteration, _network=network,
                       _fire=self.last["fire"], _before=before, _after=after)
        self._record_history()
        self.iteration += 1
        self._maybe_evaluate_heldout()
        return self._leave("adjust", "fire", record)

    def step(self):
        """All four phases. Returns a StepRecord (adjust is None if the step diverged)."""
        fire = self.fire()
        loss = self.measure_loss()
        if self.diverged:
            self._record_history(grad_norm=math.nan)
            return StepRecord(fire, loss, None, None)
        pull = self.pull_back()
        return build(StepRecord, fire=fire, loss=loss, pull_back=pull, adjust=self.adjust())

    def run(self, steps, callback=None):
        """Up to `steps` full cycles; stops early on divergence. callback(i, record) after each."""
        for i in range(steps):
            record = self.step()
            if callback is not None:
                callback(i, record)
            if self.diverged:
                break
        return self.history

    def _resolve_pending(self):
        """Fix the pending pull-back's coming step before the weights or optimiser change."""
        if self._pending is not None:
            self._pending.resolve()
            self._pending = None

    def _leave(self, phase, next_phase, record):
        self.last[phase] = record
        self.next_phase = next_phase
        return record

    def _record_history(self, grad_norm=None):
        loss = self.last["loss"]
        if grad_norm is None:
            grad_norm = self.last["pull_back"].grad_norm
        self.history.record(loss.loss, loss.mean_score, grad_norm)

    def _diverge(self, reason):
        self.diverged = reason

    # --- recovery, evaluation, snapshots ---------------------------------------------
    def restore_last_good(self):
        """Back to the weights before the step that diverged; optimiser state starts afresh."""
        self._resolve_pending()
        self.network.set_weights(self.last_good)
        self.optimizer.reset()
        self.diverged = None
        self.next_phase = "fire"

    def heldout_loss(self):
        """Mean loss on the held-out conditions, aiming without tremor (None if no set)."""
        if self.heldout is None:
            return None
        features = self.config.environment.features(self.heldout, self.config.inputs)
        aim = self.network.forward(features)
        impacts = ballistics.impact_cm(self.rifle, aim, self.heldout)
        return float(np.mean(self.loss_fn.value(impacts)))

    def _maybe_evaluate_heldout(self):
        if self.heldout is not None and self.iteration % self.config.heldout_every == 0:
            self.history.record_heldout(self.iteration, self.heldout_loss())

    def with_config(self, **changes):
        """A new trainer with changed settings, keeping the weights when the shapes allow."""
        config = replace(self.config, **changes)
        trainer = Trainer(config)
        if [w.shape for w in trainer.network.params] == [w.shape for w in self.network.params]:
            trainer.network.set_weights(self.network.get_weights())
            # A diverged trainer keeps its verdict and its last good weights, so that
            # "lower the learning rate, then Restore" brings the good weights back.
            trainer.diverged = self.diverged
            trainer.last_good = ([w.copy() for w in self.last_good] if self.diverged
                                 else trainer.network.get_weights())
        return trainer

    def snapshot(self):
        """Everything a step changes, to go back exactly (see restore)."""
        self._resolve_pending()
        return {
            "weights": self.network.get_weights(),
            "optimizer": self.optimizer.state(),
            "rng": self.shots.rng_states(),
            "history": self.history.mark(),
            "iteration": self.iteration,
            "next_phase": self.next_phase,
            "diverged": self.diverged,
            "last_good": [w.copy() for w in self.last_good],
            "last": dict(self.last),
        }

    def restore(self, snap):
        self._resolve_pending()
        self.network.set_weights(snap["weights"])
        self.optimizer.load_state(snap["optimizer"])
        self.shots.set_rng_states(snap["rng"])
        self.history.rollback(snap["history"])
        self.iteration = snap["iteration"]
        self.next_phase = snap["next_phase"]
        self.diverged = snap["diverged"]
        self.last_good = [w.copy() for w in snap["last_good"]]
        self.last = dict(snap["last"])
        self._rebuild_layer_caches()

    def _rebuild_layer_caches(self):
        """The layers hold the last forward pass and the last gradients, which later phases
        have overwritten; redo them from the restored records so the next phase sees the
        same values it would have seen before."""
        if self.next_phase in ("loss", "pull_back", "adjust"):
            self.network.forward(self.last["fire"]._features)
        if self.next_phase == "adjust":
            self.network.backward(self.last["pull_back"]._aim_grad)
