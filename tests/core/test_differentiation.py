"""Forward mode (one pass per parameter) against one backward pass: same gradient."""

import numpy as np
import pytest

from shooter.core.ballistics import impact_cm
from shooter.core.config import TrainConfig
from shooter.core.differentiation import compare_modes
from shooter.core.lessons import LESSONS
from shooter.core.trainer import Trainer


@pytest.mark.parametrize("config", [
    LESSONS["sight-in"].configured(),
    LESSONS["wind"].configured(),
    TrainConfig(inputs=("distance",), hidden=(3, 2), activation="sigmoid", loss="huber",
                batch=4),
    TrainConfig(inputs=("crosswind", "headwind"), hidden=(5,), activation="relu",
                loss="distance", batch=3),
])
def test_forward_mode_equals_backward_and_needs_one_pass_per_parameter(config):
    result = compare_modes(config)
    count = Trainer(config).network.parameter_count()
    assert result.parameter_count == result.forward_passes == count
    assert result.backward_passes == 1
    np.testing.assert_allclose(result.forward_gradient, result.backward_gradient, rtol=1e-9,
                               atol=1e-12)
    assert result.agree
    assert np.any(result.backward_gradient != 0)


def test_forward_mode_costs_about_parameter_count_times_the_backward_pass():
    result = compare_modes(LESSONS["wind"].configured())
    ratio = result.forward_multiply_adds / result.backward_multiply_adds
    assert 0.5 * result.parameter_count < ratio < 2 * result.parameter_count


def test_gradient_of_given_weights_and_matches_central_differences():
    config = TrainConfig(inputs=("distance",), hidden=(2,), batch=2, seed=11)
    weights = [w + 0.1 for w in Trainer(config).network.get_weights()]
    result = compare_modes(config, weights)
    trainer = Trainer(config, weights)
    fire = trainer.fire()
    base = [w.copy() for w in weights]
    numeric = []
    for k, w in enumerate(base):
        for index in np.ndindex(w.shape):
            losses = []
            for eps in (1e-6, -1e-6):
                shifted = [a.copy() for a in base]
                shifted[k][index] += eps
                trainer.network.set_weights(shifted)
                aim = trainer.network.forward(fire.features)
                impacts = impact_cm(trainer.rifle, aim, fire.conditions, fire.tremor_mrad)
                losses.append(np.mean(trainer.loss_fn.value(impacts)))
            numeric.append((losses[0] - losses[1]) / 2e-6)
    np.testing.assert_allclose(result.forward_gradient, numeric, rtol=1e-5, atol=1e-6)
