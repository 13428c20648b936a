"""The Chinese catalogue is complete and in step with the code, and the window speaks it.

A new visible string without a translation fails here: the catalogue check finds it
unfinished, the extraction check finds it missing from the committed catalogue, and the
window walk finds its English words on screen.
"""

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
)

from shooter.app.narration import describe_error
from shooter.core.config import ConfigError, TrainConfig
from shooter.core.lessons import LESSONS
from shooter.core.session_io import SessionError, decode, encode
from shooter.core.trainer import Trainer
from shooter.files import load_session, save_session
from shooter.i18n import build

CATALOGUE = build.catalogue("zh_CN")
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")
ACCELERATOR = re.compile(r"&(?!&)\w")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Latin words that may stay in Chinese text: names, units, symbols and key names.
KEPT_WORDS = {
    "Adam", "ReLU", "leaky", "tanh", "sigmoid", "MSE", "Huber", "Shooter", "English",
    "HTML", "JSON", "UTF", "PCG", "PNG", "SVG", "CSV", "GIF", "APNG", "WebP", "log", "cm",
    "mrad", "kg", "dL", "da",
    "dz", "dW", "db",
    "Ctrl", "Shift", "Alt", "Space", "Left", "Right", "Backspace", "Esc", "PgUp", "PgDown", "Home",
    "End", "Enter", "Tab",
    "true", "false", "null", "NaN", "Infinity",
    # the session file's own field names, shown as written in the file
    "history", "config", "iteration", "diverged", "extra",
}
IDENTIFIER = re.compile(r"\w+(?:[._\[][\w\]]*)+|'[^']*'|\"[^\"]*\"")  # config.lr, 'value'


PATH = re.compile(r"…?[^\s“”\"']*/[^\s“”\"'：]*")  # file names stay as they are


def without_paths(text):
    return PATH.sub("", text)


def english_words(text):
    """Latin words of two letters or more that are not names, units or symbols."""
    words = re.findall(r"[A-Za-z]+", IDENTIFIER.sub(" ", text))
    return [w for w in words if len(w) > 1 and w not in KEPT_WORDS]


def messages(path):
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source"),
             message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


# --- the catalogue ---------------------------------------------------------------------------
LATIN_UNIT = re.compile(r"(?<![A-Za-z])(m/s|mrad|cm|km)(?![A-Za-z])|(?:\d|\})\s?m(?![A-Za-z/²])")


def test_chinese_writes_its_units_in_chinese():
    """米, 米/秒, 毫弧度, 厘米: the range says '100 米', so no screen says '100 m' beside it.
    (Formulas in the worked example and the gradient's dL/d(...) keep their letters.)"""
    latin = [(context, translation.text) for context, _source, translation in messages(CATALOGUE)
             if translation.text and LATIN_UNIT.search(translation.text)]
    assert not latin, latin


def test_every_message_is_translated_with_the_same_placeholders():
    problems = []
    for context, source, translation in messages(CATALOGUE):
        text = translation.text or ""
        if translation.get("type") or not text.strip():
            problems.append((context, source, "not translated"))
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append((context, source, f"placeholders differ: {text!r}"))
        elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            problems.append((context, source, f"menu accelerator lost: {text!r}"))
    assert not problems, "\n".join(map(str, problems))


def test_chinese_translations_are_chinese():
    untranslated = [(c, s, t.text) for c, s, t in messages(CATALOGUE)
                    if english_words(t.text or "") and not HAN.search(t.text or "")
                    and english_words(s) != english_words(t.text or "")]
    assert not untranslated, "\n".join(map(str, untranslated))


@pytest.fixture
def extracted(tmp_path):
    if shutil.which(build.tool("lupdate")) is None:
        pytest.skip("pyside6-lupdate is not installed")
    path = tmp_path / "extracted.ts"
    build.update(path)
    return {(c, s) for c, s, _ in messages(path)}


def test_catalogue_holds_every_string_of_the_code_and_no_stale_one(extracted):
    committed = {(c, s) for c, s, _ in messages(CATALOGUE)}
    missing = sorted(extracted - committed)
    assert not missing, ("strings in the code but not in the catalogue; run "
                         f"`python -m shooter.i18n.build` and translate them: {missing}")
    stale = sorted(committed - extracted)
    assert not stale, f"catalogue entries no longer in the code: {stale}"


def test_compiled_catalogue_holds_every_translation(qapp):
    """The .qm the app loads says what the .ts says (a stale .qm means a forgotten build)."""
    compiled = QTranslator()
    assert compiled.load(str(CATALOGUE.with_suffix(".qm")))
    stale = [(c, s) for c, s, t in messages(CATALOGUE) if compiled.translate(c, s) != t.text]
    assert not stale, f"run `python -m shooter.i18n.build`; the .qm lacks: {stale}"


# --- the window in Chinese ---------------------------------------------------------------------
def widget_texts(window, within=None):
    """Every text a person can read in the window's widgets, menus and charts (or only in
    the widget `within`)."""
    if within is not None:
        return [t for t in _texts(within) if t]
    outside_plots = [t for t in _texts(window, skip=window.plots) if t]
    return [window.windowTitle(), *outside_plots, *menu_texts(window), *painted_texts(window)]


def _texts(root, skip=None):
    def find(kind):
        return [w for w in root.findChildren(kind) if skip is None or not skip.isAncestorOf(w)]

    texts = []
    for widget in find(QLabel):
        texts.append(widget.text())
    for widget in find(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    for widget in find(QGroupBox):
        texts.append(widget.title())
    for widget in find(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for widget in find(QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    for widget in find(QAbstractSpinBox):
        texts += [widget.specialValueText(), widget.suffix()]
    for table in find(QTableWidget):
        cells = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
        cells += [table.item(r, c) for r in range(table.rowCount())
                  for c in range(table.columnCount())]
        texts += [cell.text() for cell in cells if cell is not None]
    for browser in find(QTextBrowser):
        texts.append(browser.toPlainText())
    for view in find(QGraphicsView):  # plot titles, axis labels, legends
        texts += [item.toPlainText() for item in view.scene().items()
                  if isinstance(item, QGraphicsTextItem) and item.isVisible()]
    return texts


def menu_texts(window):
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.menu() in (window.recent_menu, window.runs_menu):
                texts.append(action.text())  # the files and kept runs themselves are names
                continue
            texts += [action.text(), action.toolTip()]
            texts += [a.text() for a in (action.menu().actions() if action.menu() else [])]
    return [t for t in texts if t]


def painted_texts(window):
    """What the painted views draw: the target's headline and key, the side view's labels,
    the network's column titles and neuron names, the narration and the cheat sheet."""
    network = window.network
    columns = range(len(network._sizes))
    texts = [window.target.headline(), *window.target.legend(), *window.range_strip.labels(),
             *(network._column_title(c) for c in columns), *network._input_labels(),
             *network._output_labels(), window.narration.text()]
    texts += [text for text, _keys in window.cheat_sheet.rows]
    return [t for t in texts if t]


def untranslated(texts):
    return sorted({text for text in texts if english_words(text)})


@pytest.fixture
def window(make_window):
    return make_window(size=(1600, 950))


def settle(qtbot, window):
    """Wait until the lesson view (if any) has computed what it shows."""
    view = window.lesson_view
    if view is not None and hasattr(view, "computing"):
        qtbot.waitUntil(lambda: not view.computing and not view._debounce.isActive(),
                        timeout=30000)


def switch(window, language):
    """Switch the language and deliver the LanguageChange event Qt posts for it, as the
    event loop would at once: views that re-tell themselves do it on that event."""
    window.set_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)


def walk_the_phases(qtbot, window):
    """Space through one full cycle; the texts on screen after each phase."""
    seen = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key_Space)
        seen += painted_texts(window)
    qtbot.waitUntil(lambda: not window.target.in_flight(), timeout=5000)
    return seen + painted_texts(window)


def test_every_lesson_reads_in_chinese_and_back_in_english(window, qtbot):
    english_menus = menu_texts(window)
    english_controls = [b.text() for b in window.controls.findChildren(QAbstractButton)]
    seen = []
    for action in window.lesson_actions.actions():
        switch(window, "en")  # each lesson opens in English and is switched while open
        action.trigger()
        settle(qtbot, window)
        switch(window, "zh_CN")
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            seen += widget_texts(window)
        seen += walk_the_phases(qtbot, window)
        settle(qtbot, window)
        seen += widget_texts(window)
    assert HAN.search(window.lesson_goal.text())
    assert not untranslated(seen), "\n".join(untranslated(seen))

    switch(window, "en")
    settle(qtbot, window)
    back = widget_texts(window)
    assert not [t for t in back if HAN.search(t.replace("中文", ""))]
    assert menu_texts(window) == english_menus
    assert [b.text() for b in window.controls.findChildren(QAbstractButton)] == english_controls


def test_training_curves_follow_a_language_change(window):
    switch(window, "zh_CN")
    texts = widget_texts(window, within=window.plots)
    assert texts and not untranslated(texts), untranslated(texts)


def test_file_errors_are_shown_in_chinese(window, tmp_path):
    switch(window, "zh_CN")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert not window.open_path(str(broken))
    title, message = window.last_error
    message = without_paths(message)
    assert HAN.search(title) and HAN.search(message)
    assert not english_words(message), message


def test_divergence_restore_and_rejected_settings_are_told_in_chinese(window, qtbot):
    switch(window, "zh_CN")
    session = window.session
    session.configure(lr=50.0)
    for _ in range(20):
        if session.trainer.diverged:
            break
        session.step()
    assert session.trainer.diverged
    told = [window.narration.text()]
    session.restore_last_good()
    told.append(window.narration.text())
    assert not session.configure(batch=0)
    told.append(window.narration.text())
    assert all(HAN.search(t) for t in told), told
    assert not untranslated(told), told


# --- what the core says, re-told ----------------------------------------------------------------
def bad_settings():
    """Settings the trainer refuses, each with its real ConfigError message."""
    base = TrainConfig()
    env = base.environment
    cases = [dict(lr=-1.0), dict(batch=0), dict(hidden=(8,) * 9), dict(hidden=(0,)),
             dict(activation="swish"), dict(init="magic"), dict(optimizer="rmsprop"),
             dict(loss="cosine"), dict(huber_delta_cm=0.0), dict(inputs=("moon",)),
             dict(inputs=("distance", "distance")), dict(heldout=-1), dict(seed=-1),
             dict(environment=type(env)(distance_m=(500.0, 100.0))),
             dict(environment=type(env)(distance_m=(0.5, 0.5))),
             dict(environment=type(env)(crosswind_mps=(0.0, 80.0))),
             dict(environment=type(env)(headwind_mps=(0.0, 80.0))),
             dict(environment=type(env)(air_density_kg_m3=(0.1, 0.1))),
             dict(environment=type(env)(tremor_mrad=20.0)),
             dict(sight_offset_mrad=(500.0, 0.0))]
    messages_ = []
    for changes in cases:
        with pytest.raises(ConfigError) as caught:
            TrainConfig(**changes).validated()
        messages_.append(caught.value)
    return messages_


def bad_session_files(tmp_path):
    """Session files that cannot be used, each with its real SessionError message."""
    good = json.loads(encode(_saved(tmp_path)))

    def edited(change):
        document = json.loads(json.dumps(good))
        change(document)
        return json.dumps(document)

    texts = ["", "{", "[1, 2", "[]", "{\"format\": \"other\"}", "{\"a\": 1, \"a\": 2}",
             "[" * 300 + "]" * 300, "{\"x\": NaN}",
             edited(lambda d: d.update(schema_version=99)),
             edited(lambda d: d.update(schema_version="one")),
             edited(lambda d: d.pop("history")),
             edited(lambda d: d.update(extra=1)),
             edited(lambda d: d["config"].update(lr="fast")),
             edited(lambda d: d["config"].update(lr=-1.0)),
             edited(lambda d: d["config"].update(batch=1.5)),
             edited(lambda d: d["config"].update(air_resistance="yes")),
             edited(lambda d: d["network"]["layers"][0].update(W=[[1.0, 2.0]])),
             edited(lambda d: d["network"]["layers"][0].update(b=["x", 1.0])),
             edited(lambda d: d.update(iteration=-1)),
             edited(lambda d: d.update(diverged="Not A Key")),
             edited(lambda d: d["rng"]["conditions"].update(bit_generator="MT19937"))]
    problems = []
    for text in texts:
        with pytest.raises(SessionError) as caught:
            decode(text, source=str(tmp_path / "lesson.json"))
        problems.append(caught.value)
    for path in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(SessionError) as caught:
            load_session(path)
        problems.append(caught.value)
    with pytest.raises(SessionError) as caught:
        save_session(tmp_path / "no-such-folder" / "s.json", Trainer(TrainConfig()))
    problems.append(caught.value)
    return problems


def _saved(tmp_path):
    from shooter.core.session_io import capture

    trainer = Trainer(TrainConfig(lesson="sandbox", inputs=("distance",), hidden=(3,)))
    trainer.step()
    return capture(trainer)


def test_core_messages_are_told_in_chinese(qapp, tmp_path):
    from shooter.i18n import Languages

    languages = Languages()
    core = bad_settings() + bad_session_files(tmp_path)
    assert len({str(error) for error in core}) == len(core)  # each a different problem
    try:
        languages.switch("zh_CN")
        told = {str(error): without_paths(describe_error(error)) for error in core}
    finally:
        languages.switch("en")
    left_english = {m: t for m, t in told.items() if english_words(t) or not HAN.search(t)}
    assert not left_english, "\n".join(f"{m}\n  -> {t}" for m, t in left_english.items())
    assert describe_error(core[0]) == "The learning rate must be a positive number (got -1.0)."


def test_every_lesson_has_chinese_words(qapp):
    from shooter.app.lesson_texts import lesson_goal, lesson_title
    from shooter.i18n import Languages

    languages = Languages()
    try:
        languages.switch("zh_CN")
        words = [(lesson_title(k), lesson_goal(k)) for k in LESSONS]
    finally:
        languages.switch("en")
    assert all(HAN.search(title) and HAN.search(goal) for title, goal in words), words


def test_numbers_survive_translation(qapp):
    """Placeholders reach the screen filled in: a Chinese sentence keeps its numbers."""
    from shooter.app.narration import cm
    from shooter.i18n import Languages

    languages = Languages()
    try:
        languages.switch("zh_CN")
        text = cm(np.array([6.1, -4.0]))
    finally:
        languages.switch("en")
    assert "6.1" in text and "4.0" in text and HAN.search(text)
    assert cm(np.array([6.1, -4.0])) == "6.1 cm right, 4.0 cm down"


def test_build_covers_the_app_and_the_core_words_it_marks():
    files = {Path(p).relative_to(build.PACKAGE_DIR).as_posix() for p in build.sources()}
    assert "app/main_window.py" in files
    assert {"core/messages.py", "core/words.py", "core/lesson_words.py"} <= files
    assert "core/trainer.py" not in files  # the core's logic says no sentence
