// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// 预约/签到: what the couple books a visit for, or "my booking", or check-in for today's visit.
Item {
    id: page

    required property KioskShell kiosk
    required property BookingFlow flow
    property bool landscape: false

    BookingTypeNames {
        id: names
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("婚姻登记预约")
        hint: qsTr("请选择预约的业务。已经预约的，可以查询、取消或签到。")
    }

    Grid {
        id: types
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        width: parent.width
        columns: page.landscape ? 3 : 2
        spacing: Theme.spacing
        Repeater {
            model: names.ids
            BigButton {
                required property string modelData
                objectName: "bookingType_" + modelData
                width: (types.width - (types.columns - 1) * types.spacing) / types.columns
                height: Theme.touchTarget * 1.8
                text: names.nameOf(modelData)
                subText: names.hintOf(modelData)
                enabled: page.kiosk.serviceAvailable && !page.flow.busy
                onClicked: page.flow.chooseType(modelData)
            }
        }
    }

    Grid {
        id: others
        anchors.bottom: parent.bottom
        width: parent.width
        columns: page.landscape ? 3 : 1
        spacing: Theme.spacing
        readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
        BigButton {
            objectName: "bookingCheckIn"
            width: others.cellWidth
            text: qsTr("预约签到")
            subText: qsTr("扫描预约二维码，领取办理号")
            tone: "success"
            enabled: page.kiosk.serviceAvailable
            onClicked: page.kiosk.startCheckIn()
        }
        BigButton {
            objectName: "bookingFindMine"
            width: others.cellWidth
            text: qsTr("我的预约")
            subText: qsTr("查询或取消预约")
            tone: "neutral"
            enabled: page.kiosk.serviceAvailable
            onClicked: page.flow.openFind()
        }
        BigButton {
            objectName: "bookingHome"
            width: others.cellWidth
            text: qsTr("回到首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
    }
}
