"""The ISSF target: ring scores and the names of the hits' directions."""

import numpy as np
import pytest

from shooter.constants import BULLET_DIAMETER_CM, RING_WIDTH_CM
from shooter.core.range import direction_of, directions_of, ring_scores

HOLE_RADIUS_CM = BULLET_DIAMETER_CM / 2.0


def score_at(distance_cm, angle_deg=30.0):
    angle = np.radians(angle_deg)
    return int(ring_scores(np.array([[distance_cm * np.cos(angle),
                                      distance_cm * np.sin(angle)]]))[0])


def test_centre_is_ten_and_each_five_cm_ring_loses_a_point():
    # Hole centres in the middle of each ring band (the hole's edge pulls it inwards).
    for ring in range(10, 0, -1):
        middle = (10 - ring + 0.5) * RING_WIDTH_CM + HOLE_RADIUS_CM
        assert score_at(middle) == ring
    assert score_at(0.0) == 10


def test_a_hole_touching_the_line_counts_for_the_higher_ring():
    for ring in range(10, 0, -1):
        line = (10 - ring + 1) * RING_WIDTH_CM  # outer edge of `ring`
        assert score_at(line + HOLE_RADIUS_CM - 1e-6) == ring  # hole edge just over the line
        assert score_at(line + HOLE_RADIUS_CM + 1e-6) == max(ring - 1, 0)  # clear of it
        assert score_at(line - 1e-6) == ring  # centre inside: plainly in this ring


def test_off_the_target_and_non_finite_hits_score_zero():
    hits = np.array([[60.0, 0.0], [0.0, -51.0], [1e6, 1e6], [np.nan, 0.0],
                     [np.inf, 0.0], [np.nan, np.nan]])
    assert np.array_equal(ring_scores(hits), [0, 0, 0, 0, 0, 0])


def test_scores_are_whole_numbers_per_shot():
    scores = ring_scores(np.array([[0.0, 1.0], [20.0, 0.0], [-30.0, -30.0]]))
    assert scores.dtype.kind == "i"
    # 20 cm out the hole reaches over the 7/6 line at 20 cm: it scores 7.
    assert scores.tolist() == [10, 7, 2]


@pytest.mark.parametrize("offset,key,degrees,clock", [
    ((-10.0, 0.0), "left", 0, 9),
    ((10.0, 0.0), "right", 0, 3),
    ((0.0, 10.0), "up", 0, 12),
    ((0.0, -10.0), "down", 0, 6),
    ((-10.0, 10.0), "upper_left", 45, 10),
    ((10.0, 10.0), "upper_right", 45, 2),
    ((-10.0, -10.0), "lower_left", 45, 8),
    ((10.0, -10.0), "lower_right", 45, 4),
    # 15 degrees above the horizontal, to the left: the tutorial's second shot. It lies
    # exactly between two clock hours, so only the key and angle are pinned down.
    ((-10.0 * np.cos(np.radians(15)), 10.0 * np.sin(np.radians(15))), "upper_left", 15, None),
    ((-10.0 * np.cos(np.radians(15)), -10.0 * np.sin(np.radians(15))), "lower_left", 15, None),
    ((-10.0 * np.cos(np.radians(40)), 10.0 * np.sin(np.radians(40))), "upper_left", 40, 10),
    ((10.0 * np.cos(np.radians(70)), -10.0 * np.sin(np.radians(70))), "lower_right", 70, 5),
    ((0.1, 0.2), "centre", 0, 12),
    ((np.nan, 3.0), "centre", 0, 12),
])
def test_direction_names(offset, key, degrees, clock):
    direction = direction_of(np.array(offset))
    assert (direction.key, direction.degrees) == (key, degrees)
    if clock is not None:
        assert direction.clock == clock


def test_direction_angles_come_in_five_degree_steps():
    for true_angle in np.arange(1.0, 89.0, 0.7):
        rad = np.radians(true_angle)
        direction = direction_of(np.array([-20.0 * np.cos(rad), 20.0 * np.sin(rad)]))
        assert direction.degrees % 5 == 0
        assert abs(direction.degrees - true_angle) <= 2.5 or direction.key in ("left", "up")


def test_naming_a_whole_burst_gives_the_same_as_naming_each_shot():
    rng = np.random.default_rng(8)
    spread = rng.choice([0.3, 3.0, 30.0, 3e3], size=(4000, 1))
    angles = np.radians(np.arange(0.0, 360.0, 2.5))  # exactly on the rounding boundaries
    offsets = np.vstack([
        rng.normal(size=(4000, 2)) * spread,
        np.c_[10 * np.cos(angles), 10 * np.sin(angles)],
        [[0.0, 0.0], [0.5, 0.0], [0.49, 0.0], [np.nan, 1.0], [1.0, np.inf], [-0.0, 5.0]],
    ])
    assert directions_of(offsets) == tuple(direction_of(o) for o in offsets)
