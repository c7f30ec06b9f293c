// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui

// The last calls, newest first: ticket, window, time; recalls marked. Rows come from any model
// with the roles ticket, counter, counterName, recall, time and outcome ("" or setAside, finished,
// transferred: recentCalls[].outcome).
Rectangle {
    id: list

    property real unit: 1
    property var model
    property bool english: false

    radius: 16 * unit
    color: Theme.surface
    border.width: 2
    border.color: Theme.border

    Text {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 20 * list.unit
        text: qsTr("最近叫号")
        font.family: Theme.fontFamily
        font.pixelSize: 36 * list.unit
        font.bold: true
        color: Theme.textMuted
    }

    Column {
        id: rows
        anchors.top: title.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20 * list.unit
        anchors.topMargin: 8 * list.unit
        clip: true

        Repeater {
            id: repeater
            model: list.model
            delegate: Item {
                id: row
                required property int index
                required property string ticket
                required property int counter
                required property string counterName
                required property bool recall
                required property string time
                required property string outcome

                objectName: "call_" + index
                width: parent.width
                // Every call shown fits: rows shrink a little when many are listed.
                height: Math.min(84 * list.unit, rows.height / Math.max(1, repeater.count))

                Rectangle {
                    anchors.fill: parent
                    anchors.bottomMargin: 4 * list.unit
                    radius: 10 * list.unit
                    color: row.index === 0 ? Theme.selected : "transparent"
                }
                Text {
                    objectName: "callTicket"
                    anchors.left: parent.left
                    anchors.leftMargin: 16 * list.unit
                    anchors.verticalCenter: parent.verticalCenter
                    width: 260 * list.unit
                    text: row.ticket
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.min(64 * list.unit, row.height * 0.8)
                    font.bold: true
                    // A call that is over (finished, set aside, sent on) no longer calls anyone.
                    color: row.outcome.length > 0 ? Theme.textMuted : Theme.accent
                }
                Text {
                    objectName: "callWindow"
                    anchors.left: parent.left
                    anchors.leftMargin: 300 * list.unit
                    anchors.right: meta.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: list.english ? qsTr("%1号窗口").arg(row.counter) : row.counterName
                    // A long window name ("8号综合服务窗口") is made smaller, never cut off.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 20 * list.unit
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.min(52 * list.unit, row.height * 0.66)
                    font.bold: true
                    color: Theme.text
                }
                Row {
                    id: meta
                    anchors.right: parent.right
                    anchors.rightMargin: 16 * list.unit
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 16 * list.unit
                    // Did not come when called: the call stays in the list, marked, so the person
                    // who missed it sees why the number was passed over.
                    Rectangle {
                        visible: row.outcome === "setAside"
                        anchors.verticalCenter: parent.verticalCenter
                        width: asideText.implicitWidth + 20 * list.unit
                        height: asideText.implicitHeight + 8 * list.unit
                        radius: 8 * list.unit
                        color: Theme.danger
                        Text {
                            id: asideText
                            objectName: "callSetAside"
                            anchors.centerIn: parent
                            text: qsTr("过号")
                            font.family: Theme.fontFamily
                            font.pixelSize: 32 * list.unit
                            color: Theme.primaryText
                        }
                    }
                    Rectangle {
                        visible: row.recall
                        anchors.verticalCenter: parent.verticalCenter
                        width: recallText.implicitWidth + 20 * list.unit
                        height: recallText.implicitHeight + 8 * list.unit
                        radius: 8 * list.unit
                        color: Theme.warning
                        Text {
                            id: recallText
                            objectName: "callRecall"
                            anchors.centerIn: parent
                            text: qsTr("重呼")
                            font.family: Theme.fontFamily
                            font.pixelSize: 32 * list.unit
                            color: Theme.primaryText
                        }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.time
                        font.family: Theme.fontFamily
                        font.pixelSize: 36 * list.unit
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
