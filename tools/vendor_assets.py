"""Vendor the browser assets the offline maps inline, from the npm registry.

Usage::

    python tools/vendor_assets.py

Fetches each package with ``npm pack NAME@VERSION`` (checking the registry's sha512
integrity), and writes into ``geo/static/``: the files maps inline, with the images a
stylesheet refers to turned into data: URIs, and ``ASSETS.md`` recording versions,
checksums and licences. Run it again to upgrade: change a version below.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

STATIC = Path(__file__).resolve().parents[1] / "geo" / "static"
PACKAGES = [
    # name, version, licence, {file in package: file in geo/static}
    (
        "leaflet",
        "1.9.3",
        "BSD-2-Clause",
        {
            "package/dist/leaflet.js": "leaflet.js",
            "package/dist/leaflet.css": "leaflet.css",
        },
    ),
]


def _pack(name: str, version: str, workdir: Path) -> tuple[Path, str]:
    out = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--json"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    integrity = re.search(r'"integrity":\s*"([^"]+)"', out).group(1)
    filename = re.search(r'"filename":\s*"([^"]+)"', out).group(1)
    tarball = workdir / filename
    algo, digest = integrity.split("-", 1)
    actual = base64.b64encode(hashlib.new(algo, tarball.read_bytes()).digest()).decode()
    if actual != digest:
        sys.exit(f"{name}@{version}: checksum mismatch")
    return tarball, integrity


def _inline_images(css: str, package_dir: Path) -> str:
    def repl(m: re.Match[str]) -> str:
        path = package_dir / m.group(1)
        data = base64.b64encode(path.read_bytes()).decode()
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", repl, css)


def main() -> int:
    """Fetch, check and write the assets."""
    STATIC.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Vendored browser assets",
        "",
        "Written by `tools/vendor_assets.py` from the npm registry; inlined into every",
        "map so that it works from `file://` with no network.",
        "",
        "| package | version | licence | sha512 integrity |",
        "|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for name, version, licence, files in PACKAGES:
            tarball, integrity = _pack(name, version, workdir)
            with tarfile.open(tarball) as tar:
                tar.extractall(workdir / name, filter="data")
            for source, target in files.items():
                text = (workdir / name / source).read_text(encoding="utf-8")
                if target.endswith(".css"):
                    text = _inline_images(text, (workdir / name / source).parent)
                (STATIC / target).write_text(text, encoding="utf-8")
            lines.append(f"| {name} | {version} | {licence} | `{integrity}` |")
    (STATIC / "ASSETS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
