"""The shot cycle, as four observable phases:

    fire      forward pass: conditions -> network -> aim -> bullet flight -> impacts
    loss      how far each hit is from the bullseye (error per shot, loss = their mean)
    pull_back backward pass: d(loss)/d(aim) through the ballistics, then every layer
    adjust    the optimiser's step on the weights

Each phase returns an immutable record with what a view needs (shooter.core.records). A run
that produces a non-finite loss, loses its shots off the range or gets non-finite weights
stops in the DIVERGED state; the last good weights (the last ones whose shots stayed on the
target) are kept and restore_last_good() brings them back.

Settings can change mid-run (reconfigure): a change keeps everything it does not touch.
"""

import math
from dataclasses import fields, replace

import numpy as np

from shooter.constants import RANGE_LOST_CM, TARGET_RADIUS_CM
from shooter.core import ballistics
from shooter.core.config import TrainConfig
from shooter.core.history import History
from shooter.core.losses import LOSSES, Huber
from shooter.core.messages import ShooterError
from shooter.core.network import Network
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import scores_at
from shooter.core.records import (
    AdjustRecord,
    FireRecord,
    LossRecord,
    PullBackRecord,
    StepPreview,
    StepRecord,
    build,
    mean,
    norm,
    sealed,
)
from shooter.core.shots import ShotStream


class PhaseError(ShooterError, RuntimeError):
    """A phase asked for out of order (or while diverged)."""


PHASES = ("fire", "loss", "pull_back", "adjust")


# Which parts of a trainer each setting shapes: a change rebuilds only those.
RIFLE_SETTINGS = {"seed", "sight_offset_mrad", "air_resistance"}
NETWORK_SETTINGS = {"inputs", "hidden", "activation"}
STREAM_SETTINGS = {"seed", "environment", "inputs", "batch"} | RIFLE_SETTINGS
HELDOUT_SETTINGS = {"seed", "environment", "heldout"}
LOSS_SETTINGS = {"loss", "huber_delta_cm"}


def seed_streams(seed):
    """The independent seed sequences of a run: weights, rifle, conditions, tremor, held-out."""
    return np.random.SeedSequence(seed).spawn(5)


class Trainer:
    def __init__(self, config=None, weights=None):
        self.config = (config or TrainConfig()).validated()
        cfg = self.config
        self.rifle = self._new_rifle()
        self.network = self._new_network()
        if weights is not None:
            self.network.set_weights(weights)
        self._views = self.network.params
        self.loss_fn = self._new_loss()
        self.optimizer = OPTIMIZERS[cfg.optimizer](cfg.lr)
        self.shots = self._new_shots()
        self.heldout = self._new_heldout()
        self.history = History()
        self.iteration = 0
        self.next_phase = "fire"
        self.diverged = None  # reason key once diverged
        self.last_good = self.network.get_weights()
        self.last = {}  # phase name -> last record
        self._pending = None  # StepPreview of the pull-back waiting for its adjust

    # --- the parts a config shapes, each from its own seed stream ---------------------
    def _new_rifle(self):
        cfg = self.config
        rng = np.random.default_rng(seed_streams(cfg.seed)[1])
        return ballistics.Rifle(
            sight_offset_mrad=self._temperament(rng),
            drag_per_m=ballistics.Rifle.drag_per_m if cfg.air_resistance else 0.0)

    def _new_network(self):
        cfg = self.config
        return Network(len(cfg.inputs), cfg.hidden, cfg.activation, cfg.init,
                       np.random.default_rng(seed_streams(cfg.seed)[0]))

    def _new_loss(self):
        cfg = self.config
        return Huber(cfg.huber_delta_cm) if cfg.loss == "huber" else LOSSES[cfg.loss]()

    def _new_shots(self, rng_states=None):
        """The shot stream; with `rng_states` it carries on from there instead of the start."""
        cfg = self.config
        _, _, conditions, tremor, _ = seed_streams(cfg.seed)
        shots = ShotStream(cfg.environment, self.rifle, cfg.inputs, cfg.batch,
                           np.random.default_rng(conditions), np.random.default_rng(tremor))
        if rng_states is not None:
            shots.set_rng_states(rng_states)
        return shots

    def _new_heldout(self):
        cfg = self.config
        if not cfg.heldout:
            return None
        return cfg.environment.sample(np.random.default_rng(seed_streams(cfg.seed)[4]),
                                      cfg.heldout)

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
            raise PhaseError("phase.diverged", reason=self.diverged)
        if phase != self.next_phase:
            raise PhaseError("phase.order", expected=self.next_phase, asked=phase)

    def fire(self):
        self._enter("fire")
        if self.history.full:  # checked before anything changes: the run stays whole
            raise ShooterError("session.history_full", limit=self.history.MAX_STEPS)
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
        before = network.flat_params.copy()
        if mean(self.last["fire"]._miss_cm) <= TARGET_RADIUS_CM:
            self._good = before  # these weights kept the shot on the target
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
            return build(StepRecord, fire=fire, loss=loss, pull_back=None, adjust=None)
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

    # --- a change changes only itself ---------------------------------------------------
    def reconfigure(self, **changes):
        """Change settings mid-run, keeping everything the change does not touch: the shot
        and tremor streams (unless the seed changes), the weights (unless the network's
        shape changes: then the seed's initialisation draws new ones), the optimiser's state
        (unless the optimiser or the network's shape changes), the history, the verdict of a
        diverged run and the phase where it still holds: a new network has to fire anew,
        a new loss measures the shot in progress again. Values equal to the current ones
        change nothing. Returns whether anything changed; a bad value raises ConfigError
        and changes nothing."""
        config = replace(self.config, **changes).validated()
        if config == self.config:
            return False
        self._resolve_pending()
        self._become(config)
        return True

    def _become(self, config):
        changed = {f.name for f in fields(TrainConfig)
                   if getattr(config, f.name) != getattr(self.config, f.name)}
        self.config = config
        if changed & RIFLE_SETTINGS:
            self.rifle = self._new_rifle()
        if changed & NETWORK_SETTINGS:
            self._rebuild_network()
        if changed & LOSS_SETTINGS:
            self.loss_fn = self._new_loss()
            if self.next_phase in ("pull_back", "adjust"):
                self.next_phase = "loss"  # the shot in progress, measured the new way
        if "optimizer" in changed:
            self.optimizer = OPTIMIZERS[config.optimizer](config.lr)
        self.optimizer.lr = float(config.lr)
        if changed & STREAM_SETTINGS:
            self.shots = self._new_shots(
                None if "seed" in changed else self.shots.rng_states())
        if changed & HELDOUT_SETTINGS:
            self.heldout = self._new_heldout()

    def _rebuild_network(self):
        """A network for the config: the same weights when they still fit, else new ones
        (and an optimiser state for them). Its shot in progress was fired by the old one."""
        old = self.network
        self.network = self._new_network()
        self._views = self.network.params
        if self.network.shapes == old.shapes:
            self.network.set_weights(old.get_weights())
        else:
            self.optimizer.reset()
            self.diverged = None
            self.last_good = self.network.get_weights()
        self.next_phase = "fire"

    def snapshot(self):
        """Everything a step changes, to go back exactly (see restore)."""
        self._resolve_pending()
        return {
            "config": self.config,
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
        if snap["config"] != self.config:
            self._become(snap["config"])
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
