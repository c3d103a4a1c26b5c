# Builds "Supplier Desk" with PyInstaller and an installer with Inno Setup (iscc on PATH).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install -q -e ".[test]" "pyinstaller>=6.5"
.venv\Scripts\python scripts\build_translations.py
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\supplier_desk.spec
iscc packaging\supplier_desk.iss
Write-Output "dist\SupplierDeskSetup.exe"
