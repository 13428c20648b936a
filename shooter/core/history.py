"""Growable float64 buffers: amortised O(1) append, exact values, a view for reading.

A run keeps at most History.MAX_STEPS steps of history: over half an hour at the app's full
speed, 72 MB in memory (120 MB with a held-out loss every step), and a session file of at
most 176 MB that the loader reads back (session_io.MAX_SESSION_BYTES is derived from it).
"""

import numpy as np

from shooter.core.messages import ShooterError


class Series:
    def __init__(self, capacity=1024):
        self._data = np.empty(capacity)
        self._size = 0

    def append(self, value):
        if self._size == len(self._data):
            grown = np.empty(2 * len(self._data))
            grown[: self._size] = self._data
            self._data = grown
        self._data[self._size] = value
        self._size += 1

    def extend(self, values):
        values = np.asarray(values, dtype=np.float64).ravel()
        needed = self._size + len(values)
        if needed > len(self._data):
            grown = np.empty(max(needed, 2 * len(self._data)))
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size:needed] = values
        self._size = needed

    def truncate(self, size):
        self._size = min(self._size, size)

    @property
    def values(self):
        """The stored values (a read-only view, valid until the next append)."""
        view = self._data[: self._size]
        view.flags.writeable = False
        return view

    def __len__(self):
        return self._size


class History:
    """Per iteration: loss, mean ring score, gradient norm; held-out loss at its own steps."""

    NAMES = ("loss", "mean_score", "grad_norm", "heldout_step", "heldout_loss")
    MAX_STEPS = 3_000_000

    def __init__(self):
        for name in self.NAMES:
            setattr(self, name, Series())

    def __len__(self):
        return len(self.loss)

    @property
    def full(self):
        """Whether the run has as many steps as a session keeps (a trainer stops here)."""
        return len(self.loss) >= self.MAX_STEPS

    def record(self, loss, mean_score, grad_norm):
        if self.full:
            raise ShooterError("session.history_full", limit=self.MAX_STEPS)
        self.loss.append(loss)
        self.mean_score.append(mean_score)
        self.grad_norm.append(grad_norm)

    def record_heldout(self, step, loss):
        self.heldout_step.append(step)
        self.heldout_loss.append(loss)

    def mark(self):
        """A position to roll back to (see rollback)."""
        return len(self.loss), len(self.heldout_step)

    def rollback(self, mark):
        steps, heldout = mark
        for name in ("loss", "mean_score", "grad_norm"):
            getattr(self, name).truncate(steps)
        self.heldout_step.truncate(heldout)
        self.heldout_loss.truncate(heldout)

    def to_dict(self):
        return {name: getattr(self, name).values.tolist() for name in self.NAMES}

    @classmethod
    def from_dict(cls, data):
        history = cls()
        for name in cls.NAMES:
            getattr(history, name).extend(data.get(name, []))
        return history
