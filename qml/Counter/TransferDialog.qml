// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 转办: send the ticket in hand to another service's queue (it keeps its place by issue time) or to
// another window (only that window may call it). Keyboard: the service's letter or the window's
// number picks it; Esc cancels.
Popup {
    id: dialog

    required property CounterController counter

    objectName: "transferDialog"
    modal: true
    focus: true
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 1200, 1200)
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    function pickService(id) {
        if (dialog.counter.perform("transferService", id))
            dialog.close()
    }
    function pickWindow(number) {
        if (dialog.counter.perform("transferWindow", String(number)))
            dialog.close()
    }

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.color: Theme.border
    }

    Column {
        width: parent.width
        spacing: Theme.spacing
        focus: true
        Keys.onPressed: event => {
            const text = event.text.toUpperCase()
            const services = dialog.counter.services
            for (let i = 0; i < services.count; ++i) {
                const s = services.get(i)
                if (s.prefix === text && s.serviceId !== dialog.counter.ticket.serviceId) {
                    dialog.pickService(s.serviceId)
                    event.accepted = true
                    return
                }
            }
            if (text >= "1" && text <= "9") {
                const row = dialog.counter.windows.find("number", Number(text))
                const w = dialog.counter.windows.get(row)
                if (row >= 0 && w.number !== dialog.counter.window && w.takesTickets) {
                    dialog.pickWindow(w.number)
                    event.accepted = true
                }
            }
        }

        SectionTitle {
            text: qsTr("把 %1 转到其他业务或窗口").arg(dialog.counter.ticket.number)
            font.pixelSize: Theme.fontTitle
        }
        SectionTitle {
            text: qsTr("转到业务（按字母键）")
        }
        Grid {
            id: serviceGrid
            width: parent.width
            columns: 4
            spacing: Theme.spacing / 2
            Repeater {
                model: dialog.counter.services
                delegate: BigButton {
                    required property string serviceId
                    required property string prefix
                    required property string name
                    required property int waiting
                    objectName: "transferService_" + serviceId
                    width: (serviceGrid.width - 3 * serviceGrid.spacing) / 4
                    text: name
                    subText: qsTr("等候 %1 人").arg(waiting)
                    hint: prefix
                    tone: "neutral"
                    enabled: serviceId !== dialog.counter.ticket.serviceId
                    onClicked: dialog.pickService(serviceId)
                }
            }
        }
        SectionTitle {
            text: qsTr("转到窗口（按数字键）")
        }
        Grid {
            id: windowGrid
            width: parent.width
            columns: 4
            spacing: Theme.spacing / 2
            Repeater {
                model: dialog.counter.windows
                delegate: BigButton {
                    required property int number
                    required property string name
                    required property bool takesTickets
                    required property string statusText
                    objectName: "transferWindow_" + number
                    width: (windowGrid.width - 3 * windowGrid.spacing) / 4
                    text: name
                    subText: statusText
                    hint: number < 10 ? String(number) : ""
                    tone: "neutral"
                    enabled: number !== dialog.counter.window && takesTickets
                    onClicked: dialog.pickWindow(number)
                }
            }
        }
        BigButton {
            objectName: "transferCancel"
            text: qsTr("取消")
            hint: "Esc"
            tone: "neutral"
            onClicked: dialog.close()
        }
    }
}
