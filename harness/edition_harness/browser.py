"""Debian's Chromium driven by Playwright, a static server, and a log of blocked requests."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import threading
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


def serve(directory: Path, port: int = 0, handler: type = None) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Serve a folder on 127.0.0.1 in a thread; port 0 picks a free one."""
    handler = functools.partial(handler or _QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


class RequestLog:
    """Every request the page made that left the allowed origin (they are aborted)."""

    def __init__(self) -> None:
        self.blocked: list[str] = []


def open_page(browser: Browser, allowed: str, log: RequestLog, **context_options) -> Page:
    context = browser.new_context(**context_options)

    def route(route, request):
        url = urlparse(request.url)
        if request.url.startswith(allowed) or url.scheme in ("data", "blob", "about"):
            route.continue_()
        else:
            log.blocked.append(request.url)
            route.abort()

    context.route("**/*", route)
    return context.new_page()


class _CountingWriter:
    def __init__(self, stream, counter: list[int]) -> None:
        self.stream, self.counter = stream, counter

    def write(self, data: bytes) -> int:
        self.counter[0] += len(data)
        return self.stream.write(data)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


class GzipHandler(_QuietHandler):
    """Serves text files gzip-compressed when the browser accepts it, as a static host does,
    and counts every byte it sends (headers and bodies) in ``sent[0]``."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".bib", ".ris")
    protocol_version = "HTTP/1.1"  # keep-alive, as any static host
    sent = [0]

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile, self.sent)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or path.suffix not in self.COMPRESSED or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_gzip(directory: Path, port: int = 0) -> tuple[str, http.server.ThreadingHTTPServer]:
    return serve(directory, port, handler=GzipHandler)
