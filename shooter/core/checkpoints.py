"""Bounded trainer checkpoints along a run, so any earlier step can be reached exactly.

A checkpoint is a trainer snapshot after a completed step. Every SPACING-th step is taken;
as a checkpoint ages it is thinned: ages below RECENT keep every SPACING-th step, each
further doubling of the age keeps every second one of the band before. A run of n steps
holds about RECENT/SPACING + RECENT/(2*SPACING) * log2(n/RECENT) checkpoints (about 160 at
ten thousand steps, about 420 at the most steps a run keeps).

A step between checkpoints is reached by stepping on from the one before it: exact, as runs
are deterministic, but only while the settings stayed the same. Every change of settings (or
any other change of the trainer outside a step) starts a new epoch; a checkpoint is only
used for steps of its own epoch, and the first one after a change is pinned (never thinned),
so every step stays reachable without stepping across a change.
"""

from bisect import insort
from typing import NamedTuple

SPACING = 32  # a snapshot costs 1-2 steps: every 32nd adds well under a tenth to training
RECENT = 2048  # steps back with the full density
MAX_PINNED = 64  # pinned checkpoints beyond this are thinned like the others, oldest first
THIN_EVERY = 16  # checkpoints added between two thinnings (each looks at all of them)


class Checkpoint(NamedTuple):
    step: int  # completed steps
    epoch: int  # settings epoch of the state
    snapshot: dict  # Trainer.snapshot()
    pinned: bool = False


def kept(step, present):
    """Whether a checkpoint at `step` survives thinning when the run is at `present`.
    Once dropped it stays dropped: the rule only gets stricter as the run goes on."""
    level = (max(0, present - step) // RECENT).bit_length()
    return step % (SPACING << level) == 0


def most_kept(steps):
    """An upper bound on the checkpoints kept over `steps` steps (pinned ones included)."""
    bands = (steps // RECENT).bit_length()
    return (RECENT // SPACING + 1 + (RECENT // (2 * SPACING) + 1) * bands + MAX_PINNED
            + THIN_EVERY)


class Checkpoints:
    def __init__(self, kept_list=()):
        self._kept = list(kept_list)  # sorted by (step, epoch)
        self._added = 0  # since the last thinning

    def __len__(self):
        return len(self._kept)

    def copy(self):
        return Checkpoints(self._kept)

    def steps(self):
        return [c.step for c in self._kept]

    @staticmethod
    def due(step):
        return step % SPACING == 0

    def add(self, step, epoch, snapshot, pinned=False):
        """Keep the trainer's `snapshot` at `step` (replacing one of the same step and
        epoch), then thin the older ones."""
        if self._kept and (self._kept[-1].step, self._kept[-1].epoch) >= (step, epoch):
            self._kept = [c for c in self._kept if (c.step, c.epoch) != (step, epoch)]
        insort(self._kept, Checkpoint(step, epoch, snapshot, pinned),
               key=lambda c: (c.step, c.epoch))
        self._added += 1
        if self._added >= THIN_EVERY:
            self._thin(step)

    def _thin(self, present):
        self._added = 0

        pinned = [i for i, c in enumerate(self._kept) if c.pinned]
        for i in pinned[:max(0, len(pinned) - MAX_PINNED)]:
            self._kept[i] = self._kept[i]._replace(pinned=False)
        self._kept = [c for c in self._kept if c.pinned or kept(c.step, present)]

    def latest(self, step, epoch):
        """The last checkpoint at or before `step` taken in `epoch`, or None."""
        for c in reversed(self._kept):
            if c.step <= step and c.epoch == epoch:
                return c
        return None

    def drop_after(self, step, epoch=None):
        """Forget checkpoints beyond `step` (a future taken back or left for a branch), and
        at `step` itself those of later epochs than `epoch` (when given)."""
        self._kept = [c for c in self._kept if c.step < step or (
            c.step == step and (epoch is None or c.epoch <= epoch))]
