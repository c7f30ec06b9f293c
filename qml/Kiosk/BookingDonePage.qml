// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// A booking: just made (printed, or on screen when the printer cannot), or found under "my
// booking" with the way to cancel it. The QR code is the one the service gave, for check-in.
Item {
    id: page

    required property KioskShell kiosk
    required property BookingFlow flow
    property bool landscape: false

    readonly property BookingConfirmation booking: flow.booking
    readonly property bool mine: flow.step === BookingFlow.Mine
    property bool confirmingCancel: false

    BookingTypeNames {
        id: names
    }

    onVisibleChanged: confirmingCancel = false

    readonly property string statusText: {
        switch (page.booking.status) {
        case "confirmed": return qsTr("已预约")
        case "checkedIn": return qsTr("已签到")
        case "cancelled": return qsTr("已取消")
        case "cancelledByOffice": return qsTr("登记处已取消")
        case "noShow": return qsTr("未按约到场")
        default: return page.booking.status
        }
    }

    PageTitle {
        id: title
        objectName: "bookingDoneTitle"
        width: parent.width
        text: {
            if (page.mine)
                return page.flow.cancelled ? qsTr("预约已取消") : qsTr("我的预约：%1").arg(page.statusText)
            switch (page.booking.printState) {
            case BookingConfirmation.Printing: return qsTr("预约成功，正在打印凭证…")
            case BookingConfirmation.Printed: return qsTr("预约成功，请取走预约凭证")
            default: return qsTr("预约成功，但凭证未能打印")
            }
        }
        hint: {
            if (page.mine)
                return page.flow.cancelled ? qsTr("名额已释放。需要时可以重新预约。")
                                           : qsTr("请按时到场，凭二维码或预约码签到。")
            return page.booking.printState === BookingConfirmation.NotPrinted
                    ? qsTr("请用手机拍下本页，或记下预约码。签到时扫描二维码或输入预约码。")
                    : qsTr("请保管好凭证。登记当天携带身份证原件到场，在自助机扫描凭证上的二维码签到。")
        }
    }

    Grid {
        id: body
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        anchors.horizontalCenter: parent.horizontalCenter
        columns: page.landscape ? 2 : 1
        spacing: Theme.spacing * 2

        Rectangle {
            id: qrBox
            width: qr.width + 2 * Theme.spacing
            height: qrColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            Column {
                id: qrColumn
                anchors.centerIn: parent
                spacing: Theme.spacing / 2
                Image {
                    id: qr
                    objectName: "bookingQr"
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: !page.flow.cancelled
                    width: Theme.touchTarget * (page.landscape ? 4 : 4.5)
                    height: width
                    sourceSize.width: width
                    sourceSize.height: width
                    smooth: false
                    source: page.booking.qrSource
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("预约码")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Text {
                    objectName: "bookingCode"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: page.booking.code
                    font.family: "monospace"
                    font.pixelSize: Theme.fontTitle * 1.2
                    font.bold: true
                    font.letterSpacing: 4
                    color: Theme.text
                }
            }
        }

        DetailLines {
            id: details
            objectName: "bookingDetails"
            // Beside the code in landscape, under it in portrait; the values wrap within the page.
            width: Math.min(naturalWidth, page.landscape ? page.width - qrBox.width - body.spacing : page.width)
            labelWidth: Theme.touchTarget * 2.3
            model: [
                [qsTr("业务"), names.nameOf(page.booking.type)],
                [qsTr("日期"), page.booking.date],
                [qsTr("时段"), page.booking.slot],
                [qsTr("仪式"), page.booking.ceremony],
                [qsTr("地点"), page.booking.place],
                [qsTr("签到时间"), page.booking.checkInWindow],
                [qsTr("预约人"), page.booking.personsText],
                [qsTr("请携带"), page.booking.bringText],
                [qsTr("手机号码"), page.booking.phone],
                // Just booked, the title says so; a found booking's state is news (also so that a
                // ceremony's two extra lines fit beside the code in large type).
                [qsTr("状态"), page.mine ? page.statusText : ""]
            ]
        }
    }

    // Anchored, not in a Row: "cancel" comes and goes with the booking's state.
    Item {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        height: doneButton.height
        readonly property bool canCancel: page.mine && page.booking.status === "confirmed"
        BigButton {
            objectName: "cancelBooking"
            anchors.left: parent.left
            visible: buttons.canCancel
            width: (buttons.width - Theme.spacing) / 2
            text: page.confirmingCancel ? qsTr("确定取消这个预约？") : qsTr("取消预约")
            subText: page.confirmingCancel ? qsTr("再点一次即取消") : ""
            tone: "danger"
            busy: page.flow.busy
            enabled: !page.flow.busy
            onClicked: {
                if (page.confirmingCancel)
                    page.flow.cancelBooking()
                page.confirmingCancel = !page.confirmingCancel
            }
        }
        BigButton {
            id: doneButton
            objectName: "bookingDone"
            anchors.right: parent.right
            width: buttons.canCancel ? (buttons.width - Theme.spacing) / 2 : buttons.width
            text: qsTr("完成，回到首页")
            onClicked: page.kiosk.reset()
        }
    }
}
