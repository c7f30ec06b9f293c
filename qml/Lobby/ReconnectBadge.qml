// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// A small, quiet note while the queue service is out of reach; nothing while all is well. The
// screen keeps showing the last known state meanwhile and catches up by itself.
Rectangle {
    id: badge

    property real unit: 1
    // "connected", "connecting", "reconnecting", "offline" or "unauthorised" (ConnectionWatch)
    property string connection: "connected"

    readonly property string message: words.message

    ConnectionText {
        id: words
        connection: badge.connection
        connectingText: qsTr("正在连接…")
        reconnectingText: qsTr("正在重新连接…")
        offlineText: qsTr("叫号信息暂停更新")
        unauthorisedText: qsTr("本屏未获授权，叫号信息暂停更新")
    }

    visible: message.length > 0
    implicitWidth: visible ? label.implicitWidth + 32 * unit : 0
    implicitHeight: label.implicitHeight + 12 * unit
    radius: height / 2
    color: Qt.rgba(1, 1, 1, 0.18)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        objectName: "reconnectText"
        anchors.centerIn: parent
        text: badge.message
        font.family: Theme.fontFamily
        font.pixelSize: 24 * badge.unit
        color: Theme.primaryText
    }
}
