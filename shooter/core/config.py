"""The settings of a training run, and their validation.

A setting the trainer cannot accept raises a ConfigError: a ShooterError whose key names the
setting (templates in shooter.core.messages), so the app can say it in the user's language.
"""

import math
import numbers
from dataclasses import dataclass, field

from shooter.constants import DEFAULT_SEED, MAX_BATCH, MAX_HIDDEN_LAYERS, MAX_SEED, MAX_UNITS
from shooter.core.layers import ACTIVATIONS, INITIALISERS
from shooter.core.losses import LOSSES
from shooter.core.messages import ShooterError
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import CONDITION_NAMES, Environment

# What the environment's settings may span (validated below, named in the messages).
DISTANCE_LIMITS_M = (1.0, 2000.0)
WIND_LIMIT_MPS = 50.0
AIR_DENSITY_LIMITS_KG_M3 = (0.3, 2.0)
TREMOR_LIMIT_MRAD = 10.0
SIGHT_OFFSET_LIMIT_MRAD = 100.0


class ConfigError(ShooterError):
    """A setting the trainer cannot accept; the message names it and why."""


@dataclass(frozen=True)
class TrainConfig:
    lesson: str = "sandbox"
    inputs: tuple = ()  # names from CONDITION_NAMES the network sees
    hidden: tuple = ()  # units per hidden layer
    activation: str = "tanh"
    init: str = "xavier"
    optimizer: str = "gd"
    lr: float = 0.0025
    batch: int = 1
    loss: str = "mse"
    huber_delta_cm: float = 5.0
    environment: Environment = field(default_factory=Environment)
    sight_offset_mrad: tuple | None = None  # None: the seed picks the rifle's temperament
    air_resistance: bool = True
    seed: int = DEFAULT_SEED
    heldout: int = 0  # size of a fixed held-out set of conditions (0: none)
    heldout_every: int = 10

    def validated(self):
        """This config, or a ConfigError naming the first bad setting."""
        check(is_positive(self.lr), "config.lr", value=repr(self.lr))
        check(is_whole(self.batch) and 1 <= self.batch <= MAX_BATCH,
              "config.batch", most=MAX_BATCH, value=repr(self.batch))
        self._check_network()
        self._check_names()
        check(is_positive(self.huber_delta_cm), "config.huber_delta")
        self._check_inputs()
        check(is_whole(self.heldout) and 0 <= self.heldout <= MAX_BATCH
              and is_whole(self.heldout_every) and self.heldout_every >= 1, "config.heldout")
        check(is_whole(self.seed) and 0 <= self.seed <= MAX_SEED,
              "config.seed", most=MAX_SEED, value=self.seed)
        self._check_environment()
        return self

    def _check_network(self):
        check(len(self.hidden) <= MAX_HIDDEN_LAYERS,
              "config.hidden_layers", most=MAX_HIDDEN_LAYERS, count=len(self.hidden))
        for units in self.hidden:
            check(is_whole(units) and 1 <= units <= MAX_UNITS,
                  "config.hidden_units", most=MAX_UNITS, value=units)

    def _check_names(self):
        for key, value, names in (("config.activation", self.activation, ACTIVATIONS),
                                  ("config.init", self.init, INITIALISERS),
                                  ("config.optimizer", self.optimizer, OPTIMIZERS),
                                  ("config.loss", self.loss, LOSSES)):
            check(is_name_in(value, names), key, name=repr(value))

    def _check_inputs(self):
        for name in self.inputs:
            check(is_name_in(name, CONDITION_NAMES), "config.input", name=repr(name))
        check(len(set(self.inputs)) == len(self.inputs), "config.input_twice")

    def _check_environment(self):
        env = self.environment
        for (lo, hi), what in zip(env.bounds(), CONDITION_NAMES):
            check(math.isfinite(lo) and math.isfinite(hi) and lo <= hi,
                  f"config.{what}_range", low=lo, high=hi)
        check(DISTANCE_LIMITS_M[0] <= env.distance_m[0]
              and env.distance_m[1] <= DISTANCE_LIMITS_M[1],
              "config.distance", low=f"{DISTANCE_LIMITS_M[0]:g}", high=f"{DISTANCE_LIMITS_M[1]:g}")
        for key, (lo, hi) in (("config.crosswind", env.crosswind_mps),
                              ("config.headwind", env.headwind_mps)):
            check(abs(lo) <= WIND_LIMIT_MPS and abs(hi) <= WIND_LIMIT_MPS,
                  key, most=f"{WIND_LIMIT_MPS:g}")
        check(AIR_DENSITY_LIMITS_KG_M3[0] < env.air_density_kg_m3[0]
              and env.air_density_kg_m3[1] < AIR_DENSITY_LIMITS_KG_M3[1], "config.air_density",
              low=f"{AIR_DENSITY_LIMITS_KG_M3[0]:g}", high=f"{AIR_DENSITY_LIMITS_KG_M3[1]:g}")
        check(math.isfinite(env.tremor_mrad) and 0 <= env.tremor_mrad <= TREMOR_LIMIT_MRAD,
              "config.tremor", most=f"{TREMOR_LIMIT_MRAD:g}")
        offset = self.sight_offset_mrad
        if offset is not None:
            check(len(offset) == 2 and all(math.isfinite(v) and abs(v) <= SIGHT_OFFSET_LIMIT_MRAD
                                           for v in offset),
                  "config.sight_offset", most=f"{SIGHT_OFFSET_LIMIT_MRAD:g}")


def check(condition, key, **params):
    """Raise ConfigError(key, **params) unless `condition` holds."""
    if not condition:
        raise ConfigError(key, **params)


def is_real(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def is_positive(value):
    """A finite real number above 0."""
    return is_real(value) and math.isfinite(value) and value > 0


def is_whole(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def is_name_in(value, names):
    """A text key of names: a list or dict from a session file is refused, not hashed."""
    return isinstance(value, str) and value in names
