"""The range: conditions drawn per shot, how they enter the network, and the scoring target."""

import bisect
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from shooter.constants import (
    BULLET_DIAMETER_CM,
    DEFAULT_DISTANCE_M,
    RING_COUNT,
    RING_WIDTH_CM,
    STANDARD_AIR_DENSITY_KG_M3,
)
from shooter.core.ballistics import Conditions

# The conditions a network may see, in the order they enter it.
CONDITION_NAMES = ("distance", "crosswind", "headwind", "air_density")


@dataclass(frozen=True)
class Environment:
    """Ranges the conditions are drawn from, uniformly; equal bounds mean a constant."""

    distance_m: tuple = (DEFAULT_DISTANCE_M, DEFAULT_DISTANCE_M)
    crosswind_mps: tuple = (0.0, 0.0)
    headwind_mps: tuple = (0.0, 0.0)
    air_density_kg_m3: tuple = (STANDARD_AIR_DENSITY_KG_M3, STANDARD_AIR_DENSITY_KG_M3)
    tremor_mrad: float = 0.0  # standard deviation of the hand's scatter, per axis

    def bounds(self):
        return (self.distance_m, self.crosswind_mps, self.headwind_mps, self.air_density_kg_m3)

    def sample(self, rng, n):
        """n shots' conditions, drawn from `rng`."""
        return Conditions(*self.sample_block(rng, n))

    def sample_block(self, rng, n):
        """The same draws as sample(), as one (4, n) array in CONDITION_NAMES order."""
        return self.sample_steps(rng, 1, n)[0]

    def sample_steps(self, rng, steps, n):
        """(steps, 4, n): what `steps` calls of sample_block(rng, n) give one after another.

        rng.uniform(lo, hi, n) is lo + (hi - lo) * rng.random(n), and rng.random fills its
        array in order: drawing every varying condition of every step in one call, in the
        same order, gives the same values with a few numpy calls in all.
        """
        lows, varying, varying_lows, varying_spans = self._drawing
        blocks = np.repeat(lows[None], steps, axis=0).repeat(n, axis=2)
        if varying:
            blocks[:, varying] = varying_lows + varying_spans * rng.random(
                (steps, self.draws_per_shot(), n))
        return blocks

    def draws_per_shot(self):
        """How many numbers a shot's conditions take from the generator: one per varying
        condition (a constant takes none)."""
        return len(self._drawing[1])

    def block_features(self, block, names):
        """features() for conditions given as a sample_block() array."""
        names = tuple(names)
        scaling = self._scalings.get(names)
        if scaling is None:
            scaling = self._scalings[names] = _scaling_plan(self.bounds(), names)
        rows, mids, halves = scaling
        scaled = block - mids if rows is None else block[rows] - mids
        scaled /= halves
        return scaled.T.copy()

    def features(self, conditions, names):
        """The named conditions scaled to [-1, 1] over their range: shape (n, len(names))."""
        columns = dict(zip(CONDITION_NAMES, (
            conditions.distance_m, conditions.crosswind_mps, conditions.headwind_mps,
            conditions.air_density_kg_m3)))
        ranges = dict(zip(CONDITION_NAMES, self.bounds()))
        out = np.empty((len(conditions), len(names)))
        for j, name in enumerate(names):
            lo, hi = ranges[name]
            half = (hi - lo) / 2.0
            out[:, j] = (columns[name] - (lo + hi) / 2.0) / half if half > 0 else 0.0
        return out

    # Constants of the two methods above, worked out once per environment: a frozen
    # dataclass keeps cached_property values in its __dict__, outside eq and hash.
    @cached_property
    def _drawing(self):
        """Lows of every condition (a column), the indices of the varying ones, and their
        lows and spans (hi - lo, as rng.uniform computes it)."""
        return _drawing_plan(self.bounds())

    @cached_property
    def _scalings(self):
        """names -> _scaling_plan(bounds, names), filled as features are asked for."""
        return {}


def _drawing_plan(bounds):
    lows = np.array([[float(lo)] for lo, _ in bounds])
    varying = [i for i, (lo, hi) in enumerate(bounds) if hi > lo]
    spans = np.array([[float(hi) - float(lo)] for lo, hi in bounds])
    return lows, varying, lows[varying], spans[varying]


def _scaling_plan(bounds, names):
    """Rows of the named inputs (None: all, in order), their range centres and half-widths
    (inf for a constant, which scales it to 0 as features() does)."""
    ranges = dict(zip(CONDITION_NAMES, bounds))
    rows = [CONDITION_NAMES.index(name) for name in names]
    mids = np.array([[(ranges[name][0] + ranges[name][1]) / 2.0] for name in names])
    halves = np.array([[(ranges[name][1] - ranges[name][0]) / 2.0] for name in names])
    halves[halves <= 0] = np.inf
    if rows == list(range(len(bounds))):
        rows = None
    return rows, mids.reshape(-1, 1), halves.reshape(-1, 1)


def ring_scores(impacts_cm):
    """ISSF scoring: 10 in the centre ring down to 1, 0 off the target.

    A hole that touches a ring line counts for the higher ring, so the bullet's radius is
    taken off the distance first.
    """
    return scores_at(np.hypot(impacts_cm[:, 0], impacts_cm[:, 1]))


# Score by rings lost: a hit loses ring j (1..10) when (miss - bullet radius) / ring width
# >= j, i.e. when the floor of that ratio reaches j; NaN sorts after every edge (score 0).
_RING_EDGES = np.arange(1.0, RING_COUNT + 1)
_RING_EDGE_LIST = _RING_EDGES.tolist()
_SCORE_FOR_LOST = np.arange(RING_COUNT, -1, -1, dtype=np.int64)
_FEW_HITS = 8  # up to this many, bisect on Python floats costs less than the numpy calls


def scores_at(miss_cm):
    """ring_scores() for hits at distances `miss_cm` (n,) from the bullseye."""
    if len(miss_cm) <= _FEW_HITS:  # the same arithmetic; bisect also puts NaN past the end
        return np.array([RING_COUNT - bisect.bisect_right(_RING_EDGE_LIST, rings_lost(miss))
                         for miss in miss_cm.tolist()], dtype=np.int64)
    return _SCORE_FOR_LOST[_RING_EDGES.searchsorted(rings_lost(miss_cm), side="right")]


def rings_lost(miss_cm):
    """(miss - bullet radius) / ring width, for a float or an array alike."""
    return (miss_cm - BULLET_DIAMETER_CM / 2.0) / RING_WIDTH_CM


@dataclass(frozen=True)
class Direction:
    """Where a hit lies from the bullseye, as a key and an angle (words live in the app).

    key: centre, left, right, up, down, upper_left, upper_right, lower_left, lower_right.
    degrees: for the diagonal keys, the angle above or below the horizontal (5 degree steps).
    clock: the hour on a clock face, 12 straight up.
    """

    key: str
    degrees: int
    clock: int


def direction_of(offset_cm, centre_radius_cm=0.5):
    """Name the direction of one offset (right, up) from the bullseye."""
    x, y = float(offset_cm[0]), float(offset_cm[1])
    if not np.isfinite(x) or not np.isfinite(y) or np.hypot(x, y) < centre_radius_cm:
        return Direction("centre", 0, 12)
    elevation = int(5 * round(np.degrees(np.arctan2(abs(y), abs(x))) / 5))
    bearing = np.degrees(np.arctan2(x, y)) % 360.0  # clockwise from straight up
    clock = int(round(bearing / 30.0)) % 12 or 12
    if elevation == 0:
        return Direction("right" if x > 0 else "left", 0, clock)
    if elevation == 90:
        return Direction("up" if y > 0 else "down", 0, clock)
    side = ("upper_" if y > 0 else "lower_") + ("right" if x > 0 else "left")
    return Direction(side, elevation, clock)


# The nine keys in a fixed order, so a direction can be coded as one integer per shot.
_KEYS = ("centre", "left", "right", "up", "down",
         "upper_left", "upper_right", "lower_left", "lower_right")
_DIRECTIONS = {}  # code -> Direction; there are few distinct ones, built once each


def _direction_for(code):
    direction = _DIRECTIONS.get(code)
    if direction is None:
        key, rest = divmod(code, 19 * 13)
        degrees, clock = divmod(rest, 13)
        direction = _DIRECTIONS[code] = Direction(_KEYS[key], 5 * degrees, clock)
    return direction


def directions_of(offsets_cm, centre_radius_cm=0.5):
    """direction_of for every row of offsets (n, 2), computed for all shots at once.

    Gives exactly what direction_of gives per shot (the same floating-point operations),
    without a Python loop over the shots' arithmetic: a burst of 256 costs little more
    than one shot.
    """
    x, y = offsets_cm[:, 0], offsets_cm[:, 1]
    with np.errstate(invalid="ignore"):
        centre = ~(np.isfinite(x) & np.isfinite(y)) | (np.hypot(x, y) < centre_radius_cm)
        elevation = 5 * np.round(np.degrees(np.arctan2(np.abs(y), np.abs(x))) / 5)
        bearing = np.degrees(np.arctan2(x, y)) % 360.0
        clock = np.round(bearing / 30.0) % 12
    clock = np.where(clock == 0, 12, clock)
    right, above = x > 0, y > 0
    diagonal = 5 + 2 * ~above + right  # upper_left, upper_right, lower_left, lower_right
    key = np.where(elevation == 0, 1 + right, np.where(elevation == 90, 4 - above, diagonal))
    degrees = np.where((elevation == 0) | (elevation == 90), 0, elevation)
    key, degrees, clock = (np.where(centre, fill, a) for a, fill in
                           ((key, 0), (degrees, 0), (clock, 12)))
    codes = (key * 19 + degrees // 5) * 13 + clock
    return tuple(map(_direction_for, codes.astype(np.int64).tolist()))
