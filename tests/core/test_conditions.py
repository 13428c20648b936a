"""Conditions worked out a chunk of steps at a time are exactly those of step by step, and
the generator's state reads as if each step had drawn its own."""

import numpy as np
import pytest

from shooter.core import ballistics
from shooter.core.conditions import CHUNK_SHOTS, ConditionStream
from shooter.core.range import CONDITION_NAMES, Environment

ENVIRONMENTS = {
    "constant": Environment(),
    "wind": Environment(distance_m=(100.0, 600.0), crosswind_mps=(-8.0, 8.0)),
    "everything": Environment(distance_m=(50.0, 1500.0), crosswind_mps=(-20.0, 20.0),
                              headwind_mps=(-20.0, 20.0), air_density_kg_m3=(0.5, 1.9)),
}
RIFLE = ballistics.Rifle(sight_offset_mrad=(1.3, -2.1))
INPUTS = ("crosswind", "distance")


def step_by_step(env, rng, batch):
    """What one step would work out on its own: the plain way."""
    block = env.sample_block(rng, batch)
    return (block, env.block_features(block, INPUTS),
            *ballistics.drift_and_jacobian(RIFLE, block))


@pytest.mark.parametrize("env_name", sorted(ENVIRONMENTS))
@pytest.mark.parametrize("batch", [1, 3, 32, 700])  # 700: a chunk of only two steps
def test_a_chunked_stream_gives_each_steps_conditions_bit_for_bit(env_name, batch):
    env = ENVIRONMENTS[env_name]
    stream = ConditionStream(env, RIFLE, INPUTS, batch, np.random.default_rng(5))
    plain_rng = np.random.default_rng(5)
    for step in range(2 * stream.steps + 1):  # across two chunk boundaries
        chunked, plain = stream.next(), step_by_step(env, plain_rng, batch)
        for a, b in zip(chunked, plain, strict=True):
            assert a.shape == b.shape and a.tobytes() == b.tobytes(), step
        assert stream.rng_state() == plain_rng.bit_generator.state, step


@pytest.mark.parametrize("batch", [1, 32])
def test_setting_the_state_carries_on_from_that_step(batch):
    env = ENVIRONMENTS["everything"]
    stream = ConditionStream(env, RIFLE, INPUTS, batch, np.random.default_rng(9))
    plain_rng = np.random.default_rng(9)
    for _ in range(stream.steps // 2):
        stream.next()
        step_by_step(env, plain_rng, batch)
    saved = stream.rng_state()
    later = [stream.next()[0].copy() for _ in range(stream.steps)]  # into the next chunk
    stream.set_rng_state(saved)
    assert [stream.next()[0].tobytes() for _ in range(stream.steps)] == [
        block.tobytes() for block in later]
    other = ConditionStream(env, RIFLE, INPUTS, batch, np.random.default_rng(1))
    other.set_rng_state(saved)
    assert other.next()[0].tobytes() == step_by_step(env, plain_rng, batch)[0].tobytes()


def test_a_chunk_holds_about_chunk_shots():
    stream = ConditionStream(ENVIRONMENTS["wind"], RIFLE, CONDITION_NAMES, 3,
                             np.random.default_rng(0))
    assert stream.steps * 3 <= CHUNK_SHOTS < (stream.steps + 1) * 3
    assert ConditionStream(ENVIRONMENTS["wind"], RIFLE, (), CHUNK_SHOTS * 2,
                           np.random.default_rng(0)).steps == 1
