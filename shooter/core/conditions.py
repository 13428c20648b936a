"""The conditions of shot after shot: drawn, scaled for the network, and put through the part
of the flight that the aim does not change, a chunk of steps at a time.

One step's shots then cost a few slices instead of some twenty small numpy calls, and the
numbers are exactly those of working step by step: rng.random fills an array in order, so one
draw of (steps, k, n) is `steps` draws of (k, n) one after another, and everything after the
draw is element by element. rng_state() is the generator's state as if each step had drawn
its own (a PCG64 double takes exactly one output, so the state can be advanced to any step),
which keeps snapshots and saved sessions independent of the chunking.
"""


from shooter.core.ballistics import drift_and_jacobian

CHUNK_SHOTS = 2048  # shots worked out at once: ~180 kB of arrays


class ConditionStream:
    def __init__(self, environment, rifle, inputs, batch, rng):
        self.environment, self.rifle = environment, rifle
        self.inputs, self.batch = tuple(inputs), batch
        self.rng = rng
        self.steps = max(1, CHUNK_SHOTS // batch)  # per chunk
        self._probe = type(rng.bit_generator)(0)  # to work out states without touching rng
        self._chunk = None  # (start state, blocks, features, drift, jacobian)
        self._used = 0  # steps of the chunk handed out

    def next(self):
        """One step's conditions: block (4, n) in CONDITION_NAMES order, the network's
        features (n, inputs), and the flight's drift (n, 2) cm and jacobian (n, 1)."""
        if self._chunk is None or self._used == self.steps:
            self._draw_chunk()
        _, blocks, features, drift, jacobian = self._chunk
        i, n = self._used, self.batch
        self._used += 1
        rows = slice(i * n, (i + 1) * n)
        return blocks[i], features[rows], drift[rows], jacobian[rows]

    def _draw_chunk(self):
        start = self.rng.bit_generator.state
        blocks = self.environment.sample_steps(self.rng, self.steps, self.batch)
        shots = blocks.transpose(1, 0, 2).reshape(len(blocks[0]), -1)  # step after step
        features = self.environment.block_features(shots, self.inputs)
        self._chunk = (start, blocks, features, *drift_and_jacobian(self.rifle, shots))
        self._used = 0

    def rng_state(self):
        """The generator's state after the steps handed out so far, drawn one by one."""
        if self._chunk is None:
            return self.rng.bit_generator.state
        start = self._chunk[0]
        self._probe.state = start
        self._probe.advance(self._used * self.environment.draws_per_shot() * self.batch)
        state = self._probe.state
        # advance() empties the 32-bit buffer, which drawing doubles leaves as it was.
        state["has_uint32"], state["uinteger"] = start["has_uint32"], start["uinteger"]
        return state

    def set_rng_state(self, state):
        """Carry on from `state` (as rng_state() gives it)."""
        self.rng.bit_generator.state = state
        self._chunk = None
