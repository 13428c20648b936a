"""The loss surface over two parameters and the descent path drawn on it."""

import numpy as np

from shooter.core.lessons import LESSONS
from shooter.core.search import centred_aim_mrad
from shooter.core.surface import (
    NARROW_START,
    SurfaceJob,
    _pointwise_grid,
    descent_path,
    loss_surface,
    narrow_loss,
    narrow_valley,
    zigzags,
)
from shooter.core.trainer import Trainer


def sight_in():
    return LESSONS["sight-in"].configured()


def test_sight_in_surface_has_its_minimum_at_the_trained_aim():
    trainer = Trainer(sight_in())
    trainer.run(40)
    surface = loss_surface(sight_in(), trainer.network.get_weights())
    x, y, _ = surface.minimum()
    trained = trainer.network.params[1]
    step = surface.xs[1] - surface.xs[0]
    assert abs(x - trained[0]) <= 1.5 * step and abs(y - trained[1]) <= 1.5 * step
    assert [r.kind for r in surface.refs] == ["b", "b"]


def test_untrained_sight_in_surface_minimum_is_where_the_rifle_centres():
    config = sight_in()
    trainer = Trainer(config)
    surface = loss_surface(config)
    aim = centred_aim_mrad(trainer.rifle, config.environment.sample(np.random.default_rng(0), 1))
    x, y, low = surface.minimum()
    step = surface.xs[1] - surface.xs[0]
    assert np.hypot(x - aim[0, 0], y - aim[0, 1]) <= step
    assert low < surface.loss[30, 30] / 100  # far below the current (centre) loss


def test_descent_path_ends_near_the_surface_minimum_and_goes_downhill():
    config = sight_in()
    surface = loss_surface(config)
    path = descent_path(config, steps=40)
    x, y, _ = surface.minimum()
    step = surface.xs[1] - surface.xs[0]
    assert np.hypot(path.points[-1, 0] - x, path.points[-1, 1] - y) <= step
    assert np.all(np.diff(path.losses) <= 1e-12)
    np.testing.assert_array_equal(path.points[0], surface.centre)


def test_vectorised_output_layer_grid_equals_setting_each_point():
    config = LESSONS["wind"].configured()
    count = Trainer(config).network.parameter_count()
    fast = loss_surface(config, params=(count - 20, count - 1), resolution=7)
    assert SurfaceJob(config, params=(count - 20, count - 1)).vectorised
    job = SurfaceJob(config, params=(count - 20, count - 1), resolution=7)
    slow = _pointwise_grid(job.batch, job.params, job.xs, job.ys)
    np.testing.assert_allclose(fast.loss, slow, rtol=1e-12)


def test_inner_parameters_surface_in_pieces_equals_all_at_once_and_keeps_weights():
    config = LESSONS["wind"].configured()
    job = SurfaceJob(config, params=(0, 5), resolution=12)
    pieces = 0
    while not job.advance(24):
        pieces += 1
    assert pieces >= 4
    whole = loss_surface(config, params=(0, 5), resolution=12)
    np.testing.assert_array_equal(job.grid, whole.loss)
    assert job.batch.value(0) == whole.centre[0]  # the weights were put back after the grid


def test_in_the_narrow_valley_gradient_descent_zig_zags_and_adam_follows_the_floor():
    valley = narrow_valley()
    gd, adam = valley.paths["gd"], valley.paths["adam"]
    for path in (gd, adam):
        assert path.points.dtype == np.float64
        assert tuple(path.points[0]) == NARROW_START
        assert path.losses[-1] < path.losses[0] / 100  # both get down the valley
        np.testing.assert_array_equal(path.losses, narrow_loss(*path.points.T))
    assert zigzags(gd) >= len(gd.points) - 2  # across the floor on every step
    assert zigzags(adam) <= 5
    # Adam turns: its first steps go straight down the steep wall's slope, not across it
    assert np.all(np.diff(adam.points[:4, 1]) < 0) and np.all(adam.points[:4, 1] > 0)
    assert valley.loss.shape == (len(valley.ys), len(valley.xs))
    assert np.isclose(valley.loss.min(), 0.0, atol=0.05)


def test_narrow_valley_is_the_same_every_time():
    first, second = narrow_valley(), narrow_valley()
    for name in first.paths:
        assert first.paths[name].points.tobytes() == second.paths[name].points.tobytes()
