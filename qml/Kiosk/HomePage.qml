// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Today's services with their queues; a tap on one starts a ticket for it. On a day the hall
// calendar closes, the title says why and when the hall opens and no ticket is offered; on a
// holiday service day (节假日为民服务) only the plan's services can be tapped. Booking other days and
// status lookups stay open either way.
Item {
    id: page

    required property KioskShell kiosk
    property bool landscape: false
    readonly property HallToday today: kiosk.today
    readonly property bool ticketsToday: kiosk.serviceAvailable && !today.closed

    PageTitle {
        id: title
        objectName: "homeTitle"
        width: parent.width
        text: page.today.closed ? qsTr("今天休息（%1）").arg(page.today.reason)
                                : qsTr("欢迎！请点选要办理的业务取号")
        hint: !page.kiosk.serviceAvailable ? qsTr("排队服务暂时无法使用，请到咨询台")
            : page.today.closed ? page.today.nextOpenText
            : page.today.plan ? qsTr("今天是%1，只办理：%2").arg(page.today.planName).arg(page.today.planText)
            : qsTr("一次可以办理多项业务，只需取一个号")
    }

    GridView {
        id: grid
        objectName: "homeServices"
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        anchors.bottom: entries.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        clip: true
        interactive: contentHeight > height
        readonly property int columns: page.landscape ? 3 : 2
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.touchTarget * 2.2 + Theme.spacing
        model: page.kiosk.ticketFlow.services
        delegate: Item {
            id: cell
            required property int index
            required property string serviceId
            required property string name
            required property string secondaryName
            required property int waiting
            required property int waitMinutes
            width: grid.cellWidth
            height: grid.cellHeight
            ServiceTile {
                objectName: "homeTile_" + cell.index
                anchors.fill: parent
                anchors.rightMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                checkable: false
                name: cell.name
                secondaryName: cell.secondaryName
                waiting: cell.waiting
                waitMinutes: cell.waitMinutes
                unavailableReason: !page.kiosk.serviceAvailable ? qsTr("暂停取号")
                                 : !page.today.isOpen(cell.serviceId) ? qsTr("今天不办理") : ""
                onClicked: page.kiosk.startTicket(cell.serviceId)
            }
        }
    }

    Flow {
        id: entries
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "startTicket"
            width: page.landscape ? (entries.width - 2 * Theme.spacing) / 3 : entries.width
            text: qsTr("取号")
            subText: qsTr("选择一项或多项业务")
            enabled: page.ticketsToday
            onClicked: page.kiosk.startTicket("")
        }
        BigButton {
            objectName: "bookingEntry"
            width: page.landscape ? (entries.width - 2 * Theme.spacing) / 3 : (entries.width - Theme.spacing) / 2
            text: qsTr("预约/签到")
            subText: qsTr("婚姻登记预约、查询、签到")
            tone: "neutral"
            enabled: page.kiosk.serviceAvailable
            onClicked: page.kiosk.startBooking()
        }
        BigButton {
            objectName: "statusEntry"
            width: page.landscape ? (entries.width - 2 * Theme.spacing) / 3 : (entries.width - Theme.spacing) / 2
            text: qsTr("办理进度查询")
            subText: qsTr("低保、救助、津贴等办件")
            tone: "neutral"
            enabled: page.kiosk.serviceAvailable
            onClicked: page.kiosk.startCases()
        }
    }
}
