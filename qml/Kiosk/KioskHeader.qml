// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The centre's name and the time, and the two switches every resident may need first: language
// and larger type (elderly mode).
Rectangle {
    id: header

    required property KioskShell kiosk

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.primary

    Row {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Column {
            width: parent.width - switches.width - Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4
            Text {
                objectName: "centreName"
                width: parent.width
                text: header.kiosk.centreName.length > 0 ? header.kiosk.centreName : qsTr("社区事务受理服务中心")
                // A long name (English, large type) gets smaller rather than cut off.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primaryText
            }
            ClockText {
                english: header.kiosk.english
                color: Theme.primaryText
            }
        }
        Row {
            id: switches
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing / 2
            BigButton {
                objectName: "languageSwitch"
                // Each label in its own language, so a resident finds theirs.
                text: header.kiosk.english ? "中文" : "English"
                tone: "neutral"
                onClicked: header.kiosk.english = !header.kiosk.english
            }
            BigButton {
                objectName: "elderlySwitch"
                text: header.kiosk.elderly ? qsTr("标准字体") : qsTr("大字模式")
                tone: "neutral"
                onClicked: header.kiosk.elderly = !header.kiosk.elderly
            }
        }
    }
}
