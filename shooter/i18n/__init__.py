"""Languages: the app's strings go through Qt's translation system (QTranslator + .qm).

English is the source language; `shooter_zh_CN.ts` holds the Chinese catalogue and
`shooter_zh_CN.qm` its compiled form (rebuild with `python -m shooter.i18n.build`).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE_DIR = Path(__file__).resolve().parent
LANGUAGES = {"en": "English", "zh_CN": "中文"}
DEFAULT_LANGUAGE = "en"


def system_language():
    """The language to start in: Chinese on a Chinese system, English otherwise."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else DEFAULT_LANGUAGE


class Languages:
    """Installs the translators of one language at a time into the application.

    Translators belong to the application, not to one window: every Languages object shares
    the ones installed, so a switch through any of them replaces what another installed (an
    earlier window, a recording) instead of translating on top of it."""

    _installed = []  # the translators in the application now
    _current = DEFAULT_LANGUAGE

    @property
    def current(self):
        return Languages._current

    def switch(self, language):
        """Make `language` current; widgets receive a LanguageChange event. Returns success."""
        if language not in LANGUAGES:
            return False
        app = QCoreApplication.instance()
        for translator in Languages._installed:
            app.removeTranslator(translator)
        Languages._installed = [] if language == DEFAULT_LANGUAGE else self._load(language)
        for translator in Languages._installed:
            app.installTranslator(translator)
        Languages._current = language
        QLocale.setDefault(QLocale(language))
        return True

    def _load(self, language):
        translators = []
        ours = QTranslator()
        if ours.load(str(CATALOGUE_DIR / f"shooter_{language}.qm")):
            translators.append(ours)
        # Qt's own strings (standard dialog buttons, shortcuts) in the same language.
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{language}", qt_dir):
            translators.append(qt_base)
        return translators
