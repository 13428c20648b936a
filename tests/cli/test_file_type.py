"""The session file type the installers register: one MIME type and extension for Linux and
Windows, and the files the command line writes under that name open again."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from shooter import cli
from shooter.files import load_session

ROOT = Path(__file__).resolve().parents[2]
MIME_XML = ROOT / "packaging" / "linux" / "shooter-session.xml"
NSIS = ROOT / "packaging" / "windows" / "shooter.nsi"
BUILD_LINUX = ROOT / "packaging" / "build-linux.sh"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def mime_type():
    root = ElementTree.parse(MIME_XML).getroot()
    (kind,) = root.findall("m:mime-type", NS)
    return kind


def test_linux_type_is_the_shooter_extension_and_sniffs_the_format_name(tmp_path, capsys):
    kind = mime_type()
    assert kind.get("type") == "application/x-shooter-session"
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == ["*.shooter"]
    magic = kind.find("m:magic/m:match", NS).get("value")
    path = tmp_path / "run.shooter"
    assert cli.main(["train", "--lesson", "sight-in", "--steps", "1", "--save", str(path)]) == 0
    assert path.read_text().startswith(magic)  # what the sniffing looks for is what we write
    assert load_session(path).iteration == 1


def test_the_deb_installs_the_type_where_shared_mime_info_looks():
    script = BUILD_LINUX.read_text()
    assert "packaging/linux/shooter-session.xml" in script
    assert "/usr/share/mime/packages/shooter.xml" in script


def test_windows_registers_the_same_type_and_removes_it_on_uninstall():
    script = NSIS.read_text()
    defines = dict(re.findall(r'!define (SESSION_\w+) "([^"]*)"', script))
    assert defines["SESSION_EXT"] == ".shooter"
    assert defines["SESSION_MIME"] == mime_type().get("type")
    install, uninstall = script.split('Section "Uninstall"')
    progid_key = r"Software\Classes\${SESSION_PROGID}"
    assert r'${SESSION_PROGID}\shell\open\command" ""' in install and '"%1"' in install
    assert f'WriteRegStr SHCTX "{progid_key}"' in install
    assert f'DeleteRegKey SHCTX "{progid_key}"' in uninstall
    assert r'DeleteRegKey SHCTX "Software\Classes\${SESSION_EXT}"' in uninstall
    assert "OpenWithProgids" in install and "OpenWithProgids" in uninstall
