#!/usr/bin/env bash
# Install the built wheel into a fresh virtual environment, away from the checkout, and
# parse the example report shipped inside it.  Catches package data left out of the
# wheel (the example, py.typed), a broken entry point, and undeclared dependencies.
#
#   scripts/check_wheel.sh [dist/fzbg-*.whl]      (default: the newest wheel in dist/)
set -euo pipefail
cd "$(dirname "$0")/.."

wheel="${1:-$(ls -t dist/fzbg-*.whl 2>/dev/null | head -n 1)}"
if [ -z "$wheel" ] || [ ! -f "$wheel" ]; then
  echo "check_wheel: no wheel given and none in dist/ (run: python -m build)" >&2
  exit 2
fi
wheel="$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel"

# Run from an empty directory so that nothing can be imported from the checkout.
cd "$tmp"
"$tmp/venv/bin/python" - <<'PY'
import importlib.resources
import pathlib

import fzbg

location = pathlib.Path(fzbg.__file__).resolve()
assert "site-packages" in location.parts, f"fzbg imported from {location}, not the wheel"
files = importlib.resources.files("fzbg")
assert files.joinpath("py.typed").is_file(), "py.typed is missing from the wheel"
assert files.joinpath("examples", "report.txt").is_file(), "the example report is missing"

report = fzbg.parse_report(fzbg.example_report_text())
kinds = [section.kind.value for section in report.sections]
assert kinds == ["measures", "duties", "shortcomings", "plans"], kinds
assert report.title == "青禾街道2025年度法治政府建设情况报告", report.title
assert len(report.measures) == 5, report.measures
assert not report.missing_sections, report.missing_sections
print(f"check_wheel: fzbg {fzbg.__version__} from {location.parent}: "
      f"{len(report.sections)} sections, {len(report.measures)} measures")
PY
"$tmp/venv/bin/fzbg" demo > "$tmp/demo.txt"
grep -q "青禾街道" "$tmp/demo.txt" || { echo "check_wheel: 'fzbg demo' did not show the example" >&2; exit 1; }
echo "check_wheel: ok ($(basename "$wheel"))"
