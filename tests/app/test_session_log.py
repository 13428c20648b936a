"""The replay log behind "go back": bounded in shots, and exact after its head was dropped."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from shooter.app import session as session_module  # noqa: E402
from shooter.app.session import LOG_SHOTS, Session, shots_in  # noqa: E402


def logged_shots(session):
    return sum(shots_in(record) for _, record in session._log)


def test_a_long_run_of_bursts_keeps_no_more_shots_than_the_target_shows(qtbot):
    session = Session("burst")
    assert session.configure(batch=256)
    session.set_speed(None)
    session.play()
    qtbot.waitUntil(lambda: session.trainer.iteration * 256 > 3 * LOG_SHOTS, timeout=120000)
    session.pause()
    assert 0 < logged_shots(session) <= LOG_SHOTS
    assert session._log_shots == logged_shots(session)


def test_going_back_after_the_log_was_trimmed_drops_exactly_the_undone_record(
        qtbot, monkeypatch):
    monkeypatch.setattr(session_module, "LOG_LIMIT", 6)
    session = Session("sight-in")
    for _ in range(3):
        session.step()  # 12 manual phases: the log keeps the last 6
    session.fire()
    fired = session.trainer.last["fire"]
    assert session._log[-1][1] is fired
    assert session.back()
    assert all(record is not fired for _, record in session._log)
    assert len(session._log) == 5  # the five records before the fire are all still there
    refired = session.fire()
    assert np.array_equal(refired.impacts_cm, fired.impacts_cm)


def replayed_with_their_network(session):
    """(inputs of the network shown, inputs of the record) for each fire going back replays."""
    shown, pairs = None, []
    session.trainer_changed.connect(lambda state: pairs.append(("net", len(state.inputs))))
    session.fired.connect(lambda record: pairs.append(("fire", record.features.shape[1])))
    assert session.back()
    for kind, inputs in pairs:
        if kind == "net":
            shown = inputs
        else:
            yield shown, inputs


def test_a_shot_fired_before_a_new_network_is_replayed_with_its_own_network(qtbot):
    """Fire, tick two inputs, fire again, go back: the first shot is shown with the network
    that fired it, never drawn against the new one."""
    session = Session("sight-in")
    session.fire()
    assert session.configure(inputs=("headwind", "air_density"))
    session.advance_phase()
    assert session.trainer.next_phase == "loss"
    pairs = list(replayed_with_their_network(session))
    assert pairs and all(shown == inputs for shown, inputs in pairs)
