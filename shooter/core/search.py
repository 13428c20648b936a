"""Exhaustive search against gradient descent (T7): shots each needs to hit the bullseye.

Both methods work on the same range and the same linear aim model, aim = f @ W + b, whose
P free parameters grow through a fixed family:

    P = 1  horizontal aim only (the vertical aim is already right), one distance
    P = 2  both aim angles: the sight-in rifle
    P = 4  aim = bias + weight * normalised distance, judged at 100, 200 and 300 m
    P = 6  + a weight on the normalised crosswind, judged at 3 distances x 3 winds

A candidate "hits" when every evaluation shot it fires lands in ring 10 (no tremor, so a
hit is a property of the parameters, not of luck).

Grid search visits a grid over every parameter (by default 0.25 mrad steps over +-6 mrad,
49 values each) in order, firing the evaluation shots per point, and stops at the first
hit. It is really run up to a shot budget; beyond that the full grid size (values^P times
the shots per candidate) is what it would need, and the row says it was not run to the end.

Gradient descent fires the same evaluation shots, stops if they all hit, and otherwise takes
one plain gradient step on the mean squared miss. Its step size is DESCENT_FRACTION / L, with
L the largest curvature of that loss (exact for this linear model): on the sight-in rifle this
is the lesson's own rate, each step halving the miss.
"""

from dataclasses import dataclass

import numpy as np

from shooter.constants import DEFAULT_SEED, RING_COUNT
from shooter.core import ballistics
from shooter.core.ballistics import Conditions
from shooter.core.lessons import STUBBORN_SIGHT_MRAD
from shooter.core.losses import SquaredDistance
from shooter.core.network import Network
from shooter.core.optimizers import GradientDescent
from shooter.core.range import Environment, ring_scores

GRID_STEP_MRAD = 0.25
GRID_BOUND_MRAD = 6.0
SHOT_BUDGET = 200_000
MAX_DESCENT_STEPS = 5_000
CHUNK_CANDIDATES = 4_096
DESCENT_FRACTION = 0.5  # of the largest safe-and-fastest step 1/L
PARAMETER_COUNTS = (1, 2, 4, 6)


@dataclass(frozen=True)
class SearchProblem:
    """One member of the family: who is free, and the shots each candidate fires."""

    parameters: int
    inputs: tuple  # condition names the aim sees (network inputs)
    environment: Environment  # the ranges the inputs are normalised over
    conditions: Conditions  # the evaluation shots, fired by every candidate
    free: np.ndarray  # bool over the flat parameters [W.ravel(), b]
    fixed: np.ndarray  # values of the parameters that are not free

    @property
    def shots_per_candidate(self):
        return len(self.conditions)

    @property
    def features(self):
        return self.environment.features(self.conditions, self.inputs)

    def full(self, free_values):
        """Flat parameter vectors (c, 2 * inputs + 2) from free values (c, P)."""
        out = np.tile(self.fixed, (len(free_values), 1))
        out[:, self.free] = free_values
        return out


def _grid_conditions(distances, crosswinds=(0.0,)):
    d, w = np.meshgrid(np.asarray(distances, float), np.asarray(crosswinds, float),
                       indexing="ij")
    n = d.size
    base = Conditions.constant(n, 100.0)
    return Conditions(d.ravel(), w.ravel(), base.headwind_mps, base.air_density_kg_m3)


def centred_aim_mrad(rifle, conditions):
    """The aim that puts each shot exactly on the bullseye: (n, 2)."""
    zero = ballistics.impact_cm(rifle, np.zeros((len(conditions), 2)), conditions)
    return -zero / ballistics.impact_jacobian_cm_per_mrad(conditions)[:, None]


def search_problems(rifle, counts=PARAMETER_COUNTS):
    """The family of problems for `rifle`, one per parameter count in `counts`."""
    builders = {1: _one, 2: _two, 4: _four, 6: _six}
    return [builders[p](rifle) for p in counts]


def _one(rifle):
    conditions = _grid_conditions([100.0])
    right_vertical = centred_aim_mrad(rifle, conditions)[0, 1]
    return SearchProblem(1, (), Environment(), conditions, np.array([True, False]),
                         np.array([0.0, right_vertical]))


def _two(rifle):
    return SearchProblem(2, (), Environment(), _grid_conditions([100.0]),
                         np.ones(2, bool), np.zeros(2))


def _four(rifle):
    env = Environment(distance_m=(100.0, 300.0))
    return SearchProblem(4, ("distance",), env, _grid_conditions([100.0, 200.0, 300.0]),
                         np.ones(4, bool), np.zeros(4))


def _six(rifle):
    env = Environment(distance_m=(100.0, 300.0), crosswind_mps=(-2.0, 2.0))
    conditions = _grid_conditions([100.0, 200.0, 300.0], [-2.0, 0.0, 2.0])
    return SearchProblem(6, ("distance", "crosswind"), env, conditions, np.ones(6, bool),
                         np.zeros(6))


def hits(rifle, problem, flat_params):
    """For each candidate (rows of flat_params), do all its shots land in ring 10?"""
    c = len(flat_params)
    n_in = len(problem.inputs)
    W = flat_params[:, : 2 * n_in].reshape(c, n_in, 2)
    b = flat_params[:, 2 * n_in:]
    aims = np.einsum("mi,cio->cmo", problem.features, W) + b[:, None, :]
    m = problem.shots_per_candidate
    conditions = problem.conditions.take(np.tile(np.arange(m), c))
    impacts = ballistics.impact_cm(rifle, aims.reshape(c * m, 2), conditions)
    return np.all(ring_scores(impacts).reshape(c, m) == RING_COUNT, axis=1)


@dataclass(frozen=True)
class MethodCount:
    shots: int  # shots to reach the bullseye; when not run to the end, the full grid's size
    fired: int  # shots actually fired
    ran: bool  # False: stopped at the shot budget, `shots` is what the whole grid needs
    reached: bool
    found: tuple = ()  # the free parameter values that hit (empty if none)


@dataclass(frozen=True)
class SearchRow:
    parameters: int
    shots_per_candidate: int
    grid_points: int
    grid: MethodCount
    descent: MethodCount


class GridSearch:
    """Exhaustive search in chunks, so a caller can show progress and stop early."""

    def __init__(self, rifle, problem, step=GRID_STEP_MRAD, bound=GRID_BOUND_MRAD,
                 budget=SHOT_BUDGET):
        self.rifle, self.problem, self.budget = rifle, problem, budget
        count = int(round(2 * bound / step)) + 1
        self.values = np.linspace(-bound, bound, count)
        self.grid_points = count ** problem.parameters
        # candidates the budget pays for: none is fired beyond it
        self.limit = min(self.grid_points, budget // problem.shots_per_candidate)
        self.next_index = 0  # the next candidate, in row-major order of the grid
        self.found = None

    @property
    def fired(self):
        return self.next_index * self.problem.shots_per_candidate

    @property
    def done(self):
        return self.found is not None or self.next_index >= self.limit

    @property
    def progress(self):
        """0..1 of the work this search will do (the budget or the grid, whichever is less)."""
        return 1.0 if self.done else self.next_index / self.limit

    def advance(self, max_candidates=CHUNK_CANDIDATES):
        """Try up to max_candidates more grid points; returns True once done."""
        if self.done:
            return True
        stop = min(self.limit, self.next_index + max_candidates)
        index = np.arange(self.next_index, stop)
        shape = (len(self.values),) * self.problem.parameters
        free = self.values[np.stack(np.unravel_index(index, shape), axis=1)]
        hit = hits(self.rifle, self.problem, self.problem.full(free))
        if hit.any():
            first = int(np.argmax(hit))
            self.found = tuple(float(v) for v in free[first])
            self.next_index += first + 1
        else:
            self.next_index = stop
        return self.done

    def run(self):
        while not self.advance():
            pass
        return self.count()

    def count(self):
        spc = self.problem.shots_per_candidate
        reached = self.found is not None
        ran = reached or self.next_index >= self.grid_points
        shots = self.fired if ran else self.grid_points * spc
        return MethodCount(shots, self.fired, ran, reached, self.found or ())


def descent_rate(problem):
    """DESCENT_FRACTION / L for the mean squared miss; L: the largest Hessian eigenvalue.

    Both aim axes see the same inputs, so the Hessian is the same for each output: over the
    rows [inputs..., bias] of the flat layout, restricted to the rows with a free parameter.
    """
    jac = ballistics.impact_jacobian_cm_per_mrad(problem.conditions)
    rows = np.hstack([problem.features, np.ones((len(jac), 1))])
    hessian = 2.0 * (rows * (jac**2)[:, None]).T @ rows / len(jac)
    free_rows = np.any(problem.free.reshape(-1, 2), axis=1)
    curvature = np.linalg.eigvalsh(hessian[np.ix_(free_rows, free_rows)])
    return DESCENT_FRACTION / float(np.max(curvature))


def gradient_descent(rifle, problem, seed=DEFAULT_SEED, max_steps=MAX_DESCENT_STEPS):
    """Plain gradient descent from a seeded start; counts shots until every shot hits."""
    rng = np.random.default_rng(seed)
    n_in = len(problem.inputs)
    network = Network(n_in, (), rng=rng)  # Xavier weights, zero biases
    start = np.concatenate([network.params[0].ravel(), network.params[1]])
    start[~problem.free] = problem.fixed[~problem.free]
    network.set_weights([start[: 2 * n_in].reshape(n_in, 2), start[2 * n_in:]])
    mask = [problem.free[: 2 * n_in].reshape(n_in, 2), problem.free[2 * n_in:]]
    optimizer = GradientDescent(descent_rate(problem))
    loss = SquaredDistance()
    features, conditions = problem.features, problem.conditions
    jac = ballistics.impact_jacobian_cm_per_mrad(conditions)[:, None]
    n = len(conditions)
    for step in range(1, max_steps + 1):
        impacts = ballistics.impact_cm(rifle, network.forward(features), conditions)
        if np.all(ring_scores(impacts) == RING_COUNT):
            flat = np.concatenate([network.params[0].ravel(), network.params[1]])
            found = tuple(float(v) for v in flat[problem.free])
            return MethodCount(step * n, step * n, True, True, found)
        network.backward(jac * loss.grad(impacts) / n)
        grads = [g * m for g, m in zip(network.grads, mask)]  # frozen parameters stay put
        optimizer.step(network.params, grads)
    return MethodCount(max_steps * n, max_steps * n, True, False)


class SearchJob:
    """Both methods over the whole family, the grid searches in chunks (for progress bars)."""

    def __init__(self, sight_offset_mrad=STUBBORN_SIGHT_MRAD, counts=PARAMETER_COUNTS,
                 seed=DEFAULT_SEED, budget=SHOT_BUDGET, step=GRID_STEP_MRAD,
                 bound=GRID_BOUND_MRAD):
        self.rifle = ballistics.Rifle(sight_offset_mrad=tuple(sight_offset_mrad))
        self.seed = seed
        self.searches = [GridSearch(self.rifle, problem, step, bound, budget)
                         for problem in search_problems(self.rifle, counts)]
        self.rows = []

    @property
    def done(self):
        return len(self.rows) == len(self.searches)

    @property
    def progress(self):
        if self.done:
            return 1.0
        return (len(self.rows) + self.searches[len(self.rows)].progress) / len(self.searches)

    def advance(self, max_candidates=CHUNK_CANDIDATES):
        """Search a chunk more; a finished grid gets its gradient-descent count at once."""
        if self.done:
            return True
        grid = self.searches[len(self.rows)]
        if grid.advance(max_candidates):
            problem = grid.problem
            self.rows.append(SearchRow(problem.parameters, problem.shots_per_candidate,
                                       grid.grid_points, grid.count(),
                                       gradient_descent(self.rifle, problem, self.seed)))
        return self.done

    def result(self):
        while not self.advance():
            pass
        return list(self.rows)


def compare(sight_offset_mrad=STUBBORN_SIGHT_MRAD, counts=PARAMETER_COUNTS, seed=DEFAULT_SEED,
            budget=SHOT_BUDGET, step=GRID_STEP_MRAD, bound=GRID_BOUND_MRAD):
    """One SearchRow per parameter count: both methods run on the same rifle."""
    return SearchJob(sight_offset_mrad, counts, seed, budget, step, bound).result()
