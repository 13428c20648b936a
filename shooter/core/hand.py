"""Aiming by hand against gradient descent, on the same range.

A hand-aimed run takes its rifle (sight error included) and its stream of conditions and
tremor from a Trainer built from the same config and seed, so the student's n-th shot meets
exactly the wind, distance and shaking hand the network's n-th shot meets. The student's aim
starts where the network's first aim is and moves in fixed steps; after the student's shots
a fresh Trainer with the same config fires its first steps on the same stream, from the same
start. The scoreboard compares the two: shots to ring 9 and the mean ring of the last five.

Both rounds fire one shot per step (batch 1): a hand fires one shot at a time.
"""

from dataclasses import dataclass, replace

import numpy as np

from shooter.core import ballistics
from shooter.core.lessons import LESSONS
from shooter.core.range import scores_at
from shooter.core.trainer import Trainer

AIM_STEP_MRAD = 0.25  # one press of an arrow key: 2.5 cm on a target at 100 m
BIG_STEP_MRAD = 1.0  # with Shift: 10 cm at 100 m
MAX_AIM_MRAD = 20.0  # the hand's aim stays within this, either way on each axis
HAND_SHOTS = 10  # the student's turn; the network takes over after it
GOOD_RING = 9  # "reached": the first shot scoring at least this
LAST_SHOTS = 5  # the mean ring of this many last shots says how well a run ends


@dataclass(frozen=True)
class Round:
    """One round of the lesson: whose conditions it borrows, and how long the network's own
    run goes on afterwards (0: only the shots the hand fired)."""

    number: int
    lesson: str
    long_steps: int = 0


ROUNDS = {
    1: Round(1, "your-turn"),  # the sight-in range: 100 m, no wind, an unknown sight error
    2: Round(2, "wind", long_steps=300),  # distance and crosswind change every shot
}


def round_config(number, seed=None):
    """The config of round `number`, one shot per step, with `seed` if given."""
    overrides = {"batch": 1}
    if seed is not None:
        overrides["seed"] = seed
    return LESSONS[ROUNDS[number].lesson].configured(**overrides)


@dataclass(frozen=True)
class Shots:
    """Shots one after another: aims (n, 2) mrad, impacts (n, 2) cm from the bullseye,
    rings (n,), and the distance (n,) m and crosswind (n,) m/s each met."""

    aims_mrad: np.ndarray
    impacts_cm: np.ndarray
    rings: np.ndarray
    distance_m: np.ndarray
    crosswind_mps: np.ndarray

    def __len__(self):
        return len(self.rings)

    def first(self, n):
        """The first n shots."""
        return Shots(*(a[:n] for a in (self.aims_mrad, self.impacts_cm, self.rings,
                                        self.distance_m, self.crosswind_mps)))

    @classmethod
    def gathered(cls, aims, impacts, rings, distances, winds):
        """Shots from per-shot lists (empty lists give empty arrays of the right shape)."""
        return cls(np.array(aims, dtype=np.float64).reshape(-1, 2),
                   np.array(impacts, dtype=np.float64).reshape(-1, 2),
                   np.array(rings, dtype=np.int64), np.array(distances, dtype=np.float64),
                   np.array(winds, dtype=np.float64))


class HandRun:
    """The student's rifle on the network's range: aim, fire one shot, see the hole."""

    def __init__(self, config):
        trainer = Trainer(replace(config, batch=1))
        self.config = trainer.config
        self.rifle = trainer.rifle
        self._stream = trainer.shots
        self._coming = self._stream.next()
        # Where the network would aim the first shot: the start both share.
        self.start_mrad = trainer.network.forward(self._coming[1])[0].copy()
        self.aim_mrad = self.start_mrad.copy()
        self._fired = ([], [], [], [], [])  # aims, impacts, rings, distances, winds

    @property
    def coming_distance_m(self):
        """The distance of the shot about to be fired."""
        return float(self._coming[0][0, 0])

    @property
    def coming_crosswind_mps(self):
        return float(self._coming[0][1, 0])

    @property
    def coming_cm_per_mrad(self):
        """How far one mrad of aim moves the coming shot on the target."""
        return float(self._coming[3][0, 0])

    def move(self, right_steps, up_steps, step_mrad=AIM_STEP_MRAD):
        """Move the aim by whole steps (negative: left, down)."""
        self.aim_at(self.aim_mrad + np.array([right_steps, up_steps], dtype=np.float64)
                    * step_mrad)

    def aim_at(self, aim_mrad):
        """Aim exactly at `aim_mrad` (right, up), kept within MAX_AIM_MRAD."""
        aim = np.asarray(aim_mrad, dtype=np.float64).reshape(2)
        if np.all(np.isfinite(aim)):
            self.aim_mrad = np.clip(aim, -MAX_AIM_MRAD, MAX_AIM_MRAD)

    def fire(self):
        """Fire the coming shot at the current aim; returns its (impact (2,) cm, ring)."""
        block, _features, drift, jacobian, tremor = self._coming
        impact = ballistics.aimed_impacts(self.rifle, self.aim_mrad[None, :], tremor, drift,
                                          jacobian)
        ring = int(scores_at(np.hypot(impact[:, 0], impact[:, 1]))[0])
        for store, value in zip(self._fired, (self.aim_mrad.copy(), impact[0], ring,
                                              float(block[0, 0]), float(block[1, 0]))):
            store.append(value)
        self._coming = self._stream.next()
        return impact[0], ring

    @property
    def shots(self):
        return Shots.gathered(*self._fired)


def network_shots(config, steps):
    """The first `steps` shots of a fresh Trainer with `config`, one shot per step (fewer if
    it diverges)."""
    trainer = Trainer(replace(config, batch=1))
    fired = ([], [], [], [], [])
    for _ in range(steps):
        fire = trainer.step().fire
        for store, value in zip(fired, (fire.aim_mrad[0], fire.impacts_cm[0],
                                        int(fire.scores[0]), fire.conditions.distance_m[0],
                                        fire.conditions.crosswind_mps[0])):
            store.append(value)
        if trainer.diverged:
            break
    return Shots.gathered(*fired)


@dataclass(frozen=True)
class Score:
    shots: int
    to_good_ring: int | None  # shot number (from 1) of the first >= GOOD_RING; None: never
    last_mean: float | None  # mean ring of the last LAST_SHOTS (or all, if fewer); None: none

    @classmethod
    def of(cls, rings):
        rings = np.asarray(rings)
        good = np.flatnonzero(rings >= GOOD_RING)
        last = rings[-LAST_SHOTS:]
        return cls(len(rings), int(good[0]) + 1 if len(good) else None,
                   float(np.mean(last)) if len(last) else None)


@dataclass(frozen=True)
class Scoreboard:
    hand: Score
    network: Score  # the network's shots on the same stream, as many as the hand fired
    long_run: Score | None  # the network going on alone (None: this round has no long run)


class HandRound:
    """One round: the hand's run, then the network's from the same start on the same stream."""

    def __init__(self, number=1, seed=None):
        self.number = number
        self.round = ROUNDS[number]
        self.config = round_config(number, seed)
        self.hand = HandRun(self.config)
        self.network = None  # Shots of the network's run once handed over

    @property
    def handed_over(self):
        return self.network is not None

    @property
    def hand_done(self):
        return self.handed_over or len(self.hand.shots) >= HAND_SHOTS

    def fire(self):
        """The student fires; the network takes over after HAND_SHOTS."""
        if self.handed_over:
            return None
        shot = self.hand.fire()
        if len(self.hand.shots) >= HAND_SHOTS:
            self.hand_over()
        return shot

    def hand_over(self):
        """The network fires as many shots as the hand did (HAND_SHOTS if none), and goes on
        alone in a round with a long run."""
        if self.handed_over:
            return
        steps = max(self.shots_compared, self.round.long_steps)
        self.network = network_shots(self.config, steps)

    @property
    def shots_compared(self):
        return len(self.hand.shots) or HAND_SHOTS

    def network_same_shots(self):
        """The network's shots met by the hand's too (the same stream, shot for shot)."""
        return self.network.first(self.shots_compared) if self.network is not None else None

    def scoreboard(self):
        """The scores once handed over (None before)."""
        if self.network is None:
            return None
        long_run = Score.of(self.network.rings) if self.round.long_steps else None
        return Scoreboard(Score.of(self.hand.shots.rings),
                          Score.of(self.network_same_shots().rings), long_run)
