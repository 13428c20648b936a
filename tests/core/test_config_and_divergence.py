"""Bad settings are refused with a message naming them; a run that blows up stops safely."""

import math

import numpy as np
import pytest

from shooter.constants import (
    MAX_BATCH,
    MAX_HIDDEN_LAYERS,
    MAX_UNITS,
    RING_WIDTH_CM,
    TARGET_RADIUS_CM,
)
from shooter.core.config import ConfigError, TrainConfig
from shooter.core.lessons import LESSONS
from shooter.core.range import Environment
from shooter.core.trainer import PhaseError, Trainer


@pytest.mark.parametrize("changes,named", [
    (dict(lr=0.0), "learning rate"),
    (dict(lr=-0.01), "learning rate"),
    (dict(lr=math.nan), "learning rate"),
    (dict(lr=math.inf), "learning rate"),
    (dict(lr="fast"), "learning rate"),
    (dict(batch=0), "batch"),
    (dict(batch=MAX_BATCH + 1), "batch"),
    (dict(batch=2.5), "batch"),
    (dict(batch="3"), "batch"),
    (dict(hidden=(8,) * (MAX_HIDDEN_LAYERS + 1)), "hidden layers"),
    (dict(hidden=(0,)), "hidden layer"),
    (dict(hidden=(MAX_UNITS + 1,)), "hidden layer"),
    (dict(hidden=(16.5,)), "hidden layer"),
    (dict(activation="swish"), "activation"),
    (dict(init="orthogonal"), "initialisation"),
    (dict(optimizer="lbfgs"), "optimizer"),
    (dict(loss="cross_entropy"), "loss"),
    (dict(huber_delta_cm=0.0), "Huber"),
    (dict(inputs=("humidity",)), "input"),
    (dict(inputs=("distance", "distance")), "input"),
    (dict(heldout=-1), "held-out"),
    (dict(heldout=2.5), "held-out"),
    (dict(seed=-1), "seed"),
    (dict(environment=Environment(distance_m=(0.0, 100.0))), "distance"),
    (dict(environment=Environment(distance_m=(300.0, 100.0))), "distance"),
    (dict(environment=Environment(crosswind_mps=(-80.0, 0.0))), "crosswind"),
    (dict(environment=Environment(headwind_mps=(0.0, math.nan))), "headwind"),
    (dict(environment=Environment(air_density_kg_m3=(0.1, 1.2))), "air density"),
    (dict(environment=Environment(tremor_mrad=-1.0)), "tremor"),
    (dict(sight_offset_mrad=(1.0, math.inf)), "sight offset"),
])
def test_bad_settings_raise_config_error_naming_them(changes, named):
    with pytest.raises(ConfigError, match=named):
        Trainer(TrainConfig(**changes))


def test_lesson_overrides_are_validated_too():
    with pytest.raises(ConfigError, match="learning rate"):
        LESSONS["sight-in"].configured(lr=-1.0)


def test_the_limits_themselves_are_accepted():
    config = TrainConfig(hidden=(MAX_UNITS,) * MAX_HIDDEN_LAYERS, batch=MAX_BATCH,
                         activation="leaky_relu", init="he", optimizer="momentum",
                         loss="huber", inputs=("distance", "air_density"), lr=1e-9)
    trainer = Trainer(config)
    assert len(trainer.network.dense) == MAX_HIDDEN_LAYERS + 1
    trainer.step()
    assert len(trainer.history) == 1


# --- phases ------------------------------------------------------------------------------

def test_phases_must_come_in_order():
    trainer = Trainer(LESSONS["sight-in"].configured())
    for wrong in (trainer.measure_loss, trainer.pull_back, trainer.adjust):
        with pytest.raises(PhaseError, match="fire"):
            wrong()
    trainer.fire()
    with pytest.raises(PhaseError):
        trainer.fire()
    with pytest.raises(PhaseError):
        trainer.pull_back()
    trainer.measure_loss()
    with pytest.raises(PhaseError):
        trainer.adjust()
    trainer.pull_back()
    with pytest.raises(PhaseError):
        trainer.fire()
    trainer.adjust()
    assert trainer.next_phase == "fire" and trainer.iteration == 1
    assert len(trainer.history) == 1


def test_phase_by_phase_equals_step():
    by_phase = Trainer(LESSONS["burst"].configured())
    by_step = Trainer(LESSONS["burst"].configured())
    for _ in range(4):
        by_phase.fire()
        by_phase.measure_loss()
        by_phase.pull_back()
        by_phase.adjust()
        by_step.step()
    for a, b in zip(by_phase.network.params, by_step.network.params):
        assert np.array_equal(a, b)
    assert np.array_equal(by_phase.history.loss.values, by_step.history.loss.values)


# --- divergence --------------------------------------------------------------------------

def diverged_trainer(lr=50.0):
    trainer = Trainer(LESSONS["sight-in"].configured(lr=lr))
    with np.errstate(over="ignore", invalid="ignore"):
        trainer.run(50)
    return trainer


@pytest.mark.parametrize("lr", [50.0, 1e200])
def test_a_huge_rate_diverges_and_stops(lr):
    trainer = diverged_trainer(lr)
    assert trainer.diverged in ("range_lost", "non_finite_loss", "non_finite_weights")
    assert len(trainer.history) < 50  # the run stopped early
    for phase in (trainer.fire, trainer.measure_loss, trainer.pull_back, trainer.adjust,
                  trainer.step):
        with pytest.raises(PhaseError, match="diverged"):
            phase()


@pytest.mark.parametrize("lr", [50.0, 1e200])
def test_restore_brings_back_the_last_good_weights_and_training_goes_on(lr):
    trainer = diverged_trainer(lr)
    last_good = [w.copy() for w in trainer.last_good]
    assert all(np.all(np.isfinite(w)) for w in last_good)
    trainer.restore_last_good()
    assert trainer.diverged is None and trainer.next_phase == "fire"
    for param, good in zip(trainer.network.params, last_good):
        assert np.array_equal(param, good)
        assert np.all(np.isfinite(param))
    # The restored trainer itself can take a further step.
    before = len(trainer.history)
    with np.errstate(over="ignore", invalid="ignore"):
        trainer.step()
    assert len(trainer.history) == before + 1
    assert all(np.all(np.isfinite(p)) for p in trainer.network.params) or trainer.diverged
    # The last good weights still hit the range: a gentler rate carries on from them.
    gentle = diverged_trainer(lr)
    gentle.reconfigure(lr=0.0025)
    gentle.restore_last_good()
    for param, good in zip(gentle.network.params, last_good):
        assert np.array_equal(param, good)
    gentle.run(5)
    assert gentle.diverged is None and len(gentle.history) == before + 5


def test_non_finite_weights_never_stay_in_the_network_after_restore():
    trainer = Trainer(TrainConfig(lr=1e307, sight_offset_mrad=(3.0, 3.0)))
    with np.errstate(over="ignore", invalid="ignore"):
        trainer.run(10)
    assert trainer.diverged == "non_finite_weights"
    trainer.restore_last_good()
    assert all(np.all(np.isfinite(p)) for p in trainer.network.params)
    assert np.isnan(trainer.history.loss.values).sum() == 0


def test_divergence_is_recorded_in_history_with_a_nan_gradient_norm():
    trainer = diverged_trainer(50.0)
    assert trainer.diverged == "range_lost"
    assert np.isnan(trainer.history.grad_norm.values[-1])
    assert np.all(np.isfinite(trainer.history.grad_norm.values[:-1]))


def test_lower_the_rate_then_restore_and_the_next_shot_hits_the_target():
    """Restore brings back the last weights whose shots stayed on the target, not merely the
    weights before the step that diverged (those threw the shot metres off the board)."""
    trainer = Trainer(LESSONS["sight-in"].configured())
    trainer.run(8)  # sighted in
    trainer.reconfigure(lr=0.05)
    misses = []
    with np.errstate(over="ignore", invalid="ignore"):
        while not trainer.diverged:
            misses.append(float(np.hypot(*trainer.step().fire.impacts_cm[0])))
    assert misses[-2] > 2 * TARGET_RADIUS_CM  # the last shot before the divergence: off the board
    trainer.reconfigure(lr=0.0025)
    assert trainer.diverged  # lowering the rate keeps the verdict and the good weights
    trainer.restore_last_good()
    shot = trainer.fire()
    assert np.hypot(*shot.impacts_cm[0]) < TARGET_RADIUS_CM
    trainer.measure_loss()
    trainer.pull_back()
    trainer.adjust()
    trainer.run(10)
    assert trainer.diverged is None
    assert np.hypot(*trainer.last["fire"].impacts_cm[0]) < misses[0] + RING_WIDTH_CM


def test_a_run_that_never_hit_the_target_restores_its_first_weights():
    trainer = Trainer(TrainConfig(lr=1e6, sight_offset_mrad=(30.0, 0.0)))
    first = trainer.network.get_weights()
    with np.errstate(over="ignore", invalid="ignore"):
        trainer.run(10)
    assert trainer.diverged
    trainer.restore_last_good()
    assert all(np.array_equal(a, b) for a, b in zip(trainer.network.params, first))


def test_reconfigure_refuses_a_bad_value_and_ignores_an_equal_one():
    trainer = Trainer(LESSONS["wind"].configured())
    trainer.run(3)
    snapshot_weights = trainer.network.get_weights()
    config = trainer.config
    with pytest.raises(ConfigError, match="learning rate"):
        trainer.reconfigure(lr=-1.0)
    assert trainer.config is config
    assert trainer.reconfigure(lr=config.lr, hidden=config.hidden) is False
    assert trainer.reconfigure(lr=config.lr / 2) is True
    assert trainer.optimizer.lr == config.lr / 2 and trainer.iteration == 3
    assert all(np.array_equal(a, b) for a, b in zip(trainer.network.params, snapshot_weights))
