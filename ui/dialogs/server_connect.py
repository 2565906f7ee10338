"""File → "Connect to a counting server…": open the congress on the hall's PostgreSQL server.

The congress was pushed to the server beforehand (``secretariat-cli server
push``, README "Kiểm phiếu trên nhiều máy"); the window then works on it like
on a file, while the counting stations enter papers. The dialog asks for the
address and the login, tries them, and stays open with the reason when the
server cannot be reached or holds no congress. The PostgreSQL driver is loaded
only here (the single-laptop app never loads it).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import FileRefused
from secretariat.store import Store

DEFAULT_PORT = 5432


class ServerConnectDialog(QDialog):
    """Address, port, database, login and password; ``store`` is set once connected."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder  # backups of the server's congress go here
        self.store: Store | None = None
        self.setObjectName("serverConnectDialog")
        self.setWindowTitle(self.tr("Connect to a counting server"))
        intro = QLabel(
            self.tr(
                "Open the congress on the hall's PostgreSQL server, where it was put with "
                "“secretariat-cli server push”. The unit's IT staff give the address and "
                "the login. After the count, bring it back into the file "
                "(“secretariat-cli server pull”)."
            )
        )
        intro.setWordWrap(True)
        self.host = self._field("serverHost", "")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._field("serverDatabase", "daihoi")
        self.login = self._field("serverLogin", "thuky")
        self.password = self._field("serverPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("serverConnectButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter in a field connects; Esc cancels
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.host.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.connect_button.setDefault(True)

    def _field(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        return edit

    def url(self) -> str:
        user = quote(self.login.text().strip(), safe="")
        password = quote(self.password.text(), safe="")
        host = self.host.text().strip() or "localhost"
        database = quote(self.database.text().strip(), safe="")
        return f"postgresql://{user}:{password}@{host}:{self.port.value()}/{database}"

    def try_connect(self) -> None:
        """Open the server's congress; on success the dialog is accepted."""
        try:
            from secretariat import pg_store

            url = self.url()
            path = self.folder / pg_store.default_path(url).name
            self.store = pg_store.open_server(url, create=False, path=path)
        except ImportError:
            self._say(
                self.tr(
                    "This installation cannot connect to a server: the PostgreSQL driver "
                    "(the psycopg package) is missing."
                )
            )
            return
        except FileRefused as exc:
            self._say(self._reason(exc))
            return
        self.accept()

    def _reason(self, error: FileRefused) -> str:
        if error.code == "not_congress":
            return self.tr(
                "This database holds no congress yet: put the congress file on it first "
                "(“secretariat-cli server push”)."
            )
        if error.code == "newer":
            return self.tr(
                "The congress on the server was written by a newer version of Secretariat: "
                "update the program."
            )
        return self.tr(
            "The server cannot be reached or refused the login: check the address, the "
            "port, the login, the password and the network cable.\n(%1)"
        ).replace("%1", error.detail.strip())

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
