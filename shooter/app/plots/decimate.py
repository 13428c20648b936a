"""A curve's envelope per pixel column, grown as points arrive.

Drawing a million-point curve means reducing it to what a screen can show: in each pixel
column, the lowest and the highest value. Redoing that every frame costs time in proportion
to the run's length. An Envelope keeps each column's min and max and folds in only the new
points, so a frame costs the same at a million steps as at ten thousand. It starts over only
when the x range or the column count changes (the range grows in 1-2-5 steps, so that
happens a handful of times per decade of steps) or the series goes back (a rollback).
"""

import numpy as np


def columns_of(x, columns, end):
    """The pixel column of each x in 0..end split into `columns` equal columns; x == end
    (a held-out measurement after the last step) goes in the last column."""
    return np.minimum((np.asarray(x, dtype=np.int64) * columns) // end, columns - 1)


def usable(values, positive_only):
    """Values that can be drawn, the others nan (a gap): +-inf never, and on a log axis
    nothing at or below zero (log10 has no value for them)."""
    values = np.asarray(values, dtype=np.float64)
    keep = np.isfinite(values)
    if positive_only:
        keep &= values > 0.0
    return values if keep.all() else np.where(keep, values, np.nan)


class Envelope:
    """Per pixel column, the min and max of one growing series with increasing whole x
    in 0..end.

    `points()` gives the curve to draw: each filled column twice at its x, its max then
    its min (a vertical stroke the line joins to its neighbours). Columns whose points have
    no drawable value are nan: a gap, as the exact curve would show.
    """

    def __init__(self):
        self._key = None  # (columns, end, positive_only) the columns were built for
        self._done = 0  # points folded in
        self._filled = 0  # columns from the first up to the last one that has points
        self._low = self._high = self._xs = self._ys = np.empty(0)
        self._seen = np.zeros(0, dtype=bool)

    def update(self, x, values, columns, end, positive_only=False):
        """Fold in the points of (x, values) not seen yet; x ascending whole numbers <= end.
        Starts over when the layout changed or the series got shorter."""
        key = (int(columns), int(end), bool(positive_only))
        if key != self._key or len(values) < self._done:
            self._restart(key)
        if len(values) > self._done:
            self._fold(x[self._done:len(values)], values[self._done:])
            self._done = len(values)
        return self.points()

    def points(self):
        """(x, y) of the strokes drawn, 2 per column that has points (valid until update).
        A sparse series (a held-out loss every 10 steps) skips the columns between its
        points: an empty column is no gap, and the line joins its neighbours."""
        n = 2 * self._filled
        seen = self._seen[:self._filled]
        if seen.all():
            return self._xs[:n], self._ys[:n]
        both = (2 * np.flatnonzero(seen))[:, None] + np.array([0, 1])
        return self._xs[both.ravel()], self._ys[both.ravel()]

    def envelope(self):
        """(column, low, high) of every filled column, for checking against the data."""
        return (np.arange(self._filled), self._low[:self._filled].copy(),
                self._high[:self._filled].copy())

    def layout(self):
        """(columns, end, positive_only) the columns are built for; None before any data."""
        return self._key

    def __len__(self):
        return self._done

    def _restart(self, key):
        columns, end, _positive = key
        self._key = key
        self._done = self._filled = 0
        self._low = np.full(columns, np.nan)
        self._high = np.full(columns, np.nan)
        self._seen = np.zeros(columns, dtype=bool)  # the column has points (drawable or not)
        centres = (np.arange(columns) + 0.5) * (end / columns)
        self._xs = np.repeat(centres, 2)
        self._ys = np.full(2 * columns, np.nan)

    def _fold(self, x, values):
        columns, end, positive_only = self._key
        cols = columns_of(x, columns, end)
        values = usable(values, positive_only)
        starts = np.flatnonzero(cols[1:] != cols[:-1]) + 1  # x ascends: runs per column
        starts = np.concatenate(([0], starts))
        hit = cols[starts]
        with np.errstate(invalid="ignore"):  # an all-nan run stays nan: a gap
            low = np.fmin.reduceat(values, starts)
            high = np.fmax.reduceat(values, starts)
        self._low[hit] = np.fmin(self._low[hit], low)
        self._high[hit] = np.fmax(self._high[hit], high)
        self._ys[2 * hit] = self._high[hit]
        self._ys[2 * hit + 1] = self._low[hit]
        self._seen[hit] = True
        self._filled = max(self._filled, int(hit[-1]) + 1)
