"""`make serve`: a port that is taken is said in one line; the dev server never touches a download."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from edition_harness.project import BUILD_ENV, PROJECT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_taken_port_is_one_line_naming_another_way():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # -o: the exports count as made, so that only the port is tested here.
        result = subprocess.run(["make", "-o", "export", "serve", f"PORT={port}"], cwd=PROJECT, capture_output=True,
                                text=True, timeout=120)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"make serve: 127.0.0.1:{port} is in use (another server?); choose another port: make serve PORT=8001" in result.stderr


def test_the_dev_server_leaves_downloads_untouched(project_copy: Path):
    port = _free_port()
    env = {**BUILD_ENV, "SITE_URL": f"http://127.0.0.1:{port}/"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        page = download = None
        for _ in range(240):  # the first build takes a while
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/taking-stock/", timeout=5).read()
                download = urllib.request.urlopen(f"http://127.0.0.1:{port}/downloads/istanbul-retreat-2011.html", timeout=5).read()
                break
            except OSError:
                time.sleep(0.5)
        assert page is not None and b"livereload" in page  # the dev server does add its script to pages
        assert download == (project_copy / "dist" / "istanbul-retreat-2011.html").read_bytes()
    finally:
        server.terminate()
        server.wait(timeout=30)
