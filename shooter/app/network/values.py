"""The numbers the network view shows, read from the session's records: each column's neuron
outputs, each gap's weights or gradients, and whether a record belongs to the network shown.

Pure numpy (no Qt), so the checks that keep a stale record off the screen are easy to test.
"""

import numpy as np


def gap_matrices(pairs):
    """One (from, to) matrix per gap between columns, from (W, b) pairs of weights or of their
    gradients. A network without inputs has one bias node whose edges are the first biases."""
    matrices = [np.asarray(w, dtype=float) for w, _ in pairs]
    if matrices[0].shape[0] == 0:
        matrices[0] = np.asarray(pairs[0][1], dtype=float).reshape(1, -1)
    return matrices


def pair_shapes(pairs):
    """The shapes of every W and b, the network's full signature: two networks whose gap
    matrices look alike (a bias node, or one input) still differ here."""
    return [(np.shape(w), np.shape(b)) for w, b in pairs]


def column_sizes(n_inputs, hidden):
    """Neurons per column: the inputs (or the one bias node), the hidden layers, the aim."""
    return [max(1, n_inputs), *hidden, 2]


def fire_matches(fire, n_inputs, sizes):
    """Does this fire record come from a network of this shape? A record kept from before a
    change of inputs or layers (going back replays it) must never be drawn against the new
    network: every layer's width and the number of inputs must agree."""
    activations = fire.activations
    if len(activations) != 2 * (len(sizes) - 1):
        return False
    features = np.asarray(fire.features)
    if features.ndim != 2 or features.shape[0] == 0 or features.shape[1] != n_inputs:
        return False
    return all(np.ndim(a) == 2 and np.shape(a)[1] == sizes[1 + k // 2]
               for k, a in enumerate(activations))


def fire_values(fire, sizes):
    """Each column's neuron outputs for the first shot of a (matching) fire record.

    activations run Dense, activation, ..., Dense, Identity; hidden neurons show the
    activation's output and the aim is the last entry. Inputs come from the features, and the
    bias node of a network without inputs always outputs 1.
    """
    features = np.asarray(fire.features)
    inputs = features[0] if features.shape[1] else np.ones(1)
    return [inputs, *layer_values(fire.activations, sizes)]


def layer_values(activations, sizes, row=0):
    """The hidden columns' and the aim's outputs for one shot of FireRecord.activations."""
    hidden = [np.asarray(activations[2 * k + 1])[row] for k in range(len(sizes) - 2)]
    return [*hidden, np.asarray(activations[-1])[row]]


def neuron_gradients(flowing, n_columns):
    """d(loss)/d(neuron output), summed over the batch, for every column but the inputs.

    flowing holds one gradient per layer, last layer first: index 0 is the aim (Identity),
    and hidden column k (1-based) is the output of the activation layer 2k - 1.
    """
    n_layers = len(flowing)
    grads = [None]
    for column in range(1, n_columns - 1):
        grads.append(np.sum(flowing[n_layers - 1 - (2 * column - 1)], axis=0))
    grads.append(np.sum(flowing[0], axis=0))
    return grads


def fill_amounts(values):
    """How strongly each neuron is coloured, 0.15..1: |value| against the column's largest
    (at least 1, so tanh outputs keep an absolute scale); non-finite values stay pale."""
    finite = np.isfinite(values)
    scale = max(1.0, float(np.max(np.abs(values[finite]), initial=0.0)))
    return np.where(finite, 0.15 + 0.85 * np.abs(np.where(finite, values, 0.0)) / scale, 0.0)


def short(value):
    """A value in a tooltip: sign and three significant digits, a dash when not finite."""
    return "–" if not np.isfinite(value) else f"{value:+.3g}"


def inside(value):
    """A value inside a neuron: two significant digits."""
    return f"{value:.2g}"
