# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The default voice pack, generated at build time: one 16-bit mono WAV per clip key, spoken by
# espeak-ng's Mandarin pinyin voice (the plain "cmn" voice misreads Chinese), silence trimmed by sox
# so clips join without gaps. Polyphones are given as pinyin (重呼 is chong2 hu1, not zhong4).
# Sets HALL_DEFAULT_VOICE_DIR and the target hall_voice_default.
set(HALL_DEFAULT_VOICE_DIR ${CMAKE_CURRENT_BINARY_DIR}/voice/default)

set(_clips
    "qing|请" "hao|号" "dao|到" "chuangkou|窗口" "banli|办理" "chonghu|chong2 hu1" "shi|十"
    "d0|零" "d1|一" "d2|二" "d3|三" "d4|四" "d5|五" "d6|六" "d7|七" "d8|八" "d9|九")
foreach(letter IN ITEMS A B C D E F G H I J K L M N O P Q R S T U V W X Y Z)
  list(APPEND _clips "${letter}|${letter}")
endforeach()

find_program(ESPEAK_NG espeak-ng)
find_program(SOX sox)
if(NOT ESPEAK_NG OR NOT SOX)
  message(WARNING "espeak-ng or sox not found: no default voice pack; the announcer needs HALL_VOICE_DIR")
  add_custom_target(hall_voice_default)
  return()
endif()

set(_outputs)
foreach(clip IN LISTS _clips)
  string(REPLACE "|" ";" _pair "${clip}")
  list(GET _pair 0 _key)
  list(GET _pair 1 _text)
  set(_raw ${CMAKE_CURRENT_BINARY_DIR}/voice/raw/${_key}.wav)
  set(_out ${HALL_DEFAULT_VOICE_DIR}/${_key}.wav)
  add_custom_command(OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/voice/raw ${HALL_DEFAULT_VOICE_DIR}
    COMMAND ${ESPEAK_NG} -v cmn-latn-pinyin -s 150 -w ${_raw} "${_text}"
    COMMAND ${SOX} ${_raw} -b 16 -c 1 -r 22050 ${_out} silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
    COMMENT "voice clip ${_key}"
    VERBATIM)
  list(APPEND _outputs ${_out})
endforeach()

# Guidance for the kiosk's elderly mode: one sentence per page and language (key guide_<page>_<lang>,
# the page as KioskShell names it, lower case). Spoken slower than calls.
set(_guides
    "guide_home_zh|cmn-latn-pinyin|您好，请点您要办理的业务取号。"
    "guide_choose_zh|cmn-latn-pinyin|还要办别的业务，可以一起选上。选好了，请点下一步。"
    "guide_identify_zh|cmn-latn-pinyin|请把身份证放在读卡区，或者输入身份证号码。七十岁以上老人优先办理。"
    "guide_ticket_zh|cmn-latn-pinyin|请取走号票，坐下等候叫号。"
    "guide_ticket_screen_zh|cmn-latn-pinyin|打印机暂时出不了票，请用手机拍下屏幕上的号码。"
    "guide_refused_zh|cmn-latn-pinyin|现在不能取号，请看屏幕上的说明，或者到咨询台。"
    "guide_booking_zh|cmn-latn-pinyin|请按屏幕提示，选择预约的日期和时间。"
    "guide_checkin_zh|cmn-latn-pinyin|请扫描预约二维码，或者输入身份证号码和预约码。"
    "guide_cases_zh|cmn-latn-pinyin|请刷身份证，或者输入身份证号码，再输入申请时留的手机号码，查询办理进度。"
    "guide_home_en|en|Welcome. Please touch the service you need, to take a ticket."
    "guide_choose_en|en|You may choose more services. Then touch Next."
    "guide_identify_en|en|Please place your ID card on the reader, or type your ID number. Residents over seventy are served first."
    "guide_ticket_en|en|Please take your ticket, and wait to be called."
    "guide_ticket_screen_en|en|The printer cannot print now. Please take a photo of the number on the screen."
    "guide_refused_en|en|A ticket cannot be issued now. Please read the screen, or ask at the enquiry desk."
    "guide_booking_en|en|Please choose the date and time of your appointment."
    "guide_checkin_en|en|Please scan your booking QR code, or type your ID number and booking code."
    "guide_cases_en|en|Please place your ID card on the reader or type your ID number, then the phone number you gave when applying.")

# Two falling tones (B5, G5) with soft ends: the hall's "ding-dong" before every call.
set(_chime ${HALL_DEFAULT_VOICE_DIR}/chime.wav)
add_custom_command(OUTPUT ${_chime}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${HALL_DEFAULT_VOICE_DIR}
  COMMAND ${SOX} -n -r 22050 -b 16 -c 1 ${_chime}
          synth 0.3 sine 988 fade 0 0.3 0.08 gain -8 : synth 0.5 sine 784 fade 0 0.5 0.25 gain -8
  COMMENT "voice clip chime"
  VERBATIM)
list(APPEND _outputs ${_chime})

foreach(guide IN LISTS _guides)
  string(REPLACE "|" ";" _triple "${guide}")
  list(GET _triple 0 _key)
  list(GET _triple 1 _voice)
  list(GET _triple 2 _text)
  set(_raw ${CMAKE_CURRENT_BINARY_DIR}/voice/raw/${_key}.wav)
  set(_out ${HALL_DEFAULT_VOICE_DIR}/${_key}.wav)
  add_custom_command(OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/voice/raw ${HALL_DEFAULT_VOICE_DIR}
    COMMAND ${ESPEAK_NG} -v ${_voice} -s 130 -w ${_raw} "${_text}"
    COMMAND ${SOX} ${_raw} -b 16 -c 1 -r 22050 ${_out} silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
    COMMENT "voice guidance ${_key}"
    VERBATIM)
  list(APPEND _outputs ${_out})
endforeach()

add_custom_target(hall_voice_default ALL DEPENDS ${_outputs})
