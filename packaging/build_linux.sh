#!/usr/bin/env bash
# Builds the Linux bundle with packaging/supplier_desk.spec (the same recipe as Windows and
# macOS), adds the .desktop file and icons, packs a tarball, then runs the BUILT app's
# self-test in Polish and English. Exits non-zero when the build or a self-test fails.
#
#   packaging/build_linux.sh            on a fresh machine: scripts/setup, then the build
#   SKIP_SETUP=1 packaging/build_linux.sh   reuse .venv as it is (it needs the [packaging] extra)
#   DIST=... WORK=...                   where the bundle and PyInstaller's work files go
#                                       (default dist/ and build/pyinstaller/)
#   FULL_ICU=1                          keep Qt's ICU data whole (no icupkg/gcc needed)
#
# Output: $DIST/Supplier Desk/ (the folder), $DIST/supplier-desk-<version>-linux-<arch>.tar.gz,
# $DIST/self-test-pl.txt and self-test-en.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_SETUP:-0}" != 1 ]; then
  ./scripts/setup
  .venv/bin/python -m pip install -q -e '.[packaging]'
fi
PY=.venv/bin/python
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
APP="$DIST/Supplier Desk"

"$PY" scripts/build_forms.py
"$PY" scripts/build_translations.py
"$PY" scripts/build_icons.py >/dev/null
"$PY" -m PyInstaller --noconfirm ${CLEAN:+--clean} --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/supplier_desk.spec

# Qt's ICU data cut to English and Polish (31 MB -> 4 MB; needs icupkg and gcc, see
# packaging/icu_data.py). FULL_ICU=1 keeps it whole.
if [ "${FULL_ICU:-0}" != 1 ]; then
  for icu in "$APP"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    "$PY" packaging/icu_data.py "$icu"
  done
fi

# Desktop integration: the menu entry and icons, installed per user by the script.
mkdir -p "$APP/share/icons"
cp packaging/linux/supplier-desk.desktop "$APP/share/"
cp -R build/icons/hicolor "$APP/share/icons/"
cp packaging/linux/install-desktop-entry.sh "$APP/"

VERSION=$("$APP/Supplier Desk" --version | awk '{print $NF}')
TARBALL="$DIST/supplier-desk-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$TARBALL" "Supplier Desk"
echo "folder:  $APP ($(du -sm "$APP" | cut -f1) MB)"
echo "tarball: $TARBALL ($(du -sm "$TARBALL" | cut -f1) MB, $(stat -c %s "$TARBALL") bytes)"

# The smoke test of what was built: offscreen, a throwaway data folder, both languages.
status=0
for lang in pl en; do
  if ! QT_QPA_PLATFORM=offscreen "$APP/Supplier Desk" --self-test --lang "$lang" \
      --report "$DIST/self-test-$lang.txt"; then
    echo "self-test ($lang) FAILED: see $DIST/self-test-$lang.txt" >&2
    status=1
  fi
done
exit $status
