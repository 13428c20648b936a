"""A random first guess against one from experience."""

import numpy as np

from shooter.core.experience import ExperienceJob, compare_starts, shots_to_threshold
from shooter.core.lessons import LESSONS
from shooter.core.trainer import Trainer


def test_experienced_start_reaches_the_threshold_in_fewer_shots():
    config = LESSONS["experience"].configured()
    result = compare_starts(config, experience_steps=1500, steps=400)
    assert result.experienced.shots is not None
    assert result.random.shots is None or result.experienced.shots < result.random.shots / 5
    assert result.experienced.loss[0] < result.random.loss[0] / 100


def test_sight_in_experience_from_saved_weights_helps_too():
    config = LESSONS["sight-in"].configured()
    trained = Trainer(config)
    trained.run(30)
    result = compare_starts(config, steps=40, weights=trained.network.get_weights())
    assert result.experience_steps == 0
    assert result.experienced.shots < result.random.shots
    assert len(result.random.loss) == len(result.experienced.loss) == 40


def test_shots_to_threshold_uses_the_latest_window_of_shots():
    scores = [1, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]
    assert shots_to_threshold(scores, batch=1) == 11  # shots 2..11 average 10
    assert shots_to_threshold([10] * 9, batch=1) is None  # fewer than ten shots
    assert shots_to_threshold([9.6, 9.0, 9.8], batch=16) == 16
    assert shots_to_threshold([8.0, 9.0], batch=32) is None


def test_job_in_chunks_equals_one_go():
    config = LESSONS["burst"].configured()
    job = ExperienceJob(config, experience_steps=10, steps=30)
    while not job.advance(7):
        assert 0 <= job.progress < 1
    chunked = job.result()
    whole = compare_starts(config, experience_steps=10, steps=30)
    np.testing.assert_array_equal(chunked.random.loss, whole.random.loss)
    np.testing.assert_array_equal(chunked.experienced.loss, whole.experienced.loss)
    assert chunked.experienced.shots == whole.experienced.shots
