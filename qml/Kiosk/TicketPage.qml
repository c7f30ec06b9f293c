// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The ticket: printed, or, when the printer cannot, on screen to photograph or scan.
Item {
    id: page

    required property KioskShell kiosk
    property bool landscape: false

    readonly property IssuedTicket ticket: kiosk.ticketFlow.ticket
    readonly property bool onScreenOnly: ticket.printState === IssuedTicket.NotPrinted

    readonly property string problemText: {
        switch (page.kiosk.printer.problem) {
        case PrintStation.PaperOut: return qsTr("打印机缺纸")
        case PrintStation.CoverOpen: return qsTr("打印机盖未关好")
        case PrintStation.Offline: return qsTr("打印机未连接")
        default: return qsTr("打印机故障")
        }
    }

    PageTitle {
        id: title
        objectName: "ticketTitle"
        width: parent.width
        text: {
            switch (page.ticket.printState) {
            case IssuedTicket.Printing: return qsTr("正在打印号票…")
            case IssuedTicket.Printed: return qsTr("取号成功，请取走号票")
            default: return qsTr("取号成功，但号票未能打印")
            }
        }
        hint: page.onScreenOnly ? qsTr("%1，请告知工作人员。请用手机拍下这张号票，或扫描二维码随时查看。").arg(page.problemText)
                                : qsTr("请留意大厅屏幕和语音叫号")
    }

    Rectangle {
        objectName: "printerProblem"
        visible: page.onScreenOnly
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing / 2
        width: parent.width
        height: Theme.spacing / 2
        radius: height / 2
        color: Theme.warning
    }

    // The ticket fills the free space (a photo of the screen must be readable), at most doubled.
    Item {
        id: ticketArea
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        anchors.bottom: doneButton.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width

        TicketView {
            id: ticketView
            objectName: "ticketView"
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
            notice: page.ticket.priority !== "normal" && page.ticket.priority.length > 0
                    ? qsTr("优先办理（绿色通道）") : ""
        }
    }

    BigButton {
        id: doneButton
        objectName: "done"
        anchors.bottom: parent.bottom
        width: parent.width
        text: qsTr("完成，回到首页")
        onClicked: page.kiosk.reset()
    }
}
