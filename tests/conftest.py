"""Shared fixtures. Data that lives outside the project (../shared) is skipped when
absent, except on CI (``CI`` set), where its absence is a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = [Path(p) for p in (os.environ.get("GEO_SHARED"),) if p] + [
    ROOT.parent / "shared",
    Path("/work/shared"),
]
SHARED = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0])
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_report_header(config: pytest.Config) -> str:
    shared = "found" if SHARED.exists() else "absent"
    browser = "found" if Path(CHROMIUM).exists() else "absent"
    return f"geo: shared data {shared} ({SHARED}); chromium {browser}; CI={bool(os.getenv('CI'))}"


def require(path: Path) -> Path:
    """Skip when ``path`` is absent, except on CI."""
    if not path.exists():
        if os.getenv("CI"):
            pytest.fail(f"{path} is required on CI")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def gold_csv() -> Path:
    return require(SHARED / "seeds" / "gold_incidents.csv")


@pytest.fixture(scope="session")
def seed_incidents(seeds_dir, gazetteer):
    from geo.articles import read_articles
    from geo.incidents import extract_incidents

    return extract_incidents(read_articles([seeds_dir]).articles, gazetteer)
