# PhoneDesk.app (included from src/app/CMakeLists.txt on macOS, where the phonedesk target lives):
# Info.plist with the bundle id and version, high-DPI, and an .icns made from the SVG at build time.
set(PHONEDESK_ICNS "${CMAKE_CURRENT_BINARY_DIR}/PhoneDesk.icns")
find_program(PHONEDESK_RSVG_CONVERT rsvg-convert)
add_custom_command(OUTPUT "${PHONEDESK_ICNS}"
    COMMAND "${CMAKE_COMMAND}" -DSVG=${PROJECT_SOURCE_DIR}/resources/icons/phonedesk.svg
            -DOUTPUT=${PHONEDESK_ICNS} -DRSVG_CONVERT=${PHONEDESK_RSVG_CONVERT}
            -P ${PROJECT_SOURCE_DIR}/packaging/macos/make-icns.cmake
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/phonedesk.svg ${PROJECT_SOURCE_DIR}/packaging/macos/make-icns.cmake
    COMMENT "Making PhoneDesk.icns from phonedesk.svg"
    VERBATIM)
target_sources(phonedesk PRIVATE "${PHONEDESK_ICNS}")
set_source_files_properties("${PHONEDESK_ICNS}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(phonedesk PROPERTIES
    OUTPUT_NAME PhoneDesk
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.phonedesk.PhoneDesk"
    MACOSX_BUNDLE_BUNDLE_NAME "PhoneDesk"
    MACOSX_BUNDLE_ICON_FILE "PhoneDesk.icns"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
