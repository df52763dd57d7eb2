from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "corpus" / "dev" / "articles"


@pytest.fixture(scope="session")
def seeds():
    import claimdiff
    return claimdiff.load([SEEDS])


@pytest.fixture(scope="session")
def dev():
    import claimdiff
    return claimdiff.load([DEV])
