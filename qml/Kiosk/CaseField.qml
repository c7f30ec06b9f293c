// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui

// One field of the lookup: its label and what was entered; tapping it brings its keypad.
Rectangle {
    id: field

    property string label: ""
    property string value: ""
    property bool active: false
    property bool done: false
    signal clicked

    implicitHeight: Theme.touchTarget * 1.5
    radius: Theme.radius
    color: Theme.surface
    border.width: active ? 4 : 2
    border.color: active ? Theme.primary : (done ? Theme.success : Theme.border)
    Accessible.role: Accessible.Button
    Accessible.name: label

    Column {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        Text {
            text: field.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            width: parent.width
            text: field.value.length > 0 ? field.value : " "
            // Smaller rather than cut off (the layout check fails on elided text).
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: field.clicked()
    }
}
