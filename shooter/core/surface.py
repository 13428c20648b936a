"""The loss as a landscape over two parameters (T11), and the way down it.

Two parameters (flat indices into Network.params, default the two output biases: the
sight-in aim) vary over a grid around their current values; every other parameter stays
fixed, and the loss is the mean over a fixed evaluation batch (conditions drawn once from a
seed, no tremor), so the surface does not shimmer from shot to shot.

Parameters of the output layer move the aim additively (a bias shifts every shot's aim by
the same amount, an output weight by the hidden unit's value), so their grid is evaluated
in one vectorised sweep; earlier parameters are set point by point.
"""

from dataclasses import dataclass

import numpy as np

from shooter.core import ballistics
from shooter.core.differentiation import parameter_refs
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.trainer import Trainer

EVALUATION_SEED = 20240611
EVALUATION_SHOTS = 64
RESOLUTION = 60
OUTPUT_SPAN = 6.0  # mrad either side, for output-layer parameters (they move the aim in mrad)
INNER_SPAN = 3.0  # either side, for earlier layers (they act through the activations)


@dataclass
class FixedBatch:
    """A trainer's rifle, network and loss with a fixed set of tremor-free shots."""

    trainer: Trainer
    conditions: ballistics.Conditions
    features: np.ndarray

    @classmethod
    def draw(cls, config, weights=None, shots=EVALUATION_SHOTS, seed=EVALUATION_SEED):
        trainer = Trainer(config, weights)
        conditions = config.environment.sample(np.random.default_rng(seed), shots)
        return cls(trainer, conditions, config.environment.features(conditions, config.inputs))

    def loss(self):
        aim = self.trainer.network.forward(self.features)
        impacts = ballistics.impact_cm(self.trainer.rifle, aim, self.conditions)
        return float(np.mean(self.trainer.loss_fn.value(impacts)))

    def value(self, index):
        array, position = locate(self.trainer.network.params, index)
        return float(array[position])

    def set_value(self, index, value):
        array, position = locate(self.trainer.network.params, index)
        array[position] = value


def locate(params, index):
    """(array, position) of the flat parameter `index`."""
    for array in params:
        if index < array.size:
            return array, np.unravel_index(index, array.shape)
        index -= array.size
    raise IndexError("parameter index out of range")


def default_parameters(network):
    """The two output biases: the last two flat parameters."""
    count = network.parameter_count()
    return (count - 2, count - 1)


@dataclass(frozen=True)
class Surface:
    params: tuple  # (i, j) flat indices: i along x, j along y
    refs: tuple  # ParameterRef of each
    xs: np.ndarray  # values of parameter i, (nx,)
    ys: np.ndarray  # values of parameter j, (ny,)
    loss: np.ndarray  # (ny, nx): loss[r, c] at (xs[c], ys[r])
    centre: tuple  # the current values (i, j)

    def minimum(self):
        """(x, y, loss) of the lowest grid point."""
        r, c = np.unravel_index(int(np.argmin(self.loss)), self.loss.shape)
        return float(self.xs[c]), float(self.ys[r]), float(self.loss[r, c])


def default_span(batch, index):
    last = len(batch.trainer.network.dense) - 1
    return OUTPUT_SPAN if parameter_refs(batch.trainer.network)[index].layer == last \
        else INNER_SPAN


class SurfaceJob:
    """The loss surface computed in pieces (rows of the grid), so a caller can show progress.

    Output-layer pairs finish in one vectorised piece; other pairs set the parameters point
    by point, `advance(points)` doing about that many grid points.
    """

    def __init__(self, config, weights=None, params=None, span=None, resolution=RESOLUTION,
                 shots=EVALUATION_SHOTS, seed=EVALUATION_SEED):
        self.batch = FixedBatch.draw(config, weights, shots, seed)
        network = self.batch.trainer.network
        i, j = default_parameters(network) if params is None else (int(params[0]),
                                                                    int(params[1]))
        refs = parameter_refs(network)
        self.params, self.refs = (i, j), (refs[i], refs[j])
        self.centre = (self.batch.value(i), self.batch.value(j))
        spans = (span or default_span(self.batch, i), span or default_span(self.batch, j))
        self.xs, self.ys = (np.linspace(c - s, c + s, resolution)
                            for c, s in zip(self.centre, spans))
        last = len(network.dense) - 1
        self.vectorised = refs[i].layer == last and refs[j].layer == last
        self.grid = np.empty((resolution, resolution))
        self.rows_done = 0

    @property
    def done(self):
        return self.rows_done >= len(self.ys)

    @property
    def progress(self):
        return self.rows_done / len(self.ys)

    def advance(self, points=600):
        """Compute some more rows; returns True once the surface is complete."""
        if self.done:
            return True
        if self.vectorised:
            self.grid[...] = _output_layer_grid(self.batch, self.refs,
                                                self.xs - self.centre[0],
                                                self.ys - self.centre[1])
            self.rows_done = len(self.ys)
            return True
        rows = max(1, points // len(self.xs))
        stop = min(len(self.ys), self.rows_done + rows)
        self.grid[self.rows_done:stop] = _pointwise_grid(
            self.batch, self.params, self.xs, self.ys[self.rows_done:stop])
        self.rows_done = stop
        return self.done

    def result(self):
        while not self.advance(len(self.xs) * len(self.ys)):
            pass
        return Surface(self.params, self.refs, self.xs, self.ys, self.grid.copy(), self.centre)


def loss_surface(config, weights=None, params=None, span=None, resolution=RESOLUTION,
                 shots=EVALUATION_SHOTS, seed=EVALUATION_SEED):
    """The loss over a resolution x resolution grid of two parameters around their values."""
    return SurfaceJob(config, weights, params, span, resolution, shots, seed).result()


def _aim_direction(batch, ref):
    """d(aim)/d(parameter) per shot (n, 2) for an output-layer parameter: the aim is linear."""
    network = batch.trainer.network
    network.forward(batch.features)
    hidden = network.outputs[-3] if len(network.dense) > 1 else batch.features
    direction = np.zeros((len(batch.conditions), 2))
    direction[:, ref.col] = 1.0 if ref.kind == "b" else hidden[:, ref.row]
    return direction


def _output_layer_grid(batch, refs, dxs, dys):
    trainer = batch.trainer
    base = ballistics.impact_cm(trainer.rifle, trainer.network.forward(batch.features),
                                batch.conditions)
    jac = ballistics.impact_jacobian_cm_per_mrad(batch.conditions)[:, None]
    move_x = jac * _aim_direction(batch, refs[0])
    move_y = jac * _aim_direction(batch, refs[1])
    impacts = (base[None, None] + dys[:, None, None, None] * move_y[None, None]
               + dxs[None, :, None, None] * move_x[None, None])
    errors = trainer.loss_fn.value(impacts.reshape(-1, 2)).reshape(impacts.shape[:3])
    return errors.mean(axis=2)


def _pointwise_grid(batch, params, xs, ys):
    i, j = params
    saved = (batch.value(i), batch.value(j))
    grid = np.empty((len(ys), len(xs)))
    try:
        for r, y in enumerate(ys):
            batch.set_value(j, y)
            for c, x in enumerate(xs):
                batch.set_value(i, x)
                grid[r, c] = batch.loss()
    finally:
        batch.set_value(i, saved[0])
        batch.set_value(j, saved[1])
    return grid


@dataclass(frozen=True)
class DescentPath:
    points: np.ndarray  # (steps + 1, 2): the two parameters' values, start first
    losses: np.ndarray  # (steps + 1,): the fixed-batch loss at each point


def descent_path(config, weights=None, params=None, steps=40, shots=EVALUATION_SHOTS,
                 seed=EVALUATION_SEED):
    """The config's optimiser stepping on the same fixed batch as the surface.

    Only the two chosen parameters move (the others' gradients are masked), so every point
    of the path lies on the surface drawn with the same settings.
    """
    batch = FixedBatch.draw(config, weights, shots, seed)
    trainer = batch.trainer
    network = trainer.network
    i, j = default_parameters(network) if params is None else (int(params[0]), int(params[1]))
    optimizer = OPTIMIZERS[config.optimizer](config.lr)
    jac = ballistics.impact_jacobian_cm_per_mrad(batch.conditions)[:, None]
    points, losses = [], []
    for step in range(steps + 1):
        aim = network.forward(batch.features)
        impacts = ballistics.impact_cm(trainer.rifle, aim, batch.conditions)
        points.append((batch.value(i), batch.value(j)))
        losses.append(float(np.mean(trainer.loss_fn.value(impacts))))
        if step == steps:
            break
        network.backward(jac * trainer.loss_fn.grad(impacts) / len(impacts))
        optimizer.step(network.params, _masked(network, (i, j)))
    return DescentPath(np.array(points), np.array(losses))


def _masked(network, keep):
    """The network's gradients with every parameter but those in `keep` zeroed."""
    masked = [np.zeros_like(g) for g in network.grads]
    for index in keep:
        array, position = locate(masked, index)
        source, _ = locate(network.grads, index)
        array[position] = source[position]
    return masked


# --- a long narrow valley: why the path of plain gradient descent zig-zags ----------------
# f(x, y) = (x^2 + STEEPNESS * y^2) / 2: the floor runs along x, the walls across it are
# STEEPNESS times as steep. A step size that crawls along the floor already overshoots across
# it, so plain descent swings from wall to wall; Adam scales each direction by its own
# gradient history, so it turns along the floor instead.
NARROW_STEEPNESS = 25.0
NARROW_START = (-9.0, 1.6)
NARROW_SPAN = ((-10.0, 2.0), (-2.0, 2.0))  # (low, high) of x and of y drawn
NARROW_RACE = (("gd", 0.072), ("adam", 0.3))  # optimiser and its step size
NARROW_STEPS = 40


def narrow_loss(x, y):
    return 0.5 * (np.square(x) + NARROW_STEEPNESS * np.square(y))


def narrow_grad(point):
    return np.array([point[0], NARROW_STEEPNESS * point[1]], dtype=np.float64)


@dataclass(frozen=True)
class NarrowValley:
    xs: np.ndarray  # (nx,)
    ys: np.ndarray  # (ny,)
    loss: np.ndarray  # (ny, nx): loss[r, c] at (xs[c], ys[r])
    paths: dict  # optimiser name -> DescentPath, all from NARROW_START
    rates: dict  # optimiser name -> its step size


def narrow_valley(race=NARROW_RACE, steps=NARROW_STEPS, resolution=RESOLUTION):
    """Each optimiser of `race` walking `steps` steps down the same narrow valley from the
    same start, with the project's own optimiser classes; deterministic, float64."""
    (x0, x1), (y0, y1) = NARROW_SPAN
    xs, ys = np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution)
    loss = narrow_loss(xs[None, :], ys[:, None])
    paths = {name: _walk(OPTIMIZERS[name](lr), steps) for name, lr in race}
    return NarrowValley(xs, ys, loss, paths, dict(race))


def _walk(optimizer, steps):
    point = np.array(NARROW_START, dtype=np.float64)
    points = [point.copy()]
    for _ in range(steps):
        optimizer.step([point], [narrow_grad(point)])
        points.append(point.copy())
    points = np.array(points)
    return DescentPath(points, narrow_loss(points[:, 0], points[:, 1]))


def zigzags(path):
    """How many times the path crosses the valley's floor (y changes sign)."""
    signs = np.sign(path.points[:, 1])
    signs = signs[signs != 0]
    return int(np.count_nonzero(signs[1:] != signs[:-1]))
