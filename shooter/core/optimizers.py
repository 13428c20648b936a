"""Optimisers: step(params, grads) updates the parameters in place, each keeping its own state
per parameter. state() / load_state() round-trip that state as lists of arrays."""

import numpy as np


class Optimizer:
    name = ""

    def __init__(self, lr):
        self.lr = float(lr)
        self.slots = []  # one list of arrays per kind of state, each aligned with params

    def _ensure_slots(self, params, kinds):
        if not self.slots:
            self.slots = [[np.zeros_like(p) for p in params] for _ in range(kinds)]

    def state(self):
        return {"slots": [[a.copy() for a in slot] for slot in self.slots]}

    def load_state(self, state):
        self.slots = [[np.array(a, dtype=np.float64) for a in slot] for slot in state["slots"]]

    def reset(self):
        self.slots = []


class GradientDescent(Optimizer):
    name = "gd"

    def step(self, params, grads):
        for p, g in zip(params, grads):
            p -= self.lr * g


class SignDescent(Optimizer):
    """Fixed-length steps: each parameter moves by lr against the sign of its gradient."""

    name = "sign"

    def step(self, params, grads):
        for p, g in zip(params, grads):
            p -= self.lr * np.sign(g)


class Momentum(Optimizer):
    name = "momentum"

    def __init__(self, lr, beta=0.9):
        super().__init__(lr)
        self.beta = beta

    def step(self, params, grads):
        self._ensure_slots(params, 1)
        for p, g, v in zip(params, grads, self.slots[0]):
            v *= self.beta
            v += g
            p -= self.lr * v


class Adam(Optimizer):
    name = "adam"

    def __init__(self, lr, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def step(self, params, grads):
        # slots: first moment, second moment, and a one-element step counter
        if not self.slots:
            self.slots = [[np.zeros_like(p) for p in params],
                          [np.zeros_like(p) for p in params], [np.zeros(1)]]
        counter = self.slots[2][0]
        counter += 1
        t = counter[0]
        correction1 = 1.0 - self.beta1**t
        correction2 = 1.0 - self.beta2**t
        for p, g, m, v in zip(params, grads, self.slots[0], self.slots[1]):
            m *= self.beta1
            m += (1.0 - self.beta1) * g
            v *= self.beta2
            v += (1.0 - self.beta2) * g * g
            p -= self.lr * (m / correction1) / (np.sqrt(v / correction2) + self.eps)


OPTIMIZERS = {cls.name: cls for cls in (GradientDescent, SignDescent, Momentum, Adam)}
