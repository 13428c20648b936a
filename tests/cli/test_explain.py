"""`shooter explain`: the worked example's numbers must agree with each other, recomputed here
from scratch with numpy, so a student (or a program) can trust every one of them."""

import json

import numpy as np
import pytest

from shooter import cli
from shooter.core.lessons import LESSONS
from shooter.core.trainer import Trainer

SLOPES = {
    "identity": lambda z, a: np.ones_like(z),
    "tanh": lambda z, a: 1.0 - a * a,
    "sigmoid": lambda z, a: a * (1.0 - a),
    "relu": lambda z, a: (z > 0).astype(float),
    "leaky_relu": lambda z, a: np.where(z > 0, 1.0, 0.01),
}
VALUES = {
    "identity": lambda z: z,
    "tanh": np.tanh,
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    "relu": lambda z: np.maximum(z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
}


def explain_json(capsys, *argv):
    code = cli.main(["explain", "--json", *argv])
    out, err = capsys.readouterr()
    assert code == 0
    return json.loads(out)


def close(a, b):
    return np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                       rtol=1e-12, atol=1e-12)


def check_forward(e):
    inputs = e["inputs"]
    features = np.array(inputs["features"]).reshape(1, len(inputs["names"]))
    keys = {"distance": "distance_m", "crosswind": "crosswind_mps", "headwind": "headwind_mps",
            "air_density": "air_density_kg_m3"}
    for j, name in enumerate(inputs["names"]):
        lo, hi = inputs["ranges"][name]
        value = inputs["conditions"][keys[name]][0]
        assert close(features[0, j], (value - (lo + hi) / 2) / ((hi - lo) / 2))
    x = features
    for layer in e["layers"]:
        W = np.array(layer["W"]).reshape(x.shape[1], len(layer["b"]))
        z = x @ W + np.array(layer["b"])
        assert close(layer["input"], x.reshape(1, -1)) or x.size == 0
        assert close(layer["pre_activation"], z)
        a = VALUES[layer["activation"]](z)
        assert close(layer["output"], a)
        x = a
    assert e["layers"][-1]["activation"] == "identity"
    assert close(e["aim_mrad"], x)


def check_flight_and_loss(e):
    f = e["flight"]
    distance = e["inputs"]["conditions"]["distance_m"][0]
    jac = f["jacobian_cm_per_mrad"][0]
    assert close(jac, distance * 0.1)  # 0.1 cm per mrad per metre
    bore = np.array(e["aim_mrad"]) + np.array(f["sight_offset_mrad"]) + np.array(f["tremor_mrad"])
    assert close(f["bore_mrad"], bore)
    assert close(f["drift_cm"], [[f["wind_drift_cm"][0], -f["drop_cm"][0]]])
    impact = jac * bore + np.array(f["drift_cm"])
    assert close(e["impact_cm"], impact)
    assert close(e["offset_cm"], impact)  # the bullseye is the origin
    assert e["loss_name"] == "mse"
    assert close(e["errors"], [np.sum(impact**2)])
    assert close(e["loss"], np.mean(e["errors"]))
    assert close(e["loss_grad_offset"], 2.0 * impact / 1)


def check_backward(e):
    jac = e["flight"]["jacobian_cm_per_mrad"][0]
    grad = jac * np.array(e["loss_grad_offset"])
    assert close(e["aim_grad"], grad)
    for layer in reversed(e["layers"]):
        x = np.array(layer["input"]).reshape(1, -1)
        W = np.array(layer["W"]).reshape(x.shape[1], len(layer["b"]))
        z, a = np.array(layer["pre_activation"]), np.array(layer["output"])
        assert close(layer["grad_output"], grad)
        grad_z = grad * SLOPES[layer["activation"]](z, a)
        assert close(layer["grad_pre_activation"], grad_z)
        assert close(np.array(layer["dW"]).reshape(W.shape), x.T @ grad_z)
        assert close(layer["db"], grad_z.sum(axis=0))
        grad = grad_z @ W.T
        assert close(np.array(layer["grad_input"]).reshape(grad.shape), grad)
    all_grads = [np.ravel(layer[k]) for layer in e["layers"] for k in ("dW", "db")]
    assert close(e["grad_norm"], np.sqrt(sum(np.sum(g * g) for g in all_grads)))


@pytest.mark.parametrize("lesson", ["worked-example", "sight-in", "wind", "sandbox"])
def test_explain_json_numbers_agree_with_numpy(capsys, lesson):
    e = explain_json(capsys, "--lesson", lesson, "--seed", "11")
    assert e["lesson"] == lesson and e["seed"] == 11 and e["batch"] == 1
    check_forward(e)
    check_flight_and_loss(e)
    check_backward(e)


def test_explain_gradients_match_finite_differences(capsys):
    # The chain rule's dL/dW must be the slope of the loss itself.
    e = explain_json(capsys, "--lesson", "worked-example")
    config = LESSONS["worked-example"].configured(batch=1)
    h = 1e-6
    W0 = np.array(e["layers"][0]["W"])
    numeric = np.zeros_like(W0)
    for index in np.ndindex(W0.shape):
        losses = []
        for sign in (1, -1):
            trainer = Trainer(config)
            trainer.network.dense[0].W[index] += sign * h
            trainer.fire()
            losses.append(trainer.measure_loss().loss)
        numeric[index] = (losses[0] - losses[1]) / (2 * h)
    assert np.allclose(np.array(e["layers"][0]["dW"]), numeric, rtol=1e-5, atol=1e-6)


def test_explain_does_not_change_the_weights(capsys, tmp_path):
    path = tmp_path / "run.json"
    cli.main(["train", "--lesson", "wind", "--steps", "3", "--save", str(path)])
    capsys.readouterr()
    before = path.read_bytes()
    e = explain_json(capsys, "--session", str(path))
    assert path.read_bytes() == before
    saved = json.loads(before)
    assert e["layers"][0]["W"] == saved["network"]["layers"][0]["W"]
    assert e["iteration"] == 3 and e["lesson"] == "wind"


def test_explain_text_walks_forward_then_backward(capsys):
    assert cli.main(["explain"]) == 0  # the worked-example lesson by default
    out = capsys.readouterr().out
    order = ["1. Inputs", "2. Forward pass", "3. The bullet's flight", "4. Loss",
             "5. Backward pass", "dL/d aim = J * dL/d offset", "dL/d W", "dL/d b"]
    positions = [out.index(text) for text in order]
    assert positions == sorted(positions)
    assert "lesson worked-example" in out


def huber_session(capsys, tmp_path):
    path = tmp_path / "huber.shooter"
    assert cli.main(["train", "--lesson", "sight-in", "--loss", "huber", "--steps", "1",
                     "--save", str(path)]) == 0
    capsys.readouterr()
    return path


def test_explain_json_carries_the_huber_threshold(capsys, tmp_path):
    e = explain_json(capsys, "--session", str(huber_session(capsys, tmp_path)))
    assert e["loss_name"] == "huber" and e["huber_delta_cm"] == 5.0
    r = float(np.hypot(*e["offset_cm"][0]))
    delta = e["huber_delta_cm"]
    expected = 0.5 * r * r if r <= delta else delta * (r - delta / 2)
    assert close(e["errors"][0], expected)
    assert "huber_delta_cm" not in explain_json(capsys, "--lesson", "sight-in")


def test_the_huber_line_shows_r_where_it_says_r(capsys, tmp_path):
    path = huber_session(capsys, tmp_path)
    e = explain_json(capsys, "--session", str(path))
    assert cli.main(["explain", "--session", str(path)]) == 0
    out = capsys.readouterr().out
    r = float(np.hypot(*e["offset_cm"][0]))
    r_line = next(line for line in out.splitlines() if line.strip().startswith("r = |offset|"))
    assert r_line.endswith(f"= {r:.4g} cm")
    error_line = next(line for line in out.splitlines() if line.strip().startswith("error ="))
    assert error_line.endswith(f"= {e['errors'][0]:.4g} cm^2") and "delta = 5 cm" in out
    assert f"{r:.4g}" != f"{e['errors'][0]:.4g}"  # the two numbers differ, so this tells


def test_explain_names_losses_and_directions_in_words(capsys):
    assert cli.main(["explain", "--lesson", "sight-in"]) == 0
    out = capsys.readouterr().out
    assert "4. Loss (squared distance)" in out and "upper left" in out
