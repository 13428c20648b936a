"""Same seed, same run, bit for bit; snapshots go back to exactly the same state."""

import numpy as np
import pytest

from shooter.core.history import History
from shooter.core.lessons import LESSONS
from shooter.core.trainer import Trainer

SHORT_RUN = 40  # steps; enough for held-out evaluations and a few optimiser moments


def short_run(key):
    return min(LESSONS[key].steps, SHORT_RUN)


def has_chance(key):
    """Whether anything in the lesson depends on the seed: tremor, conditions, init, rifle."""
    config = LESSONS[key].config
    env = config.environment
    varying = any(hi > lo for lo, hi in env.bounds())
    return (env.tremor_mrad > 0 or varying or bool(config.hidden)
            or config.sight_offset_mrad is None)


def history_arrays(trainer):
    return {name: getattr(trainer.history, name).values.copy() for name in History.NAMES}


def assert_same_run(a, b):
    for name in History.NAMES:
        assert np.array_equal(a[name], b[name], equal_nan=True), name


def run_lesson(key, **overrides):
    trainer = Trainer(LESSONS[key].configured(heldout_every=5, **overrides))
    trainer.run(short_run(key))
    return trainer


@pytest.mark.parametrize("key", sorted(LESSONS))
def test_same_seed_gives_identical_history(key):
    first, second = run_lesson(key), run_lesson(key)
    assert len(first.history) == short_run(key) or first.diverged  # step-size flies off
    assert_same_run(history_arrays(first), history_arrays(second))
    for a, b in zip(first.network.params, second.network.params):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("key", sorted(LESSONS))
def test_different_seeds_give_different_runs(key):
    first, second = run_lesson(key, seed=1), run_lesson(key, seed=2)
    same = np.array_equal(first.history.loss.values, second.history.loss.values)
    # A lesson with nothing left to chance (the step-size rifle) is the same for every seed.
    assert same != has_chance(key)


def test_seed_chooses_the_rifle_when_the_lesson_does_not():
    a = Trainer(LESSONS["sandbox"].configured(seed=1))
    b = Trainer(LESSONS["sandbox"].configured(seed=2))
    assert a.rifle.sight_offset_mrad != b.rifle.sight_offset_mrad
    assert Trainer(LESSONS["sandbox"].configured(seed=1)).rifle == a.rifle


def continue_phases(trainer, phases):
    """Run the given number of phases from wherever the trainer is in its cycle."""
    calls = {"fire": trainer.fire, "loss": trainer.measure_loss,
             "pull_back": trainer.pull_back, "adjust": trainer.adjust}
    for _ in range(phases):
        calls[trainer.next_phase]()


@pytest.mark.parametrize("key", ["burst", "wind", "sandbox"])
@pytest.mark.parametrize("phases_before", [0, 1, 2, 3])
def test_snapshot_restore_continues_bit_identically(key, phases_before):
    trainer = Trainer(LESSONS[key].configured())
    trainer.run(3)
    continue_phases(trainer, phases_before)  # snapshot at each point of the cycle
    snap = trainer.snapshot()
    continue_phases(trainer, 4 * 6)
    without = history_arrays(trainer)
    weights = trainer.network.get_weights()
    trainer.restore(snap)
    continue_phases(trainer, 4 * 6)
    assert_same_run(history_arrays(trainer), without)
    for a, b in zip(trainer.network.params, weights):
        assert np.array_equal(a, b)


def test_undoing_two_phases_and_redoing_them_gives_the_same_gradients():
    """The app's undo: back over adjust, then over pull-back, then pull back again."""
    trainer = Trainer(LESSONS["wind"].configured(batch=4))
    trainer.run(3)
    trainer.fire()
    trainer.measure_loss()
    before_pull = trainer.snapshot()
    first = trainer.pull_back()
    before_adjust = trainer.snapshot()
    trainer.adjust()
    trainer.restore(before_adjust)
    trainer.restore(before_pull)
    again = trainer.pull_back()
    for (dW1, db1), (dW2, db2) in zip(first.param_grads, again.param_grads):
        assert np.array_equal(dW1, dW2) and np.array_equal(db1, db2)
    assert np.array_equal(first.aim_grad, again.aim_grad)


def test_restore_after_divergence_returns_to_the_healthy_state():
    trainer = Trainer(LESSONS["step-size"].configured())
    trainer.run(2)
    snap = trainer.snapshot()
    trainer.run(100)
    assert trainer.diverged == "range_lost"
    trainer.restore(snap)
    assert trainer.diverged is None and len(trainer.history) == 2
    trainer.step()
    assert len(trainer.history) == 3
