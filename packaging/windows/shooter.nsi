; Windows installer for Shooter over the PyInstaller one-folder bundle.
;
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=packaging\out\dist\shooter packaging\windows\shooter.nsi
;
; Installs for the current user (no administrator rights) or for all users, asked on a page
; or given as /CurrentUser or /AllUsers on the command line (silent install: /S). Creates
; Start menu and desktop shortcuts and an uninstaller listed in "Apps & features".
; Registers the session file type: a double-click on a *.shooter file opens it in Shooter;
; *.json sessions get Shooter in "Open with" without taking .json over. Uninstalling removes
; both (the .shooter extension only while it still points to Shooter).

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\out\dist\shooter"
!endif
!ifndef EXE_NAME
  !define EXE_NAME "shooter.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\out\shooter-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\shooter.ico"
!endif
!if ! /FileExists "${SOURCE_DIR}/${EXE_NAME}"
  !error "no ${EXE_NAME} in ${SOURCE_DIR}: build the PyInstaller bundle first"
!endif

!define APP_NAME "Shooter"
!define APP_KEY "Software\Shooter"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Shooter"
!define SESSION_EXT ".shooter"
!define SESSION_PROGID "Shooter.Session"
!define SESSION_MIME "application/x-shooter-session"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user ; MultiUser raises it when "all users" is chosen
BrandingText "${APP_NAME} ${VERSION}"

; --- per-user or per-machine ------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Shooter maintainers, MIT license"

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; --- install ------------------------------------------------------------------------------
Section "Shooter" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0

  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Shooter maintainers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1

  ; The session file type, for this user or for all (SHCTX follows the install mode).
  WriteRegStr SHCTX "Software\Classes\${SESSION_EXT}" "" "${SESSION_PROGID}"
  WriteRegStr SHCTX "Software\Classes\${SESSION_EXT}" "Content Type" "${SESSION_MIME}"
  WriteRegStr SHCTX "Software\Classes\${SESSION_PROGID}" "" "Shooter training session"
  WriteRegStr SHCTX "Software\Classes\${SESSION_PROGID}\DefaultIcon" "" \
    '"$INSTDIR\${EXE_NAME}",0'
  WriteRegStr SHCTX "Software\Classes\${SESSION_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${EXE_NAME}" "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "${SESSION_PROGID}" ""
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd

; --- uninstall: only what the installer put there -----------------------------------------
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$INSTDIR\${EXE_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: never remove files the user put there
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"

  ; The session file type: .shooter only while it is still ours (another program may
  ; have taken it since), the ProgID, and the "Open with" entry for .json.
  ReadRegStr $0 SHCTX "Software\Classes\${SESSION_EXT}" ""
  StrCmp $0 "${SESSION_PROGID}" 0 +2
    DeleteRegKey SHCTX "Software\Classes\${SESSION_EXT}"
  DeleteRegKey SHCTX "Software\Classes\${SESSION_PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "${SESSION_PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.json\OpenWithProgids"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd
