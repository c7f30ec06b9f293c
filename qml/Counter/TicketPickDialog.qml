// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 指定叫号 (mode "call": a waiting ticket of this window) or 重新排队 (mode "requeue": a set-aside
// ticket): type the number and Enter, or tap one of the tickets listed. Esc cancels.
Popup {
    id: dialog

    required property CounterController counter
    property string mode: "call"

    objectName: "ticketPickDialog"
    modal: true
    focus: true
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 1000, 1000)
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        numberInput.text = ""
        numberInput.forceActiveFocus()
    }

    function pick(ticket) {
        if (dialog.counter.perform(dialog.mode, ticket))
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

        SectionTitle {
            text: dialog.mode === "call" ? qsTr("指定叫号：输入号码后按 Enter") : qsTr("重新排队：输入过号的号码后按 Enter")
            font.pixelSize: Theme.fontTitle
        }
        TextField {
            id: numberInput
            objectName: "ticketNumberInput"
            width: parent.width / 2
            height: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            placeholderText: qsTr("例如 A012")
            maximumLength: 4
            validator: RegularExpressionValidator { regularExpression: /[A-Za-z][0-9]{0,3}/ }
            onAccepted: dialog.pick(text.toUpperCase())
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing / 2
            Repeater {
                model: dialog.mode === "call" ? dialog.counter.waiting : dialog.counter.setAside
                delegate: BigButton {
                    required property string number
                    required property string service
                    objectName: "pick_" + number
                    text: number
                    subText: service
                    tone: "neutral"
                    onClicked: dialog.pick(number)
                }
            }
        }
        BigButton {
            objectName: "pickCancel"
            text: qsTr("取消")
            hint: "Esc"
            tone: "neutral"
            onClicked: dialog.close()
        }
    }
}
