"""The fault battery's fixtures."""

from __future__ import annotations

import pytest
from support import Zygote


@pytest.fixture(scope="session")
def zygote():
    z = Zygote()
    yield z
    z.close()
