// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Check-in without the QR code: the 8-character code and an ID number of the couple.
Item {
    id: page

    required property CheckInFlow flow
    property bool landscape: false
    property bool idActive: false

    Connections {
        target: page.flow.idInput
        function onChanged() {
            if (page.flow.idInput.empty)
                idKeypad.value = ""
        }
    }
    Connections {
        target: page.flow.code
        function onChanged() {
            if (page.flow.code.value.length === 0) {
                codeKeypad.value = ""
                page.idActive = false
            }
        }
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("输入预约码签到")
        hint: qsTr("输入凭证上的8位预约码，再放身份证或输入一方的身份证号码。")
    }

    Grid {
        id: body
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        width: parent.width
        columns: page.landscape ? 2 : 1
        spacing: Theme.spacing * 1.5

        Column {
            width: page.landscape ? (body.width - body.spacing) / 2 : body.width
            spacing: Theme.spacing
            BookingField {
                objectName: "checkInCode"
                width: parent.width
                label: qsTr("预约码")
                value: page.flow.code.value
                active: !page.idActive
                done: page.flow.code.complete
                onClicked: page.idActive = false
            }
            BookingField {
                objectName: "checkInId"
                width: parent.width
                label: qsTr("身份证号码（任一方）")
                value: page.flow.idInput.fromCard ? page.flow.idInput.masked : page.flow.idInput.display
                active: page.idActive
                done: page.flow.idInput.complete
                onClicked: page.idActive = true
            }
        }
        Item {
            width: Math.max(idKeypad.implicitWidth, codeKeypad.implicitWidth)
            height: Math.max(idKeypad.implicitHeight, codeKeypad.implicitHeight)
            CodeKeypad {
                id: codeKeypad
                objectName: "checkInCodeKeypad"
                visible: !page.idActive
                acceptText: qsTr("下一栏")
                onValueChanged: page.flow.code.setTyped(value)
                onAccepted: page.idActive = true
            }
            NumericKeypad {
                id: idKeypad
                objectName: "checkInIdKeypad"
                visible: page.idActive
                acceptText: qsTr("签到")
                onValueChanged: page.flow.idInput.setTyped(value)
                onAccepted: page.flow.submit()
            }
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "checkInBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "checkInSubmit"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("签到")
            busy: page.flow.busy
            enabled: !page.flow.busy && page.flow.code.complete && page.flow.idInput.complete
            onClicked: page.flow.submit()
        }
    }
}
