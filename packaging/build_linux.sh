#!/usr/bin/env bash
# Builds the PyInstaller folder on Linux (the same spec as Windows and macOS) and a tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup
.venv/bin/pip install -q "pyinstaller>=6.5"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/supplier_desk.spec
tar -C dist -czf dist/supplier-desk-linux.tar.gz "Supplier Desk"
echo "dist/supplier-desk-linux.tar.gz"
