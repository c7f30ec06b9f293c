// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 预约: today's bookings per slot (masked), the booking behind the ticket in hand with "no-show",
// recording a divorce application (starts the cooling-off period), and for staff with every window
// the cancellation of a whole date with the couples to notify (masked).
Item {
    id: page

    required property CounterController counter

    BookingDesk {
        id: desk
        controller: page.counter
    }

    onVisibleChanged: if (visible) desk.refresh()

    component Field: TextField {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
    }

    Column {
        id: left
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: parent.width * 0.55
        spacing: Theme.spacing / 2

        // Any day's bookings, not only today's: the day before a busy date is when staff look ahead.
        Row {
            objectName: "bookingDatePicker"
            spacing: Theme.spacing / 2
            BigButton {
                objectName: "bookingPreviousDay"
                text: qsTr("◀ 前一天")
                tone: "neutral"
                focusPolicy: Qt.NoFocus
                onClicked: desk.step(-1)
            }
            BigButton {
                objectName: "bookingToday"
                text: qsTr("今天")
                tone: "neutral"
                focusPolicy: Qt.NoFocus
                onClicked: desk.showToday()
            }
            BigButton {
                objectName: "bookingNextDay"
                text: qsTr("后一天 ▶")
                tone: "neutral"
                focusPolicy: Qt.NoFocus
                onClicked: desk.step(1)
            }
        }
        SectionTitle {
            objectName: "bookingCounts"
            width: left.width
            text: desk.countsText
        }
        Text {
            objectName: "bookingCeremonies"
            width: left.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: desk.ceremoniesText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        ListView {
            id: list
            objectName: "bookingList"
            width: left.width
            height: left.height - y
            clip: true
            model: desk.bookings
            delegate: Rectangle {
                id: row
                required property string code
                required property string slot
                required property string type
                required property string persons
                required property string phone
                required property string statusText
                required property string bring
                required property bool noShowOffered
                width: list.width
                height: Math.max(Theme.touchTarget, info.implicitHeight + Theme.spacing / 2)
                color: Theme.surface
                border.color: Theme.border
                Column {
                    id: info
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacing / 2
                    anchors.right: noShow.left
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        width: parent.width
                        text: row.slot + "  " + row.code + "  " + row.type + "  " + row.statusText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        width: parent.width
                        wrapMode: Text.WordWrap
                        text: row.persons + "  " + row.phone
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "bring_" + row.code
                        width: parent.width
                        wrapMode: Text.WordWrap
                        visible: row.bring.length > 0
                        text: qsTr("携带：%1").arg(row.bring)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
                BigButton {
                    id: noShow
                    objectName: "noShow_" + row.code
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.noShowOffered
                    text: qsTr("未到场")
                    tone: "neutral"
                    busy: desk.actions.busyAction === "noShow:" + row.code
                    onClicked: desk.markNoShow(row.code)
                }
            }
        }
    }

    Column {
        id: right
        anchors.left: left.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        SectionTitle {
            text: qsTr("当前号的预约")
        }
        Text {
            objectName: "currentBooking"
            width: right.width
            wrapMode: Text.WordWrap
            text: desk.currentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Text {
            objectName: "bookingError"
            width: right.width
            visible: desk.actions.error.length > 0
            wrapMode: Text.WordWrap
            text: desk.actions.error + (desk.actions.errorDetail ? "：" + desk.actions.errorDetail : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
        }

        SectionTitle {
            width: right.width
            wrapMode: Text.WordWrap
            text: qsTr("登记离婚申请（开始冷静期）")
        }
        Grid {
            columns: 2
            spacing: Theme.spacing / 2
            Field { id: firstName; objectName: "divorceFirstName"; width: right.width * 0.42; placeholderText: qsTr("一方姓名") }
            Field { id: firstId; objectName: "divorceFirstId"; width: right.width * 0.53; placeholderText: qsTr("身份证号码") }
            Field { id: secondName; objectName: "divorceSecondName"; width: right.width * 0.42; placeholderText: qsTr("另一方姓名") }
            Field { id: secondId; objectName: "divorceSecondId"; width: right.width * 0.53; placeholderText: qsTr("身份证号码") }
        }
        BigButton {
            objectName: "recordDivorce"
            text: qsTr("登记申请")
            busy: desk.actions.busyAction === "divorce"
            onClicked: desk.recordDivorce(firstName.text, firstId.text, secondName.text, secondId.text)
        }
        Text {
            objectName: "divorceApplication"
            width: right.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: desk.applicationText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.success
        }

        SectionTitle {
            text: qsTr("整日取消预约（通知当事人）")
        }
        Row {
            spacing: Theme.spacing / 2
            // The day on the left unless staff type another: never a date typed into the program.
            Field {
                id: cancelDate
                objectName: "cancelDate"
                width: right.width * 0.35
                text: desk.date
                placeholderText: qsTr("日期")
            }
            Field { id: cancelReason; objectName: "cancelReason"; width: right.width * 0.6; placeholderText: qsTr("原因") }
        }
        BigButton {
            objectName: "cancelDateButton"
            text: qsTr("取消该日全部预约")
            tone: "danger"
            busy: desk.actions.busyAction === "cancelDate"
            onClicked: desk.cancelDate(cancelDate.text, cancelReason.text)
        }
        Text {
            objectName: "closure"
            width: right.width
            visible: desk.closure.length > 0
            text: qsTr("已取消：%1，需通知 %2 对").arg(desk.closure).arg(desk.notices.count)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
        }
        Repeater {
            model: desk.notices
            delegate: Text {
                required property string code
                required property string slot
                required property string names
                required property string phone
                required property string message
                width: right.width
                wrapMode: Text.WordWrap
                text: code + " " + slot + " " + names + " " + phone + (message.length > 0 ? "\n" + message : "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }
}
