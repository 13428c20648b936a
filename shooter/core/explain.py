"""The worked example of backpropagation (teaching case T10): one shot, every number of it.

explain_shot() takes one shot with a trainer -- fire, loss, pull back, but no adjustment -- and
lays out what happened as a plain dict of numbers and lists: the inputs, each layer forward,
the aim, the bullet's flight, the impact and the loss, then the chain rule backward from the
offset to every weight. Matrices are lists of rows, one row per shot, so that every number can
be checked with y = x @ W + b and the formulas in docs/session-format.md.
"""

import numpy as np

from shooter.core import ballistics
from shooter.core.range import CONDITION_NAMES


class _Again:
    """A shot stream that hands out one recorded shot (a FireRecord) again: its conditions,
    features and tremor, and the flight worked out from its conditions as the range did."""

    def __init__(self, shot, rifle):
        drift, jacobian = ballistics.drift_and_jacobian(rifle, shot._block)
        self.parts = (shot._block, shot._features, drift, jacobian, shot._tremor)

    def next(self):
        return self.parts


def explain_shot(trainer, shot=None):
    """Take one shot with `trainer` (it must be about to fire) and explain it: its next shot,
    or `shot` (a FireRecord of a trainer with the same rifle) fired again, numbered as it was.

    The weights are not changed: the trainer is left waiting for its adjust phase.
    """
    config = trainer.config
    if shot is not None:
        stream, trainer.shots = trainer.shots, _Again(shot, trainer.rifle)
        trainer.iteration = shot.iteration
        try:
            fire = trainer.fire()
        finally:
            trainer.shots = stream
    else:
        fire = trainer.fire()
    loss = trainer.measure_loss()
    out = {
        "lesson": config.lesson,
        "seed": config.seed,
        "iteration": fire.iteration,
        "batch": config.batch,
        "inputs": _inputs(config, fire),
        "layers": _forward_layers(trainer, fire),
        "aim_mrad": fire.aim_mrad.tolist(),
        "flight": _flight(trainer, fire),
        "impact_cm": fire.impacts_cm.tolist(),
        "offset_cm": loss.offsets_cm.tolist(),
        "ring": fire.scores.tolist(),
        "direction": [{"key": d.key, "degrees": d.degrees, "clock": d.clock}
                      for d in fire.directions],
        "loss_name": loss.loss_name,
        "errors": loss.errors.tolist(),
        "loss": loss.loss,
        "diverged": trainer.diverged or False,
    }
    if trainer.diverged:  # a shot off the range has no usable gradient
        return out
    pull = trainer.pull_back()
    n = len(fire.conditions)
    out["loss_grad_offset"] = (trainer.loss_fn.grad(loss.offsets_cm) / n).tolist()
    out["aim_grad"] = pull.aim_grad.tolist()
    out["grad_norm"] = pull.grad_norm
    _add_backward(out["layers"], pull, trainer.network)
    return out


def _inputs(config, fire):
    conditions = {
        "distance_m": fire.conditions.distance_m.tolist(),
        "crosswind_mps": fire.conditions.crosswind_mps.tolist(),
        "headwind_mps": fire.conditions.headwind_mps.tolist(),
        "air_density_kg_m3": fire.conditions.air_density_kg_m3.tolist(),
    }
    ranges = dict(zip(CONDITION_NAMES, config.environment.bounds()))
    return {
        "conditions": conditions,
        "names": list(config.inputs),
        "ranges": {name: [float(v) for v in ranges[name]] for name in config.inputs},
        "features": fire.features.tolist(),
    }


def _forward_layers(trainer, fire):
    """Per dense layer: its input x, W, b, z = x @ W + b and the activation's output a."""
    network = trainer.network
    outputs = fire.activations  # dense and activation outputs, alternating
    layers = []
    x = fire.features
    for i, dense in enumerate(network.dense):
        activation = network.layers[2 * i + 1]
        layers.append({
            "index": i,
            "activation": activation.name,
            "input": x.tolist(),
            "W": dense.W.tolist(),
            "b": dense.b.tolist(),
            "pre_activation": outputs[2 * i].tolist(),
            "output": outputs[2 * i + 1].tolist(),
        })
        x = outputs[2 * i + 1]
    return layers


def _flight(trainer, fire):
    rifle = trainer.rifle
    drift_cm = ballistics.drift_m(rifle, fire.conditions) * 100.0
    sight = np.broadcast_to(np.asarray(rifle.sight_offset_mrad, dtype=np.float64),
                            fire.aim_mrad.shape)
    return {
        "sight_offset_mrad": [float(v) for v in rifle.sight_offset_mrad],
        "tremor_mrad": fire.tremor_mrad.tolist(),
        "bore_mrad": (fire.aim_mrad + sight + fire.tremor_mrad).tolist(),
        "time_of_flight_s": fire.flight_time_s.tolist(),
        "drift_cm": drift_cm.tolist(),  # (right, up) that the aim does not control
        "wind_drift_cm": drift_cm[:, 0].tolist(),
        "drop_cm": (-drift_cm[:, 1]).tolist(),
        "jacobian_cm_per_mrad": ballistics.impact_jacobian_cm_per_mrad(fire.conditions).tolist(),
        "air_resistance": trainer.config.air_resistance,
    }


def _add_backward(layers, pull, network):
    """Each layer's share of the chain rule, from the aim back to the inputs."""
    flowing = pull.flowing_grads[::-1]  # now in forward order: d(loss)/d(output of layer j)
    for i, layer in enumerate(layers):
        dW, db = pull.param_grads[i]
        grad_pre = flowing[2 * i]
        layer["grad_output"] = flowing[2 * i + 1].tolist()
        layer["grad_pre_activation"] = grad_pre.tolist()
        layer["dW"] = dW.tolist()
        layer["db"] = db.tolist()
        layer["grad_input"] = (grad_pre @ network.dense[i].W.T).tolist()
