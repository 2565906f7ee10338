"""Dialogs that edit one record; they hand the data to ui.commands.actions."""
