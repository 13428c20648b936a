"""Shots worked out a chunk of steps at a time are exactly those of the rule in
docs/session-format.md applied step by step, and the generators' states read as if each
step had drawn its own."""

import numpy as np
import pytest

from shooter.core import ballistics
from shooter.core.range import Environment
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
    """Each step's draws as the session format documents them, and the plain functions."""

    def __init__(self, env, batch, seed):
        self.env, self.batch = env, batch
        self.rngs = {"conditions": np.random.default_rng(seed),
                     "tremor": np.random.default_rng(seed + 100)}

    def next(self):
        bounds = self.env.bounds()
        varying = [i for i, (lo, hi) in enumerate(bounds) if hi > lo]
        uniform = self.rngs["conditions"].random((len(varying), self.batch))
        block = np.array([np.full(self.batch, float(lo)) for lo, _ in bounds])
        for row, i in zip(uniform, varying):
            lo, hi = bounds[i]
            block[i] = lo + (hi - lo) * row
        tremor = self.rngs["tremor"].normal(0.0, self.env.tremor_mrad, (self.batch, 2))
        return block, tremor

    def states(self):
        return {name: rng.bit_generator.state for name, rng in self.rngs.items()}


def assert_same_step(shots, plain, step):
    block, features, drift, jacobian, tremor = shots.next()
    plain_block, plain_tremor = plain.next()
    assert block.tobytes() == plain_block.tobytes(), step
    assert tremor.tobytes() == plain_tremor.tobytes(), step
    conditions = ballistics.Conditions(*plain_block)
    assert features.tobytes() == plain.env.features(conditions, INPUTS).tobytes(), step
    assert jacobian[:, 0].tobytes() == ballistics.impact_jacobian_cm_per_mrad(
        conditions).tobytes(), step
    aim = np.random.default_rng(step).normal(0.0, 3.0, (plain.batch, 2))
    impacts = ballistics.aimed_impacts(RIFLE, aim, tremor, drift, jacobian)
    assert impacts.tobytes() == ballistics.impact_cm(RIFLE, aim, conditions,
                                                     plain_tremor).tobytes(), step


@pytest.mark.parametrize("env_name", sorted(ENVIRONMENTS))
@pytest.mark.parametrize("batch", [1, 3, 32, 700, CHUNK_SHOTS + 1])
def test_a_chunked_stream_gives_each_steps_shots_bit_for_bit(env_name, batch):
    env = ENVIRONMENTS[env_name]
    shots, plain = stream(env, batch, 5), StepByStep(env, batch, 5)
    assert shots.rng_states() == plain.states()
    for step in range(min(2 * shots.steps_per_chunk + 1, 9)):
        assert_same_step(shots, plain, step)
        assert shots.rng_states() == plain.states(), step
    if shots.steps_per_chunk > 4:  # on to the first step of the next chunk
        for _ in range(shots.steps_per_chunk - 9):
            shots.next()
            plain.next()
        for step in range(3):
            assert_same_step(shots, plain, step)
            assert shots.rng_states() == plain.states(), step


@pytest.mark.parametrize("batch", [1, 32])
def test_setting_the_states_carries_on_from_that_step(batch):
    env = ENVIRONMENTS["everything"]
    shots, plain = stream(env, batch, 9), StepByStep(env, batch, 9)
    for _ in range(shots.steps_per_chunk // 2):
        shots.next()
        plain.next()
    saved = shots.rng_states()
    later = [[a.copy() for a in shots.next()] for _ in range(shots.steps_per_chunk)]
    shots.set_rng_states(saved)  # back, and on into the next chunk again
    for expected in later:
        assert [a.tobytes() for a in shots.next()] == [a.tobytes() for a in expected]
    other = stream(env, batch, 1)
    other.set_rng_states(saved)
    assert_same_step(other, plain, 0)


def test_a_loaded_state_with_a_buffered_32_bit_number_keeps_it():
    """A session file may carry has_uint32 = 1: drawing doubles and normals leaves that
    buffer as it is, so the state the stream reports must too."""
    env = ENVIRONMENTS["everything"]
    shots, plain = stream(env, 4, 3), StepByStep(env, 4, 3)
    states = shots.rng_states()
    for state in states.values():
        state["has_uint32"], state["uinteger"] = 1, 123
    shots.set_rng_states(states)
    for name, rng in plain.rngs.items():
        rng.bit_generator.state = states[name]
    for step in range(5):
        assert_same_step(shots, plain, step)
    assert shots.rng_states() == plain.states()
    assert shots.rng_states()["conditions"]["uinteger"] == 123


def test_only_generators_whose_state_can_be_worked_out_are_taken():
    with pytest.raises(TypeError):
        ShotStream(ENVIRONMENTS["wind"], RIFLE, INPUTS, 3,
                   np.random.Generator(np.random.MT19937(0)), np.random.default_rng(0))
