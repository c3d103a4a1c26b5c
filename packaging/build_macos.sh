#!/usr/bin/env bash
# Builds "Supplier Desk.app" with packaging/supplier_desk.spec (the same recipe as Windows and
# Linux), runs the BUILT app's self-test in Polish and English, signs and notarises it when the
# credentials are there, and packs it in a .dmg (hdiutil).
#   packaging/build_macos.sh              (SKIP_SETUP=1: reuse .venv as it is)
# Signing: CODESIGN_IDENTITY ("Developer ID Application: ..."), hardened runtime.
# Notarising: NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD (an app-specific password).
# Without them the app is left unsigned / not notarised, and the script says so.
# Output: dist/Supplier Desk.app, dist/SupplierDesk-<version>.dmg, dist/self-test-*.txt
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_SETUP:-0}" != 1 ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[packaging]'
fi
PY=.venv/bin/python
"$PY" scripts/build_forms.py
"$PY" scripts/build_translations.py
"$PY" scripts/build_icons.py >/dev/null
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/supplier_desk.spec
APP="dist/Supplier Desk.app"
VERSION=$("$APP/Contents/MacOS/Supplier Desk" --version | awk '{print $NF}')

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
else
  echo "not signed: CODESIGN_IDENTITY is not set"
fi

status=0
for lang in pl en; do
  "$APP/Contents/MacOS/Supplier Desk" --self-test --lang "$lang" --report "dist/self-test-$lang.txt" || status=1
done
[ $status = 0 ] || { echo "self-test FAILED (see dist/self-test-*.txt)" >&2; exit 1; }

DMG="dist/SupplierDesk-$VERSION.dmg"
rm -f "$DMG"
# The .dmg window shows the app beside a link to /Applications: drag one onto the other.
STAGE="build/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Supplier Desk.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Supplier Desk" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_APPLE_ID:-}" ] && [ -n "${NOTARY_PASSWORD:-}" ]; then
  xcrun notarytool submit "$DMG" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" \
    --password "$NOTARY_PASSWORD" --wait
  xcrun stapler staple "$DMG"
else
  echo "not notarised: CODESIGN_IDENTITY / NOTARY_APPLE_ID / NOTARY_PASSWORD not all set"
fi
echo "app: $APP ($(du -sh "$APP" | cut -f1))"
echo "dmg: $DMG ($(du -sh "$DMG" | cut -f1))"
