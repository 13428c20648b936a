"""File > Export: pictures and tables a teacher can put straight into slides, written in one
step, with a clear dialog when the folder cannot take them."""

import csv
import errno
import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shooter import files
from shooter.app import exports
from shooter.app.style import DEFAULT_STYLE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(make_window):
    win = make_window("wind", (1600, 950))
    for _ in range(25):  # past the held-out measurements at steps 10 and 20
        win.session.step()
    win.session.fire_and_measure()
    return win


@pytest.fixture
def save_dialog(monkeypatch):
    """QFileDialog.getSaveFileName answering with `answer.path`; records what it was asked."""
    class Answer:
        path = ""
        chosen_filter = ""
        asked = []

    def fake(_parent, caption, suggested, filters):
        Answer.asked.append((caption, suggested, filters))
        return Answer.path, Answer.chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return Answer


def export(window, save_dialog, kind, path):
    save_dialog.path = str(path)
    return window.export(kind)


def svg_root(path):
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    return root


def colours_in(image, step=16):
    return {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


# --- pictures -------------------------------------------------------------------------------
def test_target_png_is_a_slide_sized_picture_of_the_target(window, save_dialog, tmp_path):
    path = tmp_path / "target.png"
    assert export(window, save_dialog, "target_png", path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (exports.TARGET_PX, exports.TARGET_PX)
    assert len(colours_in(image)) > 20  # rings, holes, lines and text, not a blank sheet
    centre = image.pixelColor(image.width() // 2, image.height() // 2 + 3)
    black = QColor(DEFAULT_STYLE.color("target_black"))
    assert abs(centre.lightness() - black.lightness()) < 60  # the bullseye sits mid-picture
    assert str(path) in window.statusBar().currentMessage()


def test_target_svg_is_a_vector_drawing(window, save_dialog, tmp_path):
    path = tmp_path / "target.svg"
    assert export(window, save_dialog, "target_svg", path)
    root = svg_root(path)
    assert root.get("viewBox") == f"0 0 {exports.TARGET_PX} {exports.TARGET_PX}"
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f".//{ns}circle")) >= 10  # the rings (and the holes)
    texts = {"".join(t.itertext()).strip() for t in root.iter(f"{ns}text")}
    assert window.target.headline() in texts and "red: error" in texts  # text stays text
    assert QSvgRenderer(str(path)).isValid()


def test_plots_png_and_svg(window, save_dialog, tmp_path):
    assert export(window, save_dialog, "plots_png", tmp_path / "plots.png")
    image = QImage(str(tmp_path / "plots.png"))
    view = window.plots.graphics.viewport()
    assert image.width() == exports.PLOTS_WIDTH_PX
    assert image.height() == round(view.height() * exports.PLOTS_WIDTH_PX / view.width())
    assert len(colours_in(image, 8)) > 20

    assert export(window, save_dialog, "plots_svg", tmp_path / "plots.svg")
    root = svg_root(tmp_path / "plots.svg")
    assert QSvgRenderer(str(tmp_path / "plots.svg")).isValid()
    ns = "{http://www.w3.org/2000/svg}"
    curve_groups = [g for g in root.iter(ns + "g")
                    if len(g) and all(child.tag == ns + "path" for child in g)]
    assert curve_groups and all("transform" not in g.attrib for g in curve_groups)


def test_baking_a_transform_moves_the_points():
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg"><g transform="matrix(2,0,0,-3,10,100)">'
           b'<path d="M0,0 L1,2 L-1.5,1e-3 Z"/></g><g transform="matrix(2,0,0,2,0,0)">'
           b'<text>kept</text></g></svg>')
    root = ET.fromstring(exports.bake_transforms(svg))
    group, text_group = root
    assert "transform" not in group.attrib and text_group.get("transform")
    assert group[0].get("d") == "M10,100 L12,94 L7,99.997 Z"


# --- tables -------------------------------------------------------------------------------
def rows_of(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_plotted_values_csv_has_every_iteration_exactly(window, save_dialog, tmp_path):
    path = tmp_path / "values.csv"
    assert export(window, save_dialog, "plots_csv", path)
    header, *rows = rows_of(path)
    history = window.session.history
    assert tuple(header) == files.SERIES_COLUMNS
    assert len(rows) == len(history) == 25
    assert [int(r[0]) for r in rows] == list(range(25))
    np.testing.assert_array_equal([float(r[1]) for r in rows], history.loss.values)
    np.testing.assert_array_equal([float(r[3]) for r in rows], history.mean_score.values)
    np.testing.assert_array_equal([float(r[4]) for r in rows], history.grad_norm.values)
    held = {int(r[0]): float(r[2]) for r in rows if r[2]}
    assert list(held) == history.heldout_step.values.astype(int).tolist() == [10, 20]
    np.testing.assert_array_equal(list(held.values()), history.heldout_loss.values)


def test_history_csv_reuses_the_history_table(window, save_dialog, tmp_path):
    path = tmp_path / "history.csv"
    assert export(window, save_dialog, "history_csv", path)
    header, *rows = rows_of(path)
    assert header == ["iteration", "loss", "mean_score", "grad_norm"]
    assert len(rows) == len(window.session.history)
    np.testing.assert_array_equal([float(r[1]) for r in rows], window.session.history.loss.values)


def test_both_tables_write_infinite_loss_as_inf_and_the_rest_the_same_way():
    from shooter.core.history import History

    history = History()
    history.record(float("inf"), 0.0, float("nan"))
    history.record(-float("inf"), 0.1, 2.5)
    _header, first, second = exports.series_csv(history).splitlines()
    assert first == "0,inf,,0.0,nan"
    assert second == "1,-inf,,0.1,2.5"
    _header, first, second = files.history_csv(history).splitlines()
    assert (first, second) == ("0,inf,0.0,nan", "1,-inf,0.1,2.5")
    assert float("inf") == float(first.split(",")[1])  # a spreadsheet reads it back


def test_worked_example_as_html_and_text(window, save_dialog, tmp_path):
    assert export(window, save_dialog, "worked_example", tmp_path / "example.html")
    page = (tmp_path / "example.html").read_text(encoding="utf-8")
    assert page.startswith("<html>") and "Forward" in page
    save_dialog.chosen_filter = "Text (*.txt)"
    assert export(window, save_dialog, "worked_example", tmp_path / "example")  # no extension
    text = (tmp_path / "example.txt").read_text(encoding="utf-8")
    assert "Backward: the chain rule" in text and "<" not in text.splitlines()[0]


# --- the dialog and its default ---------------------------------------------------------------
def test_the_dialog_suggests_lesson_and_iteration(window, save_dialog):
    save_dialog.path = ""  # cancelled
    assert not window.export("target_png")
    _caption, suggested, filters = save_dialog.asked[-1]
    assert os.path.basename(suggested) == "wind-iteration-25-target.png"
    assert "*.png" in filters


def test_every_export_is_in_the_menu_with_a_shortcut(window):
    texts = {a.text(): a.shortcut().toString() for a in window.actions()}
    for text, keys, *_ in window.export_kinds().values():
        assert texts[text] == keys


def test_a_missing_extension_is_added(window, save_dialog, tmp_path):
    assert export(window, save_dialog, "plots_csv", tmp_path / "values")
    assert (tmp_path / "values.csv").exists()


# --- failures ---------------------------------------------------------------------------------
def shown_error(window):
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no dialog shown"
    return boxes[-1].windowTitle(), boxes[-1].text()


def test_an_unwritable_folder_shows_a_clear_dialog(window, save_dialog, tmp_path):
    path = tmp_path / "no such folder" / "target.png"
    assert not export(window, save_dialog, "target_png", path)
    title, text = shown_error(window)
    assert title == "Could not export"
    assert str(path) in text and "no such file or folder" in text
    assert not path.exists()


@pytest.mark.parametrize("kind", ["target_png", "plots_svg", "plots_csv", "history_csv",
                                  "worked_example"])
def test_a_failed_write_leaves_the_old_file_intact(window, save_dialog, tmp_path,
                                                   monkeypatch, kind):
    path = tmp_path / ("old.html" if kind == "worked_example" else f"old.{kind[-3:]}")
    path.write_bytes(b"yesterday's slide")

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    assert not export(window, save_dialog, kind, path)
    assert path.read_bytes() == b"yesterday's slide"
    assert os.listdir(tmp_path) == [path.name]  # no temporary file left behind
    _title, text = shown_error(window)
    assert "the disk is full" in text
    assert str(path) not in window.statusBar().currentMessage()
