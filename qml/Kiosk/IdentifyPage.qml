// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Optional: an ID card on the reader or the number on the keypad (the service gives 70+ priority
// and refuses a second ticket for the same errand), and an optional priority claim that staff
// check at the counter. Only the masked number is ever on screen.
Item {
    id: page

    required property KioskShell kiosk
    // The take-a-ticket journey these pages show.
    readonly property TicketFlow flow: kiosk.ticketFlow
    property bool landscape: false

    readonly property var claims: [
        { key: "", label: qsTr("不需要") },
        { key: "disabled", label: qsTr("残疾人") },
        { key: "military", label: qsTr("军人及优抚对象") },
        { key: "pregnant", label: qsTr("孕妇") }
    ]

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("出示身份证（可选）")
        hint: qsTr("把身份证放在读卡区，或输入身份证号码。70岁以上老人自动优先办理。")
    }

    Grid {
        id: body
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        width: parent.width
        columns: page.landscape ? 2 : 1
        spacing: Theme.spacing * 2

        Column {
            id: idBox
            width: page.landscape ? (body.width - body.spacing) / 2 : body.width
            spacing: Theme.spacing
            DigitDisplay {
                objectName: "idDisplay"
                anchors.horizontalCenter: parent.horizontalCenter
                label: page.flow.idInput.fromCard ? qsTr("已读取身份证") : qsTr("身份证号码")
                value: page.flow.idInput.fromCard ? page.flow.idInput.masked : page.flow.idInput.display
            }
            NumericKeypad {
                id: keypad
                objectName: "idKeypad"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: !page.flow.idInput.fromCard
                // Under the number in a half-width column: in landscape large type the usual
                // keys reached under the buttons at the bottom.
                keyHeight: page.landscape ? Theme.touchTarget : Theme.touchTarget * 1.2
                acceptText: qsTr("取号")
                onValueChanged: page.flow.idInput.setTyped(value)
                onAccepted: page.flow.submit()
                Connections {
                    target: page.flow.idInput
                    function onChanged() {
                        if (page.flow.idInput.empty)
                            keypad.value = ""
                    }
                }
            }
            BigButton {
                objectName: "clearCard"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: page.flow.idInput.fromCard
                text: qsTr("不使用这张身份证")
                tone: "neutral"
                onClicked: {
                    keypad.value = ""
                    page.flow.idInput.clear()
                }
            }
        }

        Column {
            width: idBox.width
            spacing: Theme.spacing
            Text {
                width: parent.width
                text: qsTr("优先办理（请在窗口出示相关证件）")
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: page.claims
                    BigButton {
                        required property var modelData
                        objectName: "claim_" + (modelData.key.length > 0 ? modelData.key : "none")
                        text: modelData.label
                        tone: page.flow.priorityClaim === modelData.key ? "primary" : "neutral"
                        Accessible.checked: page.flow.priorityClaim === modelData.key
                        onClicked: page.flow.priorityClaim = modelData.key
                    }
                }
            }
            Text {
                width: parent.width
                objectName: "idHint"
                // Room kept while hidden, so nothing moves under the finger as typing starts.
                opacity: page.flow.idInput.length > 0 && (!page.flow.idInput.complete || page.flow.idInput.invalid) ? 1 : 0
                text: page.flow.idInput.invalid ? qsTr("身份证号码无效，请核对后重新输入")
                                                 : qsTr("身份证号码为18位，还差 %1 位").arg(18 - Math.min(17, page.flow.idInput.length))
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.warning
            }
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "identifyBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "takeTicket"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: page.flow.idInput.empty ? qsTr("不出示证件，直接取号") : qsTr("取号")
            busy: page.flow.busy
            enabled: !page.flow.busy && (page.flow.idInput.empty || page.flow.idInput.complete)
            onClicked: page.flow.submit()
        }
    }
}
