# CPACK_POST_BUILD_SCRIPTS: signs the finished Windows packages, and signs, notarizes and staples
# the macOS DMG, when the options in packaging/CMakeLists.txt are set. Nothing happens otherwise.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(package MATCHES "\\.(msi|exe)$" AND CPACK_PHONEDESK_SIGN_THUMBPRINT)
        execute_process(COMMAND "${CPACK_PHONEDESK_SIGNTOOL}" sign /sha1 "${CPACK_PHONEDESK_SIGN_THUMBPRINT}"
                                /fd SHA256 /tr "${CPACK_PHONEDESK_SIGN_TIMESTAMP_URL}" /td SHA256 "${package}"
                        COMMAND_ERROR_IS_FATAL ANY)
    elseif(package MATCHES "\\.dmg$" AND CPACK_PHONEDESK_MACOS_SIGN_IDENTITY)
        execute_process(COMMAND codesign --force --timestamp --sign "${CPACK_PHONEDESK_MACOS_SIGN_IDENTITY}" "${package}"
                        COMMAND_ERROR_IS_FATAL ANY)
        if(CPACK_PHONEDESK_MACOS_NOTARY_PROFILE)
            execute_process(COMMAND xcrun notarytool submit "${package}"
                                    --keychain-profile "${CPACK_PHONEDESK_MACOS_NOTARY_PROFILE}" --wait
                            COMMAND_ERROR_IS_FATAL ANY)
            execute_process(COMMAND xcrun stapler staple "${package}" COMMAND_ERROR_IS_FATAL ANY)
        endif()
    endif()
endforeach()
