"""Work off the UI thread: a job in a thread pool whose outcome comes back to handlers
on the UI thread, and the runner a screen keeps for its jobs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Work = Callable[[Callable[[int, str], None]], object]


class Relay(QObject):
    """Carries a job's outcome from the worker thread to handlers on the UI thread."""

    progress = Signal(int, str)  # files done, the file being written next
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
        on_progress: Callable[[int, str], None] | None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        # Queued: emitted in the worker, delivered in this object's (the UI) thread.
        queued = Qt.ConnectionType.QueuedConnection
        self.done.connect(self._deliver_done, queued)
        self.failed.connect(self._deliver_failed, queued)
        self.progress.connect(self._deliver_progress, queued)

    def _deliver_done(self, value: object) -> None:
        self._on_done(value)

    def _deliver_failed(self, value: object) -> None:
        self._on_failed(value)

    def _deliver_progress(self, done: int, name: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, name)


class Job(QRunnable):
    """Runs ``work(report)`` in the pool; the outcome comes back through the relay."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], object], relay: Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the tab holds it until its outcome has been handled
        self.relay = relay
        self._work = work

    def run(self) -> None:
        try:
            try:
                result = self._work(self.relay.progress.emit)
            except Exception as exc:  # any failure is shown to the secretary, never lost
                self.relay.failed.emit(exc)
            else:
                self.relay.done.emit(result)
        except RuntimeError:  # the tab (and its relay) went away meanwhile: nobody to tell
            pass


class JobRunner(QObject):
    """Runs works in its own pool (at most ``threads`` at once) and holds each job until
    its outcome has been handled on the UI thread."""

    def __init__(self, parent: QObject, threads: int) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    def run(
        self,
        work: Work,
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
        on_progress: Callable[[int, str], None] | None = None,
    ) -> None:
        job: Job

        def finish(handler: Callable[[object], None], value: object) -> None:
            self._jobs.discard(job)
            job.relay.deleteLater()
            handler(value)

        relay = Relay(
            self,
            lambda value: finish(on_done, value),
            lambda value: finish(on_failed, value),
            on_progress,
        )
        job = Job(work, relay)
        self._jobs.add(job)
        self._pool.start(job)

    def busy(self) -> bool:
        """Whether a job is running, queued, or its outcome not yet handled."""
        return bool(self._jobs)

    def wait(self, msecs: int) -> bool:
        """Block until the running jobs end."""
        return self._pool.waitForDone(msecs)
