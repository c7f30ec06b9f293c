// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// The call the hall is listening to: the ticket number as large as the screen allows, the window,
// and "again" for a recall. A new call blinks for a few seconds so eyes find it.
Rectangle {
    id: panel

    property real unit: 1
    property string ticket: ""
    property string counterName: ""
    property bool recall: false
    // Rises with every call; a change starts the blinking.
    property real callSeq: 0
    property bool english: false
    readonly property bool blinking: blink.running
    property bool lit: false

    // Seq of the last call that blinked: when the latest call ends and an older one still waiting
    // at its window takes the panel again, that is no new call and must not blink.
    property real blinkedSeq: 0
    onCallSeqChanged: {
        if (ticket.length > 0 && callSeq > blinkedSeq) {
            blinkedSeq = callSeq
            blink.restart()
        }
    }

    radius: 16 * unit
    color: lit ? Theme.accent : Theme.surface
    border.width: 6 * unit
    border.color: Theme.accent

    SequentialAnimation {
        id: blink
        loops: 4
        PropertyAction { target: panel; property: "lit"; value: true }
        PauseAnimation { duration: 450 }
        PropertyAction { target: panel; property: "lit"; value: false }
        PauseAnimation { duration: 300 }
    }

    // The number takes what height is left after the window line, and shrinks to fit the width.
    Text {
        objectName: "latestTicket"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 24 * panel.unit
        height: parent.height * 0.66
        visible: panel.ticket.length > 0
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: panel.ticket
        font.family: Theme.fontFamily
        font.pixelSize: 250 * panel.unit
        font.bold: true
        fontSizeMode: Text.Fit
        minimumPixelSize: 80
        color: panel.lit ? Theme.primaryText : Theme.accent
    }
    Text {
        objectName: "latestWindow"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 24 * panel.unit
        height: parent.height * 0.26
        visible: panel.ticket.length > 0
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: panel.recall ? qsTr("请再次到 %1 办理").arg(panel.counterName) : qsTr("请到 %1 办理").arg(panel.counterName)
        font.family: Theme.fontFamily
        font.pixelSize: 72 * panel.unit
        font.bold: true
        fontSizeMode: Text.Fit
        minimumPixelSize: 32
        color: panel.lit ? Theme.primaryText : Theme.primary
    }
    // A recall is marked in the corner, like the voice's 重呼.
    Rectangle {
        objectName: "latestRecall"
        visible: panel.recall && panel.ticket.length > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 24 * panel.unit
        width: recallText.implicitWidth + 32 * panel.unit
        height: recallText.implicitHeight + 12 * panel.unit
        radius: 10 * panel.unit
        color: panel.lit ? Theme.surface : Theme.warning
        Text {
            id: recallText
            anchors.centerIn: parent
            text: qsTr("重呼")
            font.family: Theme.fontFamily
            font.pixelSize: 44 * panel.unit
            font.bold: true
            color: panel.lit ? Theme.warning : Theme.primaryText
        }
    }

    Text {
        objectName: "noCallYet"
        anchors.centerIn: parent
        visible: panel.ticket.length === 0
        text: qsTr("请留意叫号")
        font.family: Theme.fontFamily
        font.pixelSize: 64 * panel.unit
        color: Theme.textMuted
    }
}
