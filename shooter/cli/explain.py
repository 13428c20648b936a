"""`shooter explain`: one shot worked through as text (or JSON), forward then backward."""

import json
import math

from shooter.cli.formulas import (
    USES_R,
    error_formula,
    error_grad_formula,
    loss_unit,
    slope_formula,
)
from shooter.cli.parser import EXPLAIN_LESSON
from shooter.cli.start import start_trainer
from shooter.cli.train import direction_words, json_ready
from shooter.core.words import word

EXIT_OK = 0
# (field of the explanation's conditions, input key, unit)
CONDITION_UNITS = (("distance_m", "distance", "m"), ("crosswind_mps", "crosswind", "m/s"),
                   ("headwind_mps", "headwind", "m/s"),
                   ("air_density_kg_m3", "air_density", "kg/m^3"))


def cmd_explain(args):
    from shooter.core.explain import explain_shot

    trainer = start_trainer(args, default_lesson=EXPLAIN_LESSON, batch=1)
    explanation = explain_shot(trainer)
    if trainer.config.loss == "huber":  # the threshold the Huber formula needs
        explanation["huber_delta_cm"] = trainer.config.huber_delta_cm
    if args.json:
        print(json.dumps(json_ready(explanation), allow_nan=False))
    else:
        print(explanation_text(explanation))
    return EXIT_OK


def vector(values):
    return "[" + ", ".join(f"{v:.4g}" for v in values) + "]"


def matrix_lines(rows, indent):
    if not rows:
        return [f"{indent}(empty: no inputs)"]
    return [indent + " ".join(f"{v:9.4g}" for v in row) for row in rows]


def explanation_text(e):
    out = [f"Worked example: one shot, forward and backward (lesson {e['lesson']}, "
           f"seed {e['seed']}, shot {e['iteration'] + 1})", ""]
    out += _inputs_text(e)
    out += _forward_text(e)
    out += _flight_text(e)
    out += _loss_text(e)
    if e["diverged"]:
        out.append(f"The shot diverged ({word('divergence', e['diverged'])}): there is no "
                   "gradient to follow.")
    else:
        out += _backward_text(e)
    return "\n".join(out)


def _inputs_text(e):
    inputs = e["inputs"]
    conditions = ", ".join(f"{word('input', name)} {inputs['conditions'][key][0]:.4g} {unit}"
                           for key, name, unit in CONDITION_UNITS)
    out = ["1. Inputs", f"   conditions: {conditions}"]
    if not inputs["names"]:
        out.append("   The network sees no conditions: it is a bias only, the aim it has "
                   "learned so far.")
    else:
        out.append("   features x: each condition scaled to -1..1 over its range, "
                   "(value - middle) / half-width")
        for j, name in enumerate(inputs["names"]):
            lo, hi = inputs["ranges"][name]
            key = next(k for k, input_key, _ in CONDITION_UNITS if input_key == name)
            value = inputs["conditions"][key][0]
            out.append(f"     {name:12} ({value:.4g} - {(lo + hi) / 2:.4g}) / "
                       f"{(hi - lo) / 2:.4g} = {inputs['features'][0][j]:.4g}")
    return out + [""]


def _forward_text(e):
    out = ["2. Forward pass, layer by layer: z = x @ W + b, then a = activation(z)"]
    last = len(e["layers"]) - 1
    for layer in e["layers"]:
        n_in, n_out = len(layer["W"]), len(layer["b"])
        role = " (output)" if layer["index"] == last else ""
        out.append(f"   layer {layer['index'] + 1}{role}: {n_in} -> {n_out}, "
                   f"activation {layer['activation']}")
        if n_in:
            out.append(f"     x = {vector(layer['input'][0])}")
            out.append(f"     W ({n_in} x {n_out}) =")
            out += matrix_lines(layer["W"], "       ")
            out.append(f"     b = {vector(layer['b'])}")
            out.append(f"     z = x @ W + b = {vector(layer['pre_activation'][0])}")
        else:
            out.append("     no inputs, so no W: z = b")
            out.append(f"     z = b = {vector(layer['pre_activation'][0])}")
        out.append(f"     a = {layer['activation']}(z) = {vector(layer['output'][0])}")
    out.append(f"   aim = {vector(e['aim_mrad'][0])} mrad (horizontal, vertical)")
    return out + [""]


def _flight_text(e):
    f = e["flight"]
    jac = f["jacobian_cm_per_mrad"][0]
    direction = e["direction"][0]
    return [
        "3. The bullet's flight",
        f"   time of flight {f['time_of_flight_s'][0]:.4g} s, gravity drop "
        f"{f['drop_cm'][0]:.4g} cm, wind drift {f['wind_drift_cm'][0]:.4g} cm",
        f"   bore = aim + sight offset + hand tremor = {vector(e['aim_mrad'][0])} + "
        f"{vector(f['sight_offset_mrad'])} + {vector(f['tremor_mrad'][0])} = "
        f"{vector(f['bore_mrad'][0])} mrad",
        f"   J = d impact / d aim = distance x 0.1 cm/mrad = {jac:.4g} cm per mrad",
        f"   impact = J * bore + drift {vector(f['drift_cm'][0])} = "
        f"{vector(e['impact_cm'][0])} cm (right, up)",
        f"   ring {e['ring'][0]}, {direction_words(direction['key'], direction['degrees'])}",
        "",
    ]


def _loss_text(e):
    name = e["loss_name"]
    unit = loss_unit(name)
    out = [f"4. Loss ({word('loss', name)})",
           f"   offset = impact - bullseye = {vector(e['offset_cm'][0])} cm"]
    if name in USES_R:
        right, up = e["offset_cm"][0]
        out.append(f"   r = |offset| = sqrt(right^2 + up^2) = {math.hypot(right, up):.4g} cm")
    if "huber_delta_cm" in e:
        out.append(f"   delta = {e['huber_delta_cm']:.4g} cm")
    out += [f"   error = {error_formula(name)} = {e['errors'][0]:.4g} {unit}",
            f"   loss = mean error over {len(e['errors'])} shot = {e['loss']:.4g} {unit}", ""]
    return out


def _backward_text(e):
    name = e["loss_name"]
    jac = e["flight"]["jacobian_cm_per_mrad"][0]
    out = ["5. Backward pass (pulling the target back): the chain rule, last layer first",
           f"   dL/d offset = {error_grad_formula(name)} = "
           f"{vector(e['loss_grad_offset'][0])}",
           f"   dL/d aim = J * dL/d offset = {jac:.4g} * {vector(e['loss_grad_offset'][0])} = "
           f"{vector(e['aim_grad'][0])} per mrad"]
    for layer in reversed(e["layers"]):
        i = layer["index"] + 1
        out.append(f"   layer {i} ({layer['activation']}):")
        out.append(f"     dL/d a = {vector(layer['grad_output'][0])}")
        out.append(f"     dL/d z = dL/d a * ({slope_formula(layer['activation'])}) = "
                   f"{vector(layer['grad_pre_activation'][0])}")
        if layer["dW"]:
            out.append("     dL/d W = x^T @ dL/d z =")
            out += matrix_lines(layer["dW"], "       ")
        out.append(f"     dL/d b = dL/d z = {vector(layer['db'])}")
        if i > 1:
            out.append(f"     dL/d x = dL/d z @ W^T = {vector(layer['grad_input'][0])}"
                       f"  (this is dL/d a of layer {i - 1})")
    out.append(f"   size of the whole gradient: {e['grad_norm']:.4g}")
    out.append("   No weight was changed: a training step would now move each one against "
               "its gradient.")
    return out
