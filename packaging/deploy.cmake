# Qt deployment for the Windows and macOS packages (included from packaging/CMakeLists.txt).
# At install time (and so in every CPack package) next to the console go: the Qt libraries, the
# platform, style, TLS, SQL (SQLite, PostgreSQL), image-format and icon-engine plugins, Qt's own
# translations, and the third-party libraries the executables and plugins load: QtKeychain, GNU
# oSIP, OpenSSL, libpq.
#
#   Qt 6.3+   qt_generate_deploy_app_script (windeployqt / macdeployqt run by Qt's own script)
#   older     windeployqt / macdeployqt run directly
# Folders searched for the third-party DLLs on Windows: the vcpkg tree of the toolchain file and
# PHONEDESK_DEPLOY_DIRS.

set(PHONEDESK_DEPLOY_DIRS "" CACHE STRING "Extra folders with DLLs the Windows package copies (e.g. vcpkg's installed/x64-windows/bin)")

get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
get_filename_component(_qt_prefix "${_qt_bin}/.." ABSOLUTE)
set(_qt_translations "${_qt_prefix}/translations")
if(DEFINED QT6_INSTALL_PREFIX AND DEFINED QT6_INSTALL_TRANSLATIONS)
    set(_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
endif()

if(APPLE)
    set(_app "$<TARGET_FILE_NAME:phonedesk>.app")
    set(_translations_dest "$<TARGET_FILE_NAME:phonedesk>.app/Contents/translations")
else()
    set(_translations_dest "${CMAKE_INSTALL_BINDIR}/translations")
endif()

if(COMMAND qt_generate_deploy_app_script)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET phonedesk OUTPUT_SCRIPT _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET phonedesk FILENAME_VARIABLE _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_deploy}")
elseif(WIN32)
    find_program(PHONEDESK_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${PHONEDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
                                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:phonedesk>\"
                        COMMAND_ERROR_IS_FATAL ANY)")
else()
    find_program(PHONEDESK_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${PHONEDESK_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/${_app}\" -always-overwrite
                        COMMAND_ERROR_IS_FATAL ANY)")
endif()

# Qt's own translations (dialog buttons, shortcuts) where I18n::install looks next to the executable.
install(DIRECTORY "${_qt_translations}/" DESTINATION "${_translations_dest}" OPTIONAL
    FILES_MATCHING PATTERN "qtbase_*.qm")

if(WIN32)
    # windeployqt copies Qt only. The executables' own DLLs (QtKeychain, oSIP, OpenSSL, SQLite) and
    # what Qt's plugins load (libpq for the PostgreSQL driver) are found by CMake and copied too.
    set(_dirs "${_qt_bin}" ${PHONEDESK_DEPLOY_DIRS})
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND _dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    install(CODE "
        set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        file(GLOB exes \"\${bin}/phonedesk*.exe\")
        # windeployqt puts plugins next to the executable or (Qt 6.5+ deploy script) in <prefix>/plugins.
        file(GLOB plugins \"\${bin}/sqldrivers/*.dll\" \"\${bin}/tls/*.dll\"
                          \"\${CMAKE_INSTALL_PREFIX}/plugins/sqldrivers/*.dll\" \"\${CMAKE_INSTALL_PREFIX}/plugins/tls/*.dll\")
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \${exes}
            LIBRARIES \${plugins}
            DIRECTORIES \"${_dirs}\"
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\"
            RESOLVED_DEPENDENCIES_VAR resolved
            UNRESOLVED_DEPENDENCIES_VAR unresolved)
        foreach(dll IN LISTS resolved)
            file(INSTALL \"\${dll}\" DESTINATION \"\${bin}\")
        endforeach()
        if(unresolved)
            message(WARNING \"Not found for the package (add their folder to PHONEDESK_DEPLOY_DIRS): \${unresolved}\")
        endif()")
endif()
