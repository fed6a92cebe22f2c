"""Headless Chromium driven over the DevTools protocol on a pipe (no extra package).

``--dump-dom`` shows what the browser built but not how wide it laid it out, and headless
windows cannot be narrower than 500 px. The DevTools protocol can emulate a phone (390 px,
mobile viewport), measure the page with JavaScript and take screenshots. Chromium speaks it on
file descriptors 3 (commands in) and 4 (replies out) with ``--remote-debugging-pipe``; messages
are JSON separated by NUL bytes.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

#: Set (as `.ci/run` does) to make a missing browser a failure instead of a skip.
REQUIRE_BROWSER = "DTINDICATORS_REQUIRE_BROWSER"

#: Flags for a quiet, sandbox-free headless run (the tests run as root in containers).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The browser executable, or a skip (a failure when ``DTINDICATORS_REQUIRE_BROWSER``)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "headless Chromium renders the report in these tests: apt-get install chromium"
    if os.environ.get(REQUIRE_BROWSER):
        pytest.fail(f"{reason} ({REQUIRE_BROWSER} is set)")
    pytest.skip(reason)


_TRAMPOLINE = (
    "import os, sys\n"
    "reads, writes = int(sys.argv[1]), int(sys.argv[2])\n"
    "os.dup2(reads, 3)\n"
    "os.dup2(writes, 4)\n"
    "os.close(reads)\n"
    "os.close(writes)\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)


class Browser:
    """One headless Chromium process and its DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()
        # The browser's ends, numbered 10 or above, go to a small Python trampoline that moves
        # them to 3 and 4 and then becomes the browser (no preexec_fn, unsafe with threads).
        reads = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
        writes = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
        for fd in (to_browser_read, from_browser_write):
            os.close(fd)
        browser = [chromium(), *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe"]
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _TRAMPOLINE, str(reads), str(writes), *browser],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=(reads, writes),
            )
        finally:
            os.close(reads)
            os.close(writes)
        self._out = os.fdopen(to_browser_write, "wb")
        self._in = os.fdopen(from_browser_read, "rb")
        self._buffer = b""
        self._next = 0

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = self._in.read1(1 << 16)
            if not chunk:
                raise EOFError("the browser closed its DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """Send one command and return its result (events received meanwhile are dropped)."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        self._out.flush()
        while True:
            reply = self._read()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result

    def wait_for(self, event: str) -> None:
        """Read until ``event`` arrives."""
        while self._read().get("method") != event:
            pass

    def close(self) -> None:
        with suppress(EOFError, BrokenPipeError, RuntimeError):
            self.send("Browser.close")
        self._out.close()
        self._in.close()
        self.process.wait(timeout=30)


class Page:
    """A page opened at a given viewport width."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression evaluated in the page."""
        reply = self.browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self.session,
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(reply["exceptionDetails"])
        return reply["result"].get("value")

    def screenshot(self, *, height: int | None = None) -> bytes:
        """A PNG of the page from its top, ``height`` pixels tall (the whole page by default)."""
        width, full = self.evaluate(
            "[document.documentElement.clientWidth, document.documentElement.scrollHeight]"
        )
        clip = {"x": 0, "y": 0, "width": width, "height": min(height or full, full), "scale": 1}
        shot = self.browser.send(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True, "clip": clip},
            self.session,
        )
        return base64.b64decode(shot["data"])


@contextmanager
def open_page(url: str, *, width: int, height: int = 900, profile: Path) -> Iterator[Page]:
    """``url`` laid out at ``width`` CSS pixels; below 600 px as a phone (mobile viewport)."""
    browser = Browser(profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
        browser.send("Emulation.setDeviceMetricsOverride", metrics, session)
        browser.send("Page.enable", {}, session)
        browser.send("Page.navigate", {"url": url}, session)
        browser.wait_for("Page.loadEventFired")
        yield Page(browser, session)
    finally:
        browser.close()


def dump_dom(url: str, *, profile: Path) -> str:
    """The DOM Chromium builds for ``url`` (``--dump-dom``)."""
    done = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout
