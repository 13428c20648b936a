"""A small multilayer perceptron: conditions in, aim (mrad) out."""

import numpy as np

from shooter.core.layers import ACTIVATIONS, Dense, Identity
from shooter.core.messages import ShooterError


class Network:
    def __init__(self, n_inputs, hidden=(), activation="tanh", init="xavier", rng=None,
                 n_outputs=2):
        if activation not in ACTIVATIONS:
            raise ShooterError("config.activation", name=repr(activation))
        self.n_inputs = n_inputs
        self.hidden = tuple(hidden)
        self.activation = activation
        sizes = [n_inputs, *self.hidden, n_outputs]
        self.dense = [Dense(a, b, init, rng) for a, b in zip(sizes[:-1], sizes[1:])]
        self.layers = []
        for i, layer in enumerate(self.dense):
            last = i == len(self.dense) - 1
            self.layers += [layer, Identity() if last else ACTIVATIONS[activation]()]
        self._gather_parameters()
        self.outputs = []

    def _gather_parameters(self):
        """Put every weight and gradient into one flat buffer each (flat_params, flat_grads),
        the layers keeping views of their part: one optimiser step or one copy then covers the
        whole network in a single numpy call."""
        arrays = [p for layer in self.dense for p in layer.params]
        self.cuts = np.cumsum([0] + [a.size for a in arrays]).tolist()
        self.shapes = [a.shape for a in arrays]
        self.flat_params = np.concatenate([a.ravel() for a in arrays])
        self.flat_grads = np.zeros_like(self.flat_params)
        weights, grads = self.split(self.flat_params), self.split(self.flat_grads)
        for k, layer in enumerate(self.dense):
            layer.W, layer.b = weights[2 * k], weights[2 * k + 1]
            layer.dW, layer.db = grads[2 * k], grads[2 * k + 1]

    def split(self, flat):
        """Views of a flat buffer laid out like flat_params: W, b of each dense layer."""
        return [flat[lo:hi].reshape(shape)
                for lo, hi, shape in zip(self.cuts[:-1], self.cuts[1:], self.shapes)]

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
        layers = self.layers
        for layer in layers[:0:-1]:
            flowing.append(grad)
            grad = layer.backward(grad)
        flowing.append(grad)
        layers[0].backward(grad, input_grad=False)
        return flowing

    def predict(self, x, flat_weights):
        """The aim for inputs x with the weights in `flat_weights` (laid out like flat_params),
        by the same arithmetic as forward(), leaving the network and its caches untouched."""
        weights = self.split(flat_weights)
        for k, layer in enumerate(self.layers):
            x = x @ weights[k] + weights[k + 1] if k % 2 == 0 else layer.value(x)
        return x

    def get_weights(self):
        return [p.copy() for p in self.params]

    def set_weights(self, weights):
        for p, w in zip(self.params, weights, strict=True):
            if p.shape != np.shape(w):
                raise ShooterError("network.weight_shape", shape=np.shape(w), expected=p.shape)
            p[...] = w
