; The Windows installer for Engagement Desktop (NSIS 3, Unicode).
;
; Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\Engagement Desktop,
; registers its uninstaller for the current user (HKCU) in "Apps & features", adds a
; Start-menu shortcut and, if ticked, a desktop one. Running it over an earlier version
; upgrades in place. The uninstaller keeps the user's data folder
; (%LOCALAPPDATA%\EngagementDesktop: database, backups, logs, settings) unless
; "Also remove my data" is ticked.
;
; Compiled by installer/build.py:
;   makensis /DVERSION=0.1.0 /DVERSION_WIN=0.1.0.0 /DBUNDLE=<frozen folder> /DOUTFILE=<setup.exe>
;            installer/engagement_desktop.nsi
; makensis runs on Windows and Linux alike; on Linux CI compiles it around the Linux bundle,
; as a check that the script compiles (that installer is not for distribution).

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the program's version: /DVERSION=x.y.z (installer/build.py does)"
!endif
!ifndef VERSION_WIN
  !define VERSION_WIN "${VERSION}.0"
!endif
!ifndef BUNDLE
  !error "Pass the frozen folder: /DBUNDLE=path (installer/build.py does)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Engagement-Desktop-${VERSION}-setup.exe"
!endif

!define APP "Engagement Desktop"
!define EXE "Engagement Desktop.exe"
!define CLI "engagement-desktop.exe"
!define UNINSTALLER "Uninstall Engagement Desktop.exe"
!define PUBLISHER "Engagement Desktop developers"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\EngagementDesktop"
; Where the program keeps the officer's files (platformdirs: engagement_desktop/paths.py).
!define DATA_DIR "$LOCALAPPDATA\EngagementDesktop"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
SetCompressorDictSize 32
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION_WIN}"
VIAddVersionKey /LANG=2057 "ProductName" "${APP}"
VIAddVersionKey /LANG=2057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=2057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2057 "LegalCopyright" "${PUBLISHER}; GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"

!define MUI_ICON "icon.ico"
!define MUI_UNICON "icon.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "This will install ${APP} ${VERSION} for you alone: no administrator rights are needed.$\r$\n$\r$\nIf an earlier version is installed it is replaced; your database, backups and settings are kept.$\r$\n$\r$\nClose ${APP} before you go on."
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APP} now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Var RemoveData
Var RemoveDataBox

; The program must not be running while its files are replaced or removed: a running
; .exe cannot be opened for writing on Windows, which is how this tells.
!macro WaitUntilClosed UN
Function ${UN}WaitUntilClosed
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} is open. Close it (File › Quit), then choose Retry." /SD IDCANCEL IDRETRY retry
      Abort "${APP} is still open: nothing was changed."
    ${EndIf}
    FileClose $0
  ${EndIf}
FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."

; Only the program's own files go, never anything else in the folder, and never the
; data folder, which lives elsewhere.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\LICENCES.txt"
!macroend

Section "${APP} (required)" SecProgram
  SectionIn RO
  Call WaitUntilClosed
  SetShellVarContext current
  ; Upgrade in place: the earlier version's files go first, so none of them is left stale.
  !insertmacro RemoveProgramFiles
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Desktop shortcut" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Function .onInit
  SetShellVarContext current
FunctionEnd

; Uninstall: a page asking whether the data goes too (unticked: it stays).
Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Your data" "Choose whether your records go with the program."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 48u "Your database, its automatic backups, the log and your settings are in ${DATA_DIR}. They stay there unless you tick the box, so a new version (or a new laptop, after you copy the folder) finds them. Backups you keep elsewhere (a USB stick, a network folder) are never touched."
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "Also remove my data (this cannot be undone)"
  Pop $RemoveDataBox
  ${NSD_SetState} $RemoveDataBox ${BST_UNCHECKED}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $RemoveData
FunctionEnd

Section "Uninstall"
  Call un.WaitUntilClosed
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "${DATA_DIR}"
    DeleteRegKey HKCU "Software\EngagementDesktop"
  ${EndIf}
SectionEnd
