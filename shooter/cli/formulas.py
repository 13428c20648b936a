"""The formulas `shooter explain` writes beside its numbers, by loss and by activation, and
the unit each loss is measured in. Plain text, as a student would write them on paper."""

# The error of one shot, from its offset (right, up) in cm; r = |offset|.
ERROR_FORMULA = {
    "mse": "right^2 + up^2",
    "distance": "r = sqrt(right^2 + up^2)",
    "huber": "r^2 / 2 if r <= delta, else delta * (r - delta / 2)",
}
# d error / d offset, divided by the n shots the loss averages over.
ERROR_GRAD_FORMULA = {
    "mse": "2 * offset / n",
    "distance": "offset / r / n",
    "huber": "offset * min(1, delta / r) / n",
}
# d activation / d z, written with a = activation(z).
SLOPE_FORMULA = {
    "identity": "1", "tanh": "1 - a^2", "sigmoid": "a * (1 - a)",
    "relu": "1 where z > 0, else 0", "leaky_relu": "1 where z > 0, else 0.01",
}
LOSS_UNITS = {"mse": "cm^2", "distance": "cm", "huber": "cm^2"}
# Losses whose formula uses r = |offset|: explain shows r's value before the error.
USES_R = ("distance", "huber")


def error_formula(name):
    return ERROR_FORMULA.get(name, name)


def error_grad_formula(name):
    return ERROR_GRAD_FORMULA.get(name, name)


def slope_formula(activation):
    return SLOPE_FORMULA.get(activation, "?")


def loss_unit(name):
    return LOSS_UNITS.get(name, "")
