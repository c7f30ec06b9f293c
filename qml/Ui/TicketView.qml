// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A queue ticket as the resident sees it on screen: the same content as the printed one, so an
// on-screen ticket (printer out of paper) can be photographed instead.
Rectangle {
    id: ticket

    property string centreName: ""
    property string number: ""
    property var serviceNames: []
    property int ahead: 0
    property int waitMinutes: 0 // -1: no open window serves the service (no figure promised)
    property string issuedAt: ""
    property url qrSource: ""
    property string notice: ""

    implicitWidth: Theme.touchTarget * 7
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    Column {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: ticket.centreName
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "number"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ticket.number
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.primary
        }
        Text {
            objectName: "services"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: ticket.serviceNames.join(" → ")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
        Text {
            objectName: "position"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: ticket.waitMinutes < 0
                  ? (ticket.ahead === 0 ? qsTr("现在没有窗口办理这项业务，窗口开放后按顺序叫号")
                                        : qsTr("前面还有 %1 人；现在没有窗口办理这项业务，窗口开放后按顺序叫号").arg(ticket.ahead))
                  : ticket.ahead === 0 ? qsTr("前面没有人等候，请留意叫号")
                                       : qsTr("前面还有 %1 人，约等 %2 分钟").arg(ticket.ahead).arg(ticket.waitMinutes)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: ticket.qrSource != ""
            source: ticket.qrSource
            width: Theme.touchTarget * 3
            height: width
            fillMode: Image.PreserveAspectFit
            smooth: false // QR modules must stay crisp to be scanned from the screen
            // Every ticket's code is different and shown once: the pixmap cache would only keep
            // each of them (up to its 2 MB limit), which measured as growth per ticket.
            cache: false
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ticket.issuedAt
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            width: parent.width
            visible: ticket.notice.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: ticket.notice
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
