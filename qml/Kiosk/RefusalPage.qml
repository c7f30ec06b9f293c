// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Why there is no ticket, said kindly and in the resident's language, with the way forward.
Item {
    id: page

    required property KioskShell kiosk
    // The take-a-ticket journey these pages show.
    readonly property TicketFlow flow: kiosk.ticketFlow

    readonly property Refusal refusal: flow.refusal
    readonly property bool canRetry: refusal.kind === Refusal.Unreachable

    readonly property string headline: {
        switch (refusal.kind) {
        case Refusal.QuotaReached: return qsTr("今日号已取完")
        case Refusal.OutsideHours: return qsTr("现在不是取号时间")
        case Refusal.InvalidId: return qsTr("身份证号码无效")
        case Refusal.Duplicate: return qsTr("您已经取过号了")
        case Refusal.HallClosed: return page.kiosk.today.closed ? qsTr("今天休息，不能取号")
                                                              : qsTr("今天不办理这项业务")
        case Refusal.Unreachable: return qsTr("暂时无法取号，请到咨询台")
        default: return qsTr("暂时无法取号，请到咨询台")
        }
    }
    readonly property string detail: {
        switch (refusal.kind) {
        case Refusal.QuotaReached: return qsTr("所选业务今天的号已经发完，请明天再来，或到咨询台咨询。")
        case Refusal.OutsideHours: return qsTr("所选业务现在不能取号，取号时间请看大厅公告，或到咨询台咨询。")
        case Refusal.InvalidId: return qsTr("请核对后重新输入，也可以不出示证件直接取号。")
        case Refusal.Duplicate: return refusal.heldTicket.length > 0
                                       ? qsTr("您手上的 %1 号还没有办完，请留意叫号；办完后可以再取。").arg(refusal.heldTicket)
                                       : qsTr("您手上的号还没有办完，请留意叫号；办完后可以再取。")
        case Refusal.HallClosed: return page.kiosk.today.plan
                                        ? qsTr("今天是%1，只办理：%2").arg(page.kiosk.today.planName).arg(page.kiosk.today.planText)
                                        : qsTr("%1。%2").arg(page.kiosk.today.reason).arg(page.kiosk.today.nextOpenText)
        // The service's own sentence when it wrote one (the city database is away), in this language.
        case Refusal.Unreachable: return refusal.serviceText.length > 0
                                         ? refusal.serviceText
                                         : qsTr("排队服务暂时连接不上。可以稍后重试，工作人员也可以在咨询台为您取号。")
        default: return qsTr("工作人员可以在咨询台为您取号。")
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.spacing * 2
        Text {
            objectName: "refusalHeadline"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.headline
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle * 1.3
            font.bold: true
            color: Theme.danger
        }
        Text {
            objectName: "refusalDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.detail
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        BigButton {
            objectName: "retry"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: page.canRetry
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("重试")
            busy: page.flow.busy
            enabled: !page.flow.busy
            onClicked: page.flow.submit()
        }
        BigButton {
            objectName: "refusalBack"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: page.refusal.kind === Refusal.InvalidId
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("重新输入")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "refusalHome"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("回到首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
    }
}
