// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The booking as it will be made, to check before it is: type, date, slot, both persons (masked)
// and the phone number (masked).
Item {
    id: page

    required property BookingFlow flow

    readonly property BookingParties parties: flow.parties
    readonly property date chosen: new Date(flow.calendar.selectedDate + "T00:00:00")

    BookingTypeNames {
        id: names
    }

    function person(id, name) {
        return (name.length > 0 ? name + "  " : "") + id.masked
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("请核对预约信息")
        hint: qsTr("确认后即完成预约，并打印预约凭证；凭证上列出当天需携带的证件和材料。")
    }

    Rectangle {
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        width: parent.width
        height: summary.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        DetailLines {
            id: summary
            objectName: "bookingSummary"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            labelWidth: Theme.touchTarget * 2.5
            model: [
                [qsTr("业务"), names.nameOf(page.flow.type)],
                [qsTr("日期"), page.flow.calendar.selectedDate.length > 0
                             ? qsTr("%1年%2月%3日").arg(page.chosen.getFullYear()).arg(page.chosen.getMonth() + 1).arg(page.chosen.getDate()) : ""],
                [qsTr("时段"), page.flow.timeSlots.selectedText],
                [qsTr("预约人"), page.person(page.parties.first, page.parties.firstName)
                               + (page.parties.needsSecond ? "\n" + page.person(page.parties.second, page.parties.secondName) : "")],
                [qsTr("手机号码"), page.parties.phoneMasked]
            ]
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "confirmBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回修改")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "confirmBooking"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("确认预约")
            busy: page.flow.busy
            enabled: !page.flow.busy
            onClicked: page.flow.submit()
        }
    }
}
