# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one way a part gets its English: the .ts file is the source of every English string, kept in
# step with the sources by lupdate (`./hall translations`), compiled by lrelease into the part's
# resources at :/i18n/<name>.qm, and checked by a test that fails on a string without English or an
# entry the sources no longer have (tools/i18n/checkts.py). docs/architecture.md, "How to add or
# change a UI string".
#
#   hall_add_translation(TARGET <target> TS <i18n/name_en.ts> SOURCES <files lupdate reads>...)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# -locations none: a moved line does not rewrite the .ts; -no-obsolete: a string the sources
# dropped leaves the .ts instead of lingering as "vanished".
set(HALL_LUPDATE_OPTIONS -no-obsolete -locations none)

function(hall_add_translation)
    cmake_parse_arguments(arg "" "TARGET;TS" "SOURCES" ${ARGN})
    get_filename_component(ts "${arg_TS}" ABSOLUTE)
    get_filename_component(name "${ts}" NAME_WE)
    # The lupdate target joins the global `update_translations`, which ./hall translations builds.
    qt_add_lupdate(${arg_TARGET} TS_FILES ${ts} SOURCES ${arg_SOURCES} OPTIONS ${HALL_LUPDATE_OPTIONS})
    qt_add_lrelease(${arg_TARGET} TS_FILES ${ts} QM_FILES_OUTPUT_VARIABLE qm NO_GLOBAL_TARGET)
    qt_add_resources(${arg_TARGET} ${name}_i18n PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm})

    set(options)
    foreach(option IN LISTS HALL_LUPDATE_OPTIONS)
        list(APPEND options --option=${option})
    endforeach()
    # The same project file the lupdate target reads (qt_add_lupdate writes it), so the check and
    # `./hall translations` see the same strings.
    set(test "translations: every string of ${name}.ts has its English and is still in the sources")
    add_test(NAME ${test}
             COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/i18n/checkts.py --ts ${ts}
                     --lupdate $<TARGET_FILE:Qt6::lupdate> --cmake ${CMAKE_COMMAND}
                     --generator ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake
                     --project ${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${arg_TARGET}_project.cmake ${options})
    set_tests_properties(${test} PROPERTIES LABELS translations)
endfunction()

# The check itself fails on each fault it names (a throwaway part made by the test).
add_test(NAME "translations: the check fails on a string without English, a vanished one and a lost %1"
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/i18n/test_checkts.py $<TARGET_FILE:Qt6::lupdate>
                 ${CMAKE_COMMAND} ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake)
set_tests_properties("translations: the check fails on a string without English, a vanished one and a lost %1"
                     PROPERTIES LABELS translations)
