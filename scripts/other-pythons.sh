#!/usr/bin/env bash
# Runs the test suite on every other supported Python found on this machine (3.11, 3.12,
# 3.13: on PATH, or installed by pyenv), each in its own .venv-3.X; the default Python's run
# is `make test` itself. A Python that is not installed is skipped with a note.
set -euo pipefail
default=$("${1:-python3}" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
find_python() {
  local v=$1 candidate
  for candidate in "python$v" "$(pyenv root 2>/dev/null)"/versions/"$v"*/bin/python; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys' >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
for v in 3.11 3.12 3.13; do
  [ "$v" = "$default" ] && continue
  if ! py=$(find_python "$v"); then
    echo "note: Python $v is not installed; its test run is skipped" >&2
    continue
  fi
  venv=".venv-$v"
  if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
    echo "== Python $v: installing into $venv"
    "$py" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade "pip>=25.1"
    "$venv/bin/python" -m pip install --quiet -e . --group dev
    touch "$venv/.installed"
  fi
  echo "== Python $v: tests"
  "$venv/bin/python" -m pytest -q
done
