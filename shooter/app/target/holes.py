"""The holes on the target: a bounded ring buffer of past holes and the newest shot or burst.

Plain numpy, no Qt: the view draws from it and bakes the past holes into a cached layer;
the counters say how many past holes the cache already holds.
"""

import numpy as np

MAX_HOLES = 5000  # past holes kept; older ones drop off
HOLE_FADE = 400.0  # a hole this many shots old is drawn at 1/e of full strength
HOLE_MIN_ALPHA = 0.25  # the oldest holes stay visible from the back row
FADE_LEVELS = 8  # past holes are drawn in this many alpha steps (one pen each)


class Holes:
    def __init__(self):
        self._past = np.empty((MAX_HOLES, 2))
        self.past_total = 0  # holes ever moved to the past (a position in the ring buffer)
        self.current = np.empty((0, 2))  # the newest shot or burst

    def land(self, impacts_cm):
        """A new shot or burst: the previous one joins the past (lost shots are dropped)."""
        self._push_past(self.current)
        self.current = np.array(impacts_cm, dtype=np.float64)

    def _push_past(self, holes):
        holes = holes[np.all(np.isfinite(holes), axis=1)][-MAX_HOLES:]
        n = len(holes)
        if n == 0:
            return
        index = (self.past_total + np.arange(n)) % MAX_HOLES
        self._past[index] = holes
        self.past_total += n

    def past_count(self):
        return min(self.past_total, MAX_HOLES)

    def count(self):
        """Holes kept: past ones plus the current shot or burst."""
        return self.past_count() + len(self.current)

    def past(self):
        """Past holes, oldest first."""
        n = self.past_count()
        start = self.past_total % MAX_HOLES if self.past_total > MAX_HOLES else 0
        return np.roll(self._past[:n], -start, axis=0)

    def newest_past(self, count):
        """The `count` most recent past holes (at most all of them), oldest first."""
        return self.past()[-min(count, MAX_HOLES):] if count > 0 else np.empty((0, 2))

    def centroid(self):
        """The centroid of the current hits: where the arrows start."""
        return self.current.mean(axis=0) if len(self.current) else np.zeros(2)


def fade_levels(ages):
    """The fading step (0 faintest .. FADE_LEVELS-1 full) of holes `ages` shots old."""
    alpha = np.maximum(HOLE_MIN_ALPHA, np.exp(-np.asarray(ages) / HOLE_FADE))
    return np.minimum(FADE_LEVELS - 1, (alpha * FADE_LEVELS).astype(int))
