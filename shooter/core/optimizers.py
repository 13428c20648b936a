"""Optimisers: step(params, grads) updates the parameters in place, each keeping its own state
per parameter. state() / load_state() round-trip that state as lists of arrays.

step_flat() does the same update on one flat buffer holding every parameter (the Network's
flat_params): element by element the arithmetic is identical, but it costs a handful of numpy
calls instead of a handful per parameter. The per-parameter state then lives in flat buffers
too, and `slots` holds views of them, so state() reads the same either way.
"""

import numpy as np


class Optimizer:
    name = ""
    moments = 0  # state arrays kept per parameter (momentum: 1, Adam: 2)

    def __init__(self, lr):
        self.lr = float(lr)
        self.slots = []  # one list of arrays per kind of state, each aligned with params
        self._flat = None  # flat state buffers that slots[:moments] are views of

    def step(self, params, grads):
        if self.moments and not self.slots:
            self.slots = [[np.zeros_like(p) for p in params] for _ in range(self.moments)]
            self._start_extra_state()
        context = self._begin()
        for i, (p, g) in enumerate(zip(params, grads)):
            self._move(p, g, [self.slots[k][i] for k in range(self.moments)], context)

    def step_flat(self, flat, grad, views):
        """Update `flat` in place, `views` being the parameters it holds, in order."""
        if self.moments and (self._flat is None or self._flat[0].size != flat.size):
            self._flatten_state(flat, views)
        context = self._begin()
        self._move(flat, grad, self._flat or (), context)

    def _flatten_state(self, flat, views):
        """Gather the state into flat buffers and make the slots views of them."""
        buffers = []
        for k in range(self.moments):
            source = self.slots[k] if self.slots else None
            buffer = (np.concatenate([a.ravel() for a in source]) if source
                      else np.zeros_like(flat))
            buffers.append(buffer)
        cuts = np.cumsum([0] + [v.size for v in views])
        slot_views = [[b[lo:hi].reshape(v.shape) for lo, hi, v in zip(cuts[:-1], cuts[1:], views)]
                      for b in buffers]
        if not self.slots:
            self.slots = slot_views
            self._start_extra_state()
        else:
            self.slots[: self.moments] = slot_views
        self._flat = buffers

    def _start_extra_state(self):
        """State beyond the per-parameter moments (Adam's step counter)."""

    def _begin(self):
        """Per-step values shared by every parameter (Adam's bias corrections)."""
        return None

    def state(self):
        return {"slots": [[a.copy() for a in slot] for slot in self.slots]}

    def load_state(self, state):
        self.slots = [[np.array(a, dtype=np.float64) for a in slot] for slot in state["slots"]]
        self._flat = None

    def reset(self):
        self.slots = []
        self._flat = None

    def copy(self):
        """An independent optimiser in the same state: stepping it leaves this one as it is."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.load_state(self.state())
        return clone


class GradientDescent(Optimizer):
    name = "gd"

    def _move(self, p, g, moments, context):
        p -= self.lr * g


class SignDescent(Optimizer):
    """Fixed-length steps: each parameter moves by lr against the sign of its gradient."""

    name = "sign"

    def _move(self, p, g, moments, context):
        p -= self.lr * np.sign(g)


class Momentum(Optimizer):
    name = "momentum"
    moments = 1

    def __init__(self, lr, beta=0.9):
        super().__init__(lr)
        self.beta = beta

    def _move(self, p, g, moments, context):
        (v,) = moments
        v *= self.beta
        v += g
        p -= self.lr * v


class Adam(Optimizer):
    # slots: first moment, second moment, and a one-element step counter
    name = "adam"
    moments = 2

    def __init__(self, lr, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def _start_extra_state(self):
        self.slots.append([np.zeros(1)])

    def _begin(self):
        counter = self.slots[2][0]
        counter += 1
        t = counter[0]
        return 1.0 - self.beta1**t, 1.0 - self.beta2**t

    def _move(self, p, g, moments, context):
        m, v = moments
        correction1, correction2 = context
        m *= self.beta1
        m += (1.0 - self.beta1) * g
        v *= self.beta2
        v += (1.0 - self.beta2) * g * g
        p -= self.lr * (m / correction1) / (np.sqrt(v / correction2) + self.eps)


OPTIMIZERS = {cls.name: cls for cls in (GradientDescent, SignDescent, Momentum, Adam)}
