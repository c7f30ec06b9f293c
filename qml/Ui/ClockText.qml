// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Today's date, weekday and time in hall time, in the language of the screen; updates itself every
// second. Hall time is UTC+8 with no daylight saving (core/domain/halltime.h), so it is computed from
// the instant rather than taken from the computer's own time zone, which a kiosk or counter PC may not
// have set to China (the lobby's HallClock does the same in C++).
Text {
    id: clock

    property date now: new Date()
    property bool english: false
    property bool running: true

    readonly property var weekdaysZh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]
    readonly property var weekdaysEn: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"]
    readonly property var monthsEn: ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"]

    function twoDigits(n) {
        return (n < 10 ? "0" : "") + n
    }

    function format(d) {
        // The UTC fields of the instant shifted by eight hours are the hall's wall-clock fields.
        const h = new Date(d.getTime() + 8 * 3600 * 1000)
        const time = twoDigits(h.getUTCHours()) + ":" + twoDigits(h.getUTCMinutes())
        if (english)
            return weekdaysEn[h.getUTCDay()] + ", " + h.getUTCDate() + " " + monthsEn[h.getUTCMonth()] + " "
                    + h.getUTCFullYear() + "  " + time
        return h.getUTCFullYear() + "年" + (h.getUTCMonth() + 1) + "月" + h.getUTCDate() + "日 "
                + weekdaysZh[h.getUTCDay()] + " " + time
    }

    text: format(now)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text

    Timer {
        interval: 1000
        repeat: true
        running: clock.running
        onTriggered: clock.now = new Date()
    }
}
