// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic as T
import Hall.Ui

// One field of the booking form (a person's ID number, the phone number): its label and what is
// entered so far, masked. Tapping it sends the keypad (and the card reader) to this field.
T.AbstractButton {
    id: field

    property string label: ""
    property string value: ""
    property string placeholder: qsTr("点此输入")
    property bool active: false
    property bool done: false

    implicitHeight: Math.max(Theme.touchTarget * 1.3, implicitContentHeight + Theme.spacing)
    Accessible.name: label + " " + value

    background: Rectangle {
        radius: Theme.radius
        color: field.active ? Theme.selected : Theme.surface
        border.width: field.active ? 4 : 2
        border.color: field.active ? Theme.primary : Theme.border
    }
    contentItem: Column {
        leftPadding: Theme.spacing
        topPadding: Theme.spacing / 2
        spacing: 2
        Text {
            text: field.label + (field.done ? "  ✓" : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: field.done ? Theme.success : Theme.textMuted
        }
        Text {
            objectName: "fieldValue"
            width: field.width - 2 * Theme.spacing
            // Smaller rather than cut off (the layout check fails on elided text).
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            text: field.value.length > 0 ? field.value : field.placeholder
            font.family: field.value.length > 0 ? "monospace" : Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: field.value.length > 0 ? Theme.text : Theme.textMuted
        }
    }
}
