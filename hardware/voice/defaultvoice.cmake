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

# Two falling tones (B5, G5) with soft ends: the hall's "ding-dong" before every call.
set(_chime ${HALL_DEFAULT_VOICE_DIR}/chime.wav)
add_custom_command(OUTPUT ${_chime}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${HALL_DEFAULT_VOICE_DIR}
  COMMAND ${SOX} -n -r 22050 -b 16 -c 1 ${_chime}
          synth 0.3 sine 988 fade 0 0.3 0.08 gain -8 : synth 0.5 sine 784 fade 0 0.5 0.25 gain -8
  COMMENT "voice clip chime"
  VERBATIM)
list(APPEND _outputs ${_chime})

add_custom_target(hall_voice_default ALL DEPENDS ${_outputs})
