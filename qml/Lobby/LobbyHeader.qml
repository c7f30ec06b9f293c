// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// The centre's name on the left; hall date, weekday and time on the right; the connection badge
// between them, small, so a passing outage does not alarm the hall.
Rectangle {
    id: header

    property real unit: 1
    property string centreName: ""
    property string date: ""
    property string weekday: ""
    property string time: ""
    property string connection: "connected"

    color: Theme.primary

    Text {
        objectName: "centreName"
        anchors.left: parent.left
        anchors.leftMargin: 40 * header.unit
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width - clock.width - badge.width - 120 * header.unit
        text: header.centreName.length > 0 ? header.centreName : qsTr("社区事务受理服务中心")
        // Smaller rather than cut off (the layout check fails on elided text).
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        font.family: Theme.fontFamily
        font.pixelSize: 52 * header.unit
        font.bold: true
        color: Theme.primaryText
    }

    ReconnectBadge {
        id: badge
        anchors.right: clock.left
        anchors.rightMargin: 40 * header.unit
        anchors.verticalCenter: parent.verticalCenter
        unit: header.unit
        connection: header.connection
    }

    Row {
        id: clock
        anchors.right: parent.right
        anchors.rightMargin: 40 * header.unit
        anchors.verticalCenter: parent.verticalCenter
        spacing: 24 * header.unit
        Column {
            anchors.verticalCenter: parent.verticalCenter
            Text {
                objectName: "hallDate"
                anchors.right: parent.right
                text: header.date
                font.family: Theme.fontFamily
                font.pixelSize: 30 * header.unit
                color: Theme.primaryText
            }
            Text {
                anchors.right: parent.right
                text: header.weekday
                font.family: Theme.fontFamily
                font.pixelSize: 30 * header.unit
                color: Theme.primaryText
            }
        }
        Text {
            objectName: "hallTime"
            anchors.verticalCenter: parent.verticalCenter
            text: header.time
            font.family: Theme.fontFamily
            font.pixelSize: 72 * header.unit
            font.bold: true
            color: Theme.primaryText
        }
    }
}
