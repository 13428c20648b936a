"""Any settings a student can dream up either train (finite, or stopped in the diverged state)
or are refused with a ValueError that names a setting that is actually wrong.

Which settings are wrong is decided here, from docs/session-format.md's table of allowed
values, independently of TrainConfig.validated.
"""

import math
import numbers

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from shooter.constants import MAX_BATCH, MAX_HIDDEN_LAYERS, MAX_SEED, MAX_UNITS
from shooter.core.config import TrainConfig
from shooter.core.layers import ACTIVATIONS, INITIALISERS
from shooter.core.losses import LOSSES
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import CONDITION_NAMES, Environment
from shooter.core.trainer import Trainer

STEPS = 20

STRANGE = [None, "", "0.1", b"1", 2.5, -1]  # wrong types and kinds a caller might pass
floats = st.floats(allow_nan=True, allow_infinity=True)
any_number = st.one_of(floats, st.integers(-10**6, 10**6),
                       st.sampled_from([0, 0.0, -0.0, 5e-324, 1e-300, 1e300, 1.7e308]))


def pair(low, high):
    bound = st.one_of(st.floats(low, high), floats)
    return st.one_of(st.tuples(bound, bound).map(lambda p: tuple(sorted(p))),
                     st.tuples(bound, bound))


def names(known):
    return st.one_of(st.sampled_from(sorted(known)), st.text(max_size=12))


VALID = {
    "inputs": st.lists(st.sampled_from(CONDITION_NAMES), unique=True).map(tuple),
    "hidden": st.lists(st.integers(1, MAX_UNITS), max_size=MAX_HIDDEN_LAYERS).map(tuple),
    "activation": st.sampled_from(sorted(ACTIVATIONS)),
    "init": st.sampled_from(INITIALISERS),
    "optimizer": st.sampled_from(sorted(OPTIMIZERS)),
    "lr": st.floats(1e-8, 1e3),
    "batch": st.integers(1, 64),  # big batches come from ABSURD below
    "loss": st.sampled_from(sorted(LOSSES)),
    "huber_delta_cm": st.floats(1e-3, 100.0),
    "environment": st.builds(
        Environment,
        distance_m=st.tuples(st.floats(1.0, 2000.0), st.floats(1.0, 2000.0)).map(
            lambda p: tuple(sorted(p))),
        crosswind_mps=st.tuples(st.floats(-50.0, 50.0), st.floats(-50.0, 50.0)).map(
            lambda p: tuple(sorted(p))),
        tremor_mrad=st.floats(0.0, 10.0)),
    "sight_offset_mrad": st.none() | st.tuples(st.floats(-100, 100), st.floats(-100, 100)),
    "air_resistance": st.booleans(),
    "seed": st.integers(0, MAX_SEED),
    "heldout": st.integers(0, 64),
    "heldout_every": st.integers(1, 20),
}

# Absurd values for each setting (some happen to be fine: the oracle below decides).
ABSURD = {
    "inputs": st.lists(st.sampled_from([*CONDITION_NAMES, "humidity", ""]), max_size=6)
    .map(tuple),
    "hidden": st.lists(st.one_of(st.integers(-2, 100_000), st.floats(0.5, 70.0)),
                       max_size=6).map(tuple),
    "activation": names(ACTIVATIONS),
    "init": names(INITIALISERS),
    "optimizer": names(OPTIMIZERS),
    "lr": st.one_of(any_number, st.sampled_from(STRANGE)),
    "batch": st.one_of(st.integers(0, 10_000), st.integers(-5, 5), st.sampled_from(STRANGE)),
    "loss": names(LOSSES),
    "huber_delta_cm": st.one_of(any_number, st.sampled_from(STRANGE)),
    "environment": st.builds(
        Environment, distance_m=pair(-10.0, 2500.0), crosswind_mps=pair(-60.0, 60.0),
        headwind_mps=pair(-60.0, 60.0), air_density_kg_m3=pair(0.0, 2.5),
        tremor_mrad=st.one_of(st.floats(-1.0, 12.0), floats)),
    "sight_offset_mrad": st.tuples(any_number, any_number),
    "seed": st.one_of(st.integers(-2**64, 2**64),
                      st.sampled_from([MAX_SEED + 1, 2**63, -1, 2.0, "7", None])),
    "heldout": st.integers(-3, MAX_BATCH + 3),
    "heldout_every": st.integers(-2, 20),
}


@st.composite
def configs(draw):
    """A sensible config with up to three settings replaced by absurd values."""
    values = {name: draw(strategy) for name, strategy in VALID.items()}
    for name in draw(st.lists(st.sampled_from(sorted(ABSURD)), max_size=3, unique=True)):
        values[name] = draw(ABSURD[name])
    return TrainConfig(**values)


def real(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def whole(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def positive(value):
    return real(value) and math.isfinite(value) and value > 0


def within(pair_, low, high, open_ends=False):
    lo, hi = pair_
    if not (math.isfinite(lo) and math.isfinite(hi) and lo <= hi):
        return False
    return low < lo and hi < high if open_ends else low <= lo and hi <= high


def bad_settings(cfg):
    """The words a refusal may use for each setting that breaks the documented rules."""
    env = cfg.environment
    rules = {
        ("learning rate",): positive(cfg.lr),
        ("batch",): whole(cfg.batch) and 1 <= cfg.batch <= MAX_BATCH,
        ("hidden layer",): len(cfg.hidden) <= MAX_HIDDEN_LAYERS and all(
            whole(n) and 1 <= n <= MAX_UNITS for n in cfg.hidden),
        ("activation",): _member(cfg.activation, ACTIVATIONS),
        ("initialisation",): _member(cfg.init, INITIALISERS),
        ("optimizer",): _member(cfg.optimizer, OPTIMIZERS),
        ("loss",): _member(cfg.loss, LOSSES),
        ("Huber",): positive(cfg.huber_delta_cm),
        ("input",): set(cfg.inputs) <= set(CONDITION_NAMES)
        and len(set(cfg.inputs)) == len(cfg.inputs),
        ("held-out",): whole(cfg.heldout) and 0 <= cfg.heldout <= MAX_BATCH
        and whole(cfg.heldout_every) and cfg.heldout_every >= 1,
        ("seed",): whole(cfg.seed) and 0 <= cfg.seed <= MAX_SEED,
        ("distance",): within(env.distance_m, 1.0, 2000.0),
        ("crosswind",): within(env.crosswind_mps, -50.0, 50.0),
        ("headwind",): within(env.headwind_mps, -50.0, 50.0),
        ("air", "density"): within(env.air_density_kg_m3, 0.3, 2.0, open_ends=True),
        ("tremor",): math.isfinite(env.tremor_mrad) and 0 <= env.tremor_mrad <= 10,
        ("sight offset",): cfg.sight_offset_mrad is None or all(
            real(v) and math.isfinite(v) and abs(v) <= 100 for v in cfg.sight_offset_mrad),
    }
    return [words for words, ok in rules.items() if not ok]


def _member(value, known):
    try:
        return value in known
    except TypeError:  # unhashable
        return False


def ends_finite_or_diverged(trainer):
    if trainer.diverged:
        return trainer.diverged in ("non_finite_loss", "range_lost", "non_finite_weights")
    return (trainer.iteration == STEPS
            and all(np.isfinite(p).all() for p in trainer.network.params)
            and np.isfinite(trainer.history.loss.values).all())


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(configs())
def test_any_config_trains_or_is_refused_naming_a_bad_setting(cfg):
    bad = bad_settings(cfg)
    try:
        trainer = Trainer(cfg)
    except ValueError as exc:
        message = str(exc)
        assert bad, f"refused a valid config: {message}"
        assert any(all(w in message for w in words) for words in bad), (message, bad)
        event("refused")
        return
    assert not bad, f"accepted a config breaking {bad}"
    trainer.run(STEPS)
    assert ends_finite_or_diverged(trainer)
    event(f"trained: {trainer.diverged or 'finite'}")


# A diverging run overflows on purpose; the core reports it as a state, numpy also warns.
@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning",
                            "ignore:invalid value encountered:RuntimeWarning")
@settings(max_examples=60, deadline=None, derandomize=True)
@given(lr=st.one_of(st.floats(1e-12, 1e12), st.sampled_from([1e-300, 1e300, 1.7e308])),
       optimizer=st.sampled_from(sorted(OPTIMIZERS)), hidden=st.sampled_from([(), (8,), (16, 16)]))
def test_any_positive_learning_rate_trains_or_stops_diverged(lr, optimizer, hidden):
    cfg = TrainConfig(inputs=("distance", "crosswind"), hidden=hidden, optimizer=optimizer,
                      lr=lr, batch=8,
                      environment=Environment(distance_m=(50.0, 300.0),
                                              crosswind_mps=(-5.0, 5.0)))
    trainer = Trainer(cfg)
    trainer.run(STEPS)
    assert ends_finite_or_diverged(trainer)
    if trainer.diverged:  # the last good weights come back and training goes on
        trainer.restore_last_good()
        assert all(np.isfinite(p).all() for p in trainer.network.params)
        trainer.fire()


# Found by the property above with wider types: each must be refused, not raise TypeError.
@pytest.mark.parametrize("changes,words", [
    (dict(activation=["tanh"]), "activation"),
    (dict(optimizer={"name": "adam"}), "optimizer"),
    (dict(loss=["mse"]), "loss"),
    (dict(hidden=(True,)), "hidden layer"),
    (dict(seed=True), "seed"),
    (dict(batch=True), "batch"),
    (dict(heldout=True), "held-out"),
    (dict(lr=False), "learning rate"),
])
def test_wrong_types_are_refused_with_a_value_error_naming_them(changes, words):
    with pytest.raises(ValueError, match=words):
        Trainer(TrainConfig(**changes))
