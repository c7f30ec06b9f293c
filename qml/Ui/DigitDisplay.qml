// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Shows what is typed on the keypad in readable groups (ID: 6 8 4, phone: 3 4 4), with the places
// still to fill, so a resident can check the number before confirming.
Rectangle {
    id: display

    property string value: ""
    property var groups: [6, 8, 4]
    property string placeholder: "_"
    property string label: ""

    readonly property int length: groups.reduce((a, b) => a + b, 0)
    readonly property string formatted: {
        let out = []
        let at = 0
        for (const size of groups) {
            let group = ""
            for (let i = 0; i < size; ++i, ++at)
                group += at < value.length ? value[at] : placeholder
            out.push(group)
        }
        return out.join(" ")
    }

    implicitWidth: column.implicitWidth + 2 * Theme.spacing
    implicitHeight: column.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    Column {
        id: column
        anchors.centerIn: parent
        spacing: 4
        Text {
            visible: display.label.length > 0
            text: display.label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            objectName: "digits"
            text: display.formatted
            font.family: "monospace"
            font.pixelSize: Theme.fontTitle
            font.letterSpacing: 2
            color: Theme.text
        }
    }
}
