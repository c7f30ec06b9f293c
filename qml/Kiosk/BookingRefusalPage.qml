// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Why the service did not book, find, cancel or check in: said kindly, in the resident's
// language, with the moment it ends where there is one, and the way forward. In Chinese the
// service's own message follows (it names slots, periods and dates); in English it is left out.
Item {
    id: page

    required property BookingRefusal refusal
    property bool busy: false
    property bool english: false
    signal backRequested
    signal retryRequested
    signal homeRequested

    readonly property bool canRetry: refusal.kind === BookingRefusal.Unreachable

    readonly property string headline: {
        switch (refusal.kind) {
        case BookingRefusal.Full: return qsTr("该时段已约满")
        case BookingRefusal.NotYetOpen: return qsTr("该日期尚未开放预约")
        case BookingRefusal.BookingClosed: return qsTr("该日期的预约已截止")
        case BookingRefusal.OfficeClosed: return qsTr("该日期不办理此项业务")
        case BookingRefusal.Penalty: return qsTr("暂时不能预约")
        case BookingRefusal.InvalidId: return qsTr("身份证号码无效")
        case BookingRefusal.UnderAge: return qsTr("未到法定婚龄")
        case BookingRefusal.SamePerson: return qsTr("两个身份证号码相同")
        case BookingRefusal.NotOneManOneWoman: return qsTr("结婚登记须为一男一女")
        case BookingRefusal.AlreadyBooked: return qsTr("您已经有一个预约")
        case BookingRefusal.Divorce: return qsTr("现在不能预约这项离婚业务")
        case BookingRefusal.NotFound: return qsTr("没有找到这个预约")
        case BookingRefusal.CancelTooLate: return qsTr("已过可以取消的时间")
        case BookingRefusal.CheckInTooEarly: return qsTr("还没到签到时间")
        case BookingRefusal.CheckInTooLate: return qsTr("已过签到时间")
        case BookingRefusal.WrongCouple: return qsTr("身份证与预约不符")
        case BookingRefusal.WrongType: return qsTr("预约的业务不符")
        case BookingRefusal.WrongOffice: return qsTr("不是本登记处的预约")
        case BookingRefusal.AlreadyDone: return qsTr("该预约已签到、已取消或已失效")
        case BookingRefusal.Unreachable: return qsTr("暂时无法办理，请稍后重试")
        default: return qsTr("暂时无法办理，请到咨询台")
        }
    }
    readonly property string detail: {
        switch (refusal.kind) {
        case BookingRefusal.Full: return qsTr("刚才的名额已经约完了。请返回选择其他时段或日期。")
        case BookingRefusal.NotYetOpen: return refusal.until.length > 0
                                               ? qsTr("这一天将于 %1 开放预约，请届时再来。").arg(refusal.until)
                                               : qsTr("这一天还没有开放预约，请留意开放时间。")
        case BookingRefusal.BookingClosed: return qsTr("请返回选择其他日期。")
        case BookingRefusal.OfficeClosed: return qsTr("登记处这一天不办理这项业务，请返回选择其他日期。")
        case BookingRefusal.Penalty: return refusal.until.length > 0
                                            ? qsTr("因多次未按约到场或取消预约，%1 前不能预约。如有疑问请到咨询台。").arg(refusal.until)
                                            : qsTr("因多次未按约到场或取消预约，暂时不能预约。如有疑问请到咨询台。")
        case BookingRefusal.InvalidId: return qsTr("请核对后重新输入。")
        case BookingRefusal.UnderAge: return qsTr("按登记当天计算，一方未到法定结婚年龄，请到年龄后再预约。")
        case BookingRefusal.SamePerson: return qsTr("请分别输入双方的身份证号码。")
        case BookingRefusal.NotOneManOneWoman: return qsTr("请核对双方的身份证号码。")
        case BookingRefusal.AlreadyBooked: return qsTr("每人同时只能有一个有效预约。如需改约，请先在“我的预约”中取消原预约。")
        case BookingRefusal.Divorce: return qsTr("离婚登记申请、冷静期和领证期有先后顺序，请按规定时间预约，或到咨询台咨询。")
        case BookingRefusal.NotFound: return qsTr("请核对预约码和身份证号码后再试。")
        case BookingRefusal.CancelTooLate: return qsTr("预约时段临近，已不能在自助机取消，请按时到场或联系登记处。")
        case BookingRefusal.CheckInTooEarly: return refusal.until.length > 0
                                                    ? qsTr("请于 %1 起再来签到。").arg(refusal.until)
                                                    : qsTr("请在预约时段开始前不久再来签到。")
        case BookingRefusal.CheckInTooLate: return qsTr("预约时段的签到时间已过，请到咨询台。")
        case BookingRefusal.WrongCouple: return qsTr("请出示预约当事人的身份证。")
        case BookingRefusal.WrongType: return qsTr("这个预约不是所选的业务，请到咨询台。")
        case BookingRefusal.WrongOffice: return qsTr("请到预约的登记处签到。")
        case BookingRefusal.AlreadyDone: return qsTr("如有疑问请到咨询台。")
        // The service's own sentence when it wrote one (the city database is away), in this language.
        case BookingRefusal.Unreachable: return refusal.serviceText.length > 0
                                                ? refusal.serviceText
                                                : qsTr("服务暂时连接不上或操作过于频繁。可以稍后重试，工作人员也可以在咨询台为您办理。")
        default: return qsTr("工作人员可以在咨询台为您办理。")
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: Theme.spacing * 2
        Text {
            objectName: "bookingRefusalHeadline"
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
            objectName: "bookingRefusalDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.detail
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Text {
            objectName: "bookingRefusalMessage"
            width: parent.width
            // Not when the detail is already the service's sentence (the message says the same).
            visible: !page.english && page.refusal.message.length > 0 && page.refusal.serviceText.length === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: page.refusal.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        BigButton {
            objectName: "bookingRetry"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: page.canRetry
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("重试")
            busy: page.busy
            enabled: !page.busy
            onClicked: page.retryRequested()
        }
        BigButton {
            objectName: "bookingRefusalBack"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.backRequested()
        }
        BigButton {
            objectName: "bookingRefusalHome"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.touchTarget * 6)
            text: qsTr("回到首页")
            tone: "neutral"
            onClicked: page.homeRequested()
        }
    }
}
