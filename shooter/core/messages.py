"""Every sentence the core says to a person: a key, its English template, its parameters.

Core never builds a sentence itself. It raises `ShooterError(key, **params)` (or returns a
`Message`); `str()` gives the English for the CLI and the log, and the app looks the template
up in its translation catalogue (context "Messages") and fills in the same parameters, so no
sentence is ever parsed back. Templates use `{name}` placeholders, the project's one style.

The templates are marked with QT_TRANSLATE_NOOP, which lupdate collects without this module
importing Qt.
"""

import errno

CONTEXT = "Messages"
PARAM_CHARS = 60  # a parameter longer than this is cut: a file's 10 MB key stays one line
LINE_CHARS = 200  # a whole message longer than this is cut


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


# A key names where the sentence belongs and what it says; each entry is written
# "key": QT_TRANSLATE_NOOP("Messages", "English with {placeholders}"), for lupdate.
# One section per part of the program, so each part's sentences are found together.
TEMPLATES = {
    # --- training settings and phases (core.config, core.trainer, core.network)
    "config.lr": QT_TRANSLATE_NOOP(
        "Messages", "The learning rate must be a positive number (got {value})."),
    "config.batch": QT_TRANSLATE_NOOP(
        "Messages", "The batch must be a whole number from 1 to {most} (got {value})."),
    "config.hidden_layers": QT_TRANSLATE_NOOP(
        "Messages", "At most {most} hidden layers (got {count})."),
    "config.hidden_units": QT_TRANSLATE_NOOP(
        "Messages", "A hidden layer needs 1 to {most} neurons (got {value})."),
    "config.activation": QT_TRANSLATE_NOOP("Messages", "Unknown activation {name}."),
    "config.init": QT_TRANSLATE_NOOP("Messages", "Unknown initialisation {name}."),
    "config.optimizer": QT_TRANSLATE_NOOP("Messages", "Unknown optimizer {name}."),
    "config.loss": QT_TRANSLATE_NOOP("Messages", "Unknown loss {name}."),
    "config.huber_delta": QT_TRANSLATE_NOOP(
        "Messages", "The Huber threshold must be a positive number of cm."),
    "config.input": QT_TRANSLATE_NOOP("Messages", "Unknown input {name}."),
    "config.input_twice": QT_TRANSLATE_NOOP("Messages", "An input is listed twice."),
    "config.heldout": QT_TRANSLATE_NOOP(
        "Messages", "The held-out set size or interval is out of range."),
    "config.seed": QT_TRANSLATE_NOOP(
        "Messages", "The seed must be a whole number from 0 to {most} (got {value})."),
    "config.distance_range": QT_TRANSLATE_NOOP(
        "Messages", "The distance range must be finite, low up to high (got {low}, {high})."),
    "config.crosswind_range": QT_TRANSLATE_NOOP(
        "Messages", "The crosswind range must be finite, low up to high (got {low}, {high})."),
    "config.headwind_range": QT_TRANSLATE_NOOP(
        "Messages", "The headwind range must be finite, low up to high (got {low}, {high})."),
    "config.air_density_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The air density range must be finite, low up to high (got {low}, {high})."),
    "config.distance": QT_TRANSLATE_NOOP(
        "Messages", "The distance must be within {low}..{high} m."),
    "config.crosswind": QT_TRANSLATE_NOOP(
        "Messages", "The crosswind must be within -{most}..{most} m/s."),
    "config.headwind": QT_TRANSLATE_NOOP(
        "Messages", "The headwind must be within -{most}..{most} m/s."),
    "config.air_density": QT_TRANSLATE_NOOP(
        "Messages", "The air density must be within {low}..{high} kg/m³."),
    "config.tremor": QT_TRANSLATE_NOOP(
        "Messages", "The hand tremor must be within 0..{most} mrad."),
    "config.sight_offset": QT_TRANSLATE_NOOP(
        "Messages", "The sight offset must be two numbers within -{most}..{most} mrad."),
    "network.weight_shape": QT_TRANSLATE_NOOP(
        "Messages", "Weight shape {shape} does not fit {expected}."),
    "phase.diverged": QT_TRANSLATE_NOOP(
        "Messages", "Training diverged ({reason}); restore or reset first."),
    "phase.order": QT_TRANSLATE_NOOP(
        "Messages", "The next phase is {expected}, not {asked}."),

    # --- session files (core.session_io)
    "session.file": QT_TRANSLATE_NOOP("Messages", "session file '{path}': {problem}"),
    "session.too_large": QT_TRANSLATE_NOOP("Messages", "larger than {limit} bytes"),
    "session.not_utf8": QT_TRANSLATE_NOOP("Messages", "not UTF-8 text"),
    "session.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "session.too_deep": QT_TRANSLATE_NOOP("Messages", "JSON nested more than {limit} levels deep"),
    "session.too_many_items": QT_TRANSLATE_NOOP(
        "Messages", "holds too many lists, texts or numbers to be read safely ({size} bytes)"),
    "session.out_of_memory": QT_TRANSLATE_NOOP(
        "Messages", "not enough memory to read it; close other programs and try again"),
    "session.unclosed_text": QT_TRANSLATE_NOOP(
        "Messages", "truncated (a text in quotes is never closed)"),
    "session.constant": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not allowed (non-finite values are written as null)"),
    "session.repeated_key": QT_TRANSLATE_NOOP("Messages", "a JSON object repeats a key"),
    "session.truncated": QT_TRANSLATE_NOOP(
        "Messages", "truncated (cut short at line {line}, column {column})"),
    "session.not_json": QT_TRANSLATE_NOOP(
        "Messages", "not valid JSON (at line {line}, column {column})"),
    "session.number_too_long": QT_TRANSLATE_NOOP(
        "Messages", "not usable JSON (a number too long to read)"),
    "session.not_object": QT_TRANSLATE_NOOP("Messages", "not a JSON object"),
    "session.not_shooter": QT_TRANSLATE_NOOP(
        "Messages", "not a Shooter session (no \"format\": \"{format}\")"),
    "session.no_version": QT_TRANSLATE_NOOP("Messages", "no schema_version"),
    "session.version_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "schema_version must be a whole number, got {value}"),
    "session.version_newer": QT_TRANSLATE_NOOP(
        "Messages", "schema_version {version} is newer than this Shooter reads ({supported})"),
    "session.version_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "unsupported schema_version {version}"),
    "session.unknown_lesson": QT_TRANSLATE_NOOP(
        "Messages", "config.lesson {lesson} is not a lesson this Shooter knows"),
    "session.setting": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
    "session.network_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The session's network ({saved}) does not fit the settings asked for "
                    "({asked})."),
    "session.inputs_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "network.inputs does not match config.inputs"),
    "session.layer_count": QT_TRANSLATE_NOOP(
        "Messages", "network.layers must list {count} layers for hidden layers {hidden}"),
    "session.layer_activation": QT_TRANSLATE_NOOP(
        "Messages", "{where} must be {activation}, as the config says"),
    "session.optimizer_name": QT_TRANSLATE_NOOP(
        "Messages", "optimizer.name does not match config.optimizer"),
    "session.optimizer_slots": QT_TRANSLATE_NOOP(
        "Messages", "optimizer.slots must hold {count} lists of state for {optimizer}"),
    "session.adam_moment": QT_TRANSLATE_NOOP(
        "Messages", "optimizer: Adam's second moment is below 0"),
    "session.adam_count": QT_TRANSLATE_NOOP(
        "Messages", "optimizer: Adam's step count must be 1 or more"),
    "session.history_list": QT_TRANSLATE_NOOP(
        "Messages", "{where} must be a list of numbers or null"),
    "session.history_base64": QT_TRANSLATE_NOOP(
        "Messages", "{where} must be base64 text of 8-byte numbers"),
    "session.history_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{where} holds more than {limit} steps, the most a run keeps"),
    "session.history_lengths": QT_TRANSLATE_NOOP(
        "Messages", "history.loss, mean_score and grad_norm differ in length"),
    "session.heldout_lengths": QT_TRANSLATE_NOOP(
        "Messages", "history.heldout_step and heldout_loss differ in length"),
    "session.heldout_steps": QT_TRANSLATE_NOOP(
        "Messages", "history.heldout_step must hold whole numbers of 0 or more"),
    "session.iteration": QT_TRANSLATE_NOOP(
        "Messages", "iteration must be a whole number between 0 and the length of "
                    "history.loss"),
    "session.diverged": QT_TRANSLATE_NOOP("Messages", "diverged must be null or a reason key"),
    "session.short_text": QT_TRANSLATE_NOOP("Messages", "{where} must be a short text"),
    "session.finite_number": QT_TRANSLATE_NOOP("Messages", "{where} must be a finite number"),
    "session.whole_number": QT_TRANSLATE_NOOP("Messages", "{where} must be a whole number"),
    "session.true_or_false": QT_TRANSLATE_NOOP("Messages", "{where} must be true or false"),
    "session.list": QT_TRANSLATE_NOOP("Messages", "{where} must be a list of at most {most}"),
    "session.list_of": QT_TRANSLATE_NOOP("Messages", "{where} must be a list of {count}"),
    "session.numbers_only": QT_TRANSLATE_NOOP("Messages", "{where} must hold numbers only"),
    "session.shape": QT_TRANSLATE_NOOP("Messages", "{where} must have shape {shape}"),
    "session.number_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{where} holds a number too large"),
    "session.non_finite": QT_TRANSLATE_NOOP("Messages", "{where} holds a non-finite number"),
    "session.pcg64": QT_TRANSLATE_NOOP("Messages", "{where} must be \"PCG64\""),
    "session.hex128": QT_TRANSLATE_NOOP(
        "Messages", "{where} must be a 128-bit hex string like \"0x1f\""),
    "session.zero_or_one": QT_TRANSLATE_NOOP("Messages", "{where} must be 0 or 1"),
    "session.uint32": QT_TRANSLATE_NOOP(
        "Messages", "{where} must be a whole number from 0 to 2**32-1"),
    "session.json_object": QT_TRANSLATE_NOOP("Messages", "{where} must be a JSON object"),
    "session.lacks": QT_TRANSLATE_NOOP("Messages", "{where} lacks {keys}"),
    "session.unknown_keys": QT_TRANSLATE_NOOP("Messages", "{where} has unknown keys: {keys}"),
    "session.the_file": QT_TRANSLATE_NOOP("Messages", "the file"),
    "session.history_full": QT_TRANSLATE_NOOP(
        "Messages", "the run has reached {limit} steps, the most a session keeps; save it and "
                    "start a new run"),

    # --- reading and writing files (shooter.files), the operating system's reasons
    "files.cannot_read": QT_TRANSLATE_NOOP("Messages", "cannot be read ({reason})"),
    "files.cannot_write": QT_TRANSLATE_NOOP("Messages", "cannot be written ({reason})"),
    "files.path_problem": QT_TRANSLATE_NOOP("Messages", "{path}: {problem}"),
    "files.not_regular": QT_TRANSLATE_NOOP("Messages", "not a regular file"),
    "files.special_target": QT_TRANSLATE_NOOP(
        "Messages", "it is a folder, a pipe or a device, not a regular file; nothing was "
                    "written"),
    "files.read_only": QT_TRANSLATE_NOOP(
        "Messages", "the file is read-only; it was left as it was"),
    "files.no_path": QT_TRANSLATE_NOOP("Messages", "no file name given"),
    "files.settings_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "the settings file {path} cannot be used ({reason}); the defaults apply"),
    "files.settings_reset": QT_TRANSLATE_NOOP(
        "Messages", "settings that could not be read were reset to their defaults: {keys}"),
    "files.settings_garbage": QT_TRANSLATE_NOOP("Messages", "it is not a settings file"),
    "os.no_such_file": QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    "os.permission_denied": QT_TRANSLATE_NOOP("Messages", "permission denied"),
    "os.is_folder": QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    "os.not_folder": QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    "os.disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "os.read_only_disk": QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    "os.name_too_long": QT_TRANSLATE_NOOP("Messages", "the file name is too long"),
    "os.other": QT_TRANSLATE_NOOP("Messages", "{reason}"),

    # --- the command line (shooter.cli) and opening the app from outside (shooter.app.main)
    "cli.expected_number": QT_TRANSLATE_NOOP(
        "Messages", "expected a plain number like 0.01 or 1e-3, got {text}"),
    "cli.not_finite": QT_TRANSLATE_NOOP("Messages", "expected a finite number, got {text}"),
    "cli.expected_whole": QT_TRANSLATE_NOOP(
        "Messages", "expected a whole number written with digits only, got {text}"),
    "cli.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "must be a whole number {lowest}..{highest}, got {text}"),
    "cli.hidden_syntax": QT_TRANSLATE_NOOP(
        "Messages", "expected units per layer separated by commas, like 16,16; got {text}"),
    "cli.hidden_too_many": QT_TRANSLATE_NOOP(
        "Messages", "at most {most} hidden layers, got {count}"),
    "cli.no_file_name": QT_TRANSLATE_NOOP(
        "Messages", "{option} needs a file name, got an empty one"),
    "cli.outputs_collide": QT_TRANSLATE_NOOP(
        "Messages", "--save and --csv name the same file {path}"),
    "cli.output_failed": QT_TRANSLATE_NOOP(
        "Messages", "{option} {path}: cannot be written ({reason})"),
    "cli.choose_lesson": QT_TRANSLATE_NOOP(
        "Messages", "choose a lesson with --lesson (see `shooter lessons`) or start from a "
        "saved one with --session FILE"),
    "cli.session_is_other_lesson": QT_TRANSLATE_NOOP(
        "Messages", "the session is lesson {saved}, not {asked}; leave out --lesson to carry "
        "on with it"),
    "cli.saved_run_diverged": QT_TRANSLATE_NOOP(
        "Messages", "the saved run had diverged ({reason}); carrying on from its last good "
        "weights"),
    "cli.unknown_lesson": QT_TRANSLATE_NOOP(
        "Messages", "unknown lesson {lesson}; see `shooter lessons`"),
    "cli.unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "unknown language {language}; choose from {choices}"),
    "cli.file_is_other_lesson": QT_TRANSLATE_NOOP(
        "Messages", "{path} is lesson {saved}, not {asked}; leave out --lesson to open it"),

    # --- recordings for slides (app.recording)
    "record.format": QT_TRANSLATE_NOOP(
        "Messages", "{path}: an animation is written as one of {formats}"),
    "record.steps": QT_TRANSLATE_NOOP(
        "Messages", "The number of steps to record must be a whole number from 1 to 10000 "
        "(got {steps})."),
    "record.size": QT_TRANSLATE_NOOP(
        "Messages", "The size {size} is outside {low} to {high}."),
    "record.size_text": QT_TRANSLATE_NOOP(
        "Messages", "The size must be written as width x height, like 1280x720 (got {text})."),
    "record.fps": QT_TRANSLATE_NOOP(
        "Messages", "The frame rate must be from {low} to {high} frames per second "
        "(got {fps})."),
    "record.memory": QT_TRANSLATE_NOOP(
        "Messages", "Recording {steps} steps at {size} as {format} needs over {budget} MB of "
        "memory, more than a recording may use: choose fewer steps, a smaller size, or .gif "
        "(it needs the least)."),
    "record.memory_gif": QT_TRANSLATE_NOOP(
        "Messages", "Recording {steps} steps at {size} needs over {budget} MB of memory, more "
        "than a recording may use: choose fewer steps or a smaller size."),
}


def one_line(text, limit=LINE_CHARS):
    """`text` on one line of at most `limit` characters: control characters shown escaped
    (an ESC or BEL byte from a file never reaches a terminal or a dialog raw), whitespace
    runs folded, an overlong text cut with an ellipsis."""
    shown = []
    for char in str(text):
        if char in "\n\r\t":
            shown.append(" ")
        elif ord(char) < 32 or 127 <= ord(char) < 160:
            shown.append(f"\\x{ord(char):02x}")
        else:
            shown.append(char)
    folded = " ".join("".join(shown).split())
    return folded if len(folded) <= limit else folded[:limit - 1] + "…"


def path_text(path):
    """A path for a message: its end kept when it is long (the end names the file)."""
    text = str(path)
    return text if len(text) <= PARAM_CHARS else "…" + text[-(PARAM_CHARS - 1):]


class Message:
    """A key and its parameters. Parameters may be Messages themselves (a file problem
    inside 'session file X: problem'); they are rendered with the same translator."""

    __slots__ = ("key", "params")

    def __init__(self, key, **params):
        if key not in TEMPLATES:
            raise KeyError(f"unknown message key {key!r}")
        self.key = key
        self.params = params

    @property
    def template(self):
        return TEMPLATES[self.key]

    def render(self, translate=None):
        """The sentence; `translate(template) -> template` gives it in another language."""
        template = translate(self.template) if translate else self.template
        values = {name: _shown(value, translate) for name, value in self.params.items()}
        try:
            text = template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: English instead
            text = self.template.format(**values)
        return one_line(text)

    def __str__(self):
        return self.render()

    def __repr__(self):
        return f"Message({self.key!r}, **{self.params!r})"


def _shown(value, translate):
    if isinstance(value, Message):
        return value.render(translate)
    return one_line(value, PARAM_CHARS)


class ShooterError(ValueError):
    """An error a person can act on: carries a Message; `str()` is its English."""

    def __init__(self, key, **params):
        self.message = Message(key, **params)
        super().__init__(str(self.message))


_OS_REASONS = {
    errno.ENOENT: "os.no_such_file",
    errno.EACCES: "os.permission_denied",
    errno.EPERM: "os.permission_denied",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.ENOSPC: "os.disk_full",
    errno.EDQUOT: "os.disk_full",
    errno.EROFS: "os.read_only_disk",
    errno.ENAMETOOLONG: "os.name_too_long",
}


def os_reason(exc):
    """The operating system's reason for `exc` (an OSError) as a Message."""
    key = _OS_REASONS.get(exc.errno)
    if key:
        return Message(key)
    return Message("os.other", reason=exc.strerror or type(exc).__name__)
