"""A random first guess against one from experience (T3).

A rifle is first trained for some steps on the lesson (or its weights come from a saved
session). Then two fresh trainers shoot on a new seed (new conditions, new random draws):
one starts from random initial weights, the other from the experienced weights. Both loss
histories are kept, and the shots each fires until it shoots well.

"Shoots well" (documented threshold): the mean ring over the latest WINDOW_SHOTS shots is
at least SCORE_THRESHOLD (9.5). With one shot per step that is the last ten shots; with a
burst of 16 or more, the latest burst alone. A window, not a single shot, so one lucky
bullseye does not count.
"""

import math
from dataclasses import dataclass, replace

import numpy as np

from shooter.core.trainer import Trainer

SCORE_THRESHOLD = 9.5
WINDOW_SHOTS = 10
CHUNK_STEPS = 200


def shots_to_threshold(mean_scores, batch, threshold=SCORE_THRESHOLD, window=WINDOW_SHOTS):
    """Shots fired until the mean ring of the latest `window` shots reaches `threshold`.

    mean_scores holds each step's mean ring (every step fires `batch` shots). None if never.
    """
    steps = max(1, math.ceil(window / batch))
    scores = np.asarray(mean_scores, dtype=np.float64)
    if len(scores) < steps:
        return None
    rolling = np.convolve(scores, np.ones(steps) / steps, mode="valid")
    reached = np.flatnonzero(rolling >= threshold - 1e-12)
    return None if reached.size == 0 else int((reached[0] + steps) * batch)


@dataclass(frozen=True)
class Start:
    """One of the two compared runs."""

    loss: np.ndarray  # per step
    mean_score: np.ndarray  # per step
    shots: int | None  # to the threshold; None if not within the run
    diverged: str | None


@dataclass(frozen=True)
class ExperienceResult:
    experience_steps: int  # 0 when the weights were given
    seed: int  # the new seed both runs shoot on
    batch: int
    threshold: float
    window: int
    random: Start
    experienced: Start


class ExperienceJob:
    """Gain experience, then run both starts, in chunks of steps (for progress bars)."""

    def __init__(self, config, experience_steps=500, steps=200, seed=None, weights=None):
        self.config = config.validated()
        self.seed = config.seed + 1 if seed is None else int(seed)
        self.steps = int(steps)
        self.experience_steps = 0 if weights is not None else int(experience_steps)
        self.teacher = None if weights is not None else Trainer(self.config)
        self.weights = None if weights is None else [np.array(w, float) for w in weights]
        fresh = replace(self.config, seed=self.seed)
        self.random = Trainer(fresh)
        self.fresh = fresh
        self.experienced = None  # built once the experience is there

    @property
    def total_steps(self):
        return self.experience_steps + 2 * self.steps

    def _trained(self, trainer, target):
        return len(trainer.history) >= target or trainer.diverged

    @property
    def steps_done(self):
        done = 0 if self.teacher is None else min(len(self.teacher.history),
                                                  self.experience_steps)
        if self.teacher is not None and self.teacher.diverged:
            done = self.experience_steps
        for trainer in (self.random, self.experienced):
            if trainer is not None:
                done += self.steps if trainer.diverged else len(trainer.history)
        return done

    @property
    def progress(self):
        return self.steps_done / max(1, self.total_steps)

    @property
    def done(self):
        return self.experienced is not None and all(
            self._trained(t, self.steps) for t in (self.random, self.experienced))

    def advance(self, max_steps=CHUNK_STEPS):
        """Run up to max_steps more training steps; returns True once everything ran."""
        for trainer, target in self._queue():
            left = target - len(trainer.history)
            if trainer.diverged or left <= 0:
                continue
            trainer.run(min(left, max_steps))
            return self.done
        return self.done

    def _queue(self):
        if self.teacher is not None and self.experienced is None:
            if not self._trained(self.teacher, self.experience_steps):
                return [(self.teacher, self.experience_steps)]
            # a diverged teacher leaves its last good weights as the experience
            self.weights = (self.teacher.last_good if self.teacher.diverged
                            else self.teacher.network.get_weights())
        if self.experienced is None:
            self.experienced = Trainer(self.fresh, self.weights)
        return [(self.random, self.steps), (self.experienced, self.steps)]

    def result(self):
        while not self.advance(self.total_steps):
            pass
        batch = self.config.batch
        return ExperienceResult(self.experience_steps, self.seed, batch, SCORE_THRESHOLD,
                                WINDOW_SHOTS, _start(self.random, batch),
                                _start(self.experienced, batch))


def _start(trainer, batch):
    history = trainer.history
    return Start(history.loss.values.copy(), history.mean_score.values.copy(),
                 shots_to_threshold(history.mean_score.values, batch), trainer.diverged)


def compare_starts(config, experience_steps=500, steps=200, seed=None, weights=None):
    """Random start against experienced start on a new seed (see the module notes)."""
    return ExperienceJob(config, experience_steps, steps, seed, weights).result()
