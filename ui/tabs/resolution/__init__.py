"""The resolution tab, one module per panel (``tab`` composes them)."""

from ui.tabs.resolution.common import figure_text, resolution_error_text
from ui.tabs.resolution.tab import ResolutionTab

__all__ = ["ResolutionTab", "figure_text", "resolution_error_text"]
