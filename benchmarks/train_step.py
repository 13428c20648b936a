"""Training speed: steps per second of the bare network step and of the full shot cycle.

(a) bare: forward + squared-distance loss gradient + backward + plain gradient step, using
    shooter.core.network and shooter.core.optimizers directly (the step on the network's flat
    parameter buffer, as the trainer takes it);
(b) cycle: Trainer.step(), the four phases with conditions, ballistics, scoring, records
    and history;
(c) torch: the same net in PyTorch eager, float64, one thread, when torch is importable;
(d) kernels: only the matrix products and tanh calls the bare step makes, on arrays of the
    same shapes: what no numpy step of this net can go below. kernels/torch is then the
    most numpy/torch could reach if everything else in the step cost nothing.

Nets 4-16-2, 4-32-32-2 and 4-64x4-2 at batch 1, 3, 32, 256, with one BLAS thread as the app
runs. Prints figures only; it never fails on time.
Run: python benchmarks/train_step.py [--seconds S] [--nets "16;32,32;64x4"]
"""

import shooter  # noqa: F401 - first: the app's one BLAS thread, set before numpy loads

# isort: split
import argparse
import platform
import time

import numpy as np

from shooter.core.config import TrainConfig
from shooter.core.network import Network
from shooter.core.optimizers import GradientDescent
from shooter.core.range import CONDITION_NAMES, Environment
from shooter.core.trainer import Trainer

NETS = ((16,), (32, 32), (64, 64, 64, 64))  # the last: the most the panel allows
BATCHES = (1, 3, 32, 256)
LR = 1e-4


def lr_for(hidden):
    """A rate at which the run stays on the target for the whole measurement: deeper nets
    take larger steps at the same rate. The rate changes the numbers, not the work."""
    return LR / 10 ** (len(hidden) - 1)


def steps_per_second(steps, seconds, rounds=20):
    """Steps per second of each step function in `steps` (name -> function), timed in turns:
    `rounds` rounds of one slice each, about seconds / rounds long, keeping each function's
    fastest slice. Taking turns makes a change in the machine's speed (other users, clock
    changes) hit every function alike, so their ratios hold even when the figures drift."""
    counts = {name: slice_count(step, seconds / rounds) for name, step in steps.items()}
    best = dict.fromkeys(steps, 0.0)
    for _ in range(rounds):
        for name, step in steps.items():
            n = counts[name]
            start = time.perf_counter()
            for _ in range(n):
                step()
            best[name] = max(best[name], n / (time.perf_counter() - start))
    return best


def slice_count(step, seconds):
    """How many calls of step() take about `seconds`, after a warm-up."""
    for _ in range(20):  # warm up caches and lazily built state
        step()
    n = 1
    while True:
        start = time.perf_counter()
        for _ in range(n):
            step()
        elapsed = time.perf_counter() - start
        if elapsed > seconds / 4:
            return max(1, int(n * seconds / elapsed))
        n *= 2


def bare_step(hidden, batch):
    rng = np.random.default_rng(0)
    net = Network(4, hidden, "tanh", "xavier", rng)
    optimizer = GradientDescent(lr_for(hidden))
    x = rng.normal(size=(batch, 4))
    target = rng.normal(size=(batch, 2))
    views = net.params

    def step():
        aim = net.forward(x)
        net.backward(2.0 * (aim - target) / batch)  # gradient of the mean squared distance
        optimizer.step_flat(net.flat_params, net.flat_grads, views)

    return step


def kernel_step(hidden, batch):
    """The bare step's matrix products and tanh calls alone (see the module's docstring)."""
    rng = np.random.default_rng(0)
    sizes = [4, *hidden, 2]
    weights = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    inputs = [rng.normal(size=(batch, a)) for a in sizes[:-1]]
    grads = [rng.normal(size=(batch, b)) for b in sizes[1:]]

    def step():
        for x, w in zip(inputs, weights):
            x @ w  # forward
        for h in inputs[1:]:
            np.tanh(h)  # hidden activations
        for x, g in zip(inputs, grads):
            x.T @ g  # weight gradients
        for g, w in zip(grads[1:], weights[1:]):
            g @ w.T  # input gradients; the first layer's is never computed

    return step


def cycle_step(hidden, batch):
    environment = Environment(distance_m=(100.0, 300.0), crosswind_mps=(-5.0, 5.0),
                              headwind_mps=(-5.0, 5.0), air_density_kg_m3=(1.0, 1.3),
                              tremor_mrad=0.1)
    trainer = Trainer(TrainConfig(inputs=CONDITION_NAMES, hidden=hidden, batch=batch,
                                  lr=lr_for(hidden), environment=environment, seed=0))

    def step():
        trainer.step()
        if trainer.diverged:
            raise RuntimeError(f"the benchmark run diverged ({trainer.diverged})")

    return step


def torch_step(hidden, batch):
    import torch

    torch.manual_seed(0)
    sizes = [4, *hidden, 2]
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(torch.nn.Linear(a, b, dtype=torch.float64))
        if i < len(sizes) - 2:
            layers.append(torch.nn.Tanh())
    net = torch.nn.Sequential(*layers)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr_for(hidden))
    x = torch.randn(batch, 4, dtype=torch.float64)
    target = torch.randn(batch, 2, dtype=torch.float64)

    def step():
        optimizer.zero_grad()
        loss = ((net(x) - target) ** 2).sum(dim=1).mean()
        loss.backward()
        optimizer.step()

    return step


def torch_version():
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    return torch.__version__


def machine():
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if "model name" in line)
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    return f"{cpu}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def parse_nets(text):
    """'16;32,32;64x4' -> ((16,), (32, 32), (64, 64, 64, 64))."""
    nets = []
    for net in text.split(";"):
        units, _, times = net.partition("x")
        layers = [int(n) for n in units.split(",")]
        nets.append(tuple(layers * int(times or 1)))
    return tuple(nets)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=0.5,
                        help="time per step function and table row")
    parser.add_argument("--nets", default=None,
                        help="hidden layers to measure, e.g. 16 or 32,32;64x4 (default: all)")
    args = parser.parse_args()
    torch = torch_version()
    print(f"machine: {machine()}")
    print(f"numpy {np.__version__}; torch {torch or 'not installed (column skipped)'}")
    header = f"{'net':<10} {'batch':>5} {'bare/s':>9} {'cycle/s':>9} {'cycle/bare':>10}"
    if torch:
        header += f" {'torch/s':>9} {'numpy/torch':>11} {'kernels/torch':>13}"
    print(header)
    for hidden in parse_nets(args.nets) if args.nets else NETS:
        name = "-".join(str(n) for n in (4, *hidden, 2))
        for batch in BATCHES:
            steps = {"bare": bare_step(hidden, batch), "cycle": cycle_step(hidden, batch)}
            if torch:
                steps["torch"] = torch_step(hidden, batch)
                steps["kernels"] = kernel_step(hidden, batch)
            rate = steps_per_second(steps, args.seconds * len(steps))
            bare, cycle = rate["bare"], rate["cycle"]
            row = f"{name:<10} {batch:>5} {bare:>9.0f} {cycle:>9.0f} {bare / cycle:>9.2f}x"
            if torch:
                row += (f" {rate['torch']:>9.0f} {bare / rate['torch']:>10.2f}x"
                        f" {rate['kernels'] / rate['torch']:>12.2f}x")
            print(row, flush=True)
    print("cycle/bare: how many times slower the full shot cycle is than the bare step; "
          "numpy/torch: how many times faster the bare numpy step is than PyTorch eager; "
          "kernels/torch: the most numpy/torch could be, with the step's matrix products "
          "and tanh as its only cost.")


if __name__ == "__main__":
    main()
