// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic as T

// A service on the kiosk's home screen: its name, how many wait and for how long. Checkable, so a
// resident can pick several errands for one ticket (one-stop). `unavailableReason` greys it out.
T.Button {
    id: tile

    property string name: ""
    property string secondaryName: ""
    property int waiting: 0
    // -1: no open window serves the service now; no wait is promised then
    property int waitMinutes: 0
    property string unavailableReason: ""

    checkable: true
    enabled: unavailableReason.length === 0
    implicitWidth: Theme.touchTarget * 5
    implicitHeight: Theme.touchTarget * 2.2
    Accessible.name: name
    Accessible.description: detailText

    background: Rectangle {
        radius: Theme.radius
        color: !tile.enabled ? Theme.background : tile.checked ? Theme.selected : Theme.surface
        border.width: tile.checked || tile.visualFocus ? 4 : 2
        border.color: tile.checked ? Theme.primary : tile.visualFocus ? Theme.accent : Theme.border
    }

    readonly property string detailText: unavailableReason.length > 0
                                         ? unavailableReason
                                         : waitMinutes < 0 ? qsTr("%1 人等候 · 暂无窗口办理").arg(waiting)
                                         : qsTr("%1 人等候 · 约 %2 分钟").arg(waiting).arg(waitMinutes)

    contentItem: Row {
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        spacing: Theme.spacing
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: tile.availableWidth - 2 * Theme.spacing - Theme.touchTarget * 0.8 - Theme.spacing
            spacing: 6
            // Long names (English, large type) wrap onto a second line and get smaller to fit
            // the tile rather than being cut ("补领证件与…").
            Text {
                objectName: "serviceName"
                width: parent.width
                height: tile.availableHeight * 0.45
                verticalAlignment: Text.AlignVCenter
                text: tile.name
                wrapMode: Text.Wrap
                maximumLineCount: 2
                fontSizeMode: Text.Fit
                minimumPixelSize: 12
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: tile.enabled ? Theme.text : Theme.disabled
            }
            Text {
                width: parent.width
                visible: tile.secondaryName.length > 0
                text: tile.secondaryName
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Text {
                objectName: "detail"
                width: parent.width
                text: tile.detailText
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 12
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: tile.unavailableReason.length > 0 ? Theme.warning : Theme.primary
            }
        }
        // A tile that opens something (home page) shows where it leads, not a box to tick.
        Text {
            objectName: "opensMark"
            anchors.verticalCenter: parent.verticalCenter
            visible: !tile.checkable
            width: Theme.touchTarget * 0.8
            horizontalAlignment: Text.AlignHCenter
            text: "›"
            font.pixelSize: Theme.fontTitle * 1.4
            font.bold: true
            color: tile.enabled ? Theme.primary : Theme.disabled
        }
        Rectangle {
            objectName: "checkMark"
            anchors.verticalCenter: parent.verticalCenter
            visible: tile.checkable
            width: Theme.touchTarget * 0.8
            height: width
            radius: width / 2
            color: tile.checked ? Theme.primary : "transparent"
            border.color: tile.enabled ? Theme.primary : Theme.disabled
            border.width: 3
            Text {
                anchors.centerIn: parent
                visible: tile.checked
                text: "✓"
                font.pixelSize: parent.width * 0.6
                font.bold: true
                color: Theme.primaryText
            }
        }
    }
}
