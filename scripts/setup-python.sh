#!/usr/bin/env bash
# Creates .venv with the real `servicestack` Python package (it brings dataclasses-json and
# marshmallow), which the Python tests use to import, round-trip and call generated DTOs.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r scripts/python-requirements.txt
.venv/bin/python -c "import servicestack, dataclasses_json; print('python test environment ready:', servicestack.__name__)"
