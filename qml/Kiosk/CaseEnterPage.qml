// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The ID number (card reader or keypad) and the phone number given when applying, or a case number.
Item {
    id: page

    required property KioskShell kiosk
    required property CaseLookupFlow flow
    property bool landscape: false
    property bool secondActive: false

    // The keypads follow the flow when it forgets (idle, home, back).
    Connections {
        target: page.flow.idInput
        function onChanged() {
            if (page.flow.idInput.empty) {
                idKeypad.value = ""
                page.secondActive = false
            } else if (page.flow.idInput.fromCard) {
                page.secondActive = true
            }
        }
    }
    Connections {
        target: page.flow
        function onSecondChanged() {
            if (page.flow.second.length === 0)
                secondKeypad.value = ""
        }
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("办理进度查询")
        hint: qsTr("放身份证或输入身份证号码，再输入申请时留的手机号码（或办件编号）。")
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
            CaseField {
                objectName: "caseIdField"
                width: parent.width
                label: page.flow.idInput.fromCard ? qsTr("已读取身份证") : qsTr("身份证号码")
                value: page.flow.idInput.fromCard ? page.flow.idInput.masked : page.flow.idInput.display
                active: !page.secondActive
                done: page.flow.idInput.complete
                onClicked: page.secondActive = false
            }
            Row {
                width: parent.width
                spacing: Theme.spacing
                BigButton {
                    objectName: "caseByPhone"
                    width: (parent.width - Theme.spacing) / 2
                    text: qsTr("手机号码")
                    tone: page.flow.byCaseNumber ? "neutral" : "primary"
                    Accessible.checked: !page.flow.byCaseNumber
                    onClicked: {
                        page.flow.byCaseNumber = false
                        page.secondActive = true
                    }
                }
                BigButton {
                    objectName: "caseByNumber"
                    width: (parent.width - Theme.spacing) / 2
                    text: qsTr("办件编号")
                    tone: page.flow.byCaseNumber ? "primary" : "neutral"
                    Accessible.checked: page.flow.byCaseNumber
                    onClicked: {
                        page.flow.byCaseNumber = true
                        page.secondActive = true
                    }
                }
            }
            CaseField {
                objectName: "caseSecondField"
                width: parent.width
                label: page.flow.byCaseNumber ? qsTr("办件编号（受理回执上的数字）") : qsTr("申请时留的手机号码")
                value: page.flow.secondDisplay
                active: page.secondActive
                done: page.flow.canSubmit
                onClicked: page.secondActive = true
            }
        }

        Item {
            width: Math.max(idKeypad.implicitWidth, secondKeypad.implicitWidth)
            height: Math.max(idKeypad.implicitHeight, secondKeypad.implicitHeight)
            NumericKeypad {
                id: idKeypad
                objectName: "caseIdKeypad"
                visible: !page.secondActive
                acceptText: qsTr("下一栏")
                onValueChanged: page.flow.idInput.setTyped(value)
                onAccepted: page.secondActive = true
            }
            NumericKeypad {
                id: secondKeypad
                objectName: "caseSecondKeypad"
                visible: page.secondActive
                allowX: false
                maxLength: page.flow.byCaseNumber ? 20 : 11
                acceptText: qsTr("查询")
                onValueChanged: page.flow.setSecondTyped(value)
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
            objectName: "caseHome"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
        BigButton {
            objectName: "caseSubmit"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("查询")
            busy: page.flow.busy
            enabled: page.flow.canSubmit
            onClicked: page.flow.submit()
        }
    }
}
