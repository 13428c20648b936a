"""Dense layers and activations. forward() caches what backward() needs; backward() takes
d(loss)/d(output) and returns d(loss)/d(input), storing parameter gradients on the layer."""

import numpy as np

from shooter.core.messages import ShooterError

INITIALISERS = ("xavier", "he", "zeros")


class Dense:
    """y = x @ W + b. With zero inputs it is just a bias: the sight-in network."""

    def __init__(self, n_in, n_out, init="xavier", rng=None):
        self.W = initial_weights(n_in, n_out, init, rng)
        self.b = np.zeros(n_out)
        self.dW = np.zeros_like(self.W)
        self.db = np.zeros_like(self.b)
        self._x = None

    @property
    def params(self):
        return [self.W, self.b]

    @property
    def grads(self):
        return [self.dW, self.db]

    def forward(self, x):
        self._x = x
        return x @ self.W + self.b

    def backward(self, grad_out, input_grad=True):
        """Stores dW, db; returns d(loss)/d(x), or None when the caller does not need it
        (the network's first layer: nothing learns from the conditions' gradient)."""
        np.matmul(self._x.T, grad_out, out=self.dW)
        np.add.reduce(grad_out, axis=0, out=self.db)  # np.sum's arithmetic, without its wrapper
        return grad_out @ self.W.T if input_grad else None


def initial_weights(n_in, n_out, init, rng):
    if init == "zeros" or n_in == 0:
        return np.zeros((n_in, n_out))
    if init == "xavier":
        scale = np.sqrt(2.0 / (n_in + n_out))
    elif init == "he":
        scale = np.sqrt(2.0 / n_in)
    else:
        raise ShooterError("config.init", name=repr(init))
    return rng.normal(0.0, scale, (n_in, n_out))


class Activation:
    """Element-wise activation; subclasses give value and slope from the cached input/output."""

    name = ""

    def __init__(self):
        self._x = None
        self._y = None

    @property
    def params(self):
        return []

    @property
    def grads(self):
        return []

    def forward(self, x):
        self._x = x
        self._y = self.value(x)
        return self._y

    def backward(self, grad_out):
        return grad_out * self.slope(self._x, self._y)


class Identity(Activation):
    name = "identity"

    def value(self, x):
        return x

    def slope(self, x, y):
        return 1.0

    def forward(self, x):
        self._x = self._y = x
        return x

    def backward(self, grad_out):
        return grad_out  # the same values grad_out * 1.0 would give, without the copy


class Tanh(Activation):
    name = "tanh"

    def value(self, x):
        return np.tanh(x)

    def slope(self, x, y):
        return 1.0 - y * y

    def backward(self, grad_out):
        y = self._y
        return grad_out * (1.0 - y * y)


class Sigmoid(Activation):
    name = "sigmoid"

    def value(self, x):
        # 0.5 * (1 + tanh(x/2)) is the logistic function without overflow for large |x|.
        return 0.5 * (1.0 + np.tanh(0.5 * x))

    def slope(self, x, y):
        return y * (1.0 - y)


class ReLU(Activation):
    name = "relu"

    def value(self, x):
        return np.maximum(x, 0.0)

    def slope(self, x, y):
        return (x > 0).astype(np.float64)


class LeakyReLU(Activation):
    name = "leaky_relu"
    leak = 0.01

    def value(self, x):
        return np.where(x > 0, x, self.leak * x)

    def slope(self, x, y):
        return np.where(x > 0, 1.0, self.leak)


ACTIVATIONS = {cls.name: cls for cls in (Identity, Tanh, Sigmoid, ReLU, LeakyReLU)}
