"""Every message the core can say: a valid template, filled by the parameters its callers
give, always one bounded line."""

import math
import string

import numpy as np
import pytest

from shooter.constants import MAX_BATCH
from shooter.core.config import ConfigError, TrainConfig
from shooter.core.lessons import LESSONS
from shooter.core.messages import LINE_CHARS, TEMPLATES, Message, ShooterError, one_line
from shooter.core.network import Network
from shooter.core.range import Environment
from shooter.core.trainer import PhaseError, Trainer


def placeholders(template):
    """The names of a template's {placeholders}; fails on any other kind of field."""
    names = set()
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        assert name.isidentifier() and not spec and not conversion, (template, name)
        names.add(name)
    return names


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_renders_with_its_placeholders(key):
    names = placeholders(TEMPLATES[key])
    values = {name: f"<{name}>" for name in names}
    text = Message(key, **values).render()
    assert all(f"<{name}>" in text for name in names)
    assert text == one_line(TEMPLATES[key].format(**values))


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_message_stays_one_short_line(key):
    huge = "\x1b[2J" + "9" * 10_000_000 + "\n\a"
    text = str(ShooterError(key, **{name: huge for name in placeholders(TEMPLATES[key])}))
    assert len(text) <= LINE_CHARS
    assert "\n" not in text and "\x1b" not in text and "\a" not in text


def test_a_translation_fills_the_same_parameters_and_a_broken_one_falls_back():
    message = Message("config.lr", value="-1.0")
    chinese = message.render(lambda t: "学习率必须是正数（实际为 {value}）。")
    assert chinese == "学习率必须是正数（实际为 -1.0）。"
    assert message.render(lambda t: "broken {nothing}") == str(message)


BAD_SETTINGS = [
    dict(lr=-1.0), dict(lr="fast"), dict(batch=0), dict(batch=MAX_BATCH + 1),
    dict(hidden=(8,) * 9), dict(hidden=(0,)), dict(activation="swish"), dict(init="magic"),
    dict(optimizer="rmsprop"), dict(loss="cosine"), dict(huber_delta_cm=0.0),
    dict(inputs=("moon",)), dict(inputs=("distance", "distance")), dict(heldout=-1),
    dict(seed=-1), dict(environment=Environment(distance_m=(500.0, 100.0))),
    dict(environment=Environment(crosswind_mps=(math.nan, 0.0))),
    dict(environment=Environment(headwind_mps=(2.0, 1.0))),
    dict(environment=Environment(air_density_kg_m3=(1.3, 1.0))),
    dict(environment=Environment(distance_m=(0.5, 0.5))),
    dict(environment=Environment(crosswind_mps=(0.0, 80.0))),
    dict(environment=Environment(headwind_mps=(0.0, 80.0))),
    dict(environment=Environment(air_density_kg_m3=(0.1, 0.1))),
    dict(environment=Environment(tremor_mrad=20.0)), dict(sight_offset_mrad=(500.0, 0.0)),
]


def raised(action):
    with pytest.raises(ShooterError) as caught:
        action()
    return caught.value


def test_every_bad_setting_has_its_own_key_filled_exactly():
    keys = []
    for changes in BAD_SETTINGS:
        error = raised(TrainConfig(**changes).validated)
        assert isinstance(error, ConfigError) and isinstance(error, ValueError)
        assert set(error.message.params) == placeholders(error.message.template), changes
        keys.append(error.message.key)
    settings_keys = {k for k in TEMPLATES if k.startswith("config.")}
    assert set(keys) == settings_keys  # every settings message can really be raised


def test_phase_and_network_errors_are_messages_too():
    trainer = Trainer(LESSONS["sight-in"].configured())
    order = raised(trainer.adjust)
    assert isinstance(order, PhaseError) and isinstance(order, RuntimeError)
    assert order.message.key == "phase.order" and "fire" in str(order)
    trainer.diverged = "range_lost"
    stopped = raised(trainer.fire)
    assert stopped.message.key == "phase.diverged" and "range_lost" in str(stopped)
    network = Network(1, (3,), rng=np.random.default_rng(0))
    shape = raised(lambda: network.set_weights([w[:1] for w in network.params]))
    assert shape.message.key == "network.weight_shape"
    assert raised(lambda: Network(1, (), activation="swish")).message.key == "config.activation"
