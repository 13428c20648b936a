"""Where a bullet lands: aim + conditions -> impact on the target plane, and its derivative.

The flight model ("flat fire"): the downrange speed decays with distance x as
u(x) = v0 * exp(-k x); gravity pulls the bullet down; drag acts on the velocity relative to
the air, so a crosswind w drags the bullet sideways. As equations in time:

    du/dt  = -k u^2
    dvy/dt = -g - k u vy
    dvz/dt = -k u (vz - w)

with k = k0 * (rho / rho0) * (1 + 2 h / v0) for air density rho and headwind h (the first-order
effect of the headwind on drag). They integrate in closed form, with psi(s) = (e^s - 1 - s)/s^2:

    flight time  T(x) = x/v0 * (e^{kx} - 1)/(kx)          (grows faster than linearly in x)
    drop         y_g  = g x^2 / v0^2 * psi(2 k x)
    wind drift   z_w  = w * (T - x/v0) = w k x^2 / v0 * psi(k x)

Aim angles are small, so the bore direction adds x * angle: the impact is linear in aim and
d(impact)/d(aim) = x (the same for both axes). Aim is in mrad, impacts in cm: at 100 m one
mrad moves the hit 10 cm.
"""

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from shooter.constants import (
    CM_PER_M,
    DRAG_PER_M,
    GRAVITY_MPS2,
    MUZZLE_VELOCITY_MPS,
    RAD_PER_MRAD,
    STANDARD_AIR_DENSITY_KG_M3,
)


@dataclass(frozen=True)
class Conditions:
    """Per-shot conditions, each an array of shape (n,)."""

    distance_m: np.ndarray
    crosswind_mps: np.ndarray  # positive blows the bullet to the right
    headwind_mps: np.ndarray  # positive blows against the bullet
    air_density_kg_m3: np.ndarray

    @classmethod
    def constant(cls, n, distance_m, crosswind_mps=0.0, headwind_mps=0.0,
                 air_density_kg_m3=STANDARD_AIR_DENSITY_KG_M3):
        def full(value):
            return np.full(n, float(value))

        return cls(full(distance_m), full(crosswind_mps), full(headwind_mps),
                   full(air_density_kg_m3))

    def __len__(self):
        return len(self.distance_m)

    def take(self, index):
        """The conditions of the shots selected by `index` (slice or index array)."""
        return Conditions(self.distance_m[index], self.crosswind_mps[index],
                          self.headwind_mps[index], self.air_density_kg_m3[index])


@dataclass(frozen=True)
class Rifle:
    """The rifle's physics and its temperament (sight misalignment, unknown to the shooter)."""

    sight_offset_mrad: tuple = (0.0, 0.0)
    muzzle_velocity_mps: float = MUZZLE_VELOCITY_MPS
    drag_per_m: float = DRAG_PER_M  # 0 switches air resistance off
    gravity_mps2: float = GRAVITY_MPS2

    # Read-only arrays of the settings, built once (a frozen dataclass keeps cached_property
    # values in its __dict__, outside eq and hash).
    @cached_property
    def sight_array(self):
        """sight_offset_mrad as a float64 array."""
        return read_only_array(self.sight_offset_mrad)

    @cached_property
    def speed_powers(self):
        """(2, 1) column of v0 and v0^2, the divisors of the wind and drop terms."""
        v0 = self.muzzle_velocity_mps
        return read_only_array([[v0], [v0**2]])

    def drag(self, conditions):
        """Effective drag coefficient k (1/m) per shot."""
        density = conditions.air_density_kg_m3 / STANDARD_AIR_DENSITY_KG_M3
        head = 1.0 + 2.0 * conditions.headwind_mps / self.muzzle_velocity_mps
        return self.drag_per_m * density * head


def read_only_array(values):
    array = np.array(values, dtype=np.float64)
    array.flags.writeable = False
    return array


PSI_SMALL = 1e-4  # below this |s|, psi's exact form loses digits and its series takes over


def psi(s):
    """(e^s - 1 - s) / s^2, stable near 0 where it tends to 1/2."""
    s = np.asarray(s, dtype=np.float64)
    # With drag on, the usual case, no element is small: the exact form only.
    if np.minimum.reduce(np.abs(s), axis=None, initial=np.inf) >= PSI_SMALL:
        return psi_exact(s)
    small = np.abs(s) < PSI_SMALL
    safe = np.where(small, 1.0, s)
    exact = psi_exact(safe)
    series = 0.5 + s / 6.0 + s**2 / 24.0
    return np.where(small, series, exact)


def psi_exact(s):
    """(e^s - 1 - s) / s^2 as written, for an array with no small element: in place, with
    the roundings of (np.expm1(s) - s) / s**2."""
    out = np.expm1(s)
    out -= s
    out /= s * s
    return out


def flight_time_s(rifle, conditions, x_m=None):
    """Time for the bullet to reach x metres downrange (default: the target)."""
    x = conditions.distance_m if x_m is None else x_m
    kx = rifle.drag(conditions) * x
    return x / rifle.muzzle_velocity_mps * (1.0 + kx * psi(kx))


def drift_m(rifle, conditions, x_m=None):
    """Displacement (right, up) in metres at x that the aim does not control: wind and drop."""
    x = conditions.distance_m if x_m is None else x_m
    v0 = rifle.muzzle_velocity_mps
    k = rifle.drag(conditions)
    right = conditions.crosswind_mps * k * x**2 / v0 * psi(k * x)
    up = -rifle.gravity_mps2 * x**2 / v0**2 * psi(2.0 * k * x)
    return np.stack([right, up], axis=-1)


def impact_jacobian_cm_per_mrad(conditions):
    """d(impact)/d(aim): isotropic, one number per shot (10 cm per mrad at 100 m)."""
    return conditions.distance_m * RAD_PER_MRAD * CM_PER_M


def impact_cm(rifle, aim_mrad, conditions, tremor_mrad=None):
    """Impact points (n, 2) in cm from the bullseye, (right, up), for aims (n, 2) in mrad."""
    bore = aim_mrad + np.asarray(rifle.sight_offset_mrad, dtype=np.float64)
    if tremor_mrad is not None:
        bore = bore + tremor_mrad
    jac = impact_jacobian_cm_per_mrad(conditions)
    return jac[:, None] * bore + drift_m(rifle, conditions) * CM_PER_M


_BOTH_PSI_TERMS = np.array([[1.0], [2.0]])


def drift_and_jacobian(rifle, block):
    """The part of the flight that the aim does not change, for conditions given as a (4, n)
    array (distance, crosswind, headwind, air density): where the bullet lands with the bore
    on the bullseye, (n, 2) cm (wind drift and drop), and d(impact)/d(aim) as a column
    (n, 1), cm per mrad. aimed_impacts() finishes the flight.

    Together they give impact_cm() to the bit, in fewer numpy calls. Rewritings that round
    identically: 2h/v0 = h/(v0/2) and (2k)x = 2(kx) (exact scalings by two); the wind and
    drop terms are two rows of one array, both psi terms one call.
    """
    x, wind, head, density = block
    v0 = rifle.muzzle_velocity_mps
    k = density / STANDARD_AIR_DENSITY_KG_M3
    k *= rifle.drag_per_m  # the same product as drag * (density / rho0)
    k *= 1.0 + head / (v0 / 2.0)
    kx = k * x
    s = _BOTH_PSI_TERMS * kx  # kx >= PSI_SMALL leaves no small argument, and saves psi's check
    ps = psi_exact(s) if np.minimum.reduce(kx) >= PSI_SMALL else psi(s)
    drift = np.empty((2, len(x)))  # rows: right (wind), up (drop)
    np.multiply(wind, k, out=drift[0])
    drift[1] = -rifle.gravity_mps2
    drift *= x * x
    drift /= rifle.speed_powers
    drift *= ps
    drift *= CM_PER_M
    jac = x * RAD_PER_MRAD
    jac *= CM_PER_M
    return drift.T.copy(), jac[:, None]


def aimed_impacts(rifle, aim_mrad, tremor_mrad, drift_cm, jacobian):
    """Impacts (n, 2) in cm of shots aimed at `aim_mrad` with the hand's tremor, from
    drift_and_jacobian()'s parts: the bore is the aim, the sight's offset and the tremor."""
    impacts = aim_mrad + rifle.sight_array
    impacts += tremor_mrad
    impacts *= jacobian
    impacts += drift_cm
    return impacts


def trajectory_cm(rifle, aim_mrad, conditions, points=64):
    """Side and top view of each flight: x (m) and the (right, up) position (cm) along it.

    Returns x of shape (n, points) and positions of shape (n, points, 2).
    """
    fractions = np.linspace(0.0, 1.0, points)
    x = conditions.distance_m[:, None] * fractions[None, :]
    bore = aim_mrad + np.asarray(rifle.sight_offset_mrad, dtype=np.float64)
    wide = Conditions(*(np.repeat(a[:, None], points, axis=1) for a in (
        conditions.distance_m, conditions.crosswind_mps, conditions.headwind_mps,
        conditions.air_density_kg_m3)))
    along = drift_m(rifle, wide, x) * CM_PER_M
    return x, along + (x * RAD_PER_MRAD * CM_PER_M)[..., None] * bore[:, None, :]
