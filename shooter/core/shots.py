"""What the coming shots bring before the network aims them: their conditions, scaled for the
network, the part of the flight that the aim does not change, and the hand's tremor. All of
it is drawn and worked out a chunk of steps at a time.

A step then costs a few slices instead of some twenty small numpy calls, and the numbers are
exactly those of working step by step: a generator fills an array in order, so one draw of
(steps, ...) is `steps` draws one after another, and everything after the draws is element
by element. rng_states() gives each generator's state as if every step had drawn its own, so
snapshots and saved sessions do not depend on the chunking: the conditions' generator is
advanced to the step (a PCG64 double takes exactly one output), the tremor's is replayed (a
normal number takes a varying count).
"""

from typing import NamedTuple

import numpy as np

from shooter.core.ballistics import drift_and_jacobian

CHUNK_SHOTS = 2048  # shots worked out at once: ~200 kB of arrays


class _Chunk(NamedTuple):
    starts: dict  # generator name -> its state before the chunk was drawn
    blocks: np.ndarray  # (steps, 4, n) conditions
    features: np.ndarray  # (steps * n, inputs), step after step, as are the three below
    drift: np.ndarray  # (steps * n, 2) cm
    jacobian: np.ndarray  # (steps * n, 1) cm per mrad
    tremor: np.ndarray  # (steps * n, 2) mrad


class ShotStream:
    def __init__(self, environment, rifle, inputs, batch, conditions_rng, tremor_rng):
        self.environment, self.rifle = environment, rifle
        self.inputs, self.batch = tuple(inputs), batch
        self.rngs = {"conditions": conditions_rng, "tremor": tremor_rng}
        for rng in self.rngs.values():  # rng_states() relies on PCG64's one output a double
            if not isinstance(rng.bit_generator, np.random.PCG64):
                raise TypeError("the shot stream needs PCG64 generators")
        self.steps_per_chunk = max(1, CHUNK_SHOTS // batch)
        self._probe = np.random.Generator(np.random.PCG64(0))  # works states out, on the side
        self._chunk = None
        self._used = 0  # steps of the chunk handed out

    def next(self):
        """One step's shots: conditions (4, n) in CONDITION_NAMES order, the network's
        features (n, inputs), the flight's drift (n, 2) cm and jacobian (n, 1) cm/mrad, and
        the tremor (n, 2) mrad."""
        if self._chunk is None or self._used == self.steps_per_chunk:
            self._draw_chunk()
        chunk, i, n = self._chunk, self._used, self.batch
        self._used += 1
        rows = slice(i * n, (i + 1) * n)
        return (chunk.blocks[i], chunk.features[rows], chunk.drift[rows], chunk.jacobian[rows],
                chunk.tremor[rows])

    def _draw_chunk(self):
        starts = {name: rng.bit_generator.state for name, rng in self.rngs.items()}
        steps, env = self.steps_per_chunk, self.environment
        blocks = env.sample_steps(self.rngs["conditions"], steps, self.batch)
        shots = blocks.transpose(1, 0, 2).reshape(len(blocks[0]), -1)  # step after step
        tremor = self._draw_tremor(self.rngs["tremor"], steps * self.batch)
        self._chunk = _Chunk(starts, blocks, env.block_features(shots, self.inputs),
                             *drift_and_jacobian(self.rifle, shots), tremor)
        self._used = 0

    def _draw_tremor(self, rng, shots):
        return rng.normal(0.0, self.environment.tremor_mrad, (shots, 2))

    def rng_states(self):
        """{"conditions": state, "tremor": state} after the steps handed out so far, as if
        each had drawn its own."""
        if self._chunk is None:
            return {name: rng.bit_generator.state for name, rng in self.rngs.items()}
        starts, shots = self._chunk.starts, self._used * self.batch
        probe = self._probe.bit_generator
        probe.state = starts["conditions"]
        probe.advance(shots * self.environment.draws_per_shot())
        conditions = probe.state
        # advance() empties the 32-bit buffer, which drawing doubles leaves as it was.
        for key in ("has_uint32", "uinteger"):
            conditions[key] = starts["conditions"][key]
        probe.state = starts["tremor"]
        self._draw_tremor(self._probe, shots)  # the same draws again, for the state after
        return {"conditions": conditions, "tremor": probe.state}

    def set_rng_states(self, states):
        """Carry on from `states` (as rng_states() gives them)."""
        for name, rng in self.rngs.items():
            rng.bit_generator.state = states[name]
        self._chunk = None
