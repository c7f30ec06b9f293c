// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// The public notices, one at a time, each shown long enough to read (six seconds, more for a long
// one), then the next. It used to scroll as one long line: under software rendering (a lobby PC
// without a GPU) a moving line redraws the whole screen every frame, which cost most of a core
// (docs/benchmarks.md), and a still line is easier for older eyes. Now the screen redraws only when
// the notice changes.
Rectangle {
    id: band

    property real unit: 1
    property var notices: []
    property int index: 0
    readonly property string current: notices.length > 0 ? notices[index % notices.length] : ""
    readonly property alias running: turn.running

    color: Theme.text
    clip: true

    Text {
        id: line
        objectName: "noticeText"
        anchors.fill: parent
        anchors.leftMargin: 32 * band.unit
        anchors.rightMargin: 32 * band.unit
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: band.current
        wrapMode: Text.Wrap
        maximumLineCount: 2
        fontSizeMode: Text.Fit
        minimumPixelSize: 24 * band.unit
        font.family: Theme.fontFamily
        font.pixelSize: 44 * band.unit
        color: Theme.notice
    }

    Timer {
        id: turn
        interval: Math.max(6000, band.current.length * 250)
        repeat: true
        running: band.visible && band.notices.length > 1
        onTriggered: band.index = (band.index + 1) % band.notices.length
    }

    onNoticesChanged: index = 0
}
