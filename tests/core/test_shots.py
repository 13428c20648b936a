"""Shots worked out a chunk of steps at a time are exactly those of step by step, and the
generators' states read as if each step had drawn its own."""

import numpy as np
import pytest

from shooter.core import ballistics
from shooter.core.range import CONDITION_NAMES, Environment
from shooter.core.shots import CHUNK_SHOTS, ShotStream

ENVIRONMENTS = {
    "constant": Environment(),
    "wind": Environment(distance_m=(100.0, 600.0), crosswind_mps=(-8.0, 8.0), tremor_mrad=0.2),
    "everything": Environment(distance_m=(50.0, 1500.0), crosswind_mps=(-20.0, 20.0),
                              headwind_mps=(-20.0, 20.0), air_density_kg_m3=(0.5, 1.9),
                              tremor_mrad=1.5),
}
RIFLE = ballistics.Rifle(sight_offset_mrad=(1.3, -2.1))
INPUTS = ("crosswind", "distance")


def stream(env, batch, seed):
    return ShotStream(env, RIFLE, INPUTS, batch, np.random.default_rng(seed),
                      np.random.default_rng(seed + 100))


class StepByStep:
    """What each step would draw and work out on its own: the plain way."""

    def __init__(self, env, batch, seed):
        self.env, self.batch = env, batch
        self.rngs = {"conditions": np.random.default_rng(seed),
                     "tremor": np.random.default_rng(seed + 100)}

    def next(self):
        block = self.env.sample_block(self.rngs["conditions"], self.batch)
        tremor = self.rngs["tremor"].normal(0.0, self.env.tremor_mrad, (self.batch, 2))
        return (block, self.env.block_features(block, INPUTS),
                *ballistics.drift_and_jacobian(RIFLE, block), tremor)

    def states(self):
        return {name: rng.bit_generator.state for name, rng in self.rngs.items()}


@pytest.mark.parametrize("env_name", sorted(ENVIRONMENTS))
@pytest.mark.parametrize("batch", [1, 3, 32, 700])  # 700: a chunk of only two steps
def test_a_chunked_stream_gives_each_steps_shots_bit_for_bit(env_name, batch):
    env = ENVIRONMENTS[env_name]
    shots, plain = stream(env, batch, 5), StepByStep(env, batch, 5)
    assert shots.rng_states() == plain.states()
    for step in range(2 * shots.steps + 1):  # across two chunk boundaries
        for a, b in zip(shots.next(), plain.next(), strict=True):
            assert a.shape == b.shape and a.tobytes() == b.tobytes(), step
        assert shots.rng_states() == plain.states(), step


@pytest.mark.parametrize("batch", [1, 32])
def test_setting_the_states_carries_on_from_that_step(batch):
    env = ENVIRONMENTS["everything"]
    shots, plain = stream(env, batch, 9), StepByStep(env, batch, 9)
    for _ in range(shots.steps // 2):
        shots.next()
        plain.next()
    saved = shots.rng_states()
    later = [[a.copy() for a in shots.next()] for _ in range(shots.steps)]  # into the next chunk
    shots.set_rng_states(saved)
    for expected in later:
        assert [a.tobytes() for a in shots.next()] == [a.tobytes() for a in expected]
    other = stream(env, batch, 1)
    other.set_rng_states(saved)
    assert [a.tobytes() for a in other.next()] == [a.tobytes() for a in plain.next()]


def test_a_chunk_holds_about_chunk_shots():
    shots = ShotStream(ENVIRONMENTS["wind"], RIFLE, CONDITION_NAMES, 3,
                       np.random.default_rng(0), np.random.default_rng(1))
    assert shots.steps * 3 <= CHUNK_SHOTS < (shots.steps + 1) * 3
    assert stream(ENVIRONMENTS["wind"], CHUNK_SHOTS * 2, 0).steps == 1
