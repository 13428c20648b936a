"""The per-shot table of `shooter train`: columns that stay put for any aim."""

from types import SimpleNamespace

import numpy as np
import pytest

from shooter.cli.train import number_text, shot_table


def record(iteration, aim, impact, ring=0, direction=("upper_left", 45), loss=1.0):
    fire = SimpleNamespace(
        iteration=iteration, aim_mrad=np.array([aim], float),
        impacts_cm=np.array([impact], float), scores=np.array([ring]),
        directions=[SimpleNamespace(key=direction[0], degrees=direction[1])])
    return SimpleNamespace(fire=fire, loss=SimpleNamespace(errors=np.array([loss]), loss=loss))


@pytest.mark.parametrize("value,width,digits,expected", [
    (1.25, 8, 2, "+1.25"),
    (-99.5, 8, 2, "-99.50"),
    (123.456, 8, 2, "+123.46"),  # past 100 mrad: still fixed-point
    (12345.6, 8, 2, "+1.2e+04"),
    (-1e300, 8, 2, "-1e+300"),
    (float("inf"), 8, 2, "inf"),
    (float("nan"), 9, 1, "nan"),
])
def test_numbers_fit_their_width(value, width, digits, expected):
    assert number_text(value, width, digits) == expected


def test_columns_stay_aligned_from_small_to_huge_aims():
    rows = [record(0, (1.5, -2.25), (12.0, -3.5), ring=8, direction=("right", 0)),
            record(1, (150.0, -120.5), (1500.0, -1205.0)),
            record(2, (-3.3e4, 3.3e4), (-333234.0, 332109.6)),
            record(3, (1e300, -1e300), (1e302, -1e302), loss=1e300)]
    lines = shot_table(rows, "mse").splitlines()
    header, body = lines[0], lines[1:]
    ring_column = header.index("ring") + len("ring")  # rings are right-aligned under it
    direction_column = header.index("direction")
    for line in body:
        assert line[ring_column - 1].isdigit() and line[ring_column] == " "
        assert line[direction_column - 1] == " " and line[direction_column] != " "
        assert max(len(token) for token in line.split()) <= 12  # no 300-digit numbers
    assert "right" in body[0] and "upper left 45 degrees" in body[1]
