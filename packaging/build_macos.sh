#!/usr/bin/env bash
# Builds "Supplier Desk.app" and a .dmg on macOS. Signing/notarising: set CODESIGN_IDENTITY.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup
.venv/bin/pip install -q "pyinstaller>=6.5"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/supplier_desk.spec
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "dist/Supplier Desk.app"
fi
hdiutil create -volname "Supplier Desk" -srcfolder "dist/Supplier Desk.app" -ov -format UDZO dist/SupplierDesk.dmg
echo "dist/SupplierDesk.dmg"
