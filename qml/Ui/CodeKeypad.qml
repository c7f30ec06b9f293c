// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// On-screen keypad for short codes of letters and digits (booking confirmation codes), so no flow
// needs a physical keyboard. `alphabet` lists the keys; codes leave out characters people confuse.
Column {
    id: keypad

    property string value: ""
    property int maxLength: 8
    property string alphabet: "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    property int columns: 8
    property string acceptText: qsTr("确定")
    signal accepted(string value)

    spacing: Theme.spacing / 2

    // Returns whether the key changed the value; physical keys and the buttons both come here.
    function press(key) {
        if (key === "⌫") {
            if (value.length === 0)
                return false
            value = value.slice(0, -1)
            return true
        }
        if (key === "clear") {
            const had = value.length > 0
            value = ""
            return had
        }
        const k = key.toUpperCase()
        if (k.length === 1 && alphabet.indexOf(k) >= 0 && value.length < maxLength) {
            value += k
            return true
        }
        return false
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Backspace)
            event.accepted = press("⌫")
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (value.length > 0)
                keypad.accepted(value)
            event.accepted = true
        } else if (event.text.length === 1)
            event.accepted = press(event.text)
    }

    Grid {
        columns: keypad.columns
        spacing: keypad.spacing
        Repeater {
            model: keypad.alphabet.split("")
            BigButton {
                required property string modelData
                objectName: "code_" + modelData
                text: modelData
                tone: "neutral"
                width: Theme.touchTarget * 1.1
                height: Theme.touchTarget
                onClicked: keypad.press(modelData)
            }
        }
    }
    Row {
        id: bottomRow
        spacing: keypad.spacing
        readonly property real third: (keypad.columns * (Theme.touchTarget * 1.1 + keypad.spacing) - 3 * keypad.spacing) / 3
        BigButton {
            objectName: "code_back"
            text: "⌫"
            tone: "neutral"
            width: bottomRow.third
            Accessible.name: qsTr("删除")
            onClicked: keypad.press("⌫")
        }
        BigButton {
            objectName: "code_clear"
            text: qsTr("清空")
            tone: "neutral"
            width: bottomRow.third
            onClicked: keypad.press("clear")
        }
        BigButton {
            objectName: "code_accept"
            text: keypad.acceptText
            enabled: keypad.value.length > 0
            width: bottomRow.third
            onClicked: keypad.accepted(keypad.value)
        }
    }
}
