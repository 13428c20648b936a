"""The worked example's numbers: a shot explained again is the shot the range fired."""

import numpy as np

from shooter.core.explain import explain_shot
from shooter.core.lessons import LESSONS
from shooter.core.trainer import Trainer


def test_a_recorded_shot_fired_again_lands_where_it_landed():
    config = LESSONS["wind"].configured(batch=4)
    trainer = Trainer(config)
    for _ in range(3):
        trainer.step()
    shot = trainer.fire()
    copy = Trainer(config, weights=trainer.network.get_weights())
    stream = copy.shots
    e = explain_shot(copy, shot)
    assert e["iteration"] == shot.iteration == 3
    assert np.array_equal(e["impact_cm"], shot.impacts_cm)  # bit for bit
    assert np.array_equal(e["inputs"]["features"], shot.features)
    assert copy.shots is stream  # the copy's own stream is put back


def test_without_a_shot_the_next_one_is_explained():
    config = LESSONS["worked-example"].configured()
    e = explain_shot(Trainer(config))
    first = Trainer(config).fire()
    assert e["iteration"] == 0 and np.array_equal(e["impact_cm"], first.impacts_cm)
