"""A change changes only itself: a setting changed mid-run in the app keeps the shots, the
optimiser's state, the phase and the undo history, and gives the same next shots, bit for
bit, as `shooter train --session FILE --<setting> X` carrying the saved run on."""

import os
from dataclasses import astuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from shooter.app.session import Session  # noqa: E402
from shooter.cli.parser import build_parser  # noqa: E402
from shooter.cli.start import start_trainer  # noqa: E402
from shooter.core.range import Environment  # noqa: E402
from shooter.core.session_io import restore  # noqa: E402
from shooter.files import load_session  # noqa: E402

LESSON = "sandbox"  # Adam, a hidden layer, four inputs, bursts of 16, a held-out set
STEPS_BEFORE = 21
STEPS_AFTER = 4

# (setting, the change, the same change as `shooter train` options; None: no such option,
# the saved run is carried on through the core path the CLI uses, then changed)
CHANGES = [
    ("lr", {"lr": 0.02}, ["--lr", "0.02"]),
    ("batch", {"batch": 5}, ["--batch", "5"]),
    ("loss", {"loss": "distance"}, ["--loss", "distance"]),
    ("optimizer", {"optimizer": "sign"}, ["--optimizer", "sign"]),
    ("activation", {"activation": "relu"}, ["--activation", "relu"]),
    ("seed", {"seed": 11}, ["--seed", "11"]),
    ("huber_delta", {"loss": "huber", "huber_delta_cm": 2.0}, None),
    ("hidden", {"hidden": (8, 8)}, None),
    ("inputs", {"inputs": ("distance", "crosswind")}, None),
    ("environment", {"environment": Environment(
        distance_m=(150.0, 250.0), crosswind_mps=(-2.0, 6.0), headwind_mps=(-5.0, 5.0),
        air_density_kg_m3=(1.0, 1.3), tremor_mrad=0.3)}, None),
    ("air_resistance", {"air_resistance": False}, None),
    ("heldout", {"heldout": 64, "heldout_every": 3}, None),
]


def trained_session():
    session = Session(LESSON)
    for _ in range(STEPS_BEFORE):
        session.step()
    return session


def carried_on(path, changes, options):
    """The run saved at `path`, carried on with `changes` the way the CLI does it."""
    if options is not None:
        args = build_parser().parse_args(["train", "--session", str(path), *options])
        return start_trainer(args)
    trainer = restore(load_session(path))
    trainer.reconfigure(**changes)
    return trainer


def shots(trainer_step, count):
    """The next `count` steps' shots and the weights after them."""
    seen = []
    for _ in range(count):
        record = trainer_step()
        fire = record.fire
        seen.append((astuple(fire.conditions), fire.tremor_mrad, fire.aim_mrad, fire.impacts_cm,
                     record.loss.loss))
    return seen


def assert_same(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        if isinstance(x, (tuple, list)):
            assert_same(x, y)
        else:
            assert np.array_equal(np.asarray(x), np.asarray(y))


@pytest.mark.parametrize(("setting", "changes", "options"), CHANGES,
                         ids=[c[0] for c in CHANGES])
def test_the_app_and_the_cli_carry_on_with_the_same_shots(qtbot, tmp_path, setting, changes,
                                                           options):
    session = trained_session()
    path = tmp_path / "run.json"
    assert session.save(path)
    assert session.configure(**changes)
    cli = carried_on(path, changes, options)
    assert cli.config == session.config
    assert cli.iteration == session.trainer.iteration == STEPS_BEFORE

    def app_step():
        session.step()
        last = session.trainer.last
        return type("Step", (), {"fire": last["fire"], "loss": last["loss"]})

    assert_same(shots(app_step, STEPS_AFTER), shots(cli.step, STEPS_AFTER))
    assert_same(session.trainer.network.params, cli.network.params)
    assert_same(session.trainer.optimizer.state()["slots"], cli.optimizer.state()["slots"])
    assert np.array_equal(session.history.loss.values, cli.history.loss.values)


def test_a_new_learning_rate_keeps_the_shot_stream_and_adam_counting(qtbot):
    session = trained_session()
    fresh = Session(LESSON)
    fresh.step()
    first_shot = fresh.trainer.last["fire"].conditions.distance_m
    assert session.trainer.optimizer.slots[2][0][0] == STEPS_BEFORE
    session.configure(lr=0.003)
    assert session.trainer.optimizer.slots[2][0][0] == STEPS_BEFORE  # not 1: Adam goes on
    session.step()
    assert session.trainer.optimizer.slots[2][0][0] == STEPS_BEFORE + 1
    assert not np.array_equal(session.trainer.last["fire"].conditions.distance_m, first_shot)
    assert len(session.history) == STEPS_BEFORE + 1


def pending_adjust(lesson=LESSON):
    session = Session(lesson)
    session.step()
    session.fire()
    session.measure_loss()
    session.pull_back()
    assert session.trainer.next_phase == "adjust"
    return session


def test_a_pending_adjust_stays_an_adjust_and_uses_the_new_rate(qtbot):
    session = pending_adjust()
    before = [w.copy() for w in session.trainer.network.params]
    grads = [g.copy() for g in session.trainer.network.grads]
    plain = pending_adjust()
    session.configure(optimizer="gd", lr=0.5)
    assert session.trainer.next_phase == "adjust"
    session.adjust()
    for w, w0, g in zip(session.trainer.network.params, before, grads):
        assert np.array_equal(w, w0 - 0.5 * g)  # one plain step of the new size
    plain.adjust()
    assert not np.array_equal(plain.trainer.network.params[0], session.trainer.network.params[0])


def test_a_new_loss_measures_the_shot_in_progress_again(qtbot):
    session = pending_adjust()
    shot = session.trainer.last["fire"]
    session.configure(loss="distance")
    assert session.trainer.next_phase == "loss"
    loss = session.measure_loss()
    assert loss.loss_name == "distance" and session.trainer.last["fire"] is shot


def test_a_new_network_fires_anew_from_the_same_stream(qtbot, tmp_path):
    session = pending_adjust()
    session.configure(hidden=(4,))
    assert session.trainer.next_phase == "fire"
    assert [w.shape for w in session.trainer.network.params[:2]] == [(4, 4), (4,)]
    assert session.fire() is not None


def test_going_back_takes_back_the_change_then_the_phases(qtbot):
    session = pending_adjust()
    lr = session.config.lr
    session.configure(lr=lr * 2)
    assert session.can_go_back
    assert session.back()
    assert session.config.lr == lr and session.trainer.next_phase == "adjust"
    assert session.back()
    assert session.trainer.next_phase == "pull_back"
    session.pull_back()
    session.adjust()
    assert session.trainer.next_phase == "fire"


def test_going_back_over_a_new_network_restores_the_old_one(qtbot):
    session = pending_adjust()
    weights = [w.copy() for w in session.trainer.network.params]
    session.configure(hidden=(4,), inputs=("distance",))
    session.step()
    while session.config.hidden != (16,):
        assert session.back()
    assert session.trainer.next_phase == "adjust"
    assert_same(session.trainer.network.params, weights)


def test_the_same_values_change_nothing(qtbot):
    session = pending_adjust()
    depth = len(session._undo)
    session.dirty = False
    told = []
    session.trainer_changed.connect(told.append)
    session.phase_changed.connect(told.append)
    config = session.config
    assert session.configure(lr=config.lr, batch=config.batch, hidden=config.hidden,
                             environment=config.environment)
    assert told == [] and len(session._undo) == depth and not session.dirty
    assert session.trainer.next_phase == "adjust"
