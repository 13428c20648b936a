"""What lies under the mouse in the network view, and the tooltip that describes it."""

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication

from shooter.app.network.edges import MAX_EDGE_PX
from shooter.app.network.values import short
from shooter.core.words import word

HIT_SLOP_PX = 4.0


class Item(NamedTuple):
    """A neuron or a weight under the mouse, with its value and a description."""

    kind: str  # "neuron" or "weight"
    layer: int  # neuron column (0 = inputs); for a weight, the column it leaves
    index: tuple  # (neuron,) or (from, to)
    value: float  # the neuron's output for the latest shot (nan before a shot), or the weight
    text: str


def segment_distances(segments, x, y):
    """Distance from (x, y) to each segment (x1, y1, x2, y2)."""
    x1, y1, x2, y2 = segments.T
    dx, dy = x2 - x1, y2 - y1
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x - x1) * dx + (y - y1) * dy) / length2, 0.0, 1.0)
    return np.hypot(x1 + t * dx - x, y1 + t * dy - y)


def neuron_at(geo, x, y):
    """(column, index) of the neuron at (x, y), or None."""
    for column, (cx, cys, r) in enumerate(zip(geo.xs, geo.ys, geo.radii)):
        if abs(x - cx) > r + HIT_SLOP_PX:
            continue
        distances = np.hypot(cys - y, x - cx)
        index = int(np.argmin(distances))
        if distances[index] <= r + HIT_SLOP_PX:
            return column, index
    return None


def weight_at(geo, x, y, scale):
    """(gap, from, to) of the edge nearest (x, y) when it is close enough to touch, or None."""
    gap = int(np.searchsorted(geo.xs, x)) - 1
    if not 0 <= gap < len(geo.xs) - 1:
        return None
    start = geo.gap_start(gap)
    shape = (len(geo.ys[gap]), len(geo.ys[gap + 1]))
    distances = segment_distances(geo.segments[start:start + shape[0] * shape[1]], x, y)
    flat = int(np.argmin(distances))
    if distances[flat] > HIT_SLOP_PX + MAX_EDGE_PX * scale / 2.0:
        return None
    source, target = np.unravel_index(flat, shape)
    return gap, int(source), int(target)


class Names:
    """The names a person reads for the columns and neurons of one network."""

    def __init__(self, inputs, n_columns):
        self.inputs = tuple(inputs)
        self.last = n_columns - 1

    def input_labels(self):
        if not self.inputs:
            return [QCoreApplication.translate("NetworkView", "bias")]
        return [word("input", name, lambda text: QCoreApplication.translate("Words", text))
                for name in self.inputs]

    @staticmethod
    def output_labels():
        return [QCoreApplication.translate("NetworkView", "aim ↔"),
                QCoreApplication.translate("NetworkView", "aim ↕")]

    def column_title(self, column):
        if column == 0:
            return QCoreApplication.translate("NetworkView", "input") if self.inputs else ""
        if column == self.last:
            return QCoreApplication.translate("NetworkView", "output")
        return QCoreApplication.translate("NetworkView", "hidden {0}").format(column)

    def neuron(self, column, index):
        if column == 0:
            return self.input_labels()[index]
        if column == self.last:
            return self.output_labels()[index]
        name = QCoreApplication.translate("NetworkView", "hidden {0}, neuron {1}")
        return name.format(column, index + 1)


def neuron_item(names, column, index, values, bias, grads):
    """The neuron's tooltip: its name, output for the latest shot, bias and gradient."""
    value = float(values[index]) if values is not None else float("nan")
    output = QCoreApplication.translate("NetworkView", "output {0}")
    lines = [names.neuron(column, index), output.format(short(value))]
    if column == 0 and not names.inputs:
        lines[1] = QCoreApplication.translate("NetworkView", "always 1: its weights are the biases")
    if bias is not None:
        bias_text = QCoreApplication.translate("NetworkView", "bias {0}")
        lines.append(bias_text.format(short(float(bias[index]))))
    if grads is not None:
        gradient = QCoreApplication.translate("NetworkView", "gradient {0}")
        lines.append(gradient.format(short(float(grads[index]))))
    return Item("neuron", column, (index,), value, "\n".join(lines))


def weight_item(names, gap, source, target, weights, grads):
    """The weight's tooltip: the neurons it joins, its value and gradient."""
    value = float(weights[source, target])
    route = f"{names.neuron(gap, source)} → {names.neuron(gap + 1, target)}"
    weight = QCoreApplication.translate("NetworkView", "weight {0}")
    lines = [route, weight.format(short(value))]
    if grads is not None:
        gradient = QCoreApplication.translate("NetworkView", "gradient {0}")
        lines.append(gradient.format(short(float(grads[source, target]))))
    return Item("weight", gap, (source, target), value, "\n".join(lines))
