"""Session files: a training run as JSON text (schema_version 2), without touching the disk.

capture(trainer) takes what a run needs to go on exactly where it stopped; encode() writes it
as JSON; decode() reads JSON back and trusts nothing in it: size, nesting depth, the memory
parsing would take, version, every key, type, range and array shape is checked, and any
problem raises a SessionError whose one-line message names the file and the problem. Only
json.loads ever sees the text, so a file can hold data but never run anything. restore() turns
a SavedSession back into a Trainer.

Every check before parsing is one linear pass (numpy over the bytes, no regular expression
over the file's text), so any file up to the size limit is refused or read in about a second.

docs/session-format.md describes the format for other programs.
"""

import base64
import binascii
import json
import math
import re
import reprlib
from dataclasses import dataclass, fields, replace

import numpy as np

from shooter.core.config import ConfigError, TrainConfig
from shooter.core.history import History
from shooter.core.lessons import LESSONS
from shooter.core.messages import (
    LINE_CHARS,
    PARAM_CHARS,
    TEMPLATES,
    Message,
    ShooterError,
    one_line,
    path_text,
)
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import Environment
from shooter.core.trainer import Trainer

SCHEMA_VERSION = 2  # 2: the history as base64 float64 arrays; 1 (lists of numbers) still reads
FORMAT_NAME = "shooter-session"
HISTORY_DTYPE = np.dtype("<f8")
# Everything but the history: weights and optimiser state of the largest network (4 hidden
# layers of 64 units, Adam) take well under 4 MB; the rest is a few hundred bytes.
FIXED_BYTES = 16 * 1024 * 1024
# The largest file the writer produces: the longest history a run keeps (History.MAX_STEPS),
# base64 (4 characters per 3 bytes) for the three per-step series and, measured every step
# at most, the two held-out series.
MAX_SESSION_BYTES = FIXED_BYTES + 5 * math.ceil(History.MAX_STEPS * 8 / 3) * 4
MAX_DEPTH = 16  # the format itself needs 6 levels
MAX_NAME_CHARS = 64
MAX_LIST = 64  # the longest list a setting may be
# What parsing may take, in bytes of memory per byte of file beyond a fixed allowance; the
# estimate counts each list or object, text and number (see _memory_estimate).
MEMORY_PER_BYTE = 4
MEMORY_ALLOWANCE = 64 * 1024 * 1024
MEMORY_CEILING = 512 * 1024 * 1024
# Numbers are what json.loads takes longest over (about 0.1 us each). A file of this format
# holds at most about 40,000 (the weights and Adam's state of the largest network); files of
# schema_version 1, whose history was lists of numbers, up to about 650,000 steps.
MAX_VALUES = 2_000_000
# The writer escapes nothing (every text is a short name or base64); escapes only slow
# json.loads down (a run of escaped quotes takes it 5 times as long as plain text).
MAX_ESCAPES = 4096
HEX_128 = re.compile(r"0x[0-9a-f]{1,32}")  # only ever matched against a short text
REASON = re.compile(r"[a-z_]{1,40}")
_SHOWN = reprlib.Repr()  # values echoed from a file: short, whatever their size
_SHOWN.maxstring = _SHOWN.maxother = _SHOWN.maxlong = PARAM_CHARS
_SHOWN.maxlist = _SHOWN.maxdict = 4


class SessionError(ShooterError):
    """A session file that cannot be used; the message names the file and the problem
    (a Message, or text)."""

    def __init__(self, source, problem):
        self.source = str(source)
        self.problem = problem
        super().__init__("session.file", path=path_text(source), problem=problem)

    def __str__(self):
        """The English line with as much of the path as fits in it (all of it, usually): the
        command line shows this; a dialog shows the message, whose path is cut shorter."""
        problem = str(self.problem)
        bare = TEMPLATES["session.file"].format(path="", problem=problem)
        room = max(PARAM_CHARS, LINE_CHARS - len(bare))
        path = self.source if len(self.source) <= room else "…" + self.source[1 - room:]
        return one_line(TEMPLATES["session.file"].format(path=path, problem=problem))


class NetworkMismatchError(ConfigError, ShooterError):
    """Settings asked for on top of a session that do not fit its network's weights."""


class _Bad(Exception):
    """A problem found while decoding, before the file name is attached."""

    def __init__(self, key, **params):
        super().__init__(key)
        self.message = Message(key, **params)


def shown_value(value):
    """A value from a file as a short text (reprlib: never builds the whole repr)."""
    return _SHOWN.repr(value)


@dataclass(frozen=True)
class SavedSession:
    config: TrainConfig
    weights: tuple  # arrays in Network.params order: W0, b0, W1, b1, ...
    optimizer: dict  # Optimizer.state(): {"slots": [[array, ...], ...]}
    history: dict  # History.NAMES -> float64 array
    rng: dict  # "conditions" / "tremor" -> numpy bit generator state
    iteration: int
    diverged: str | None  # the reason the run stopped, or None


# --- capture and restore ------------------------------------------------------------------
def capture(trainer):
    """What `trainer` needs to carry on later.

    Call it between shots (next phase "fire"): a run saved mid-shot resumes with a new shot,
    the random streams as they stand. A diverged run is saved with its last good weights and
    no optimiser state, which is where restore_last_good() would take it.
    """
    if trainer.diverged:
        weights, optimizer = trainer.last_good, {"slots": []}
    else:
        weights, optimizer = trainer.network.get_weights(), trainer.optimizer.state()
    history = {name: np.array(getattr(trainer.history, name).values)
               for name in History.NAMES}
    return SavedSession(
        config=trainer.config,
        weights=tuple(np.array(w, dtype=np.float64) for w in weights),
        optimizer={"slots": [[np.array(a) for a in slot] for slot in optimizer["slots"]]},
        history=history,
        rng={name: _copy_state(state) for name, state in trainer.shots.rng_states().items()},
        iteration=int(trainer.iteration),
        diverged=trainer.diverged,
    )


def restore(saved, **overrides):
    """A Trainer that carries on from `saved`, with any setting overridden the way the app
    changes a setting mid-run (Trainer.reconfigure): one rule for both.

    The weights always come from the file ("from experience"), so overrides must keep the
    network's shape (ConfigError otherwise). The random streams carry on unless the seed is
    changed; the optimiser state carries on unless the optimiser is changed.
    """
    config = replace(saved.config, **overrides).validated() if overrides else saved.config
    if param_shapes(config) != [w.shape for w in saved.weights]:
        raise NetworkMismatchError("session.network_mismatch",
                                   saved=_shape_text(saved.config), asked=_shape_text(config))
    trainer = Trainer(saved.config, weights=list(saved.weights))
    trainer.shots.set_rng_states({name: _copy_state(state)
                                  for name, state in saved.rng.items()})
    if saved.optimizer["slots"]:
        trainer.optimizer.load_state(saved.optimizer)
    trainer.history = History.from_dict(saved.history)
    trainer.iteration = saved.iteration
    trainer.reconfigure(**overrides)
    return trainer


def param_shapes(config):
    """Shapes of W0, b0, W1, b1, ... for a config: W is (inputs, outputs) of its layer."""
    sizes = [len(config.inputs), *config.hidden, 2]
    shapes = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        shapes += [(n_in, n_out), (n_out,)]
    return shapes


def _shape_text(config):
    return "-".join(str(n) for n in (len(config.inputs), *config.hidden, 2))


def _copy_state(state):
    """A deep copy of a bit generator state (nested dicts of ints and strings)."""
    return {k: _copy_state(v) if isinstance(v, dict) else v for k, v in state.items()}


# --- encoding -------------------------------------------------------------------------------
def encode(saved):
    """The session as JSON text; the history as base64 float64, bit for bit."""
    config = saved.config
    layers = []
    for i, (W, b) in enumerate(zip(saved.weights[0::2], saved.weights[1::2])):
        last = i == len(saved.weights) // 2 - 1
        layers.append({"activation": "identity" if last else config.activation,
                       "W": W.tolist(), "b": b.tolist()})
    document = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "config": config_to_dict(config),
        "network": {"inputs": list(config.inputs), "layers": layers},
        "optimizer": {"name": config.optimizer,
                      "slots": [[a.tolist() for a in slot] for slot in saved.optimizer["slots"]]},
        "history": {name: encode_series(values) for name, values in saved.history.items()},
        "rng": {name: _state_to_json(state) for name, state in saved.rng.items()},
        "iteration": saved.iteration,
        "diverged": saved.diverged,
    }
    return json.dumps(document, separators=(",", ":"), allow_nan=False) + "\n"


def encode_series(values):
    """A float64 series as base64 text of its little-endian bytes (NaN and inf kept)."""
    return base64.b64encode(np.asarray(values, dtype=HISTORY_DTYPE).tobytes()).decode("ascii")


def config_to_dict(config):
    out = {}
    for f in fields(TrainConfig):
        value = getattr(config, f.name)
        if isinstance(value, Environment):
            value = {e.name: _listed(getattr(value, e.name)) for e in fields(Environment)}
        out[f.name] = _listed(value)
    return out


def _listed(value):
    return list(value) if isinstance(value, tuple) else value


def _state_to_json(state):
    inner = state["state"]
    return {"bit_generator": state["bit_generator"],
            "state": {"state": hex(inner["state"]), "inc": hex(inner["inc"])},
            "has_uint32": state["has_uint32"], "uinteger": state["uinteger"]}


# --- decoding -------------------------------------------------------------------------------
def decode(data, source="<session>"):
    """A SavedSession from JSON text or bytes, or a SessionError naming `source`."""
    try:
        return _decode(data)
    except _Bad as exc:
        raise SessionError(source, exc.message) from None
    except MemoryError:
        raise SessionError(source, Message("session.out_of_memory")) from None


def _decode(data):
    if isinstance(data, str):
        _check_size(len(data))  # before encoding: a str never holds fewer bytes than chars
        data = data.encode("utf-8", "surrogatepass")
    _check_size(len(data))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data or data.isspace():  # isspace, not strip: no copy of a large file
        raise _Bad("session.empty")
    scan(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Bad("session.not_utf8") from None
    del data
    document = _parse_json(text)
    del text
    _expect(isinstance(document, dict), "session.not_object")
    version = _check_version(document)
    _expect_keys(document, ("format", "schema_version", "config", "network", "optimizer",
                            "history", "rng", "iteration", "diverged"), "the file")
    config = config_from_dict(document["config"])
    _expect(config.lesson in LESSONS, "session.unknown_lesson", lesson=shown_value(config.lesson))
    weights = _weights(document["network"], config)
    optimizer = _optimizer(document["optimizer"], config, weights)
    history = _history(document["history"], version)
    iteration, diverged = _progress(document, history)
    rng = _rng(document["rng"])
    return SavedSession(config, weights, optimizer, history, rng, iteration, diverged)


def _check_size(size):
    _expect(size <= MAX_SESSION_BYTES, "session.too_large", limit=MAX_SESSION_BYTES)


# --- the one pass before parsing ----------------------------------------------------------
# The bytes that matter once escapes are gone: brackets open (1) and close (2) lists and
# objects, quotes (3) start and end texts, commas (4) separate values. UTF-8 never uses
# these byte values inside a multi-byte character.
_KIND = np.zeros(256, dtype=np.uint8)
_KIND[[ord("["), ord("{")]] = 1
_KIND[[ord("]"), ord("}")]] = 2
_KIND[ord('"')] = 3
_KIND[ord(",")] = 4
_OTHER_BYTES = bytes(code for code in range(256) if not _KIND[code])
_CHUNK = 1 << 20  # bytes of the file per step: the pass needs about 20 times that


class _Scan:
    """What the pass has seen so far, carried from one chunk to the next."""

    def __init__(self):
        self.depth = 0
        self.in_text = 0  # 1 inside a JSON text
        self.containers = self.texts = self.values = 0


def scan(data):
    """Refuse JSON nested deeper than MAX_DEPTH, or that would take more memory to parse than
    the budget for its size. Linear, and in C but for the last step: escaped backslashes and
    quotes are removed (left to right, as a JSON reader pairs them), every byte but brackets,
    quotes and commas is dropped, and numpy counts what is left, a chunk at a time.
    Stops early at a closing bracket with nothing open: json.loads reports that itself."""
    budget = min(MEMORY_PER_BYTE * len(data), MEMORY_CEILING) + MEMORY_ALLOWANCE
    if b"\\" in data:
        _expect(data.count(b"\\") <= MAX_ESCAPES, "session.too_many_items", size=len(data))
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    view = memoryview(data)
    state = _Scan()
    for start in range(0, len(data), _CHUNK):
        special = bytes(view[start:start + _CHUNK]).translate(None, _OTHER_BYTES)
        if special and not _scan_chunk(_KIND.take(np.frombuffer(special, np.uint8)), state):
            return
        _expect(_memory_estimate(state) <= budget and state.values <= MAX_VALUES,
                "session.too_many_items", size=len(data))
    _expect(not state.in_text, "session.unclosed_text")


def _memory_estimate(state):
    """Bytes json.loads would allocate at most: a list or object with its slack, a text
    object, a number object and the pointer to it (measured on CPython 3.11-3.13)."""
    return 120 * state.containers + 64 * state.texts + 32 * state.values


def _scan_chunk(kinds, state):
    """Count one chunk of special bytes into `state`; False when a bracket closes with
    nothing open."""
    quotes = kinds == 3
    if quotes.any():  # int32 counts: a chunk holds fewer than 2**31 bytes
        inside = (state.in_text + np.cumsum(quotes, dtype=np.int32)) & 1  # after each byte
    else:
        inside = np.full(len(kinds), state.in_text, dtype=np.int32)
    outside = (inside == 0) & ~quotes
    opens, closes = outside & (kinds == 1), outside & (kinds == 2)
    depths = state.depth + np.cumsum(opens.view(np.int8) - closes.view(np.int8), dtype=np.int32)
    _expect(depths.max() <= MAX_DEPTH, "session.too_deep", limit=MAX_DEPTH)
    state.depth = int(depths[-1])
    state.in_text = int(inside[-1])
    state.containers += int(np.count_nonzero(opens))
    state.values += int(np.count_nonzero(outside & (kinds == 4)))
    state.texts += int(np.count_nonzero(quotes & (inside == 1)))
    return depths.min() >= 0


def _parse_json(text):
    def no_constants(name):
        raise _Bad("session.constant", name=name)

    def unique_keys(pairs):
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise _Bad("session.repeated_key")
        return dict(pairs)

    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        key = "session.truncated" if exc.pos >= len(text.rstrip()) else "session.not_json"
        raise _Bad(key, line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError):  # e.g. an integer with thousands of digits
        raise _Bad("session.number_too_long") from None


def _check_version(document):
    _expect(document.get("format") == FORMAT_NAME, "session.not_shooter", format=FORMAT_NAME)
    version = document.get("schema_version")
    _expect(version is not None, "session.no_version")
    _expect(_is_int(version), "session.version_not_whole", value=shown_value(version))
    _expect(version <= SCHEMA_VERSION, "session.version_newer", version=version,
            supported=SCHEMA_VERSION)
    _expect(version in (1, SCHEMA_VERSION), "session.version_unsupported", version=version)
    return version


# --- config -------------------------------------------------------------------------------
def config_from_dict(data, where="config"):
    """A validated TrainConfig from its JSON form (raises _Bad)."""
    names = [f.name for f in fields(TrainConfig)]
    _expect_keys(data, names, where)
    values = {name: _CONFIG_FIELDS[name](data[name], f"{where}.{name}") for name in names}
    try:
        return TrainConfig(**values).validated()
    except ConfigError as exc:
        raise _Bad("session.setting", where=where,
                   problem=getattr(exc, "message", str(exc))) from None


def _string(value, where):
    _expect(isinstance(value, str) and 0 < len(value) <= MAX_NAME_CHARS
            and value.isprintable(), "session.short_text", where=where)
    return value


def _number(value, where):
    _expect(_is_number(value) and math.isfinite(value), "session.finite_number", where=where)
    return float(value)


def _whole(value, where):
    _expect(_is_int(value), "session.whole_number", where=where)
    return value


def _flag(value, where):
    _expect(isinstance(value, bool), "session.true_or_false", where=where)
    return value


def _list_of(parse, length=None):
    def parse_list(value, where):
        if length is None:
            _expect(isinstance(value, list) and len(value) <= MAX_LIST, "session.list",
                    where=where, most=MAX_LIST)
        else:
            _expect(isinstance(value, list) and len(value) == length, "session.list_of",
                    where=where, count=length)
        return tuple(parse(v, f"{where}[{i}]") for i, v in enumerate(value))
    return parse_list


def _optional(parse):
    def parse_optional(value, where):
        return None if value is None else parse(value, where)
    return parse_optional


def _environment(value, where):
    names = [f.name for f in fields(Environment)]
    _expect_keys(value, names, where)
    pair = _list_of(_number, 2)
    values = {name: (_number if name == "tremor_mrad" else pair)(value[name], f"{where}.{name}")
              for name in names}
    return Environment(**values)


_CONFIG_FIELDS = {
    "lesson": _string,
    "inputs": _list_of(_string),
    "hidden": _list_of(_whole),
    "activation": _string,
    "init": _string,
    "optimizer": _string,
    "lr": _number,
    "batch": _whole,
    "loss": _string,
    "huber_delta_cm": _number,
    "environment": _environment,
    "sight_offset_mrad": _optional(_list_of(_number, 2)),
    "air_resistance": _flag,
    "seed": _whole,
    "heldout": _whole,
    "heldout_every": _whole,
}


# --- weights and optimiser state -----------------------------------------------------------
def _weights(network, config):
    _expect_keys(network, ("inputs", "layers"), "network")
    _expect(network["inputs"] == list(config.inputs), "session.inputs_mismatch")
    layers = network["layers"]
    count = len(config.hidden) + 1
    _expect(isinstance(layers, list) and len(layers) == count, "session.layer_count",
            count=count, hidden=list(config.hidden))
    shapes = param_shapes(config)
    weights = []
    for i, layer in enumerate(layers):
        where = f"network.layers[{i}]"
        _expect_keys(layer, ("activation", "W", "b"), where)
        activation = "identity" if i == count - 1 else config.activation
        _expect(layer["activation"] == activation, "session.layer_activation",
                where=f"{where}.activation", activation=repr(activation))
        weights.append(_array(layer["W"], shapes[2 * i], f"{where}.W"))
        weights.append(_array(layer["b"], shapes[2 * i + 1], f"{where}.b"))
    return tuple(weights)


def _optimizer(data, config, weights):
    _expect_keys(data, ("name", "slots"), "optimizer")
    _expect(data["name"] == config.optimizer, "session.optimizer_name")
    slots = data["slots"]
    _expect(isinstance(slots, list) and len(slots) <= MAX_LIST, "session.list",
            where="optimizer.slots", most=MAX_LIST)
    if not slots:  # not stepped yet
        return {"slots": []}
    layout = slot_layout(config.optimizer, [w.shape for w in weights])
    _expect(len(slots) == len(layout) and all(
        isinstance(s, list) and len(s) == len(shapes) for s, shapes in zip(slots, layout)),
        "session.optimizer_slots", count=len(layout), optimizer=config.optimizer)
    parsed = [[_array(a, shape, f"optimizer.slots[{k}][{i}]") for i, (a, shape) in
               enumerate(zip(slot, shapes))] for k, (slot, shapes) in enumerate(zip(slots, layout))]
    if config.optimizer == "adam":  # second moments are squares; the step count counts
        _expect(all(np.all(v >= 0) for v in parsed[1]), "session.adam_moment")
        count = parsed[2][0][0]
        _expect(count >= 1 and count == int(count), "session.adam_count")
    return {"slots": parsed}


def slot_layout(optimizer, shapes):
    """The shapes of each state slot an optimiser keeps, found by letting it take one step."""
    probe = OPTIMIZERS[optimizer](1.0)
    params = [np.zeros(s) for s in shapes]
    probe.step(params, [np.zeros(s) for s in shapes])
    return [[a.shape for a in slot] for slot in probe.slots]


def _array(value, shape, where):
    """A finite float64 array of exactly `shape` from nested JSON lists."""
    def walk(item, dims):
        if not dims:
            _expect(_is_number(item), "session.numbers_only", where=where)
            return
        _expect(isinstance(item, list) and len(item) == dims[0], "session.shape",
                where=where, shape=_dims(shape))
        for inner in item:
            walk(inner, dims[1:])

    walk(value, shape)
    try:
        array = np.array(value, dtype=np.float64).reshape(shape)
    except (OverflowError, ValueError):
        raise _Bad("session.number_too_large", where=where) from None
    _expect(np.all(np.isfinite(array)), "session.non_finite", where=where)
    return array


def _dims(shape):
    return "(" + ", ".join(str(n) for n in shape) + ")"


# --- history, progress, random streams ------------------------------------------------------
def _history(data, version):
    _expect_keys(data, History.NAMES, "history")
    read = _series_v1 if version == 1 else _series
    out = {name: read(data[name], f"history.{name}") for name in History.NAMES}
    lengths = {len(out[name]) for name in ("loss", "mean_score", "grad_norm")}
    _expect(len(lengths) == 1, "session.history_lengths")
    _expect(len(out["heldout_step"]) == len(out["heldout_loss"]), "session.heldout_lengths")
    steps = out["heldout_step"]
    _expect(np.all(np.isfinite(steps)) and np.all(steps >= 0) and np.all(steps == np.floor(steps)),
            "session.heldout_steps")
    return out


def _series(value, where):
    """A float64 series from base64 text of its little-endian bytes (schema_version 2)."""
    _expect(isinstance(value, str), "session.history_base64", where=where)
    _expect(len(value) <= math.ceil(History.MAX_STEPS * 8 / 3) * 4, "session.history_too_long",
            where=where, limit=History.MAX_STEPS)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _Bad("session.history_base64", where=where) from None
    _expect(len(raw) % HISTORY_DTYPE.itemsize == 0, "session.history_base64", where=where)
    return np.frombuffer(raw, dtype=HISTORY_DTYPE).astype(np.float64)


def _series_v1(values, where):
    """A float64 series from a list of numbers, null for a value that was not finite."""
    _expect(isinstance(values, list) and set(map(type, values)) <= {float, int, type(None)},
            "session.history_list", where=where)  # map(type): no Python loop per value
    _expect(len(values) <= History.MAX_STEPS, "session.history_too_long", where=where,
            limit=History.MAX_STEPS)
    try:
        series = np.array(values, dtype=np.float64)
    except OverflowError:
        series = None
    _expect(series is not None and not np.isinf(series).any(), "session.number_too_large",
            where=where)  # a whole number of 400 digits, or 1e999
    return series


def _progress(document, history):
    iteration, diverged = document["iteration"], document["diverged"]
    _expect(_is_int(iteration) and 0 <= iteration <= len(history["loss"]), "session.iteration")
    _expect(diverged is None or (isinstance(diverged, str) and len(diverged) <= 40
                                 and REASON.fullmatch(diverged)), "session.diverged")
    return iteration, diverged


def _rng(data):
    _expect_keys(data, ("conditions", "tremor"), "rng")
    return {name: _rng_state(data[name], f"rng.{name}") for name in ("conditions", "tremor")}


def _rng_state(data, where):
    _expect_keys(data, ("bit_generator", "state", "has_uint32", "uinteger"), where)
    _expect(data["bit_generator"] == "PCG64", "session.pcg64", where=f"{where}.bit_generator")
    inner = data["state"]
    _expect_keys(inner, ("state", "inc"), f"{where}.state")
    for key in ("state", "inc"):
        _expect(isinstance(inner[key], str) and len(inner[key]) <= 34
                and HEX_128.fullmatch(inner[key]), "session.hex128",
                where=f"{where}.state.{key}")
    _expect(data["has_uint32"] in (0, 1) and not isinstance(data["has_uint32"], bool),
            "session.zero_or_one", where=f"{where}.has_uint32")
    _expect(_is_int(data["uinteger"]) and 0 <= data["uinteger"] < 2**32, "session.uint32",
            where=f"{where}.uinteger")
    return {"bit_generator": "PCG64",
            "state": {"state": int(inner["state"], 16), "inc": int(inner["inc"], 16)},
            "has_uint32": data["has_uint32"], "uinteger": data["uinteger"]}


# --- small checks ---------------------------------------------------------------------------
def _expect(condition, key, **params):
    if not condition:
        raise _Bad(key, **params)


def _expect_keys(value, names, where):
    """`value` is an object with exactly the keys `names`. Keys from the file are shown cut
    and escaped: an unknown key may be megabytes long or hold control characters."""
    if where == "the file":
        where = Message("session.the_file")
    _expect(isinstance(value, dict), "session.json_object", where=where)
    missing = [n for n in names if n not in value]
    _expect(not missing, "session.lacks", where=where, keys=", ".join(missing))
    extra = sorted(set(value) - set(names))
    _expect(not extra, "session.unknown_keys", where=where, keys=_listed_keys(extra))


def _listed_keys(keys, most=4):
    shown = ", ".join(key[:PARAM_CHARS + 1] for key in keys[:most])
    return shown + (", …" if len(keys) > most else "")


def _is_int(value):
    return type(value) is int


def _is_number(value):
    """A JSON number that fits a float64 (true and false are not numbers here)."""
    return type(value) is float or (type(value) is int and abs(value) < 2**1023)
