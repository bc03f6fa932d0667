"""The tests' stand-in Hub on Xet storage (tests/files/xet_hub.py) as a process for benchmarks.

    python benchmarks/files_server.py --port 0 --size 300 --files 500   # prints "READY <port>"

``bench/big`` holds ``model.bin`` (``--size`` MiB of random bytes, on the local CAS and its LFS
bridge); ``bench/small`` holds ``--files`` small JSON files; ``bench/dedup-hfhub`` and
``bench/dedup-hf`` are empty, for the re-upload contenders. A client with Xet reads the CAS folder,
one without (``HF_HUB_DISABLE_XET=1``) follows the resolve redirect to the stand-in's CDN.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "files"))
from xet_hub import XetStandinHub  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)  # the stand-in picks free ports itself
    parser.add_argument("--size", type=int, default=300, help="MiB of the big file")
    parser.add_argument("--files", type=int, default=500, help="small files in the snapshot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hfhub-bench-") as tmp:
        hub = XetStandinHub(Path(tmp), page_size=1000)
        big = bytearray()
        for _ in range(args.size):
            big += os.urandom(1024 * 1024)
        hub.create_repo("bench/big", files={"model.bin": bytes(big)})
        del big
        hub.create_repo("bench/small", files={f"shard/{i:04d}.json": b'{"i": %d}\n' % i for i in range(args.files)})
        hub.create_repo("bench/dedup-hfhub")
        hub.create_repo("bench/dedup-hf")
        with hub:
            print("READY", hub.endpoint.rsplit(":", 1)[1], flush=True)
            threading.Event().wait()


if __name__ == "__main__":
    main()
