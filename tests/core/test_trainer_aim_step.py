"""The green arrow (PullBackRecord.aim_step_cm) is the step the configured optimiser really
takes: drawn before the adjust, it must match where the aim then moves, under every optimiser,
and stay a sensible length where the plain gradient step would be absurd (Adam in the wind)."""

import numpy as np
import pytest

from shooter.core.lessons import LESSONS
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.trainer import Trainer

# A rate per optimiser that walks the sight-in rifle towards the bullseye without flying off.
RATES = {"gd": 0.0025, "momentum": 0.001, "adam": 0.3, "sign": 0.4}


def bias_only(key, optimizer):
    return Trainer(LESSONS[key].configured(optimizer=optimizer, lr=RATES[optimizer]))


def phase_by_phase(trainer):
    """One shot cycle, reading the arrow before the adjust as the single-phase view does."""
    fire = trainer.fire()
    trainer.measure_loss()
    pull = trainer.pull_back()
    arrow = pull.aim_step_cm.copy()  # read while the adjust is still to come
    bias_before = trainer.network.dense[-1].b.copy()
    adjust = trainer.adjust()
    return fire, pull, arrow, adjust, trainer.network.dense[-1].b - bias_before


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
@pytest.mark.parametrize("key", ["sight-in", "burst"])
def test_arrow_equals_the_next_adjust_move_of_a_bias_only_rifle(key, optimizer):
    trainer = bias_only(key, optimizer)
    for _ in range(8):
        fire, pull, arrow, adjust, bias_move = phase_by_phase(trainer)
        # Bias only and one distance: every shot's aim moves by the bias change, and one mrad
        # moves the hit by the same jacobian for every shot.
        jac = float(fire.conditions.distance_m[0]) / 10.0  # cm per mrad
        np.testing.assert_allclose(arrow, jac * bias_move, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(arrow, adjust.aim_shift_cm, rtol=1e-12, atol=1e-12)
        assert np.array_equal(pull.aim_step_cm, arrow)  # read again: the same value
        assert np.linalg.norm(arrow) > 0


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_arrow_read_after_the_adjust_is_the_same_as_read_before(optimizer):
    early, late = bias_only("burst", optimizer), bias_only("burst", optimizer)
    for _ in range(5):
        _, _, arrow, _, _ = phase_by_phase(early)
        record = late.step()  # automatic training: nobody read the arrow during the step
        assert np.array_equal(record.pull_back.aim_step_cm, arrow)
        assert np.array_equal(record.pull_back.aim_step_cm, record.adjust.aim_shift_cm)


def test_sight_in_arrow_points_from_the_hit_towards_the_bullseye():
    trainer = bias_only("sight-in", "gd")
    fire, _, arrow, _, _ = phase_by_phase(trainer)
    hit = fire.impacts_cm[0]
    assert np.dot(arrow, -hit) > 0.9 * np.linalg.norm(arrow) * np.linalg.norm(hit)


@pytest.mark.parametrize("optimizer", sorted(OPTIMIZERS))
def test_wind_arrow_is_the_mean_move_of_the_aims_under_every_optimiser(optimizer):
    lr = {"gd": 1e-4, "momentum": 1e-5, "adam": 0.01, "sign": 0.01}[optimizer]
    trainer = Trainer(LESSONS["wind"].configured(optimizer=optimizer, lr=lr))
    for _ in range(30):
        fire, pull, arrow, adjust, _ = phase_by_phase(trainer)
        moved = trainer.network.forward(fire.features) - fire.aim_mrad  # the new weights' aims
        jac = fire.conditions.distance_m[:, None] / 10.0  # cm per mrad
        np.testing.assert_allclose(arrow, (jac * moved).mean(axis=0), rtol=1e-9, atol=1e-12)
        assert np.array_equal(arrow, adjust.aim_shift_cm)


def test_wind_lesson_with_adam_draws_a_finite_arrow_no_longer_than_a_ring_or_two():
    trainer = Trainer(LESSONS["wind"].configured())  # Adam, lr 0.01, batch 32
    lengths, plain = [], []
    for _ in range(200):
        record = trainer.step()
        lengths.append(np.linalg.norm(record.pull_back.aim_step_cm))
        # What the arrow used to show: the plain gradient step lr * J^T dL/daim, summed.
        jac = record.fire.conditions.distance_m[:, None] / 10.0
        plain.append(np.linalg.norm(trainer.config.lr * (jac * record.pull_back.aim_grad)
                                    .sum(axis=0)))
    lengths = np.array(lengths)
    assert np.all(np.isfinite(lengths))
    # Adam moves each weight by about lr per step: the aim moves a few cm at most, while the
    # plain gradient step of the first shots (hundreds of cm off) is metres long.
    assert lengths.max() < 10.0
    assert max(plain[:5]) > 100.0


def test_undo_to_before_the_adjust_gives_the_arrow_the_adjust_then_takes():
    trainer = bias_only("burst", "adam")
    for _ in range(3):
        trainer.step()
    trainer.fire()
    trainer.measure_loss()
    pull = trainer.pull_back()
    snapshot = trainer.snapshot()
    first = trainer.adjust()
    trainer.step()  # training goes on, then the user steps back to before that adjust
    trainer.restore(snapshot)
    again = trainer.adjust()
    assert np.array_equal(pull.aim_step_cm, first.aim_shift_cm)
    assert np.array_equal(again.aim_shift_cm, first.aim_shift_cm)


@pytest.mark.parametrize("hidden", [(8, 8), (32, 8), ()])
def test_arrow_read_after_the_network_changed_shape_is_the_arrow_of_its_own_step(hidden):
    """A frame drawn late may read a step's arrow after the panel gave the network another
    shape: it is still that step's arrow, worked out with the network that fired."""
    before, late = Trainer(LESSONS["wind"].configured()), Trainer(LESSONS["wind"].configured())
    expected = before.step().pull_back.aim_step_cm.copy()
    record = late.step()  # nobody reads the arrow during the step
    late.reconfigure(hidden=hidden)
    assert np.array_equal(record.pull_back.aim_step_cm, expected)
