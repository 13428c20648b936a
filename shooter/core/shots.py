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

import numpy as np

from shooter.core.ballistics import drift_and_jacobian

CHUNK_SHOTS = 2048  # shots worked out at once: ~200 kB of arrays


class ShotStream:
    def __init__(self, environment, rifle, inputs, batch, conditions_rng, tremor_rng):
        self.environment, self.rifle = environment, rifle
        self.inputs, self.batch = tuple(inputs), batch
        self.rngs = {"conditions": conditions_rng, "tremor": tremor_rng}
        self.steps = max(1, CHUNK_SHOTS // batch)  # per chunk
        # A generator of the same kind to work out states on, leaving the real ones alone.
        self._probe = np.random.Generator(type(conditions_rng.bit_generator)(0))
        self._chunk = None  # (states at its start, blocks, features, drift, jacobian, tremor)
        self._used = 0  # steps of the chunk handed out

    def next(self):
        """One step's shots: conditions (4, n) in CONDITION_NAMES order, the network's
        features (n, inputs), the flight's drift (n, 2) cm and jacobian (n, 1) cm/mrad, and
        the tremor (n, 2) mrad."""
        if self._chunk is None or self._used == self.steps:
            self._draw_chunk()
        _, blocks, *per_shot = self._chunk
        i, n = self._used, self.batch
        self._used += 1
        rows = slice(i * n, (i + 1) * n)
        return (blocks[i], *(array[rows] for array in per_shot))

    def _draw_chunk(self):
        starts = {name: rng.bit_generator.state for name, rng in self.rngs.items()}
        blocks = self.environment.sample_steps(self.rngs["conditions"], self.steps, self.batch)
        shots = blocks.transpose(1, 0, 2).reshape(len(blocks[0]), -1)  # step after step
        features = self.environment.block_features(shots, self.inputs)
        tremor = self.rngs["tremor"].normal(0.0, self.environment.tremor_mrad,
                                            (self.steps * self.batch, 2))
        self._chunk = (starts, blocks, features, *drift_and_jacobian(self.rifle, shots), tremor)
        self._used = 0

    def rng_states(self):
        """{"conditions": state, "tremor": state} after the steps handed out so far, as if
        each had drawn its own."""
        if self._chunk is None:
            return {name: rng.bit_generator.state for name, rng in self.rngs.items()}
        starts, shots = self._chunk[0], self._used * self.batch
        probe = self._probe.bit_generator
        probe.state = starts["conditions"]
        probe.advance(shots * self.environment.draws_per_shot())
        conditions = probe.state
        # advance() empties the 32-bit buffer, which drawing doubles leaves as it was.
        for key in ("has_uint32", "uinteger"):
            conditions[key] = starts["conditions"][key]
        probe.state = starts["tremor"]
        self._probe.standard_normal(2 * shots)  # the draws normal() made for these shots
        return {"conditions": conditions, "tremor": probe.state}

    def set_rng_states(self, states):
        """Carry on from `states` (as rng_states() gives them)."""
        for name, rng in self.rngs.items():
            rng.bit_generator.state = states[name]
        self._chunk = None
