# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The default configuration files, compiled into the library that reads each of them as a Qt
# resource. Declared once here for the gcc build (core/CMakeLists.txt and its parts) and the
# fuzzers' clang build (tests/fuzz), which compiles only the readers and needs the same defaults.
set(HALL_CORE_DIR ${CMAKE_CURRENT_LIST_DIR})

function(hall_add_defaults target part)
  set(dir ${HALL_CORE_DIR})
  if(part STREQUAL "core")
    qt_add_resources(${target} hall_core_defaults
        PREFIX /hall
        BASE ${dir}/config
        FILES ${dir}/config/default-hall.json ${dir}/config/default-notices.json)
  elseif(part STREQUAL "calendar")
    qt_add_resources(${target} hall_calendar_defaults
        PREFIX /hall/calendar
        BASE ${dir}/calendar
        FILES ${dir}/calendar/default-calendar.json)
  elseif(part STREQUAL "booking")
    qt_add_resources(${target} hall_booking_defaults
        PREFIX /hall/booking
        BASE ${dir}/booking
        FILES ${dir}/booking/default-booking.json)
  elseif(part STREQUAL "cases")
    qt_add_resources(${target} hall_cases_defaults
        PREFIX /hall/cases
        BASE ${dir}/cases
        FILES ${dir}/cases/default-cases.json)
  else()
    message(FATAL_ERROR "hall_add_defaults: unknown part '${part}'")
  endif()
endfunction()
