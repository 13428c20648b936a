"""Lessons as data: a named config, the teaching cases it shows, and a default run length.

Words (titles, goals, narration) live in the translation catalogues, looked up by key.
"""

from dataclasses import replace
from typing import NamedTuple

from shooter.core.config import TrainConfig
from shooter.core.range import Environment

# The rifle of the first lessons: its sight throws shots about 48 cm to the upper left at
# 100 m (ring 1, 45 degrees), which the gradient has to learn to cancel.
STUBBORN_SIGHT_MRAD = (-3.4, 4.1)


class Lesson(NamedTuple):
    key: str
    cases: tuple  # teaching cases shown, T1..T11 as docs/lessons.md defines them
    config: TrainConfig
    steps: int  # a run long enough to show the point
    rates: tuple = ()  # learning rates worth comparing (the step-size lesson)
    view: str = ""  # the lesson's own view beside the range, if any
    log_loss: bool = False  # the loss spans decades: plotted on a log scale from the start

    def configured(self, **overrides):
        """The lesson's config with any setting overridden."""
        return replace(self.config, lesson=self.key, **overrides).validated()


LESSONS = {lesson.key: lesson for lesson in (
    Lesson("sight-in", ("T1", "T2", "T4"), TrainConfig(
        lesson="sight-in", lr=0.0025, sight_offset_mrad=STUBBORN_SIGHT_MRAD,
        environment=Environment(tremor_mrad=0.15)), steps=8),
    Lesson("burst", ("T5",), TrainConfig(
        lesson="burst", lr=0.0025, batch=3, sight_offset_mrad=STUBBORN_SIGHT_MRAD,
        environment=Environment(tremor_mrad=0.35)), steps=10),
    Lesson("step-size", ("T8",), TrainConfig(
        lesson="step-size", lr=0.012, sight_offset_mrad=STUBBORN_SIGHT_MRAD),
        steps=20, rates=(0.0005, 0.0025, 0.012), view="valley"),
    Lesson("wind", ("T6",), TrainConfig(
        lesson="wind", inputs=("distance", "crosswind"), hidden=(16,), activation="tanh",
        optimizer="adam", lr=0.01, batch=32, heldout=256, sight_offset_mrad=(1.0, -0.5),
        environment=Environment(distance_m=(100.0, 600.0), crosswind_mps=(-8.0, 8.0))),
        steps=3000, log_loss=True),
    Lesson("experience", ("T3",), TrainConfig(
        lesson="experience", inputs=("distance", "crosswind"), hidden=(8,), optimizer="adam",
        lr=0.01, batch=16, sight_offset_mrad=(1.0, -0.5),
        environment=Environment(distance_m=(100.0, 400.0), crosswind_mps=(-6.0, 6.0))),
        steps=1500, view="experience"),
    Lesson("search", ("T7",), TrainConfig(
        lesson="search", lr=0.0025, sight_offset_mrad=STUBBORN_SIGHT_MRAD),
        steps=8, view="search"),
    Lesson("forward-reverse", ("T9",), TrainConfig(
        lesson="forward-reverse", inputs=("distance", "crosswind"), hidden=(8, 8),
        optimizer="adam", lr=0.01, batch=8, sight_offset_mrad=(1.0, -0.5),
        environment=Environment(distance_m=(100.0, 400.0), crosswind_mps=(-6.0, 6.0))),
        steps=500, view="differentiation"),
    Lesson("worked-example", ("T10",), TrainConfig(
        lesson="worked-example", inputs=("distance",), hidden=(3,), lr=0.0005,
        sight_offset_mrad=(-1.0, 1.5), environment=Environment(distance_m=(100.0, 200.0))),
        steps=200, view="worked_example"),
    Lesson("loss-surface", ("T11",), TrainConfig(
        lesson="loss-surface", lr=0.0015, batch=3, sight_offset_mrad=STUBBORN_SIGHT_MRAD,
        environment=Environment(tremor_mrad=0.1)), steps=15, view="surface"),
    Lesson("sandbox", (), TrainConfig(
        lesson="sandbox", inputs=("distance", "crosswind", "headwind", "air_density"),
        hidden=(16,), optimizer="adam", lr=0.01, batch=16, heldout=256,
        environment=Environment(distance_m=(100.0, 300.0), crosswind_mps=(-5.0, 5.0),
                                headwind_mps=(-5.0, 5.0), air_density_kg_m3=(1.0, 1.3),
                                tremor_mrad=0.1)), steps=2000),
    # The student aims by hand on the sight-in range, then the network on the same shots;
    # a second round borrows the wind lesson's conditions (see shooter.core.hand).
    Lesson("your-turn", ("T1", "T2", "T6"), TrainConfig(
        lesson="your-turn", lr=0.0025, sight_offset_mrad=STUBBORN_SIGHT_MRAD,
        environment=Environment(tremor_mrad=0.15)), steps=10, view="your_turn"),
)}


def valley_descent(start=10.0, step=1.0, max_steps=30):
    """The step-size example: fixed-length steps downhill in the 1-D valley f(x) = |x|.

    Returns the visited points, starting point first; stops on the valley floor (x == 0) or
    after max_steps. From 10: step 1 takes 10 steps, step 5 two, step 11 swings 10 <-> -1.
    """
    path = [float(start)]
    x = float(start)
    for _ in range(max_steps):
        if x == 0.0:
            break
        x -= step * (1.0 if x > 0 else -1.0)
        path.append(x)
    return path
