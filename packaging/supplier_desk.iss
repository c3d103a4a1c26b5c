; Inno Setup script: per-user install of the PyInstaller folder, Start menu entry, English and Polish.
[Setup]
AppName=Supplier Desk
AppVersion=0.1.0
AppPublisher=Supplier Desk
DefaultDirName={autopf}\Supplier Desk
DefaultGroupName=Supplier Desk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=SupplierDeskSetup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[Files]
Source: "..\dist\Supplier Desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Supplier Desk"; Filename: "{app}\Supplier Desk.exe"
Name: "{userdesktop}\Supplier Desk"; Filename: "{app}\Supplier Desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\Supplier Desk.exe"; Flags: nowait postinstall skipifsilent
