#!/usr/bin/env sh
# Adds Supplier Desk to the desktop's application menu for this user (no root needed):
# the .desktop file points at this folder, the icons go into the user's hicolor theme.
# Run it from the unpacked folder: ./install-desktop-entry.sh   (remove: --uninstall)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/supplier-desk.desktop"
  find "$data/icons/hicolor" -name supplier-desk.png -delete 2>/dev/null || true
  exit 0
fi
mkdir -p "$data/applications"
sed "s|@APP_DIR@|$here|g" "$here/share/supplier-desk.desktop" >"$data/applications/supplier-desk.desktop"
cp -R "$here/share/icons/hicolor" "$data/icons/" 2>/dev/null || { mkdir -p "$data/icons"; cp -R "$here/share/icons/hicolor" "$data/icons/"; }
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Supplier Desk added to the application menu ($data/applications/supplier-desk.desktop)"
