"""Command line: no command opens the desktop app (on a saved session, or a lesson);
`lessons`, `train`, `explain` and `record` run without a window.

parser.py reads the options; start.py builds the trainer a command asks for; train.py,
explain.py and record.py are the headless commands; outputs.py checks and writes --save
and --csv.
"""

import importlib
import os
import sys

import numpy as np

from shooter.cli.parser import UsageError, parse
from shooter.core.lesson_words import lesson_goal
from shooter.core.lessons import LESSONS
from shooter.core.messages import ShooterError, one_line

EXIT_OK, EXIT_APP_UNAVAILABLE, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a command killed by SIGPIPE


def main(argv=None):
    # A diverging run overflows on purpose; the trainer detects it and says so in words,
    # so numpy's own warnings would only be noise on the console.
    np.seterr(over="ignore", invalid="ignore")
    try:
        args = parse(sys.argv[1:] if argv is None else argv)
        if args.self_test:
            return _delegate("shooter.selftest", "the self-test")
        if args.command is None:
            return _delegate("shooter.app.main", "the desktop app", **launch_options(args))
        return _command(args.command)(args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except SystemExit as exc:  # --help and --version print and stop here
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except (UsageError, ShooterError) as exc:  # config, session and file errors among them
        return fail(exc)


def _command(name):
    from shooter.cli.explain import cmd_explain
    from shooter.cli.record import cmd_record
    from shooter.cli.train import cmd_train

    return {"lessons": cmd_lessons, "train": cmd_train, "explain": cmd_explain,
            "record": cmd_record}[name]


def launch_options(args):
    """What the desktop app is asked to open: only the options given, so a plain
    `shooter` starts as it always has (shooter.app.main.run)."""
    given = {"file": args.file, "lesson": args.app_lesson, "language": args.language,
             "present": args.present or None}
    return {name: value for name, value in given.items() if value is not None}


def fail(exc):
    """One line on stderr, control characters escaped, at most ~200 characters; exit 2."""
    print(one_line(f"shooter: error: {exc}"), file=sys.stderr)
    return EXIT_USAGE


def _silence_stdout():
    """Later writes (and the interpreter's final flush) go nowhere instead of failing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _delegate(module_name, what, **options):
    """Run `module_name`.run(); a missing GUI toolkit is a one-line message, not a traceback."""
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        print(one_line(f"shooter: {what} is unavailable here: {exc}"), file=sys.stderr)
        return EXIT_APP_UNAVAILABLE
    return module.run(**options)


def cmd_lessons(args):
    width = max(len(key) for key in LESSONS)
    for key, lesson in LESSONS.items():
        cases = ",".join(lesson.cases) or "-"
        print(f"{key:{width}}  {cases:9} {lesson_goal(key)}".rstrip())
    return EXIT_OK
