"""Every analytic gradient against central differences, in float64.

The check (eps 1e-6, allclose rtol 1e-5, atol 1e-8) is strict enough to catch a gradient
that is off by 0.1 %, which the planted-error tests prove.
"""

import numpy as np
import pytest

from shooter.core import ballistics
from shooter.core.config import TrainConfig
from shooter.core.layers import ACTIVATIONS, Dense
from shooter.core.losses import LOSSES, Distance, Huber, SquaredDistance
from shooter.core.network import Network
from shooter.core.range import Environment
from shooter.core.trainer import Trainer

EPS = 1e-6


def numeric_gradient(f, array, eps=EPS):
    """Central differences of the scalar f() with respect to `array`, perturbed in place."""
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        saved = array[index]
        array[index] = saved + eps
        up = f()
        array[index] = saved - eps
        down = f()
        array[index] = saved
        grad[index] = (up - down) / (2.0 * eps)
    return grad


def gradients_match(analytic, numeric):
    return np.allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def planted(gradient):
    """The same gradient with its largest entry off by 0.1 %."""
    wrong = np.array(gradient, dtype=np.float64)
    index = np.unravel_index(np.argmax(np.abs(wrong)), wrong.shape)
    wrong[index] *= 1.001
    return wrong


@pytest.fixture
def rng():
    return np.random.default_rng(20240611)


# --- layers ------------------------------------------------------------------------------

def test_dense_gradients_for_weights_bias_and_input(rng):
    layer = Dense(4, 3, "xavier", rng)
    x = rng.normal(size=(5, 4))
    upstream = rng.normal(size=(5, 3))  # d(loss)/d(output) of the scalar sum(out * upstream)

    def loss():
        return float(np.sum(layer.forward(x) * upstream))

    loss()
    grad_x = layer.backward(upstream)
    dW, db = layer.dW.copy(), layer.db.copy()
    numeric_W = numeric_gradient(loss, layer.W)
    assert gradients_match(dW, numeric_W)
    assert not gradients_match(planted(dW), numeric_W)  # a 0.1 % error is caught
    assert gradients_match(db, numeric_gradient(loss, layer.b))
    assert gradients_match(grad_x, numeric_gradient(loss, x))


def test_dense_with_no_inputs_is_a_trainable_bias(rng):
    layer = Dense(0, 2, "xavier", rng)
    layer.b[:] = [0.3, -1.2]
    upstream = rng.normal(size=(3, 2))

    def loss():
        return float(np.sum(layer.forward(np.empty((3, 0))) * upstream))

    loss()
    layer.backward(upstream)
    assert gradients_match(layer.db.copy(), numeric_gradient(loss, layer.b))
    assert np.allclose(layer.db, upstream.sum(axis=0))


def activation_inputs(name, rng):
    """Inputs away from the kink at 0 for the piecewise-linear activations."""
    x = rng.normal(size=(6, 5))
    if name in ("relu", "leaky_relu"):
        x = np.sign(x) * (0.1 + np.abs(x))
    return x


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_gradient(name, rng):
    activation = ACTIVATIONS[name]()
    x = activation_inputs(name, rng)
    upstream = rng.normal(size=x.shape)

    def loss():
        return float(np.sum(activation.forward(x) * upstream))

    loss()
    grad_x = activation.backward(upstream)
    numeric = numeric_gradient(loss, x)
    assert gradients_match(grad_x, numeric)
    assert not gradients_match(planted(grad_x), numeric)


def test_relu_family_passes_gradient_on_both_sides(rng):
    """Both branches are exercised: the checks above would miss a wrong slope on one side."""
    x = np.array([[-2.0, -0.5, 0.5, 2.0]])
    upstream = np.ones_like(x)
    relu, leaky = ACTIVATIONS["relu"](), ACTIVATIONS["leaky_relu"]()
    relu.forward(x)
    leaky.forward(x)
    assert np.array_equal(relu.backward(upstream), [[0.0, 0.0, 1.0, 1.0]])
    assert np.allclose(leaky.backward(upstream), [[0.01, 0.01, 1.0, 1.0]])


def test_sigmoid_stays_finite_and_exact_for_large_inputs():
    sigmoid = ACTIVATIONS["sigmoid"]()
    y = sigmoid.forward(np.array([[-800.0, 0.0, 800.0]]))
    assert np.all(np.isfinite(y))
    assert np.array_equal(y, [[0.0, 0.5, 1.0]])


# --- losses ------------------------------------------------------------------------------

def loss_cases():
    # Huber with delta 5 cm: offsets inside (r < 5) and outside (r > 5) the quadratic zone.
    return [
        ("mse", SquaredDistance(), np.array([[3.0, -4.0], [-0.2, 0.7], [12.0, 5.0]])),
        ("distance", Distance(), np.array([[3.0, -4.0], [-0.2, 0.7], [12.0, 5.0]])),
        ("huber_inside", Huber(5.0), np.array([[1.0, -2.0], [-0.3, 0.4], [3.0, 3.0]])),
        ("huber_outside", Huber(5.0), np.array([[30.0, -4.0], [-6.0, 7.0], [0.0, -9.0]])),
    ]


@pytest.mark.parametrize("case", loss_cases(), ids=lambda c: c[0])
def test_loss_gradient(case):
    _, loss_fn, offsets = case

    def total():
        return float(np.sum(loss_fn.value(offsets)))

    numeric = numeric_gradient(total, offsets)
    assert gradients_match(loss_fn.grad(offsets), numeric)
    assert not gradients_match(planted(loss_fn.grad(offsets)), numeric)


def test_huber_is_continuous_at_delta_and_matches_mse_inside():
    huber = Huber(5.0)
    below, above = np.array([[5.0 - 1e-9, 0.0]]), np.array([[5.0 + 1e-9, 0.0]])
    assert huber.value(below)[0] == pytest.approx(huber.value(above)[0], abs=1e-7)
    inside = np.array([[1.0, 2.0]])
    assert huber.value(inside)[0] == pytest.approx(0.5 * SquaredDistance().value(inside)[0])
    # Outside, the pull is capped at delta whatever the miss.
    far = np.array([[300.0, -400.0]])
    assert np.linalg.norm(huber.grad(far)) == pytest.approx(5.0)


def test_distance_loss_is_the_length_of_the_red_line():
    assert np.allclose(Distance().value(np.array([[3.0, 4.0], [0.0, -2.0]])), [5.0, 2.0])
    assert np.array_equal(Distance().grad(np.zeros((1, 2))), np.zeros((1, 2)))


def test_every_loss_is_checked():
    assert set(LOSSES) == {"mse", "distance", "huber"}


# --- the whole network -------------------------------------------------------------------

@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "identity", "leaky_relu"])
def test_network_gradients(activation, rng):
    net = Network(4, (8, 5), activation, "xavier", rng)
    for layer in net.dense:
        layer.b[:] = rng.normal(0.0, 0.3, layer.b.shape)  # non-zero biases, all paths active
    x = rng.normal(size=(7, 4))
    upstream = rng.normal(size=(7, 2))

    def loss():
        return float(np.sum(net.forward(x) * upstream))

    loss()
    flowing = net.backward(upstream)
    analytic = [g.copy() for g in net.grads]
    for grad, param in zip(analytic, net.params):
        assert gradients_match(grad, numeric_gradient(loss, param))
    assert len(flowing) == len(net.layers)
    assert np.array_equal(flowing[0], upstream)


# --- through the ballistics: the trainer's pull-back ---------------------------------------

def shot_trainer(loss, activation="tanh", batch=6):
    """A rifle whose aim depends on the conditions, with wind, tremor and drag."""
    config = TrainConfig(
        inputs=("distance", "crosswind", "headwind"), hidden=(6, 4), activation=activation,
        loss=loss, huber_delta_cm=5.0, batch=batch, lr=1e-4, sight_offset_mrad=(0.4, -0.3),
        environment=Environment(distance_m=(90.0, 130.0), crosswind_mps=(-2.0, 2.0),
                                headwind_mps=(-3.0, 3.0), tremor_mrad=0.2),
        seed=11)
    return Trainer(config)


def recomputed_loss(trainer, fire):
    """The batch loss recomputed from the network's current weights, same shots and tremor."""
    aim = trainer.network.forward(fire.features)
    impacts = ballistics.impact_cm(trainer.rifle, aim, fire.conditions, fire.tremor_mrad)
    return float(np.mean(trainer.loss_fn.value(impacts)))


def pulled_back(trainer):
    trainer.step()  # move off the initial weights once
    fire = trainer.fire()
    loss = trainer.measure_loss()
    pull = trainer.pull_back()
    return fire, loss, pull


@pytest.mark.parametrize("loss", ["mse", "distance", "huber"])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_pull_back_gradients_through_the_ballistics(loss, activation):
    trainer = shot_trainer(loss, activation)
    fire, loss_record, pull = pulled_back(trainer)
    assert recomputed_loss(trainer, fire) == pytest.approx(loss_record.loss, rel=1e-12)
    for (dW, db), layer in zip(pull.param_grads, trainer.network.dense):
        for analytic, param in ((dW, layer.W), (db, layer.b)):
            numeric = numeric_gradient(lambda: recomputed_loss(trainer, fire), param)
            assert gradients_match(analytic, numeric)
            assert not gradients_match(planted(analytic), numeric)


def test_huber_pull_back_covers_both_sides_of_delta():
    trainer = shot_trainer("huber", batch=16)
    fire, _, _ = pulled_back(trainer)
    misses = np.hypot(fire.impacts_cm[:, 0], fire.impacts_cm[:, 1])
    assert np.any(misses < 5.0) and np.any(misses > 5.0)


def test_aim_gradient_is_loss_gradient_times_ten_cm_per_mrad_at_100_m():
    trainer = Trainer(TrainConfig(sight_offset_mrad=(1.0, -2.0), seed=3))
    trainer.fire()
    loss = trainer.measure_loss()
    pull = trainer.pull_back()
    assert np.allclose(pull.aim_grad, 10.0 * 2.0 * loss.offsets_cm)
