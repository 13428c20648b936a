"""The trainer a command asks for: a lesson's, or a saved session's carried on."""

import sys

from shooter.cli.parser import UsageError
from shooter.core.lessons import LESSONS
from shooter.core.messages import Message
from shooter.core.words import word

OVERRIDES = ("seed", "lr", "batch", "hidden", "activation", "optimizer", "loss")


def overrides(args):
    return {name: getattr(args, name) for name in OVERRIDES
            if getattr(args, name, None) is not None}


def start_trainer(args, default_lesson=None, **fixed):
    from shooter.core.session_io import restore
    from shooter.core.trainer import Trainer
    from shooter.files import load_session

    changes = {**overrides(args), **fixed}
    if args.session is not None:
        if not args.session:
            raise UsageError(str(Message("cli.no_file_name", option="--session")))
        saved = load_session(args.session)
        if args.lesson and args.lesson != saved.config.lesson:
            raise UsageError(str(Message("cli.session_is_other_lesson",
                                         saved=saved.config.lesson, asked=args.lesson)))
        if saved.diverged:
            reason = word("divergence", saved.diverged)
            print(f"shooter: {Message('cli.saved_run_diverged', reason=reason)}",
                  file=sys.stderr)
        return restore(saved, **changes)
    if not args.lesson and default_lesson in LESSONS:
        args.lesson = default_lesson
    if not args.lesson:
        raise UsageError(str(Message("cli.choose_lesson")))
    return Trainer(LESSONS[args.lesson].configured(**changes))


def default_steps(trainer):
    lesson = LESSONS.get(trainer.config.lesson)
    return lesson.steps if lesson else 100
