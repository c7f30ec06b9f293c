// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// "My booking": an ID number of either person (card or keypad) and the confirmation code.
Item {
    id: page

    required property BookingFlow flow
    property bool landscape: false
    property bool codeActive: false

    // The keypads follow the flow when it forgets (a new lookup, idle).
    Connections {
        target: page.flow.lookupId
        function onChanged() {
            if (page.flow.lookupId.empty) {
                idKeypad.value = ""
                page.codeActive = false
            }
        }
    }
    Connections {
        target: page.flow.lookupCode
        function onChanged() {
            if (page.flow.lookupCode.value.length === 0)
                codeKeypad.value = ""
        }
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("我的预约")
        hint: qsTr("放身份证或输入身份证号码，再输入凭证上的8位预约码。")
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
                objectName: "findId"
                width: parent.width
                label: qsTr("身份证号码（任一方）")
                value: page.flow.lookupId.fromCard ? page.flow.lookupId.masked : page.flow.lookupId.display
                active: !page.codeActive
                done: page.flow.lookupId.complete
                onClicked: page.codeActive = false
            }
            BookingField {
                objectName: "findCode"
                width: parent.width
                label: qsTr("预约码")
                value: page.flow.lookupCode.value
                active: page.codeActive
                done: page.flow.lookupCode.complete
                onClicked: page.codeActive = true
            }
        }

        Item {
            width: Math.max(idKeypad.implicitWidth, codeKeypad.implicitWidth)
            height: Math.max(idKeypad.implicitHeight, codeKeypad.implicitHeight)
            NumericKeypad {
                id: idKeypad
                objectName: "findIdKeypad"
                visible: !page.codeActive
                acceptText: qsTr("下一栏")
                onValueChanged: page.flow.lookupId.setTyped(value)
                onAccepted: page.codeActive = true
            }
            CodeKeypad {
                id: codeKeypad
                objectName: "findCodeKeypad"
                visible: page.codeActive
                acceptText: qsTr("查询")
                onValueChanged: page.flow.lookupCode.setTyped(value)
                onAccepted: page.flow.find()
            }
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "findBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "findBooking"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("查询")
            busy: page.flow.busy
            enabled: !page.flow.busy && page.flow.lookupId.complete && page.flow.lookupCode.complete
            onClicked: page.flow.find()
        }
    }
}
