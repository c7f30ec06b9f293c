// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Lobby.Models

// Today in the hall calendar, under the header: on a holiday service day (节假日为民服务) which
// services are open and until when; on a closed day why, and when the hall opens again. Nothing
// (no height) on an ordinary open day.
Rectangle {
    id: banner

    required property HallToday today
    property real unit: 1

    readonly property bool shown: today.plan || today.closed
    implicitHeight: shown ? line.implicitHeight + 24 * unit : 0
    visible: shown
    color: today.closed ? Theme.dangerTint : Theme.successTint

    Text {
        id: line
        objectName: "todayText"
        anchors.verticalCenter: parent.verticalCenter
        x: 30 * banner.unit
        width: banner.width - 60 * banner.unit
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        text: banner.today.closed
              ? qsTr("今天休息（%1） · %2").arg(banner.today.reason).arg(banner.today.nextOpenText)
              : qsTr("今日节假日服务（%1）：只办理 %2").arg(banner.today.planName).arg(banner.today.planText)
        font.family: Theme.fontFamily
        font.pixelSize: 40 * banner.unit
        font.bold: true
        color: banner.today.closed ? Theme.danger : Theme.success
    }
}
