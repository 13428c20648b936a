"""The command line's options: what each means, how its value is read, how bad ones are told."""

import argparse
import re

from shooter.constants import MAX_BATCH, MAX_HIDDEN_LAYERS, MAX_SEED
from shooter.core.layers import ACTIVATIONS
from shooter.core.lessons import LESSONS
from shooter.core.losses import LOSSES
from shooter.core.messages import Message, one_line
from shooter.core.optimizers import OPTIMIZERS

COMMANDS = ("lessons", "train", "explain", "record")
EXPLAIN_LESSON = "worked-example"  # explain's lesson when none is named
MAX_STEPS = 1_000_000  # a session of this many steps stays well inside what loads back
# Plain decimal or scientific notation only: Python's float() also takes "1_000" and "inf".
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
DIGITS = re.compile(r"[+-]?\d+")
MAX_DIGITS = 18  # more digits than any option allows; int() of 10**400 digits is not needed

DESCRIPTION = """\
Shooter: how a neural network learns, on a rifle range.
With no command the desktop app opens (with FILE: that saved session);
`lessons`, `train`, `explain` and `record` run without a window."""

USAGE = """shooter [--lesson LESSON] [--language LANG] [--present] [FILE]
       shooter {lessons,train,explain,record} [options]
       shooter --self-test | --version"""

APP_EPILOG = """\
FILE is a saved session (*.shooter or *.json); to open a file named like a command, write
./train. A desktop launcher per lesson, for class:
  shooter --lesson wind --language zh_CN --present
"""

TRAIN_EPILOG = """\
Options not given keep the lesson's settings (or the session's, with --session; the weights
then come from the file and the random streams carry on unless --seed is given).
--hidden "" or 0 means no hidden layer. --save and --csv are checked before the run starts.

Exit status: 0 when the run finished, also when it diverged (the run was valid: the summary
and the JSON say "diverged" with the reason, and --save keeps the last good weights);
2 for a bad option or session file, or an output that could not be written (the other
outputs still are); 130 when stopped with Ctrl-C (after the step in progress; the summary,
--csv and --save still happen).
"""


class UsageError(Exception):
    """A bad command line or setting: reported as one line, exit status 2."""

    def __init__(self, problem):
        super().__init__(one_line(problem))


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


# --- argument types -----------------------------------------------------------------------
def _refuse(key, **params):
    raise argparse.ArgumentTypeError(str(Message(key, **params)))


def number(text):
    """A finite number in plain notation: 0.01, 1e-3, -2 (not 1_000, inf or nan)."""
    if not PLAIN_NUMBER.fullmatch(text.strip()):
        if text.strip().lstrip("+-").lower() in ("inf", "infinity", "nan"):
            _refuse("cli.not_finite", text=repr(text))
        _refuse("cli.expected_number", text=repr(text))
    value = float(text)
    if value in (float("inf"), float("-inf")):
        _refuse("cli.not_finite", text=repr(text))
    return value


def whole_number(lowest, highest):
    def parse(text):
        if not DIGITS.fullmatch(text.strip()):
            _refuse("cli.expected_whole", text=repr(text))
        digits = text.strip().lstrip("+-")
        value = int(text) if len(digits) <= MAX_DIGITS else None
        if value is None or not lowest <= value <= highest:
            _refuse("cli.out_of_range", lowest=lowest, highest=highest, text=text.strip())
        return value
    return parse


def hidden_layers(text):
    """ "16,16" -> (16, 16); "" or "0" -> no hidden layer. Unit counts are checked by the
    trainer's config (one rule for the app and the command line)."""
    text = text.strip()
    if text in ("", "0"):
        return ()
    parts = text.split(",")
    if len(parts) > MAX_HIDDEN_LAYERS:  # told before reading 100,000 of them
        _refuse("cli.hidden_too_many", most=MAX_HIDDEN_LAYERS, count=len(parts))
    if not all(DIGITS.fullmatch(part.strip()) and len(part.strip()) <= MAX_DIGITS
               for part in parts):
        _refuse("cli.hidden_syntax", text=repr(text))
    return tuple(int(part) for part in parts)


# --- the parsers ----------------------------------------------------------------------------
def build_parser():
    parser = Parser(prog="shooter", usage=USAGE, description=DESCRIPTION, epilog=APP_EPILOG,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help="check that the desktop app can start here, then exit")
    _add_app_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="{lessons,train,explain,record}")
    sub.add_parser("lessons", help="list the lessons")
    _add_train(sub)
    _add_explain(sub)
    _add_record(sub)
    return parser


def build_app_parser():
    """`shooter [options] [FILE]`: the desktop app, opened on a file or a lesson."""
    parser = Parser(prog="shooter", usage=USAGE)
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--self-test", action="store_true")
    _add_app_options(parser)
    parser.add_argument("file", nargs="?", metavar="FILE")
    return parser


def _add_app_options(parser):
    group = parser.add_argument_group("opening the desktop app")
    group.add_argument("--lesson", choices=list(LESSONS), dest="app_lesson", metavar="LESSON",
                       help="open straight into this lesson (see `shooter lessons`)")
    group.add_argument("--language", metavar="LANG",
                       help="the app's language: en or zh_CN (default: as last time)")
    group.add_argument("--present", action="store_true",
                       help="start in the projector layout (F5 leaves it)")


def _add_train(sub):
    train = sub.add_parser(
        "train", help="train a lesson headless", epilog=TRAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Train a lesson without the window: progress on a terminal, a table of "
                    "shots for short runs, then a summary.")
    _add_start_options(train)
    train.add_argument("--steps", type=whole_number(1, MAX_STEPS),
                       help="shots (iterations) to train; default: the lesson's")
    train.add_argument("--lr", type=number, help="learning rate (step size)")
    train.add_argument("--batch", type=whole_number(1, MAX_BATCH),
                       help="shots per burst (batch size)")
    train.add_argument("--hidden", type=hidden_layers, metavar="UNITS",
                       help='units per hidden layer, like 16,16 ("" or 0: none)')
    train.add_argument("--activation", choices=sorted(ACTIVATIONS))
    train.add_argument("--optimizer", choices=sorted(OPTIMIZERS))
    train.add_argument("--loss", choices=sorted(LOSSES))
    train.add_argument("--save", metavar="FILE", help="write the session to FILE")
    train.add_argument("--csv", metavar="FILE",
                       help="write the history (iteration, loss, mean_score, grad_norm)")
    train.add_argument("--json", action="store_true",
                       help="print one JSON object with the results on stdout, nothing else")


def _add_explain(sub):
    explain = sub.add_parser(
        "explain", help="one shot's numbers, forward and backward (the chain rule)",
        description="The worked example of backpropagation: one shot (batch 1), every "
                    "layer's values forward, the flight, the loss, and every gradient "
                    f"backward. The weights are not changed. Lesson {EXPLAIN_LESSON} unless "
                    "--lesson or --session says otherwise.")
    _add_start_options(explain)
    explain.add_argument("--json", action="store_true",
                         help="print every number as one JSON object")


def _add_record(sub):
    record = sub.add_parser(
        "record", help="an animation of training for slides (GIF, APNG or WebP)",
        description="Play a lesson (or a saved session) offscreen for some steps and write "
                    "what the window shows - the shots, the red error lines, the green "
                    "arrow, the network and the plots - as an animation. The format follows "
                    "the file's extension: .gif, .png (APNG), .apng or .webp.")
    record.add_argument("--lesson", choices=list(LESSONS), help="see `shooter lessons`")
    record.add_argument("--session", metavar="FILE", help="start from a saved session")
    record.add_argument("--steps", type=whole_number(1, 10_000), required=True,
                        help="training steps to record (each shows its four phases)")
    record.add_argument("--out", metavar="FILE", required=True, help="the animation to write")
    record.add_argument("--size", default="1280x720", metavar="WxH",
                        help="frame size in pixels (default 1280x720)")
    record.add_argument("--language", default="en", metavar="LANG",
                        help="the language of the words in the frames: en or zh_CN")
    record.add_argument("--fps", type=whole_number(1, 60), default=15,
                        help="frames per second (default 15)")


def _add_start_options(parser):
    parser.add_argument("--lesson", choices=list(LESSONS), help="see `shooter lessons`")
    parser.add_argument("--seed", type=whole_number(0, MAX_SEED),
                        help="random seed (whole number)")
    parser.add_argument("--session", metavar="FILE", help="start from a saved session")


class VersionAction(argparse.Action):
    """--version: the installed version, looked up only when asked for. The lookup loads
    importlib.metadata (with email, csv and zipfile), about 30 ms of every start otherwise."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=help or "show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"shooter {version()}")
        parser.exit()


def version():
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("shooter")
    except PackageNotFoundError:
        return "unknown (not installed)"


# --- reading a command line -----------------------------------------------------------------
VALUE_OPTIONS = ("--lr", "--seed", "--steps", "--batch", "--hidden")


def parse(argv):
    """The options of `argv`; `args.command` is None when the desktop app is to open."""
    argv = _values_may_start_with_a_dash(list(argv))
    if any(token in COMMANDS for token in _positionals(argv)):
        return build_parser().parse_args(argv)
    if any(token in ("-h", "--help") for token in argv):
        build_parser().parse_args(["--help"])  # the full help, commands included
    args = build_app_parser().parse_args(argv)
    args.command = None
    return args


def _values_may_start_with_a_dash(argv):
    """`--lr -inf` -> `--lr=-inf`: argparse would take "-inf" for an option and only say
    "expected one argument"; joined, the value reaches its own check and message."""
    joined, i = [], 0
    while i < len(argv):
        token = argv[i]
        following = argv[i + 1] if i + 1 < len(argv) else None
        if (token in VALUE_OPTIONS and following is not None and following.startswith("-")
                and not following.startswith("--") and following != "-h"):
            joined.append(f"{token}={following}")
            i += 2
        else:
            joined.append(token)
            i += 1
    return joined


def _positionals(argv):
    """The words of `argv` that are not options or option values, in order."""
    takes_value = {"--lesson", "--language", "--session", "--save", "--csv", "--activation",
                   "--optimizer", "--loss", "--out", "--size", "--fps", *VALUE_OPTIONS}
    words, skip = [], False
    for token in argv:
        if skip:
            skip = False
        elif token == "--":
            continue
        elif token.startswith("-"):
            skip = token in takes_value
        else:
            words.append(token)
    return words
