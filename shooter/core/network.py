"""A small multilayer perceptron: conditions in, aim (mrad) out."""

import numpy as np

from shooter.core.layers import ACTIVATIONS, Dense, Identity


class Network:
    def __init__(self, n_inputs, hidden=(), activation="tanh", init="xavier", rng=None,
                 n_outputs=2):
        if activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {activation!r}; choose one of "
                             f"{', '.join(ACTIVATIONS)}")
        self.n_inputs = n_inputs
        self.hidden = tuple(hidden)
        self.activation = activation
        sizes = [n_inputs, *self.hidden, n_outputs]
        self.dense = [Dense(a, b, init, rng) for a, b in zip(sizes[:-1], sizes[1:])]
        self.layers = []
        for i, layer in enumerate(self.dense):
            last = i == len(self.dense) - 1
            self.layers += [layer, Identity() if last else ACTIVATIONS[activation]()]
        self.outputs = []

    @property
    def params(self):
        return [p for layer in self.dense for p in layer.params]

    @property
    def grads(self):
        return [g for layer in self.dense for g in layer.grads]

    def parameter_count(self):
        return sum(p.size for p in self.params)

    def forward(self, x):
        """Aim for inputs x (n, n_inputs). Keeps every layer's output in self.outputs."""
        self.outputs = []
        for layer in self.layers:
            x = layer.forward(x)
            self.outputs.append(x)
        return x

    def backward(self, grad_aim):
        """Gradients of every parameter from d(loss)/d(aim); returns the gradient at each layer
        output, last layer first (the order the pull-back visits them)."""
        flowing = []
        grad = grad_aim
        for layer in reversed(self.layers):
            flowing.append(grad)
            grad = layer.backward(grad)
        return flowing

    def get_weights(self):
        return [p.copy() for p in self.params]

    def set_weights(self, weights):
        for p, w in zip(self.params, weights, strict=True):
            if p.shape != np.shape(w):
                raise ValueError(f"weight shape {np.shape(w)} does not fit {p.shape}")
            p[...] = w
