// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// The ticket in hand: number large, what it is for, priority, how long they waited, masked ID and
// appointment; or "no ticket" and the digits typed on the keypad.
Rectangle {
    id: panel

    required property CounterController counter
    readonly property CurrentTicket ticket: counter.ticket

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitHeight: content.implicitHeight + 2 * Theme.spacing

    Column {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Row {
            spacing: Theme.spacing * 2
            Text {
                objectName: "currentNumber"
                text: panel.ticket.present ? panel.ticket.number : "—"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHuge * 0.8
                font.bold: true
                color: panel.ticket.present ? Theme.accent : Theme.disabled
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: 4
                Text {
                    objectName: "currentState"
                    text: panel.ticket.present ? panel.ticket.stateText : panel.counter.noTicketText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    visible: panel.ticket.present
                    text: qsTr("已等候 %1 分钟").arg(panel.ticket.waitedMinutes)
                          + (panel.ticket.priorityText.length > 0 ? "  ·  " + panel.ticket.priorityText : "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: panel.ticket.priorityText.length > 0 ? Theme.warning : Theme.textMuted
                }
                Text {
                    objectName: "keypadEntry"
                    visible: panel.counter.keypadEntry.length > 0
                    text: qsTr("小键盘输入：%1（Enter 呼叫，退格清除）").arg(panel.counter.keypadEntry)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.primary
                }
            }
        }
        Text {
            visible: panel.ticket.present
            objectName: "currentErrands"
            width: parent.width
            wrapMode: Text.Wrap
            text: {
                const names = panel.ticket.errands.map((n, i) => i === panel.ticket.currentErrand ? "【" + n + "】" : n)
                return qsTr("业务：%1").arg(names.join(" → "))
            }
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Row {
            visible: panel.ticket.present && (panel.ticket.idRef.length > 0 || panel.ticket.appointment.length > 0)
            spacing: Theme.spacing * 2
            Text {
                visible: panel.ticket.idRef.length > 0
                text: qsTr("身份证：%1").arg(panel.ticket.idRef)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Text {
                visible: panel.ticket.appointment.length > 0
                text: panel.ticket.appointment
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.success
            }
        }
    }
}
