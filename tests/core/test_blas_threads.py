"""Shooter runs numpy's BLAS on one thread: its matrices are small, and worker threads
made a 4 x 64 network train several times slower on two cores shared with the window."""

import os
import subprocess
import sys

PROBE = ("import shooter.core.trainer, os, sys\n"
         "assert 'numpy' in sys.modules\n"
         "print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['OMP_NUM_THREADS'])")


def run_probe(**env):
    clean = {k: v for k, v in os.environ.items()
             if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    result = subprocess.run([sys.executable, "-c", PROBE], env={**clean, **env},
                            capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_the_engine_asks_for_one_blas_thread_before_numpy_loads():
    assert run_probe() == ["1", "1"]


def test_a_thread_count_the_user_set_is_kept():
    assert run_probe(OPENBLAS_NUM_THREADS="2", OMP_NUM_THREADS="3") == ["2", "3"]
