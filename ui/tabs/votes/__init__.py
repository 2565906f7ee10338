"""The votes tab (biểu quyết): the list, the selected vote's detail, the subject dialog."""

from ui.tabs.votes.dialog import VoteSubjectDialog, hall_lines, vote_error_text
from ui.tabs.votes.tab import VotesTab

__all__ = ["VoteSubjectDialog", "VotesTab", "hall_lines", "vote_error_text"]
