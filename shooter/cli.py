"""Command line: no arguments opens the desktop app; `lessons`, `train`, `explain` run headless."""

import argparse
import contextlib
import importlib
import json
import math
import os
import signal
import sys

import numpy as np

from shooter.core.layers import ACTIVATIONS
from shooter.core.lessons import LESSONS
from shooter.core.losses import LOSSES
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.session_io import SessionError

# One line per lesson for `shooter lessons` (the app has its own translated texts).
LESSON_DESCRIPTIONS = {
    "sight-in": "Zero a rifle whose sight is off: from an outer ring to the bullseye "
                "in about five shots.",
    "burst": "Three-round bursts: each round has its error, the loss is their mean.",
    "step-size": "The learning rate: small steps creep, good steps arrive, too large "
                 "swings across the target and off it.",
    "wind": "Wind and distance change every shot: no hidden layer plateaus, a hidden layer "
            "fits; loss on held-out conditions too.",
    "experience": "Initialisation: a random first guess against weights from a rifle "
                  "trained before.",
    "search": "Exhaustive search against gradient descent: shots needed as the parameters "
              "grow.",
    "forward-reverse": "Forward against reverse mode: N forward passes or one backward pass "
                       "for N gradients.",
    "worked-example": "One shot's numbers forward and every gradient backward "
                      "(see `shooter explain`).",
    "loss-surface": "The loss as a surface over two weights, with the descent path on it.",
    "sandbox": "Every setting open: inputs, hidden layers, optimizer, loss and weather.",
}
EXPLAIN_LESSON = "worked-example"  # explain's lesson when none is named

TABLE_MAX_STEPS = 20  # runs this short print one row per shot
EXIT_OK, EXIT_APP_UNAVAILABLE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141  # as a shell reports a command killed by SIGPIPE

DIVERGED_WORDS = {
    "non_finite_loss": "the loss stopped being a finite number",
    "range_lost": "the shots left the range (mean miss beyond 100 m)",
    "non_finite_weights": "the weights stopped being finite numbers",
}
LOSS_UNITS = {"mse": "cm^2", "distance": "cm", "huber": "cm^2"}

TRAIN_EPILOG = """\
Options not given keep the lesson's settings (or the session's, with --session; the weights
then come from the file and the random streams carry on unless --seed is given).
--hidden "" or 0 means no hidden layer.

Exit status: 0 when the run finished, also when it diverged (the run was valid: the summary
and the JSON say "diverged" with the reason, and --save keeps the last good weights);
2 for a bad option or session file; 130 when stopped with Ctrl-C (after the step in progress;
the summary, --csv and --save still happen).
"""


class UsageError(Exception):
    """A bad command line or setting: reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


# --- argument types -----------------------------------------------------------------------
def whole_number(minimum):
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value
    return parse


def number(text):
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def hidden_layers(text):
    """ "16,16" -> (16, 16); "" or "0" -> no hidden layer."""
    text = text.strip()
    if text in ("", "0"):
        return ()
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected units per layer separated by commas, like 16,16; got {text!r}") from None


# --- the parser -------------------------------------------------------------------------
def build_parser():
    parser = Parser(prog="shooter", description=__doc__)
    parser.add_argument("--version", action="version", version=f"shooter {version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the desktop app can start here, then exit")
    sub = parser.add_subparsers(dest="command", metavar="{lessons,train,explain}")
    sub.add_parser("lessons", help="list the lessons")

    train = sub.add_parser(
        "train", help="train a lesson headless", epilog=TRAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Train a lesson without the window: progress on a terminal, a table of "
                    "shots for short runs, then a summary.")
    _add_start_options(train)
    train.add_argument("--steps", type=whole_number(1),
                       help="shots (iterations) to train; default: the lesson's")
    train.add_argument("--lr", type=number, help="learning rate (step size)")
    train.add_argument("--batch", type=whole_number(1), help="shots per burst (batch size)")
    train.add_argument("--hidden", type=hidden_layers, metavar="UNITS",
                       help='units per hidden layer, like 16,16 ("" or 0: none)')
    train.add_argument("--activation", choices=sorted(ACTIVATIONS))
    train.add_argument("--optimizer", choices=sorted(OPTIMIZERS))
    train.add_argument("--loss", choices=sorted(LOSSES))
    train.add_argument("--save", metavar="FILE", help="write the session to FILE (JSON)")
    train.add_argument("--csv", metavar="FILE",
                       help="write the history (iteration, loss, mean_score, grad_norm)")
    train.add_argument("--json", action="store_true",
                       help="print one JSON object with the results on stdout, nothing else")

    explain = sub.add_parser(
        "explain", help="one shot's numbers, forward and backward (the chain rule)",
        description="The worked example of backpropagation: one shot (batch 1), every "
                    "layer's values forward, the flight, the loss, and every gradient "
                    f"backward. The weights are not changed. Lesson {EXPLAIN_LESSON} unless "
                    "--lesson or --session says otherwise.")
    _add_start_options(explain)
    explain.add_argument("--json", action="store_true",
                         help="print every number as one JSON object")
    return parser


def _add_start_options(parser):
    parser.add_argument("--lesson", choices=list(LESSONS), help="see `shooter lessons`")
    parser.add_argument("--seed", type=whole_number(0), help="random seed (whole number)")
    parser.add_argument("--session", metavar="FILE", help="start from a saved session")


def version():
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("shooter")
    except PackageNotFoundError:
        return "unknown (not installed)"


# --- entry point ----------------------------------------------------------------------------
def main(argv=None):
    from shooter.core.trainer import ConfigError

    # A diverging run overflows on purpose; the trainer detects it and says so in words,
    # so numpy's own warnings would only be noise on the console.
    np.seterr(over="ignore", invalid="ignore")
    try:
        args = build_parser().parse_args(argv)
        if args.self_test:
            return _delegate("shooter.selftest", "the self-test")
        if args.command is None:
            return _delegate("shooter.app.main", "the desktop app")
        command = {"lessons": cmd_lessons, "train": cmd_train, "explain": cmd_explain}
        return command[args.command](args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit as exc:  # --help and --version print and stop here
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except (UsageError, ConfigError, SessionError) as exc:
        return _fail(exc)


def _silence_stdout():
    """Later writes (and the interpreter's final flush) go nowhere instead of failing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _fail(exc):
    print(f"shooter: error: {' '.join(str(exc).split())}", file=sys.stderr)
    return EXIT_USAGE


def _delegate(module_name, what):
    """Run `module_name`.run(); a missing GUI toolkit is a one-line message, not a traceback."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        reason = " ".join(str(exc).split())  # one line, whatever the loader said
        print(f"shooter: {what} is unavailable here: {reason}", file=sys.stderr)
        return EXIT_APP_UNAVAILABLE
    return module.run()


def cmd_lessons(args):
    width = max(len(key) for key in LESSONS)
    for key, lesson in LESSONS.items():
        cases = ",".join(lesson.cases) or "-"
        print(f"{key:{width}}  {cases:9} {LESSON_DESCRIPTIONS.get(key, '')}".rstrip())
    return EXIT_OK


# --- building a trainer ----------------------------------------------------------------------
OVERRIDES = ("seed", "lr", "batch", "hidden", "activation", "optimizer", "loss")


def _overrides(args):
    return {name: getattr(args, name) for name in OVERRIDES
            if getattr(args, name, None) is not None}


def start_trainer(args, default_lesson=None, **fixed):
    """The trainer the options ask for: a lesson's, or a saved session's carried on."""
    from shooter.core.session_io import restore
    from shooter.core.trainer import Trainer
    from shooter.files import load_session

    overrides = {**_overrides(args), **fixed}
    if args.session:
        saved = load_session(args.session)
        if args.lesson and args.lesson != saved.config.lesson:
            raise UsageError(f"the session is lesson {saved.config.lesson!r}, not "
                             f"{args.lesson!r}; leave out --lesson to carry on with it")
        if saved.diverged:
            print(f"shooter: the saved run had diverged ({saved.diverged}); carrying on from "
                  "its last good weights", file=sys.stderr)
        return restore(saved, **overrides)
    if not args.lesson and default_lesson in LESSONS:
        args.lesson = default_lesson
    if not args.lesson:
        raise UsageError("choose a lesson with --lesson (see `shooter lessons`) "
                         "or start from a saved one with --session FILE")
    return Trainer(LESSONS[args.lesson].configured(**overrides))


def default_steps(trainer):
    lesson = LESSONS.get(trainer.config.lesson)
    return lesson.steps if lesson else 100


# --- train ---------------------------------------------------------------------------------
def cmd_train(args):
    trainer = start_trainer(args)
    steps = args.steps or default_steps(trainer)
    start = trainer.iteration
    rows = [] if steps <= TABLE_MAX_STEPS else None
    bar = ProgressBar(steps, sys.stderr) if _is_terminal(sys.stderr) else None
    stop = {"asked": False}

    def after_step(i, record):
        if rows is not None:
            rows.append(record)
        if bar is not None:
            bar.update(i + 1, record.loss.loss)
        if stop["asked"]:
            raise _Stopped

    interrupted = False
    with _stop_on_interrupt(stop):
        try:
            trainer.run(steps, after_step)
        except _Stopped:
            interrupted = True
    if bar is not None:
        bar.finish()
    summary = summarise(trainer, args, steps, start, rows, interrupted)
    _write_outputs(trainer, args, summary)
    if args.json:
        print(json.dumps(json_ready(summary), allow_nan=False))
    else:
        if rows:
            print(shot_table(rows, trainer.config.loss))
        print(summary_text(summary))
    return EXIT_INTERRUPTED if interrupted else EXIT_OK


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


def _write_outputs(trainer, args, summary):
    from shooter.files import save_session, write_history_csv

    if args.csv:
        try:
            write_history_csv(args.csv, trainer.history)
        except OSError as exc:
            raise UsageError(f"cannot write {args.csv!r}: {exc.strerror or exc}") from None
        summary["csv"] = args.csv
    if args.save:
        save_session(args.save, trainer)
        summary["saved"] = args.save


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


# --- words for the terminal ----------------------------------------------------------------
def direction_words(direction):
    """ "upper left 15 degrees", "left", "centre"."""
    words = direction.key.replace("_", " ")
    return f"{words} {direction.degrees} degrees" if direction.degrees else words


def pair(values, digits=2):
    return "(" + ", ".join(f"{v:+.{digits}f}" for v in values) + ")"


def shot_table(records, loss_name):
    batch = len(records[0].fire.scores)
    unit = LOSS_UNITS.get(loss_name, "")
    head = f"{'shot':>4}  " + (f"{'round':>5}  " if batch > 1 else "")
    head += f"{'aim (mrad)':16}  {'impact (cm)':18}  {'ring':>4}  {'direction':24}"
    head += f"  {'error':>9}  {'loss':>9} {unit}" if batch > 1 else f"  {'loss':>9} {unit}"
    lines = [head.rstrip()]
    for record in records:
        fire, loss = record.fire, record.loss
        for k in range(batch):
            line = f"{fire.iteration + 1:4d}  " + (f"{k + 1:5d}  " if batch > 1 else "")
            line += (f"{pair(fire.aim_mrad[k]):16}  {pair(fire.impacts_cm[k], 1):18}  "
                     f"{int(fire.scores[k]):4d}  {direction_words(fire.directions[k]):24}")
            if batch > 1:
                line += f"  {loss.errors[k]:9.4g}"
            line += f"  {loss.loss:9.4g}" if k == 0 else ""
            lines.append(line.rstrip())
    return "\n".join(lines)


def summary_text(summary):
    unit = LOSS_UNITS.get(summary["loss_name"], "")
    lines = [f"lesson {summary['lesson']}, seed {summary['seed']}: {summary['steps']} steps "
             f"({summary['iteration']} completed in all)"]
    if summary["final_loss"] is not None:
        lines.append(f"final loss {_num(summary['final_loss'])} {unit} ({summary['loss_name']}),"
                     f" mean ring {summary['final_mean_score']:.2f}")
    if summary.get("heldout_loss") is not None:
        lines.append(f"held-out loss {_num(summary['heldout_loss'])} {unit}")
    if summary["diverged"]:
        reason = DIVERGED_WORDS.get(summary["diverged"], summary["diverged"])
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


# --- explain -------------------------------------------------------------------------------
def cmd_explain(args):
    from shooter.core.explain import explain_shot

    trainer = start_trainer(args, default_lesson=EXPLAIN_LESSON, batch=1)
    explanation = explain_shot(trainer)
    if args.json:
        print(json.dumps(json_ready(explanation), allow_nan=False))
    else:
        print(explanation_text(explanation))
    return EXIT_OK


ERROR_FORMULA = {
    "mse": "right^2 + up^2",
    "distance": "sqrt(right^2 + up^2)",
    "huber": "r^2 / 2 if r <= delta, else delta * (r - delta / 2), with r = |offset|",
}
ERROR_GRAD_FORMULA = {
    "mse": "2 * offset / n",
    "distance": "offset / |offset| / n",
    "huber": "offset * min(1, delta / |offset|) / n",
}
SLOPE_FORMULA = {
    "identity": "1", "tanh": "1 - a^2", "sigmoid": "a * (1 - a)",
    "relu": "1 where z > 0, else 0", "leaky_relu": "1 where z > 0, else 0.01",
}
CONDITION_UNITS = (("distance_m", "distance", "m"), ("crosswind_mps", "crosswind", "m/s"),
                   ("headwind_mps", "headwind", "m/s"),
                   ("air_density_kg_m3", "air density", "kg/m^3"))


def vector(values):
    return "[" + ", ".join(f"{v:.4g}" for v in values) + "]"


def matrix_lines(rows, indent):
    if not rows:
        return [f"{indent}(empty: no inputs)"]
    return [indent + " ".join(f"{v:9.4g}" for v in row) for row in rows]


def explanation_text(e):
    out = [f"Worked example: one shot, forward and backward (lesson {e['lesson']}, "
           f"seed {e['seed']}, shot {e['iteration'] + 1})", ""]
    out += _inputs_text(e)
    out += _forward_text(e)
    out += _flight_text(e)
    out += _loss_text(e)
    if e["diverged"]:
        out.append(f"The shot diverged ({e['diverged']}): there is no gradient to follow.")
    else:
        out += _backward_text(e)
    return "\n".join(out)


def _inputs_text(e):
    inputs = e["inputs"]
    conditions = ", ".join(f"{label} {inputs['conditions'][key][0]:.4g} {unit}"
                           for key, label, unit in CONDITION_UNITS)
    out = ["1. Inputs", f"   conditions: {conditions}"]
    if not inputs["names"]:
        out.append("   The network sees no conditions: it is a bias only, the aim it has "
                   "learned so far.")
    else:
        out.append("   features x: each condition scaled to -1..1 over its range, "
                   "(value - middle) / half-width")
        for j, name in enumerate(inputs["names"]):
            lo, hi = inputs["ranges"][name]
            key = next(k for k, label, _ in CONDITION_UNITS if label.replace(" ", "_") == name)
            value = inputs["conditions"][key][0]
            out.append(f"     {name:12} ({value:.4g} - {(lo + hi) / 2:.4g}) / "
                       f"{(hi - lo) / 2:.4g} = {inputs['features'][0][j]:.4g}")
    return out + [""]


def _forward_text(e):
    out = ["2. Forward pass, layer by layer: z = x @ W + b, then a = activation(z)"]
    last = len(e["layers"]) - 1
    for layer in e["layers"]:
        n_in, n_out = len(layer["W"]), len(layer["b"])
        role = " (output)" if layer["index"] == last else ""
        out.append(f"   layer {layer['index'] + 1}{role}: {n_in} -> {n_out}, "
                   f"activation {layer['activation']}")
        if n_in:
            out.append(f"     x = {vector(layer['input'][0])}")
            out.append(f"     W ({n_in} x {n_out}) =")
            out += matrix_lines(layer["W"], "       ")
            out.append(f"     b = {vector(layer['b'])}")
            out.append(f"     z = x @ W + b = {vector(layer['pre_activation'][0])}")
        else:
            out.append("     no inputs, so no W: z = b")
            out.append(f"     z = b = {vector(layer['pre_activation'][0])}")
        out.append(f"     a = {layer['activation']}(z) = {vector(layer['output'][0])}")
    out.append(f"   aim = {vector(e['aim_mrad'][0])} mrad (horizontal, vertical)")
    return out + [""]


def _flight_text(e):
    f = e["flight"]
    jac = f["jacobian_cm_per_mrad"][0]
    return [
        "3. The bullet's flight",
        f"   time of flight {f['time_of_flight_s'][0]:.4g} s, gravity drop "
        f"{f['drop_cm'][0]:.4g} cm, wind drift {f['wind_drift_cm'][0]:.4g} cm",
        f"   bore = aim + sight offset + hand tremor = {vector(e['aim_mrad'][0])} + "
        f"{vector(f['sight_offset_mrad'])} + {vector(f['tremor_mrad'][0])} = "
        f"{vector(f['bore_mrad'][0])} mrad",
        f"   J = d impact / d aim = distance x 0.1 cm/mrad = {jac:.4g} cm per mrad",
        f"   impact = J * bore + drift {vector(f['drift_cm'][0])} = "
        f"{vector(e['impact_cm'][0])} cm (right, up)",
        f"   ring {e['ring'][0]}, {direction_words_from(e['direction'][0])}",
        "",
    ]


def direction_words_from(d):
    words = d["key"].replace("_", " ")
    return f"{words} {d['degrees']} degrees" if d["degrees"] else words


def _loss_text(e):
    name = e["loss_name"]
    unit = LOSS_UNITS.get(name, "")
    return [
        f"4. Loss ({name})",
        f"   offset = impact - bullseye = {vector(e['offset_cm'][0])} cm",
        f"   error = {ERROR_FORMULA.get(name, name)} = {e['errors'][0]:.4g} {unit}",
        f"   loss = mean error over {len(e['errors'])} shot = {e['loss']:.4g} {unit}",
        "",
    ]


def _backward_text(e):
    name = e["loss_name"]
    jac = e["flight"]["jacobian_cm_per_mrad"][0]
    out = ["5. Backward pass (pulling the target back): the chain rule, last layer first",
           f"   dL/d offset = {ERROR_GRAD_FORMULA.get(name, name)} = "
           f"{vector(e['loss_grad_offset'][0])}",
           f"   dL/d aim = J * dL/d offset = {jac:.4g} * {vector(e['loss_grad_offset'][0])} = "
           f"{vector(e['aim_grad'][0])} per mrad"]
    for layer in reversed(e["layers"]):
        i = layer["index"] + 1
        out.append(f"   layer {i} ({layer['activation']}):")
        out.append(f"     dL/d a = {vector(layer['grad_output'][0])}")
        out.append(f"     dL/d z = dL/d a * ({SLOPE_FORMULA.get(layer['activation'], '?')}) = "
                   f"{vector(layer['grad_pre_activation'][0])}")
        if layer["dW"]:
            out.append("     dL/d W = x^T @ dL/d z =")
            out += matrix_lines(layer["dW"], "       ")
        out.append(f"     dL/d b = dL/d z = {vector(layer['db'])}")
        if i > 1:
            out.append(f"     dL/d x = dL/d z @ W^T = {vector(layer['grad_input'][0])}"
                       f"  (this is dL/d a of layer {i - 1})")
    out.append(f"   size of the whole gradient: {e['grad_norm']:.4g}")
    out.append("   No weight was changed: a training step would now move each one against "
               "its gradient.")
    return out
