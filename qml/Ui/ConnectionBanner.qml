// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Tells people when the queue service is out of reach, and says nothing while all is well. The
// front end maps its client's connection state onto `state`.
Rectangle {
    id: banner

    // "connected", "connecting", "reconnecting", "offline" or "unauthorised" (ConnectionWatch)
    property string connection: "connected"
    // What an outage means to the people in front of this screen (residents by default; the counter
    // says its actions are off).
    property string offlineText: qsTr("排队服务暂时无法使用，请到咨询台")
    // The service refused this device's token; it keeps asking, an operator must fix it.
    property string unauthorisedText: qsTr("本机未获授权，暂时无法使用：请联系工作人员")

    readonly property string message: words.message

    ConnectionText {
        id: words
        connection: banner.connection
        connectingText: qsTr("正在连接排队服务…")
        reconnectingText: qsTr("网络中断，正在重新连接…")
        offlineText: banner.offlineText
        unauthorisedText: banner.unauthorisedText
    }

    visible: message.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: visible ? label.implicitHeight + Theme.spacing : 0
    color: words.outage ? Theme.danger : Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Text {
        id: label
        objectName: "connectionBannerText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, banner.width - 2 * Theme.spacing)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: banner.message
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.primaryText
    }
}
