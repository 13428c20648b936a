"""`shooter train`: a lesson trained without the window, a table of shots for short runs,
a summary (or one JSON object) at the end."""

import contextlib
import json
import math
import signal
import sys

from shooter.cli.formulas import loss_unit
from shooter.cli.outputs import check_outputs, requested_outputs, write_outputs
from shooter.cli.parser import UsageError
from shooter.cli.start import default_steps, start_trainer
from shooter.core.words import word

TABLE_MAX_STEPS = 20  # runs this short print one row per shot
EXIT_OK, EXIT_FAILED_OUTPUT, EXIT_INTERRUPTED = 0, 2, 130
AIM_CELL, IMPACT_CELL = 8, 9  # characters per number: columns stay put for any aim


def cmd_train(args):
    outputs = requested_outputs(args)
    check_outputs(outputs)  # before the run: a long run never ends in "cannot write"
    trainer = start_trainer(args)
    steps = args.steps or default_steps(trainer)
    check_room(trainer, steps)
    start = trainer.iteration
    rows = [] if steps <= TABLE_MAX_STEPS else None
    bar = ProgressBar(steps, sys.stderr) if _is_terminal(sys.stderr) else None
    interrupted = _run(trainer, steps, rows, bar)
    if bar is not None:
        bar.finish()
    summary = summarise(trainer, args, steps, start, rows, interrupted)
    problems = write_outputs(trainer, args, summary)
    if args.json:
        print(json.dumps(json_ready(summary), allow_nan=False))
    else:
        if rows:
            print(shot_table(rows, trainer.config.loss))
        print(summary_text(summary))
    for problem in problems:  # after the results: what was written is kept and named
        print(f"shooter: error: {problem}", file=sys.stderr)
    if problems:
        return EXIT_FAILED_OUTPUT
    return EXIT_INTERRUPTED if interrupted else EXIT_OK


def check_room(trainer, steps):
    """A run that would pass the most steps a session keeps is refused before it starts."""
    from shooter.core.history import History
    from shooter.core.messages import Message

    if trainer.iteration + steps > History.MAX_STEPS:
        raise UsageError(str(Message("session.history_full", limit=History.MAX_STEPS)))


def _run(trainer, steps, rows, bar):
    """Train `steps` steps; True when Ctrl-C stopped it early."""
    stop = {"asked": False}

    def after_step(i, record):
        if rows is not None:
            rows.append(record)
        if bar is not None:
            bar.update(i + 1, record.loss.loss)
        if stop["asked"]:
            raise _Stopped

    with _stop_on_interrupt(stop):
        try:
            trainer.run(steps, after_step)
        except _Stopped:
            return True
    return False


class _Stopped(Exception):
    """Ctrl-C was pressed: stop after the step in progress."""


@contextlib.contextmanager
def _stop_on_interrupt(stop):
    """The first Ctrl-C asks to stop after the current step; a second one stops at once."""
    def ask(signum, frame):
        stop["asked"] = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, ask)
    except ValueError:  # not the main thread: no handler, Ctrl-C behaves as usual
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


# --- the results ----------------------------------------------------------------------------
def summarise(trainer, args, requested, start, rows, interrupted):
    config, history = trainer.config, trainer.history
    loss = history.loss.values
    score = history.mean_score.values
    summary = {
        "lesson": config.lesson,
        "seed": config.seed,
        "steps": len(loss) - _history_before(trainer, start),
        "requested_steps": requested,
        "iteration": trainer.iteration,
        "final_loss": float(loss[-1]) if len(loss) else None,
        "final_mean_score": float(score[-1]) if len(score) else None,
        "loss_name": config.loss,
        "diverged": trainer.diverged or False,
        "interrupted": interrupted,
        "config": {"inputs": list(config.inputs), "hidden": list(config.hidden),
                   "activation": config.activation, "optimizer": config.optimizer,
                   "lr": config.lr, "batch": config.batch},
        "session": args.session,
    }
    if trainer.heldout is not None:
        summary["heldout_loss"] = None if trainer.diverged else trainer.heldout_loss()
    if rows:
        summary["shots"] = [shot_dict(record) for record in rows]
    return summary


def _history_before(trainer, start):
    """History length when this run began (one row per completed or diverged step)."""
    return len(trainer.history.loss) - (trainer.iteration - start) - (1 if trainer.diverged
                                                                      else 0)


def shot_dict(record):
    fire, loss = record.fire, record.loss
    return {
        "iteration": fire.iteration,
        "aim_mrad": fire.aim_mrad.tolist(),
        "impact_cm": fire.impacts_cm.tolist(),
        "ring": fire.scores.tolist(),
        "direction": [d.key for d in fire.directions],
        "errors": loss.errors.tolist(),
        "loss": loss.loss,
    }


def json_ready(value):
    """Non-finite floats become null: JSON has no NaN."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return value


# --- words and numbers for the terminal -----------------------------------------------------
def direction_words(key, degrees):
    """ "upper left 15 degrees", "left", "centre"."""
    words = word("direction", key)
    return f"{words} {degrees} degrees" if degrees else words


def number_text(value, width, digits):
    """`value` signed in at most `width` characters: fixed-point while it fits, scientific
    notation beyond (an aim of 1e300 mrad is 7 characters, not 300 digits)."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    text = f"{value:+.{digits}f}"
    precision = max(digits, 1)
    while len(text) > width and precision >= 0:
        text = f"{value:+.{precision}e}"
        precision -= 1
    return text


def pair(values, width, digits):
    """ "(+1.25, -0.40)" padded to the width of two `width`-character numbers, so the
    columns after it stay put."""
    text = "(" + ", ".join(number_text(v, width, digits) for v in values) + ")"
    return f"{text:{pair_width(width)}}"


def pair_width(width):
    return 2 * width + 4


def shot_table(records, loss_name):
    batch = len(records[0].fire.scores)
    aim_width, impact_width = pair_width(AIM_CELL), pair_width(IMPACT_CELL)
    # One row per bullet: with bursts the first column counts bursts, the second its shots.
    head = (f"{'burst':>5}  {'shot':>4}  " if batch > 1 else f"{'shot':>4}  ")
    head += (f"{'aim (mrad)':{aim_width}}  {'impact (cm)':{impact_width}}  {'ring':>4}  "
             f"{'direction':24}")
    unit = loss_unit(loss_name)
    head += f"  {'error':>9}  {'loss':>9} {unit}" if batch > 1 else f"  {'loss':>9} {unit}"
    lines = [head.rstrip()]
    for record in records:
        fire, loss = record.fire, record.loss
        for k in range(batch):
            direction = fire.directions[k]
            line = (f"{fire.iteration + 1:5d}  {k + 1:4d}  " if batch > 1
                    else f"{fire.iteration + 1:4d}  ")
            line += (f"{pair(fire.aim_mrad[k], AIM_CELL, 2)}  "
                     f"{pair(fire.impacts_cm[k], IMPACT_CELL, 1)}  {int(fire.scores[k]):4d}  "
                     f"{direction_words(direction.key, direction.degrees):24}")
            if batch > 1:
                line += f"  {loss.errors[k]:9.4g}"
            line += f"  {loss.loss:9.4g}" if k == 0 else ""
            lines.append(line.rstrip())
    return "\n".join(lines)


def summary_text(summary):
    name = summary["loss_name"]
    unit = loss_unit(name)
    lines = [f"lesson {summary['lesson']}, seed {summary['seed']}: {summary['steps']} steps "
             f"({summary['iteration']} completed in all)"]
    if summary["final_loss"] is not None:
        lines.append(f"final loss {_num(summary['final_loss'])} {unit} "
                     f"({word('loss', name)}), mean ring {summary['final_mean_score']:.2f}")
    if summary.get("heldout_loss") is not None:
        lines.append(f"held-out loss {_num(summary['heldout_loss'])} {unit}")
    if summary["diverged"]:
        reason = word("divergence", summary["diverged"])
        lines.append(f"diverged: {reason}; the last good weights are kept "
                     "(try a smaller --lr)")
    if summary["interrupted"]:
        lines.append("stopped early by Ctrl-C")
    if summary.get("csv"):
        lines.append(f"history written to {summary['csv']}")
    if summary.get("saved"):
        lines.append(f"session saved to {summary['saved']}")
    return "\n".join(lines)


def _num(value):
    return f"{value:.4g}" if value is not None and math.isfinite(value) else "not finite"


def _is_terminal(stream):
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """A one-line bar redrawn in place, at most once per percent."""

    def __init__(self, total, stream, width=30):
        self.total, self.stream, self.width = total, stream, width
        self._shown = -1

    def update(self, done, loss):
        percent = 100 * done // self.total
        if percent == self._shown and done != self.total:
            return
        self._shown = percent
        filled = self.width * done // self.total
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total}  loss {_num(loss)}")
        self.stream.flush()

    def finish(self):
        self.stream.write("\n")
        self.stream.flush()
