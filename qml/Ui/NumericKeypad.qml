// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// On-screen keypad for ID and phone numbers, so no flow needs a physical keyboard. An ID number may
// end in X, so "X" is accepted only as the last character when `allowX` is set.
Column {
    id: keypad

    property string value: ""
    property int maxLength: 18
    property bool allowX: true
    property string acceptText: qsTr("确定")
    // A landscape page short of height gives the digits a plain touch target's height.
    property real keyHeight: Theme.touchTarget * 1.2
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
        if (key === "X" || key === "x") {
            if (!allowX || value.length !== maxLength - 1)
                return false
            value += "X"
            return true
        }
        if (key.length === 1 && key >= "0" && key <= "9" && value.length < maxLength) {
            value += key
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
        columns: 3
        spacing: keypad.spacing
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", keypad.allowX ? "X" : "", "0", "⌫"]
            BigButton {
                required property string modelData
                objectName: modelData.length === 0 ? "key_none" : "key_" + (modelData === "⌫" ? "back" : modelData)
                text: modelData
                tone: "neutral"
                // An empty slot keeps its place, so 0 and ⌫ stay where fingers expect them.
                opacity: modelData.length > 0 ? 1 : 0
                enabled: modelData.length > 0
                width: Theme.touchTarget * 1.6
                height: keypad.keyHeight
                Accessible.name: modelData === "⌫" ? qsTr("删除") : modelData
                onClicked: keypad.press(modelData)
            }
        }
    }
    Row {
        spacing: keypad.spacing
        BigButton {
            objectName: "key_clear"
            text: qsTr("清空")
            tone: "neutral"
            width: Theme.touchTarget * 2.4 + keypad.spacing / 2
            onClicked: keypad.press("clear")
        }
        BigButton {
            objectName: "key_accept"
            text: keypad.acceptText
            enabled: keypad.value.length > 0
            width: Theme.touchTarget * 2.4 + keypad.spacing / 2
            onClicked: keypad.accepted(keypad.value)
        }
    }
}
