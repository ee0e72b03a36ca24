# Every string the sources mark for translation reaches the .ts files, and German, French and
# Spanish translate all of them. Runs lupdate on copies of the .ts files (the real ones are left
# alone) and fails on a string lupdate cannot file (a tr() outside a class, which it skips) or on a
# message still unfinished. Fix: `cmake --build build --target update_translations`, translate.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts_files)
foreach(lang en de fr es)
    file(COPY "${SOURCE_DIR}/translations/phonedesk_${lang}.ts" DESTINATION "${WORK_DIR}")
    list(APPEND ts_files "${WORK_DIR}/phonedesk_${lang}.ts")
endforeach()
# lupdate is the installed Qt tool: not the instrumented QtCore that `scripts/sanitize thread`
# puts in front of the tests through LD_LIBRARY_PATH (it crashes an uninstrumented process).
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h,ui
            "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui" -ts ${ts_files}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
string(REGEX MATCHALL "[^\n]*cannot be called without context[^\n]*" lost "${out}\n${err}")
if(lost)
    string(REPLACE ";" "\n" lost "${lost}")
    message(FATAL_ERROR "Strings lupdate skips (use QCoreApplication::translate with a context, "
                        "or tr() of a class):\n${lost}")
endif()
set(failed "")
foreach(lang de fr es)
    file(READ "${WORK_DIR}/phonedesk_${lang}.ts" text)
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished n)
    if(n GREATER 0)
        string(APPEND failed "phonedesk_${lang}.ts: ${n} unfinished\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated strings (cmake --build <build> --target update_translations, "
                        "then translate):\n${failed}")
endif()
message(STATUS "Translations complete")
