// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 代约: a booking made, moved or cancelled for a caller who phoned or came to the counter, under the
// couple's own rules; every field is reached with Tab, the lists with the arrow keys, Enter in the
// date reads its slots. The result and the booking's audit (each entry naming the staff member and
// how the caller asked) show on the right, masked.
Item {
    id: page

    required property CounterController counter

    CallerBookingDesk {
        id: desk
        controller: page.counter
    }

    readonly property string channel: byPhone.checked ? "phone" : "walkIn"

    component Field: TextField {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
    }
    component Label: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    Column {
        id: left
        width: Math.min(parent.width * 0.5, 760)
        spacing: Theme.spacing / 2

        SectionTitle { text: qsTr("为来电或到场群众预约") }
        Row {
            spacing: Theme.spacing / 2
            ComboBox {
                id: typeBox
                objectName: "callerType"
                width: left.width * 0.4
                implicitHeight: Theme.touchTarget
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                model: desk.types
                textRole: "nameZh"
                valueRole: "id"
                onActivated: desk.loadSlots(currentValue, dateField.text)
            }
            Field {
                id: dateField
                objectName: "callerDate"
                width: left.width * 0.59
                placeholderText: qsTr("日期 YYYY-MM-DD")
                onAccepted: desk.loadSlots(typeBox.currentValue, text)
            }
        }
        ComboBox {
            id: slotBox
            objectName: "callerSlot"
            width: left.width
            implicitHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            model: desk.freeSlots
            textRole: "text"
            valueRole: "start"
            displayText: count > 0 ? currentText : qsTr("先选业务和日期")
            onCountChanged: if (count > 0 && currentIndex < 0) currentIndex = 0
        }
        Row {
            spacing: Theme.spacing / 2
            Field { id: firstId; objectName: "callerFirstId"; width: left.width * 0.495; placeholderText: qsTr("一方身份证号码") }
            Field { id: secondId; objectName: "callerSecondId"; width: left.width * 0.495; placeholderText: qsTr("另一方身份证号码") }
        }
        Row {
            spacing: Theme.spacing
            Field { id: phone; objectName: "callerPhone"; width: left.width * 0.45; placeholderText: qsTr("手机号码") }
            RadioButton {
                id: byPhone
                objectName: "callerByPhone"
                checked: true
                text: qsTr("电话")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            RadioButton {
                objectName: "callerWalkIn"
                text: qsTr("现场")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
        BigButton {
            objectName: "callerBook"
            text: qsTr("代为预约")
            busy: desk.actions.busyAction === "callerBook"
            onClicked: desk.book(typeBox.currentValue, slotBox.currentValue, firstId.text, secondId.text,
                                 phone.text, page.channel)
        }

        SectionTitle { text: qsTr("改约或取消") }
        Row {
            spacing: Theme.spacing / 2
            Field { id: codeField; objectName: "callerCode"; width: left.width * 0.35; text: desk.code; placeholderText: qsTr("预约码") }
            Field { id: proofId; objectName: "callerProofId"; width: left.width * 0.64; placeholderText: qsTr("任一方身份证号码") }
        }
        Row {
            spacing: Theme.spacing / 2
            BigButton {
                objectName: "callerMove"
                text: qsTr("改到所选时段")
                busy: desk.actions.busyAction === "callerMove"
                onClicked: desk.move(codeField.text, proofId.text, slotBox.currentValue, page.channel)
            }
            BigButton {
                objectName: "callerCancel"
                text: qsTr("取消预约")
                tone: "danger"
                busy: desk.actions.busyAction === "callerCancel"
                onClicked: desk.cancel(codeField.text, proofId.text, page.channel)
            }
        }
    }

    Column {
        id: right
        anchors.left: left.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        Text {
            objectName: "callerError"
            width: right.width
            visible: desk.actions.error.length > 0
            wrapMode: Text.WordWrap
            text: desk.actions.error + (desk.actions.errorDetail ? "：" + desk.actions.errorDetail : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
        }
        SectionTitle { text: qsTr("预约") }
        Text {
            objectName: "callerBooking"
            width: right.width
            wrapMode: Text.WordWrap
            text: desk.bookingText.length > 0 ? desk.bookingText : qsTr("尚未办理")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        SectionTitle { text: qsTr("操作记录（工作人员、渠道）") }
        Text {
            objectName: "callerAudit"
            width: right.width
            wrapMode: Text.WordWrap
            text: desk.auditText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
    }
}
