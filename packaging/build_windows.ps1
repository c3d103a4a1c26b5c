# Builds "Supplier Desk" on Windows with packaging/supplier_desk.spec (the same recipe as macOS
# and Linux), the installer with Inno Setup (iscc on PATH), then runs the BUILT app's
# self-test in Polish and English.
#   powershell -File packaging\build_windows.ps1 [-SkipSetup]
# Signing: set WINDOWS_CERTIFICATE_PFX (path to a .pfx) and WINDOWS_CERTIFICATE_PASSWORD;
# without them the files are left unsigned, and the script says so.
# Output: dist\Supplier Desk\ (the folder), dist\SupplierDeskSetup-<version>.exe,
# dist\self-test-pl.txt and dist\self-test-en.txt.
param([switch]$SkipSetup)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = ".venv\Scripts\python.exe"
if (-not $SkipSetup) {
    if (-not (Test-Path $py)) { py -3.11 -m venv .venv }
    & $py -m pip install -q --upgrade pip
    & $py -m pip install -q -e ".[packaging]"
    if ($LASTEXITCODE) { throw "pip install failed" }
}
foreach ($step in "build_forms.py", "build_translations.py", "build_icons.py") {
    & $py "scripts\$step" | Out-Null
    if ($LASTEXITCODE) { throw "scripts\$step failed" }
}
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\supplier_desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$app = "dist\Supplier Desk\Supplier Desk.exe"
$version = (& $py -c "from importlib.metadata import version; print(version('supplier-desk'))").Trim()

# signtool comes with the Windows SDK and is seldom on PATH: the newest x64 one under
# Windows Kits\10\bin\<version>\x64 (as on GitHub's windows-latest runner).
function Find-SignTool {
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $found = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq "x64" } |
        Sort-Object { $_.Directory.Parent.Name -as [version] } -Descending |
        Select-Object -First 1
    if (-not $found) { throw "signtool.exe not found under ${kits}: install the Windows SDK" }
    return $found.FullName
}

function Sign-File([string]$path) {
    if ($env:WINDOWS_CERTIFICATE_PFX -and (Test-Path $env:WINDOWS_CERTIFICATE_PFX)) {
        $signtool = Find-SignTool
        & $signtool sign /f $env:WINDOWS_CERTIFICATE_PFX /p $env:WINDOWS_CERTIFICATE_PASSWORD `
            /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $path
        if ($LASTEXITCODE) { throw "signtool failed on $path" }
    } else {
        Write-Output "not signed (no WINDOWS_CERTIFICATE_PFX): $path"
    }
}

Sign-File $app
iscc /Q "/DAppVersion=$version" packaging\supplier_desk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
$setup = "dist\SupplierDeskSetup-$version.exe"
Sign-File $setup

# The smoke test of what was built. The app is windowed: wait for it and read its report.
$failed = @()
foreach ($lang in "pl", "en") {
    $report = Join-Path (Resolve-Path dist) "self-test-$lang.txt"
    $run = Start-Process -FilePath $app -ArgumentList "--self-test", "--lang", $lang, "--report", "`"$report`"" -Wait -PassThru -NoNewWindow
    if (Test-Path $report) { Get-Content $report -Encoding UTF8 }
    if ($run.ExitCode -ne 0) { $failed += $lang }
}
$size = "{0:N0} MB" -f ((Get-ChildItem "dist\Supplier Desk" -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Output "folder:    dist\Supplier Desk ($size)"
Write-Output ("installer: $setup ({0:N0} MB)" -f ((Get-Item $setup).Length / 1MB))
if ($failed) { throw "self-test failed: $($failed -join ', ')" }
