"""Settings for every test: Hypothesis runs the same examples in CI."""

from __future__ import annotations

import os

from hypothesis import settings

# On CI (CI=true) the property tests are derandomised: a run of main is repeatable,
# and a failure seen there is seen again by anyone who runs the same commit.
# Elsewhere they explore new examples on each run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
