// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// Pick the window to work: the windows this staff member may operate are enabled; each shows its
// state and who is on it. An admin device may also watch the hall without a window.
Item {
    id: page

    required property CounterController counter

    Column {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            text: page.counter.supervisor ? qsTr("选择窗口（按窗口号），或只看全厅") : qsTr("请选择本次工作的窗口（按窗口号）")
            font.pixelSize: Theme.fontTitle
        }
        Text {
            visible: text.length > 0
            objectName: "chooseError"
            text: page.counter.actions.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        Grid {
            id: grid
            width: parent.width
            columns: 4
            spacing: Theme.spacing
            Repeater {
                model: page.counter.windows
                delegate: BigButton {
                    required property int number
                    required property string name
                    required property string statusText
                    required property bool closed
                    required property string staff
                    required property bool mayOperate
                    required property string services

                    objectName: "window_" + number
                    width: (grid.width - 3 * Theme.spacing) / 4
                    height: Math.max(Theme.touchTarget * 2, implicitHeight)
                    text: name
                    subText: statusText + (staff.length > 0 ? " · " + staff : "") + "\n" + services
                    tone: closed ? "neutral" : "primary"
                    enabled: mayOperate && !page.counter.actions.busy
                    busy: page.counter.actions.busyAction === "open" && page.counter.actions.busy
                    onClicked: page.counter.chooseWindow(number)
                }
            }
        }
        BigButton {
            objectName: "watchHall"
            visible: page.counter.supervisor
            text: qsTr("只看全厅（监控）")
            tone: "neutral"
            onClicked: page.counter.chooseWindow(0)
        }
    }
}
