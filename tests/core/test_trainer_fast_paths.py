"""The shot cycle's faster paths give exactly what the plain ones give, and its records stay
read-only for whoever holds them, including the fields computed when first read."""

import dataclasses

import numpy as np
import pytest

from shooter.constants import BULLET_DIAMETER_CM, RING_COUNT, RING_WIDTH_CM
from shooter.core import ballistics
from shooter.core.lessons import LESSONS
from shooter.core.network import Network
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import CONDITION_NAMES, Environment, ring_scores
from shooter.core.records import NUMPY_PAIRWISE_BLOCK, mean
from shooter.core.trainer import Trainer

ENVIRONMENTS = [
    Environment(),
    Environment(distance_m=(100.0, 600.0), crosswind_mps=(-8.0, 8.0)),
    Environment(headwind_mps=(-5.0, 5.0), air_density_kg_m3=(1.0, 1.3)),
    Environment(distance_m=(50.0, 1500.0), crosswind_mps=(-20.0, 20.0),
                headwind_mps=(-20.0, 20.0), air_density_kg_m3=(0.5, 1.9)),
]


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("n", [1, 3, 32])
def test_features_of_a_block_are_the_plain_features(env, n):
    block = env.sample_block(np.random.default_rng(7), n)
    conditions = ballistics.Conditions(*block)
    for names in ((), CONDITION_NAMES, ("crosswind", "distance"), ("air_density",)):
        plain = env.features(conditions, names)
        fast = env.block_features(block, names)
        assert fast.shape == plain.shape and fast.flags.c_contiguous
        assert fast.tobytes() == plain.tobytes()


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("drag", [ballistics.Rifle.drag_per_m, 0.0])
@pytest.mark.parametrize("n", [1, 3, 8, 64])
def test_flight_in_two_parts_gives_the_impacts_and_jacobian_bit_for_bit(env, drag, n):
    rng = np.random.default_rng(3)
    rifle = ballistics.Rifle(sight_offset_mrad=(1.3, -2.1), drag_per_m=drag)
    block = env.sample_block(rng, n)
    aim, tremor = rng.normal(0, 3, (n, 2)), rng.normal(0, 0.3, (n, 2))
    aim[0, 0] = np.nan if n > 2 else aim[0, 0]  # a diverging aim stays NaN the same way
    drift, jac = ballistics.drift_and_jacobian(rifle, block)
    impacts = ballistics.aimed_impacts(rifle, aim, tremor, drift, jac)
    conditions = ballistics.Conditions(*block)
    assert impacts.tobytes() == ballistics.impact_cm(rifle, aim, conditions, tremor).tobytes()
    assert jac.shape == (n, 1)
    assert jac.tobytes() == ballistics.impact_jacobian_cm_per_mrad(conditions).tobytes()


def reference_scores(impacts):
    """The scoring rule written out plainly: floor of rings lost, clipped, 0 if not finite."""
    radius = np.hypot(impacts[:, 0], impacts[:, 1]) - BULLET_DIAMETER_CM / 2.0
    with np.errstate(invalid="ignore"):
        lost = np.floor(np.maximum(radius, 0.0) / RING_WIDTH_CM)
    score = np.where(np.isfinite(lost), RING_COUNT - lost, 0.0)
    return np.clip(score, 0, RING_COUNT).astype(np.int64)


def test_scores_match_the_plain_rule_on_and_around_every_ring_line():
    lines = BULLET_DIAMETER_CM / 2.0 + RING_WIDTH_CM * np.arange(0, 13)
    radii = np.concatenate([lines, np.nextafter(lines, 0), np.nextafter(lines, 1e9),
                            np.random.default_rng(1).uniform(0, 70, 5000)])
    hits = np.stack([radii * 0.6, radii * 0.8], axis=1)
    hits = np.concatenate([hits, [[np.nan, 0.0], [np.inf, 0.0], [1e300, 1e300], [0.0, 0.0]]])
    expected = reference_scores(hits)
    assert np.array_equal(ring_scores(hits), expected)
    for size in range(1, 9):  # a few hits are scored on Python floats
        chunks = range(0, len(hits) - size + 1, size)
        scored = [ring_scores(hits[i:i + size]) for i in chunks]
        assert all(s.dtype == expected.dtype for s in scored)
        assert np.array_equal(np.concatenate(scored), expected[:len(chunks) * size])


@pytest.mark.parametrize("n", range(1, NUMPY_PAIRWISE_BLOCK))
def test_mean_of_a_short_batch_is_numpys_mean_to_the_bit(n):
    """Fails should numpy ever sum short arrays in another order than one by one."""
    rng = np.random.default_rng(n)
    for _ in range(200):
        values = rng.normal(size=n) * 10.0 ** rng.integers(-8, 9, size=n)
        assert mean(values) == float(np.mean(values))
    scores = rng.integers(0, 11, size=n)
    assert mean(scores) == float(np.mean(scores))
    assert str(mean(np.full(n, -0.0))) == str(float(np.mean(np.full(n, -0.0))))


@pytest.mark.parametrize("key", sorted(LESSONS))
def test_gradient_norm_is_the_length_of_every_gradient_together(key):
    trainer = Trainer(LESSONS[key].configured())
    for _ in range(3):
        pull = trainer.step().pull_back
        grads = np.concatenate([g.ravel() for pair in pull.param_grads for g in pair])
        assert pull.grad_norm == pytest.approx(np.sqrt(np.sum(grads * grads)), rel=1e-14)
    assert trainer.history.grad_norm.values[-1] == pull.grad_norm


def network_and_grads(hidden, seed=0):
    rng = np.random.default_rng(seed)
    network = Network(3, hidden, "tanh", "xavier", rng)
    grads = [rng.normal(size=p.shape) for p in network.params]
    return network, grads


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_flat_optimiser_step_is_the_per_parameter_step(name):
    flat_net, grads = network_and_grads((5, 4))
    plain_net, _ = network_and_grads((5, 4))
    flat_opt, plain_opt = OPTIMIZERS[name](0.01), OPTIMIZERS[name](0.01)
    for step in range(4):
        scaled = [g * (step + 1) for g in grads]
        flat_net.flat_grads[:] = np.concatenate([g.ravel() for g in scaled])
        flat_opt.step_flat(flat_net.flat_params, flat_net.flat_grads, flat_net.params)
        plain_opt.step(plain_net.params, scaled)
        if step == 1:  # a saved state loaded back carries on the same
            flat_opt.load_state(flat_opt.state())
    for a, b in zip(flat_net.params, plain_net.params):
        assert a.tobytes() == b.tobytes()
    for slot_a, slot_b in zip(flat_opt.state()["slots"], plain_opt.state()["slots"],
                              strict=True):
        assert [a.tobytes() for a in slot_a] == [b.tobytes() for b in slot_b]


def test_predict_is_forward_with_other_weights_leaving_the_network_alone():
    network, _ = network_and_grads((6, 4))
    x = np.random.default_rng(2).normal(size=(9, 3))
    before = network.forward(x)
    outputs = list(network.outputs)
    other = network.flat_params * 1.5
    predicted = network.predict(x, other)
    assert network.outputs == outputs and np.array_equal(network.forward(x), before)
    network.flat_params[:] = other
    assert network.forward(x).tobytes() == predicted.tobytes()


def every_array(value):
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from every_array(item)
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from every_array(getattr(value, item.name))


PUBLIC = {
    "fire": ("conditions", "features", "aim_mrad", "tremor_mrad", "impacts_cm", "scores",
             "activations", "flight_time_s"),
    "loss": ("offsets_cm", "errors"),
    "pull_back": ("aim_grad", "aim_step_cm", "flowing_grads", "param_grads"),
    "adjust": ("aim_shift_cm", "weights"),
}


def public_arrays(record):
    return {(phase, name): list(every_array(getattr(getattr(record, phase), name)))
            for phase, names in PUBLIC.items() for name in names}


@pytest.mark.parametrize("key", ["wind", "burst"])  # shots on the array and the float path
def test_records_are_read_only_and_read_late_give_what_they_gave_at_once(key):
    at_once, late = (Trainer(LESSONS[key].configured()) for _ in range(2))
    first = at_once.step()
    seen = {key: [a.copy() for a in arrays] for key, arrays in public_arrays(first).items()}
    sizes, directions = first.adjust.update_sizes, first.fire.directions
    record = late.step()
    late.run(5)  # the network, optimiser and layer caches move on before anything is read
    for key, arrays in public_arrays(record).items():
        assert [a.tobytes() for a in arrays] == [a.tobytes() for a in seen[key]], key
        for array in arrays:
            assert not array.flags.writeable, key
            with pytest.raises(ValueError):
                array[...] = 0.0
    assert record.adjust.update_sizes == sizes and record.fire.directions == directions
    for part in (record, record.fire, record.loss, record.pull_back, record.adjust):
        missing = [name for name in type(part).__annotations__ if name not in vars(part)]
        assert not missing, (type(part).__name__, missing)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.fire.iteration = 5
