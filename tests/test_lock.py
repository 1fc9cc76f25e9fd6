import os
import signal
import subprocess
import sys
import textwrap

import pytest

from scraper.refresh.lock import LockHeld, RunLock

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from scraper.refresh.lock import RunLock
    RunLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock until it is killed."""
    path = tmp_path / "refresh.lock"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=os.getcwd(),
    )
    assert process.stdout.readline().strip() == "locked"
    yield path, process
    process.kill()
    process.wait(timeout=10)


def test_a_second_run_is_refused_and_told_who_holds_the_lock(holder):
    path, process = holder
    with pytest.raises(LockHeld, match=f"pid {process.pid}"):
        RunLock(path).acquire()


def test_a_killed_holder_never_leaves_the_lock_stuck(holder):
    path, process = holder
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    with RunLock(path):
        assert f'"pid": {os.getpid()}' in path.read_text()


def test_the_lock_is_free_again_after_release(tmp_path):
    path = tmp_path / "refresh.lock"
    with RunLock(path):
        with pytest.raises(LockHeld):
            RunLock(path).acquire()
    with RunLock(path):
        pass
    assert path.read_text() == ""
