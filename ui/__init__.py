"""The Qt desktop app. Talks to ``secretariat`` only through its services."""
