"""Losses on the offset vector (hit minus bullseye, in cm).

Each shot's error e_i is a function of its offset; the loss of a batch is the mean error.
value() returns the per-shot errors, grad() d(e_i)/d(offset_i), one row per shot.
"""

import numpy as np


class SquaredDistance:
    name = "mse"

    def value(self, offset):
        square = offset * offset
        return square[:, 0] + square[:, 1]  # np.sum(square, axis=1) to the bit, and sooner

    def grad(self, offset):
        return 2.0 * offset


class Distance:
    """The plain distance from the bullseye: how far the hole is from the centre."""

    name = "distance"

    def value(self, offset):
        return np.hypot(offset[:, 0], offset[:, 1])

    def grad(self, offset):
        r = self.value(offset)[:, None]
        return np.divide(offset, r, out=np.zeros_like(offset), where=r > 0)


class Huber:
    """Squared near the centre, linear beyond `delta_cm`: big misses pull less hard."""

    name = "huber"

    def __init__(self, delta_cm=5.0):
        self.delta = delta_cm

    def value(self, offset):
        r = np.hypot(offset[:, 0], offset[:, 1])
        return np.where(r <= self.delta, 0.5 * r * r, self.delta * (r - 0.5 * self.delta))

    def grad(self, offset):
        r = np.hypot(offset[:, 0], offset[:, 1])[:, None]
        scale = np.where(r <= self.delta, 1.0, self.delta / np.maximum(r, 1e-300))
        return offset * scale


LOSSES = {"mse": SquaredDistance, "distance": Distance, "huber": Huber}
