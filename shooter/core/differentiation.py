"""Walk to the target or pull it back (T9): forward- against reverse-mode differentiation.

Forward mode carries a (value, tangent) pair through every step of one shot: the Dense
layers, the activations, the ballistics and the loss. One pass gives the derivative of the
loss along one direction, so the whole gradient needs one pass per parameter (seeding the
tangent with that parameter's unit vector). Reverse mode runs the shot once and pulls the
loss back once: the trainer's own pull_back gives every parameter's derivative.

Both are really computed; their multiply-adds are counted as the arithmetic runs (a product
of an (n, a) by an (a, b) matrix is n*a*b, an element-wise product of n values is n).
"""

from dataclasses import dataclass

import numpy as np

from shooter.core import ballistics
from shooter.core.layers import Dense
from shooter.core.trainer import Trainer

AGREE_RTOL = 1e-9
AGREE_ATOL = 1e-12


@dataclass(frozen=True)
class ParameterRef:
    """Where a flat parameter lives: dense layer (0 = first), 'W' or 'b', from-row, to-unit.

    For a bias, row is -1. Flat order is that of Network.params: W1, b1, W2, b2, ...
    """

    layer: int
    kind: str
    row: int
    col: int


def parameter_refs(network):
    refs = []
    for layer, dense in enumerate(network.dense):
        refs += [ParameterRef(layer, "W", r, c) for r in range(dense.W.shape[0])
                 for c in range(dense.W.shape[1])]
        refs += [ParameterRef(layer, "b", -1, c) for c in range(dense.b.shape[0])]
    return refs


def flat(arrays):
    return np.concatenate([np.ravel(a) for a in arrays])


class MultiplyAdds:
    """A running count of multiply-adds."""

    def __init__(self):
        self.count = 0

    def matmul(self, a, b):
        self.count += a.shape[0] * a.shape[1] * b.shape[1]
        return a @ b

    def times(self, a, b):
        out = a * b
        self.count += int(np.size(out))
        return out


def tangent_pass(trainer, fire, tangents, counter):
    """One forward-mode pass: the loss and its derivative along `tangents` (one per param)."""
    x = np.asarray(fire.features)
    dx = np.zeros_like(x)
    tangent_of = dict(zip((id(p) for p in trainer.network.params), tangents))
    for layer in trainer.network.layers:
        if isinstance(layer, Dense):
            dW, db = tangent_of[id(layer.W)], tangent_of[id(layer.b)]
            y = counter.matmul(x, layer.W) + layer.b
            dx = counter.matmul(dx, layer.W) + counter.matmul(x, dW) + db
            x = y
        else:
            y = layer.value(x)
            dx = counter.times(np.broadcast_to(layer.slope(x, y), dx.shape), dx)
            x = y
    aim, daim = x, dx
    conditions = fire.conditions
    impacts = ballistics.impact_cm(trainer.rifle, aim, conditions, np.asarray(fire.tremor_mrad))
    counter.count += impacts.size  # the jacobian times the bore angle
    jac = ballistics.impact_jacobian_cm_per_mrad(conditions)[:, None]
    dimpacts = counter.times(np.broadcast_to(jac, daim.shape), daim)
    errors = trainer.loss_fn.value(impacts)
    counter.count += impacts.size  # each error from its two offset components
    slope = trainer.loss_fn.grad(impacts)
    dloss = float(np.sum(counter.times(slope, dimpacts))) / len(errors)
    return float(np.mean(errors)), dloss


def backward_multiply_adds(trainer, batch):
    """Multiply-adds of one shot forward plus the trainer's pull_back, by the same rules.

    Mirrors Network.forward (x @ W per Dense), the impacts and errors, Trainer.pull_back
    (loss slope / n, times the jacobian) and each layer's backward: slope * g for an
    activation, x.T @ g and g @ W.T for a Dense layer.
    """
    shot = 2 * batch  # one (right, up) pair per shot
    count = 2 * shot  # impacts and errors
    count += 2 * shot  # loss slope scaled by 1/n, then times the jacobian
    for layer in trainer.network.dense:
        n_in, n_out = layer.W.shape
        count += 3 * batch * n_in * n_out  # forward x @ W; backward x.T @ g and g @ W.T
        count += batch * n_out  # the activation after it (Identity on the aim) pulled back
    return count


@dataclass(frozen=True)
class ModeComparison:
    parameter_count: int
    loss: float
    forward_gradient: np.ndarray
    backward_gradient: np.ndarray
    forward_passes: int  # one tangent pass per parameter
    backward_passes: int  # always 1
    forward_multiply_adds: int
    backward_multiply_adds: int
    max_abs_difference: float
    agree: bool  # allclose within AGREE_RTOL
    refs: tuple  # ParameterRef per gradient entry


class ModesJob:
    """One shot differentiated both ways, the forward-mode passes in chunks."""

    def __init__(self, config, weights=None):
        self.trainer = Trainer(config, weights)
        self.fire = self.trainer.fire()
        self.loss = self.trainer.measure_loss().loss
        self.trainer.pull_back()
        self.backward = flat(self.trainer.network.grads)
        self.backward_multiply_adds = backward_multiply_adds(self.trainer,
                                                             len(self.fire.conditions))
        self.refs = tuple(parameter_refs(self.trainer.network))
        self.forward = np.empty(len(self.refs))
        self.passes = 0
        self.counter = MultiplyAdds()

    @property
    def done(self):
        return self.passes >= len(self.refs)

    @property
    def progress(self):
        return self.passes / max(1, len(self.refs))

    def advance(self, max_passes=64):
        """Run up to max_passes more tangent passes; returns True once all are done."""
        params = self.trainer.network.params
        sizes = np.cumsum([0] + [p.size for p in params])
        stop = min(len(self.refs), self.passes + max_passes)
        for index in range(self.passes, stop):
            k = int(np.searchsorted(sizes, index, side="right")) - 1
            tangents = [np.zeros_like(q) for q in params]
            tangents[k].flat[index - sizes[k]] = 1.0
            self.forward[index] = tangent_pass(self.trainer, self.fire, tangents,
                                               self.counter)[1]
        self.passes = stop
        return self.done

    def result(self):
        while not self.advance(len(self.refs)):
            pass
        difference = float(np.max(np.abs(self.forward - self.backward), initial=0.0))
        return ModeComparison(
            len(self.refs), self.loss, self.forward.copy(), self.backward, self.passes, 1,
            self.counter.count, self.backward_multiply_adds, difference,
            bool(np.allclose(self.forward, self.backward, rtol=AGREE_RTOL, atol=AGREE_ATOL)),
            self.refs)


def compare_modes(config, weights=None):
    """Fire one shot (batch) with a fresh Trainer and differentiate its loss both ways."""
    return ModesJob(config, weights).result()
