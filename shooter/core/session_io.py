"""Session files: a training run as JSON text (schema_version 1), without touching the disk.

capture(trainer) takes what a run needs to go on exactly where it stopped; encode() writes it
as JSON; decode() reads JSON back and trusts nothing in it: size, nesting depth, version,
every key, type, range and array shape is checked, and any problem raises a SessionError whose
one-line message names the file and the problem. Only json.loads ever sees the text, so a file
can hold data but never run anything. restore() turns a SavedSession back into a Trainer.

docs/session-format.md describes the format for other programs.
"""

import json
import math
import re
from dataclasses import dataclass, fields, replace

import numpy as np

from shooter.core.history import History
from shooter.core.lessons import LESSONS
from shooter.core.optimizers import OPTIMIZERS
from shooter.core.range import Environment
from shooter.core.trainer import ConfigError, TrainConfig, Trainer

SCHEMA_VERSION = 1
FORMAT_NAME = "shooter-session"
# A 1e6-iteration history is about 63 MB of JSON; the cap leaves room for that and refuses
# anything that would take an unreasonable amount of memory to parse.
MAX_SESSION_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 16  # the format itself needs 6 levels
MAX_NAME_CHARS = 64
HEX_128 = re.compile(r"0x[0-9a-f]{1,32}")
REASON = re.compile(r"[a-z_]{1,40}")
# A JSON string literal; brackets inside strings do not nest.
JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


class SessionError(ValueError):
    """A session file that cannot be used; the message names the file and the problem."""

    def __init__(self, source, problem):
        self.source = str(source)
        self.problem = " ".join(str(problem).split())  # always one line
        super().__init__(f"session file {self.source!r}: {self.problem}")


class _Bad(Exception):
    """A problem found while decoding, before the file name is attached."""


@dataclass(frozen=True)
class SavedSession:
    config: TrainConfig
    weights: tuple  # arrays in Network.params order: W0, b0, W1, b1, ...
    optimizer: dict  # Optimizer.state(): {"slots": [[array, ...], ...]}
    history: dict  # History.NAMES -> float64 array (NaN where not finite)
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
    """A Trainer that carries on from `saved`, with any setting overridden.

    The weights always come from the file ("from experience"), so overrides must keep the
    network's shape (ConfigError otherwise). The random streams carry on unless the seed is
    changed; the optimiser state carries on unless the optimiser is changed or the run had
    diverged (then it starts afresh, as after restore_last_good()).
    """
    config = replace(saved.config, **overrides).validated() if overrides else saved.config
    expected = param_shapes(config)
    if expected != [w.shape for w in saved.weights]:
        raise ConfigError(
            f"the session's network ({_shape_text(saved.config)}) does not fit the settings "
            f"asked for ({_shape_text(config)})")
    trainer = Trainer(config, weights=list(saved.weights))
    if config.seed == saved.config.seed:
        trainer.shots.set_rng_states({name: _copy_state(state)
                                      for name, state in saved.rng.items()})
    if config.optimizer == saved.config.optimizer and saved.optimizer["slots"]:
        trainer.optimizer.load_state(saved.optimizer)
    trainer.history = History.from_dict(saved.history)
    trainer.iteration = saved.iteration
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
    """The session as JSON text (non-finite history values become null)."""
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
        "history": {name: [v if math.isfinite(v) else None for v in values.tolist()]
                    for name, values in saved.history.items()},
        "rng": {name: _state_to_json(state) for name, state in saved.rng.items()},
        "iteration": saved.iteration,
        "diverged": saved.diverged,
    }
    return json.dumps(document, separators=(",", ":"), allow_nan=False) + "\n"


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
        raise SessionError(source, exc) from None


def _decode(data):
    if isinstance(data, bytes):
        if len(data) > MAX_SESSION_BYTES:
            raise _Bad(f"larger than {MAX_SESSION_BYTES} bytes")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _Bad("not UTF-8 text") from None
    if len(data) > MAX_SESSION_BYTES:
        raise _Bad(f"larger than {MAX_SESSION_BYTES} bytes")
    if not data.strip():
        raise _Bad("empty")
    if _too_deep(data):
        raise _Bad(f"JSON nested more than {MAX_DEPTH} levels deep")
    document = _parse_json(data)
    _expect(isinstance(document, dict), "not a JSON object")
    _check_version(document)
    _expect_keys(document, ("format", "schema_version", "config", "network", "optimizer",
                            "history", "rng", "iteration", "diverged"), "the file")
    config = config_from_dict(document["config"])
    _expect(config.lesson in LESSONS,
            f"config.lesson {config.lesson!r} is not a lesson this Shooter knows")
    weights = _weights(document["network"], config)
    optimizer = _optimizer(document["optimizer"], config, weights)
    history = _history(document["history"])
    iteration, diverged = _progress(document, history)
    rng = _rng(document["rng"])
    return SavedSession(config, weights, optimizer, history, rng, iteration, diverged)


def _too_deep(text):
    """Whether brackets nest deeper than MAX_DEPTH (checked before parsing, chunk by chunk)."""
    codes = np.frombuffer(JSON_STRING.sub('""', text).encode("utf-8"), dtype=np.uint8)
    depth = 0
    for start in range(0, len(codes), 1 << 20):
        chunk = codes[start:start + (1 << 20)]
        step = ((chunk == ord("[")).astype(np.int32) + (chunk == ord("{"))
                - (chunk == ord("]")) - (chunk == ord("}")))
        running = depth + np.cumsum(step)
        if len(running) and running.max() > MAX_DEPTH:
            return True
        depth = int(running[-1]) if len(running) else depth
    return False


def _parse_json(text):
    def no_constants(name):
        raise _Bad(f"{name} is not allowed (non-finite values are written as null)")

    def unique_keys(pairs):
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise _Bad("a JSON object repeats a key")
        return dict(pairs)

    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        problem = "truncated" if exc.pos >= len(text.rstrip()) else "not valid JSON"
        raise _Bad(f"{problem} ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError):  # e.g. an integer with thousands of digits
        raise _Bad("not usable JSON (a number too long to read)") from None


def _check_version(document):
    _expect(document.get("format") == FORMAT_NAME,
            f"not a Shooter session (no \"format\": \"{FORMAT_NAME}\")")
    version = document.get("schema_version")
    _expect(version is not None, "no schema_version")
    _expect(_is_int(version), f"schema_version must be a whole number, got {version!r}")
    _expect(version <= SCHEMA_VERSION,
            f"schema_version {version} is newer than this Shooter reads ({SCHEMA_VERSION})")
    _expect(version == SCHEMA_VERSION, f"unsupported schema_version {version}")


# --- config -------------------------------------------------------------------------------
def config_from_dict(data, where="config"):
    """A validated TrainConfig from its JSON form (raises _Bad)."""
    names = [f.name for f in fields(TrainConfig)]
    _expect_keys(data, names, where)
    values = {name: _CONFIG_FIELDS[name](data[name], f"{where}.{name}") for name in names}
    try:
        return TrainConfig(**values).validated()
    except ConfigError as exc:
        raise _Bad(f"{where}: {exc}") from None


def _string(value, where):
    _expect(isinstance(value, str) and 0 < len(value) <= MAX_NAME_CHARS
            and value.isprintable(), f"{where} must be a short text")
    return value


def _number(value, where):
    _expect(_is_number(value) and math.isfinite(value), f"{where} must be a finite number")
    return float(value)


def _whole(value, where):
    _expect(_is_int(value), f"{where} must be a whole number")
    return value


def _flag(value, where):
    _expect(isinstance(value, bool), f"{where} must be true or false")
    return value


def _list_of(parse, length=None):
    def parse_list(value, where):
        _expect(isinstance(value, list) and (length is None or len(value) == length)
                and len(value) <= 64,
                f"{where} must be a list" + (f" of {length}" if length else ""))
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
    _expect(network["inputs"] == list(config.inputs),
            "network.inputs does not match config.inputs")
    layers = network["layers"]
    count = len(config.hidden) + 1
    _expect(isinstance(layers, list) and len(layers) == count,
            f"network.layers must list {count} layers for hidden layers {list(config.hidden)}")
    shapes = param_shapes(config)
    weights = []
    for i, layer in enumerate(layers):
        where = f"network.layers[{i}]"
        _expect_keys(layer, ("activation", "W", "b"), where)
        activation = "identity" if i == count - 1 else config.activation
        _expect(layer["activation"] == activation,
                f"{where}.activation must be {activation!r}, as the config says")
        weights.append(_array(layer["W"], shapes[2 * i], f"{where}.W"))
        weights.append(_array(layer["b"], shapes[2 * i + 1], f"{where}.b"))
    return tuple(weights)


def _optimizer(data, config, weights):
    _expect_keys(data, ("name", "slots"), "optimizer")
    _expect(data["name"] == config.optimizer, "optimizer.name does not match config.optimizer")
    slots = data["slots"]
    _expect(isinstance(slots, list), "optimizer.slots must be a list")
    if not slots:  # not stepped yet
        return {"slots": []}
    layout = slot_layout(config.optimizer, [w.shape for w in weights])
    _expect(len(slots) == len(layout) and all(
        isinstance(s, list) and len(s) == len(shapes) for s, shapes in zip(slots, layout)),
        f"optimizer.slots must hold {len(layout)} lists of state for {config.optimizer}")
    parsed = [[_array(a, shape, f"optimizer.slots[{k}][{i}]") for i, (a, shape) in
               enumerate(zip(slot, shapes))] for k, (slot, shapes) in enumerate(zip(slots, layout))]
    if config.optimizer == "adam":  # second moments are squares; the step count counts
        _expect(all(np.all(v >= 0) for v in parsed[1]), "optimizer: Adam's second moment < 0")
        count = parsed[2][0][0]
        _expect(count >= 1 and count == int(count), "optimizer: Adam's step count must be >= 1")
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
            _expect(_is_number(item), f"{where} must hold numbers only")
            return
        _expect(isinstance(item, list) and len(item) == dims[0],
                f"{where} must have shape {_dims(shape)}")
        for inner in item:
            walk(inner, dims[1:])

    walk(value, shape)
    try:
        array = np.array(value, dtype=np.float64).reshape(shape)
    except (OverflowError, ValueError):
        raise _Bad(f"{where} holds a number too large") from None
    _expect(np.all(np.isfinite(array)), f"{where} holds a non-finite number")
    return array


def _dims(shape):
    return "(" + ", ".join(str(n) for n in shape) + ")"


# --- history, progress, random streams ------------------------------------------------------
def _history(data):
    _expect_keys(data, History.NAMES, "history")
    out = {}
    for name in History.NAMES:
        values = data[name]
        _expect(isinstance(values, list)
                and all(v is None or _is_number(v) for v in values),
                f"history.{name} must be a list of numbers or null")
        try:
            out[name] = np.array(values, dtype=np.float64)
        except OverflowError:
            raise _Bad(f"history.{name} holds a number too large") from None
    lengths = {len(out[name]) for name in ("loss", "mean_score", "grad_norm")}
    _expect(len(lengths) == 1, "history.loss, mean_score and grad_norm differ in length")
    _expect(len(out["heldout_step"]) == len(out["heldout_loss"]),
            "history.heldout_step and heldout_loss differ in length")
    steps = out["heldout_step"]
    _expect(np.all(np.isfinite(steps)) and np.all(steps >= 0) and np.all(steps == np.floor(steps)),
            "history.heldout_step must hold whole numbers >= 0")
    return out


def _progress(document, history):
    iteration, diverged = document["iteration"], document["diverged"]
    _expect(_is_int(iteration) and 0 <= iteration <= len(history["loss"]),
            "iteration must be a whole number between 0 and the length of history.loss")
    _expect(diverged is None or (isinstance(diverged, str) and REASON.fullmatch(diverged)),
            "diverged must be null or a reason key")
    return iteration, diverged


def _rng(data):
    _expect_keys(data, ("conditions", "tremor"), "rng")
    return {name: _rng_state(data[name], f"rng.{name}") for name in ("conditions", "tremor")}


def _rng_state(data, where):
    _expect_keys(data, ("bit_generator", "state", "has_uint32", "uinteger"), where)
    _expect(data["bit_generator"] == "PCG64", f"{where}.bit_generator must be \"PCG64\"")
    inner = data["state"]
    _expect_keys(inner, ("state", "inc"), f"{where}.state")
    for key in ("state", "inc"):
        _expect(isinstance(inner[key], str) and HEX_128.fullmatch(inner[key]),
                f"{where}.state.{key} must be a 128-bit hex string like \"0x1f\"")
    _expect(data["has_uint32"] in (0, 1) and not isinstance(data["has_uint32"], bool),
            f"{where}.has_uint32 must be 0 or 1")
    _expect(_is_int(data["uinteger"]) and 0 <= data["uinteger"] < 2**32,
            f"{where}.uinteger must be a whole number in 0..2**32-1")
    return {"bit_generator": "PCG64",
            "state": {"state": int(inner["state"], 16), "inc": int(inner["inc"], 16)},
            "has_uint32": data["has_uint32"], "uinteger": data["uinteger"]}


# --- small checks ---------------------------------------------------------------------------
def _expect(condition, problem):
    if not condition:
        raise _Bad(problem)


def _expect_keys(value, names, where):
    _expect(isinstance(value, dict), f"{where} must be a JSON object")
    missing = [n for n in names if n not in value]
    _expect(not missing, f"{where} lacks {', '.join(missing)}")
    extra = sorted(set(value) - set(names))
    _expect(not extra, f"{where} has unknown keys: {', '.join(extra)}")


def _is_int(value):
    return type(value) is int


def _is_number(value):
    """A JSON number that fits a float64 (true and false are not numbers here)."""
    return type(value) is float or (type(value) is int and abs(value) < 2**1023)
