"""Vendoring: the generated package, renamed, works in a venv holding only httpx2 and python-dateutil."""

from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

from shared_build import clean_env
from shared_paths import ROOT

PROBE = r'''
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import acme_hub
from acme_hub.models import WhoamiResponse

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/api/whoami-v2":
            body = json.dumps({"type": "user", "name": "alice", "orgs": [], "auth": {"type": "access_token"}, "new": 1}).encode()
        elif self.path.startswith("/api/models/org/name/refs"):
            body = json.dumps({"tags": [], "branches": [{"name": "main", "ref": "refs/heads/main", "targetCommit": "abc"}], "converts": []}).encode()
        else:
            self.send_response(404); self.end_headers(); return
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
with acme_hub.Client(base_url=f"http://127.0.0.1:{server.server_port}") as client:
    me = client.users.whoami()
    assert isinstance(me, WhoamiResponse) and me.name == "alice" and me.extra_fields == {"new": 1}
    assert client.models.list_refs("org/name").branches[0].target_commit == "abc"
    try:
        client.models.list_refs("org/missing")
    except acme_hub.APIError as exc:
        assert exc.status_code == 404
    else:
        raise AssertionError("404 did not raise")
loaded = sorted({m.split(".")[0] for m in sys.modules})
assert "hfhub" not in loaded and "hfhub_api" not in loaded, loaded
print("ok", acme_hub.__file__)
'''


@pytest.mark.slow
def test_vendored_copy_runs_with_only_its_two_dependencies(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)  # this interpreter's pip installs into it: no ensurepip step
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", str(python)]
    install = subprocess.run([*pip, "install", "--quiet", "httpx2", "python-dateutil"],
                             capture_output=True, text=True, timeout=600, env=clean_env())
    assert install.returncode == 0, install.stderr[-2000:]
    into = tmp_path / "project"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "vendor.py"), "--into", str(into), "--name", "acme_hub"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    freeze = subprocess.run([*pip, "freeze"], capture_output=True, text=True, env=clean_env()).stdout.lower()
    assert "hfhub" not in freeze and "attrs" not in freeze
    run = subprocess.run([str(python), "-c", PROBE], capture_output=True, text=True, timeout=120,
                         cwd=into, env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(into)})
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith("ok") and str(into) in run.stdout


def test_vendor_refuses_bad_names(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "vendor.py"), "--into", str(tmp_path), "--name", "not-valid"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "not a valid Python package name" in done.stderr
