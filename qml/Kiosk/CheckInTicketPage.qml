// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Checked in: the appointment ticket, printed like any ticket (or on screen when it cannot be).
Item {
    id: page

    required property KioskShell kiosk
    required property CheckInFlow flow

    readonly property IssuedTicket ticket: flow.ticket

    PageTitle {
        id: title
        objectName: "checkInTitle"
        width: parent.width
        text: {
            switch (page.ticket.printState) {
            case IssuedTicket.Printing: return qsTr("签到成功，正在打印号票…")
            case IssuedTicket.Printed: return qsTr("签到成功，请取走号票")
            default: return qsTr("签到成功，但号票未能打印")
            }
        }
        hint: page.ticket.printState === IssuedTicket.NotPrinted
              ? qsTr("请用手机拍下这张号票，并告知工作人员。预约的号在预约时段内优先叫号。")
              : qsTr("预约的号在预约时段内优先叫号，请留意大厅屏幕和语音叫号。")
    }

    Item {
        id: ticketArea
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        anchors.bottom: doneButton.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width

        TicketView {
            objectName: "checkInTicketView"
            anchors.centerIn: parent
            width: Math.min(ticketArea.width, Theme.touchTarget * 7)
            scale: Math.min(2, ticketArea.width / width, ticketArea.height / implicitHeight)
            centreName: page.kiosk.centreName
            number: page.ticket.number
            serviceNames: page.ticket.serviceNames
            ahead: page.ticket.ahead
            waitMinutes: page.ticket.waitMinutes
            issuedAt: page.ticket.issuedAt
            qrSource: page.ticket.qrSource
            notice: page.flow.slot.length > 0 ? qsTr("预约时段 %1").arg(page.flow.slot) : qsTr("预约签到")
        }
    }

    BigButton {
        id: doneButton
        objectName: "checkInDone"
        anchors.bottom: parent.bottom
        width: parent.width
        text: qsTr("完成，回到首页")
        onClicked: page.kiosk.reset()
    }
}
