"""Shooter: how a neural network learns, taught on a rifle range."""

import os

# One BLAS thread, set before numpy loads. Shooter's matrices are small: OpenBLAS's worker
# threads cost more than they save (a 4 x 64 network at a burst of 32 trained 9x slower with
# them on two cores shared with the window) and spin on the cores the window draws with.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                         "OMP_NUM_THREADS")
for _variable in BLAS_THREAD_VARIABLES:
    os.environ.setdefault(_variable, "1")

# A frozen app has loaded PySide6 before this line: its per-module check is quickened now,
# before numpy's hundred modules pass through it (the desktop app does it on loading PySide6).
from shooter.pyside_imports import quicken_pyside_import_check  # noqa: E402

quicken_pyside_import_check(load=False)
