import QtQuick

// Today's date, weekday and time, in the language of the screen; updates itself every second.
Text {
    id: clock

    property date now: new Date()
    property bool english: false
    property bool running: true

    readonly property var weekdaysZh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]

    function format(d) {
        if (english)
            return Qt.formatDateTime(d, "dddd, d MMMM yyyy  HH:mm")
        return d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 "
                + weekdaysZh[d.getDay()] + " " + Qt.formatTime(d, "HH:mm")
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
