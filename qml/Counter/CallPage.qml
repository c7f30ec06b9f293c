// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// 叫号: the ticket in hand, every action as a button with its key, what went wrong in plain words,
// and what waits for this window.
Item {
    id: page

    required property CounterController counter

    Column {
        id: left
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: parent.width * 0.56
        spacing: Theme.spacing

        CurrentTicketPanel {
            width: parent.width
            counter: page.counter
        }
        Rectangle {
            objectName: "errorBox"
            width: parent.width
            height: visible ? errorText.implicitHeight + Theme.spacing : 0
            visible: page.counter.actions.error.length > 0
            radius: Theme.radius / 2
            color: Theme.dangerTint
            border.color: Theme.danger
            Text {
                id: errorText
                objectName: "errorText"
                x: Theme.spacing / 2
                width: parent.width - Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                wrapMode: Text.Wrap
                text: page.counter.actions.error
                      + (page.counter.actions.errorDetail.length > 0 && !page.counter.english
                         ? "（" + page.counter.actions.errorDetail + "）" : "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
        }
        Grid {
            id: buttons
            width: parent.width
            columns: 4
            spacing: Theme.spacing / 2
            readonly property real cell: (width - 3 * spacing) / 4

            ActionButton { counter: page.counter; actionName: "callNext"; text: qsTr("叫下一位"); width: buttons.cell }
            ActionButton { counter: page.counter; actionName: "recall"; text: qsTr("重呼"); width: buttons.cell }
            ActionButton { counter: page.counter; actionName: "start"; text: qsTr("开始办理"); width: buttons.cell; tone: "success" }
            ActionButton { counter: page.counter; actionName: "finish"; text: qsTr("办结"); width: buttons.cell; tone: "success" }
            ActionButton { counter: page.counter; actionName: "setAside"; text: qsTr("过号"); width: buttons.cell; tone: "danger" }
            ActionButton { counter: page.counter; actionName: "transfer"; text: qsTr("转办…"); width: buttons.cell; tone: "neutral" }
            ActionButton { counter: page.counter; actionName: "callTicket"; text: qsTr("指定叫号…"); width: buttons.cell; tone: "neutral" }
            ActionButton { counter: page.counter; actionName: "requeue"; text: qsTr("重新排队…"); width: buttons.cell; tone: "neutral" }
            ActionButton {
                counter: page.counter
                actionName: "togglePause"
                text: page.counter.windowPaused ? qsTr("恢复服务") : qsTr("暂停服务")
                width: buttons.cell
                tone: "neutral"
            }
            ActionButton { counter: page.counter; actionName: "close"; text: qsTr("关闭窗口"); width: buttons.cell; tone: "neutral" }
            ActionButton {
                counter: page.counter
                actionName: "open"
                visible: page.counter.windowClosed
                text: qsTr("开启窗口")
                width: buttons.cell
            }
        }
    }

    QueuePanel {
        anchors.left: left.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        counter: page.counter
    }
}
