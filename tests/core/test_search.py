"""Exhaustive search against gradient descent: shots to the bullseye as parameters grow."""

import numpy as np

from shooter.core import ballistics, search
from shooter.core.lessons import STUBBORN_SIGHT_MRAD


def rows_by_count(**kwargs):
    return {row.parameters: row for row in search.compare(**kwargs)}


def test_grid_search_needs_far_more_shots_as_parameters_grow_while_descent_stays_small():
    rows = rows_by_count()
    grid = [rows[p].grid.shots for p in search.PARAMETER_COUNTS]
    descent = [rows[p].descent.shots for p in search.PARAMETER_COUNTS]
    assert grid == sorted(grid) and grid[-1] > 1000 * grid[1] > 1000 * grid[0]
    assert all(rows[p].descent.reached for p in search.PARAMETER_COUNTS)
    assert max(descent) < 500
    assert all(d < g for d, g in zip(descent, grid))


def test_small_grids_are_really_run_to_a_hit_and_large_ones_stop_at_the_budget():
    rows = rows_by_count(budget=50_000)
    for p in (1, 2):
        assert rows[p].grid.ran and rows[p].grid.reached
        assert rows[p].grid.fired == rows[p].grid.shots
    for p in (4, 6):
        row = rows[p]
        assert not row.grid.ran and not row.grid.reached
        assert row.grid.fired <= 50_000
        assert row.grid_points == 49 ** p
        assert row.grid.shots == row.grid_points * row.shots_per_candidate


def test_what_either_method_found_puts_every_evaluation_shot_in_ring_10():
    rifle = ballistics.Rifle(sight_offset_mrad=STUBBORN_SIGHT_MRAD)
    rows = rows_by_count()
    for problem in search.search_problems(rifle):
        row = rows[problem.parameters]
        for found in (row.grid.found, row.descent.found):
            if found:
                assert search.hits(rifle, problem, problem.full(np.array([found])))[0]


def test_grid_search_stops_at_the_first_hit_in_grid_order():
    rifle = ballistics.Rifle(sight_offset_mrad=STUBBORN_SIGHT_MRAD)
    problem = search.search_problems(rifle, (2,))[0]
    count = search.GridSearch(rifle, problem).run()
    values = np.linspace(-6, 6, 49)
    grid = np.array([(x, y) for x in values for y in values])
    every = search.hits(rifle, problem, problem.full(grid))
    assert count.shots == int(np.argmax(every)) + 1
    assert every.sum() > 1  # other grid points hit too; the search took the first


def test_chunked_search_equals_one_go_and_same_seed_same_counts():
    rifle = ballistics.Rifle(sight_offset_mrad=STUBBORN_SIGHT_MRAD)
    problem = search.search_problems(rifle, (2,))[0]
    chunked = search.GridSearch(rifle, problem)
    while not chunked.advance(100):
        assert 0.0 <= chunked.progress < 1.0
    assert chunked.count() == search.GridSearch(rifle, problem).run()
    assert search.compare(seed=3) == search.compare(seed=3)
