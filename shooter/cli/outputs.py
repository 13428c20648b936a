"""The files a run writes (--save, --csv): checked before the run, written after it.

A long run must not end in "cannot write": every output path is checked before the first
step. Should one still fail afterwards (the disk filled up, the folder went away), the
others are written all the same and the failure is reported, so no finished run is lost.
"""

import os

from shooter.cli.parser import UsageError
from shooter.core.messages import Message, path_text


def requested_outputs(args):
    """(option, path) for each output the command line asks for."""
    return [(option, path) for option, path in (("--save", args.save), ("--csv", args.csv))
            if path is not None]


def check_outputs(outputs):
    """UsageError for the first output that could not be written; nothing is created.
    The checks are the ones every save makes (shooter.files), run before the first step."""
    from shooter.files import FileError, check_output_path

    for option, path in outputs:
        if path == "":
            raise UsageError(str(Message("cli.no_file_name", option=option)))
        try:
            check_output_path(path)
        except FileError as problem:
            raise UsageError(f"{option} {path_text(path)}: {problem}") from None
    paths = [os.path.realpath(path) for _option, path in outputs]
    if len(set(paths)) < len(paths):
        raise UsageError(str(Message("cli.outputs_collide", path=path_text(outputs[0][1]))))


def write_outputs(trainer, args, summary):
    """Write the session first (the run itself), then the history. Returns the problems
    met, one line each; what was written is named in `summary`."""
    from shooter.core.session_io import SessionError
    from shooter.files import save_session, write_history_csv

    problems = []
    if args.save:
        try:
            save_session(args.save, trainer)
            summary["saved"] = args.save
        except SessionError as exc:
            problems.append(str(exc))
    if args.csv:
        try:
            write_history_csv(args.csv, trainer.history)
            summary["csv"] = args.csv
        except (OSError, SessionError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            problems.append(str(Message("cli.output_failed", option="--csv",
                                        path=path_text(args.csv), reason=reason)))
    return problems
