"""Installs the chosen language on the running application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.i18n import qm_path, qt_qm_path

_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Switch the UI language now; widgets receive a LanguageChange event."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    if language != "vi":
        return
    ours = QTranslator(app)
    if ours.load(str(qm_path("vi"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, wizard, file dialog): ours, and Qt's if shipped.
    for name, folder in (
        (str(qt_qm_path("vi")), ""),
        ("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        qt_own = QTranslator(app)
        if qt_own.load(name, folder) if folder else qt_own.load(name):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
