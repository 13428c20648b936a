"""One home for physical constants, target geometry and defaults.

Units are in the names: m (metres), s (seconds), cm (centimetres on the target plane),
mrad (milliradians of aim), kg_m3 (air density).
"""

# --- The rifle and the air -------------------------------------------------------------
MUZZLE_VELOCITY_MPS = 850.0  # a typical full-power rifle cartridge
GRAVITY_MPS2 = 9.80665
# Velocity decays as v(x) = v0 * exp(-k x); k = 7e-4 per metre is about what a 7.62 mm
# match bullet loses (850 m/s at the muzzle, ~795 m/s at 100 m) in standard air.
DRAG_PER_M = 7.0e-4
STANDARD_AIR_DENSITY_KG_M3 = 1.225
BULLET_DIAMETER_CM = 0.782

DEFAULT_DISTANCE_M = 100.0
CM_PER_M = 100.0
RAD_PER_MRAD = 1.0e-3

# --- The target (ISSF 300 m rifle target: ring 10 is 100 mm across, each ring adds 100 mm)
RING_WIDTH_CM = 5.0
RING_COUNT = 10
TARGET_RADIUS_CM = RING_WIDTH_CM * RING_COUNT  # the 1 ring's outer edge: 50 cm
BLACK_RINGS_FROM = 5  # rings 5..10 sit on the black aiming mark

# --- Training safety ------------------------------------------------------------------
# A mean miss beyond this is a bullet that left the range: the run has diverged.
RANGE_LOST_CM = 1.0e4
MAX_HIDDEN_LAYERS = 4
MAX_UNITS = 64
MAX_BATCH = 4096
MAX_SEED = 2**31 - 1  # what a seed field in any desktop toolkit holds

DEFAULT_SEED = 7
