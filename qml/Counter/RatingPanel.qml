// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// 评价器: the resident rates the errand just finished. Three large buttons; thanks afterwards.
Rectangle {
    id: panel

    required property RatingPad rating

    color: Theme.surface
    radius: Theme.radius

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing * 1.5

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: panel.rating.state === RatingPad.Asking || panel.rating.state === RatingPad.Sending
                  ? qsTr("%1 号，请您对本次服务进行评价").arg(panel.rating.ticket)
                  : panel.rating.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing
            visible: panel.rating.state === RatingPad.Asking || panel.rating.state === RatingPad.Sending
            BigButton {
                objectName: "rate_satisfied"
                text: qsTr("满意")
                tone: "success"
                height: Theme.touchTarget * 1.5
                width: Math.max(implicitWidth, panel.width / 4)
                enabled: panel.rating.state === RatingPad.Asking
                focusPolicy: Qt.NoFocus // the desk keeps the keys (F1…, the keypad) after a rating
                onClicked: panel.rating.rate("satisfied")
            }
            BigButton {
                objectName: "rate_basic"
                text: qsTr("基本满意")
                height: Theme.touchTarget * 1.5
                width: Math.max(implicitWidth, panel.width / 4)
                enabled: panel.rating.state === RatingPad.Asking
                focusPolicy: Qt.NoFocus // the desk keeps the keys (F1…, the keypad) after a rating
                onClicked: panel.rating.rate("basic")
            }
            BigButton {
                objectName: "rate_unsatisfied"
                text: qsTr("不满意")
                tone: "danger"
                height: Theme.touchTarget * 1.5
                width: Math.max(implicitWidth, panel.width / 4)
                enabled: panel.rating.state === RatingPad.Asking
                focusPolicy: Qt.NoFocus // the desk keeps the keys (F1…, the keypad) after a rating
                onClicked: panel.rating.rate("unsatisfied")
            }
        }
    }
}
