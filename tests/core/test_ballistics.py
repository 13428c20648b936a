"""The closed-form flight model against a numerical integration of the same equations."""

import numpy as np
import pytest

from shooter.constants import (
    DRAG_PER_M,
    GRAVITY_MPS2,
    MUZZLE_VELOCITY_MPS,
    STANDARD_AIR_DENSITY_KG_M3,
)
from shooter.core.ballistics import (
    Conditions,
    Rifle,
    flight_time_s,
    impact_cm,
    impact_jacobian_cm_per_mrad,
    psi,
    trajectory_cm,
)


def drag_per_m(density, headwind, v0=MUZZLE_VELOCITY_MPS, k0=DRAG_PER_M):
    """k from the module docstring: k0 * (rho / rho0) * (1 + 2 h / v0)."""
    return k0 * density / STANDARD_AIR_DENSITY_KG_M3 * (1.0 + 2.0 * headwind / v0)


def derivatives(state, k, wind, g=GRAVITY_MPS2):
    """The docstring's equations in time; state = (x, y, z, u, vy, vz), y up, z right."""
    _, _, _, u, vy, vz = state
    return np.array([u, vy, vz, -k * u * u, -g - k * u * vy, -k * u * (vz - wind)])


def rk4_step(state, dt, k, wind):
    a = derivatives(state, k, wind)
    b = derivatives(state + 0.5 * dt * a, k, wind)
    c = derivatives(state + 0.5 * dt * b, k, wind)
    d = derivatives(state + dt * c, k, wind)
    return state + dt / 6.0 * (a + 2.0 * b + 2.0 * c + d)


def integrate_to(distance, aim_mrad, k, wind, v0=MUZZLE_VELOCITY_MPS, dt=2e-4):
    """RK4 in time until x reaches `distance`; the last step is cut to land on it exactly.

    Returns (flight time in s, right in cm, up in cm).
    """
    right, up = aim_mrad[0] * 1e-3, aim_mrad[1] * 1e-3
    state = np.array([0.0, 0.0, 0.0, v0, v0 * up, v0 * right])
    t = 0.0
    while True:
        ahead = rk4_step(state, dt, k, wind)
        if ahead[0] >= distance:
            break
        state, t = ahead, t + dt
    h = (distance - state[0]) / state[3]
    for _ in range(4):  # Newton on the length of the last step: x(h) = distance
        end = rk4_step(state, h, k, wind)
        h -= (end[0] - distance) / end[3]
    end = rk4_step(state, h, k, wind)
    return t + h, end[2] * 100.0, end[1] * 100.0


CASES = [
    # distance m, crosswind m/s, headwind m/s, air density kg/m3, aim (right, up) mrad
    (100.0, 0.0, 0.0, 1.225, (0.0, 0.0)),
    (100.0, 4.0, 0.0, 1.225, (1.5, -2.0)),
    (300.0, -6.0, 3.0, 1.10, (-0.5, 3.0)),
    (600.0, 8.0, -4.0, 1.29, (2.0, 4.5)),
    (1000.0, 3.0, 10.0, 0.95, (0.0, 12.0)),
]


@pytest.mark.parametrize("distance,wind,head,density,aim", CASES)
def test_closed_form_matches_numerical_integration(distance, wind, head, density, aim):
    rifle = Rifle()
    conditions = Conditions.constant(1, distance, wind, head, density)
    k = drag_per_m(density, head)
    time_num, right_num, up_num = integrate_to(distance, aim, k, wind)
    closed = impact_cm(rifle, np.array([aim]), conditions)[0]
    assert flight_time_s(rifle, conditions)[0] == pytest.approx(time_num, rel=1e-9)
    # The closed form is exact for these equations: only RK4's own error (~1e-12 cm) is left.
    assert closed[0] == pytest.approx(right_num, rel=1e-9, abs=1e-9)
    assert closed[1] == pytest.approx(up_num, rel=1e-9, abs=1e-9)


def test_integration_is_sensitive_enough_to_catch_a_wrong_drag():
    """The comparison above would fail if the closed form ignored the air density."""
    conditions = Conditions.constant(1, 600.0, 8.0, 0.0, 1.0)
    wrong_k = drag_per_m(STANDARD_AIR_DENSITY_KG_M3, 0.0)
    _, right_num, up_num = integrate_to(600.0, (0.0, 0.0), wrong_k, 8.0)
    closed = impact_cm(Rifle(), np.zeros((1, 2)), conditions)[0]
    assert abs(closed[0] - right_num) > 1.0 and abs(closed[1] - up_num) > 1.0


def test_drop_and_wind_drift_are_physically_sensible_at_100_m():
    conditions = Conditions.constant(1, 100.0, 5.0)
    right, up = impact_cm(Rifle(), np.zeros((1, 2)), conditions)[0]
    assert -8.0 < up < -6.0  # about 7 cm drop at 850 m/s
    assert 1.0 < right < 2.5  # a 5 m/s crosswind moves it 1-2 cm to the right
    assert 0.11 < flight_time_s(Rifle(), conditions)[0] < 0.13


def test_flight_time_grows_faster_than_linearly_with_distance():
    rifle = Rifle()
    distances = np.array([100.0, 200.0, 400.0, 800.0])
    times = flight_time_s(rifle, Conditions(distances, np.zeros(4), np.zeros(4),
                                            np.full(4, STANDARD_AIR_DENSITY_KG_M3)))
    per_metre = times / distances
    assert np.all(np.diff(per_metre) > 0)
    assert times[3] > 8.0 * times[0] * 1.2  # 8x the distance takes clearly more than 8x the time


def test_without_drag_flight_time_is_linear_and_there_is_no_wind_drift():
    rifle = Rifle(drag_per_m=0.0)
    conditions = Conditions(np.array([100.0, 500.0]), np.array([10.0, -15.0]),
                            np.array([5.0, 0.0]), np.array([1.0, 1.3]))
    impacts = impact_cm(rifle, np.zeros((2, 2)), conditions)
    assert np.array_equal(impacts[:, 0], [0.0, 0.0])
    times = flight_time_s(rifle, conditions)
    assert np.allclose(times, conditions.distance_m / MUZZLE_VELOCITY_MPS, rtol=1e-12)
    # Vacuum drop: g t^2 / 2.
    assert np.allclose(-impacts[:, 1] / 100.0, 0.5 * GRAVITY_MPS2 * times**2, rtol=1e-12)


def test_one_mrad_is_ten_cm_at_100_m():
    rifle = Rifle()
    conditions = Conditions.constant(2, 100.0, 3.0)
    base = impact_cm(rifle, np.zeros((2, 2)), conditions)
    moved = impact_cm(rifle, np.array([[1.0, 0.0], [0.0, 1.0]]), conditions)
    assert np.allclose(moved - base, [[10.0, 0.0], [0.0, 10.0]], rtol=1e-12)
    assert impact_jacobian_cm_per_mrad(conditions)[0] == pytest.approx(10.0)


def test_impact_derivative_matches_finite_differences():
    rifle = Rifle(sight_offset_mrad=(0.7, -1.1))
    conditions = Conditions(np.array([120.0, 450.0, 800.0]), np.array([-3.0, 6.0, 1.0]),
                            np.array([2.0, -1.0, 0.0]), np.array([1.2, 1.0, 1.3]))
    aim = np.array([[0.5, 2.0], [-1.0, 4.0], [3.0, 9.0]])
    tremor = np.array([[0.1, -0.2], [0.0, 0.3], [-0.1, 0.0]])
    jac = impact_jacobian_cm_per_mrad(conditions)
    eps = 1e-6
    for axis in range(2):
        step = np.zeros_like(aim)
        step[:, axis] = eps
        numeric = (impact_cm(rifle, aim + step, conditions, tremor)
                   - impact_cm(rifle, aim - step, conditions, tremor)) / (2 * eps)
        expected = np.zeros_like(numeric)
        expected[:, axis] = jac
        assert np.allclose(numeric, expected, rtol=1e-5, atol=1e-8)


def test_sight_offset_and_tremor_shift_the_hit_like_aim():
    conditions = Conditions.constant(1, 100.0)
    plain = impact_cm(Rifle(), np.zeros((1, 2)), conditions)
    offset = impact_cm(Rifle(sight_offset_mrad=(-3.0, 2.0)), np.zeros((1, 2)), conditions)
    shaken = impact_cm(Rifle(), np.zeros((1, 2)), conditions, np.array([[0.5, 0.5]]))
    assert np.allclose(offset - plain, [[-30.0, 20.0]])
    assert np.allclose(shaken - plain, [[5.0, 5.0]])


def test_psi_is_smooth_across_its_series_switch():
    s = np.array([-2e-4, -1e-4 + 1e-12, 1e-4 - 1e-12, 1e-4, 2e-4, 1.0])
    exact = np.array([(np.expm1(v) - v) / v**2 for v in s])
    assert np.allclose(psi(s), exact, rtol=1e-7)
    assert psi(0.0) == 0.5


def test_trajectory_ends_at_the_impact():
    rifle = Rifle(sight_offset_mrad=(0.3, 0.2))
    conditions = Conditions(np.array([100.0, 400.0]), np.array([4.0, -2.0]),
                            np.array([0.0, 3.0]), np.array([1.225, 1.1]))
    aim = np.array([[0.1, 0.6], [-0.4, 3.5]])
    x, along = trajectory_cm(rifle, aim, conditions, points=32)
    assert np.allclose(x[:, -1], conditions.distance_m)
    assert np.allclose(along[:, -1], impact_cm(rifle, aim, conditions), rtol=1e-12)
    assert np.array_equal(along[:, 0], np.zeros((2, 2)))
