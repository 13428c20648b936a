"""Aiming by hand: the network's range shot for shot, and a scoreboard that counts right."""

import numpy as np
import pytest

from shooter.core.hand import (
    AIM_STEP_MRAD,
    BIG_STEP_MRAD,
    HAND_SHOTS,
    MAX_AIM_MRAD,
    HandRound,
    HandRun,
    Score,
    network_shots,
    round_config,
)
from shooter.core.trainer import Trainer


def scripted_round(number, seed, path):
    """A round where the hand moves by `path` (right, up, big) before each shot."""
    game = HandRound(number, seed)
    for right, up, big in path:
        game.hand.move(right, up, BIG_STEP_MRAD if big else AIM_STEP_MRAD)
        game.fire()
    return game


# Down and right towards the stubborn sight's correction, then fine steps: a student's path.
PATH = [(0, 0, False), (3, -3, True), (2, -1, False), (1, -1, False), (0, 0, False),
        (-1, 1, False), (1, 0, False), (0, -1, False)]


@pytest.mark.parametrize("number", [1, 2])
def test_hand_aimed_where_the_network_aimed_lands_where_its_shots_landed(number):
    config = round_config(number, seed=11)
    trainer = Trainer(config)
    hand = HandRun(config)
    assert np.array_equal(hand.start_mrad, Trainer(config).step().fire.aim_mrad[0])
    for _ in range(25):
        fire = trainer.step().fire
        assert hand.coming_distance_m == fire.conditions.distance_m[0]
        assert hand.coming_crosswind_mps == fire.conditions.crosswind_mps[0]
        hand.aim_at(fire.aim_mrad[0])
        impact, ring = hand.fire()
        assert np.array_equal(impact, fire.impacts_cm[0])  # bit for bit: same tremor too
        assert ring == fire.scores[0]
    assert np.array_equal(hand.shots.impacts_cm, network_shots(config, 25).impacts_cm)


def test_round_two_changes_distance_and_wind_every_shot():
    game = scripted_round(2, 7, [(0, 0, False)] * 6)
    shots = game.hand.shots
    assert len(set(shots.distance_m.tolist())) == 6 and len(set(shots.crosswind_mps)) == 6
    assert 100 <= shots.distance_m.min() and shots.distance_m.max() <= 600
    round_one = scripted_round(1, 7, [(0, 0, False)] * 6).hand.shots
    assert set(round_one.distance_m.tolist()) == {100.0} and not round_one.crosswind_mps.any()


def test_same_seed_same_numbers_bit_for_bit():
    for number in (1, 2):
        a, b = (scripted_round(number, 5, PATH) for _ in range(2))
        a.hand_over()
        b.hand_over()
        for one, other in ((a.hand.shots, b.hand.shots), (a.network, b.network)):
            assert one.impacts_cm.tobytes() == other.impacts_cm.tobytes()
            assert one.aims_mrad.tobytes() == other.aims_mrad.tobytes()
        assert a.scoreboard() == b.scoreboard()
    seed_five, seed_six = (scripted_round(1, s, PATH).hand.shots for s in (5, 6))
    assert not np.array_equal(seed_five.impacts_cm, seed_six.impacts_cm)  # tremor differs


def test_the_aim_moves_in_fixed_steps_and_stays_in_bounds():
    hand = HandRun(round_config(1))
    start = hand.start_mrad.copy()
    hand.move(2, -1)
    assert np.array_equal(hand.aim_mrad, start + [2 * AIM_STEP_MRAD, -AIM_STEP_MRAD])
    hand.move(0, 1000, BIG_STEP_MRAD)
    assert hand.aim_mrad[1] == MAX_AIM_MRAD
    hand.aim_at([np.nan, 0.0])  # nonsense from a drag is ignored
    assert hand.aim_mrad[1] == MAX_AIM_MRAD
    # one step is 2.5 cm on the target at 100 m
    assert hand.coming_cm_per_mrad * AIM_STEP_MRAD == pytest.approx(2.5)


def test_scoreboard_on_a_scripted_path():
    game = scripted_round(1, 7, PATH)
    rings = game.hand.shots.rings.tolist()
    game.hand_over()
    board = game.scoreboard()
    # the hand fired 8 shots; the network fires the same 8 from the same start
    assert board.hand.shots == board.network.shots == len(PATH)
    assert board.long_run is None
    first_good = next((i + 1 for i, r in enumerate(rings) if r >= 9), None)
    assert board.hand.to_good_ring == first_good
    assert board.hand.last_mean == pytest.approx(np.mean(rings[-5:]))
    assert rings[0] == game.network.rings[0]  # the first shot: same aim, same shot
    # pinned: this path's rings are 1 9 10 10 10 9 10 10, the network's 1 6 9 9 10 9 10 10
    assert rings == [1, 9, 10, 10, 10, 9, 10, 10]
    assert game.network.rings.tolist() == [1, 6, 9, 9, 10, 9, 10, 10]
    assert (board.hand.to_good_ring, board.hand.last_mean) == (2, pytest.approx(9.8))
    assert (board.network.to_good_ring, board.network.last_mean) == (3, pytest.approx(9.6))


def test_score_counts():
    assert Score.of([1, 6, 9, 8, 10, 10, 9]) == Score(7, 3, 9.2)
    assert Score.of([1, 2, 3]) == Score(3, None, 2.0)
    assert Score.of([]) == Score(0, None, None)


def test_the_network_takes_over_after_the_hands_turn():
    game = scripted_round(1, 7, [(0, 0, False)] * HAND_SHOTS)
    assert game.handed_over and len(game.network) == HAND_SHOTS
    assert game.fire() is None  # the turn is over
    empty = HandRound(1, 7)
    empty.hand_over()  # handed over before a shot: the network still shows its shots
    assert empty.scoreboard().network.shots == HAND_SHOTS


def test_round_two_runs_the_network_on_and_it_ends_better_than_it_starts():
    game = scripted_round(2, 7, [(0, 0, False)] * 3)
    game.hand_over()
    board = game.scoreboard()
    assert board.network.shots == 3 and board.long_run.shots == 300
    # the first shots are the very shots the longer run starts with
    assert np.array_equal(game.network_same_shots().impacts_cm, game.network.impacts_cm[:3])
    assert board.long_run.last_mean > board.network.last_mean
