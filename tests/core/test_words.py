"""How numbers and names read on screen."""

import pytest

from shooter.core.words import loss_number, word


@pytest.mark.parametrize(("value", "shown"), [
    (147.3, "147.3"), (0.01234, "0.01234"), (9999.4, "9999"), (30680.4, "30,680"),
    (-12345.0, "-12,345"), (123456789.0, "123,456,789"), (2.5e9, "2.5e+09"),
    (float("inf"), "inf"), (float("nan"), "nan")])
def test_losses_read_without_exponents_up_to_a_billion(value, shown):
    assert loss_number(value) == shown


def test_every_input_has_one_name_for_the_panel_and_the_network():
    assert word("input", "crosswind") == "crosswind"
    assert word("input", "unknown-key") == "unknown-key"
