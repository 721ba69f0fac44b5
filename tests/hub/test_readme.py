from pathlib import Path

import pytest

from hub.settings.env import SCHEMA

PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("readme", ["README.md", "README.sl.md"])
def test_readme_documents_every_environment_variable(readme):
    text = (PROJECT_DIR / readme).read_text(encoding="utf-8")

    undocumented = [name for name in SCHEMA if f"| `{name}` |" not in text]

    assert undocumented == []
