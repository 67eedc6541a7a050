"""A process that ran the pipeline ends without the interpreter's teardown, yet as it would
have ended: exit handlers run, buffered output is flushed, the status is kept. Each case runs
in a fresh interpreter: the process really ends."""

from __future__ import annotations

import textwrap

from tests.fresh_python import fresh_python

PIPELINE_PROCESS = textwrap.dedent(
    """
    import atexit, sys, threading, time
    sys.modules.setdefault("dagster", sys)  # stands for a process that loaded the pipeline
    from pipelines.plumbing.quick_exit import exit_now
    atexit.register(lambda: print("exit handler ran"))
    sys.stdout.write("buffered, no newline; ")
    """
)


def test_it_ends_at_once_with_handlers_run_and_output_flushed() -> None:
    done = fresh_python(PIPELINE_PROCESS + "exit_now(3)\nprint('after exit_now')\n")
    assert done.returncode == 3, done.stderr
    assert done.stdout == "buffered, no newline; exit handler ran\n"


def test_a_message_ends_it_as_the_interpreter_would() -> None:
    done = fresh_python(PIPELINE_PROCESS + "exit_now('no such version')\n")
    assert (done.returncode, done.stderr) == (1, "no such version\n")


def test_a_running_thread_or_a_light_command_gets_the_usual_exit() -> None:
    thread = "threading.Thread(target=lambda: (time.sleep(0.3), print('thread done'))).start()\n"
    done = fresh_python(PIPELINE_PROCESS + thread + "exit_now(0)\nprint('carried on')\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "buffered, no newline; carried on",
        "thread done",
        "exit handler ran",
    ]
    light = fresh_python(
        "from pipelines.plumbing.quick_exit import exit_now\nexit_now(0)\nprint('on')"
    )
    assert (light.returncode, light.stdout) == (0, "on\n")


def test_a_daemon_thread_is_not_waited_for() -> None:
    """fsspec's event loop under a remote `jris sql` runs in a daemon thread: the process still
    ends at once, with no teardown to print DuckDB's leak report."""
    daemon = "threading.Thread(target=lambda: time.sleep(30), daemon=True).start()\n"
    done = fresh_python(PIPELINE_PROCESS + daemon + "exit_now(2)\nprint('after exit_now')\n")
    assert done.returncode == 2, done.stderr
    assert done.stdout == "buffered, no newline; exit handler ran\n"
