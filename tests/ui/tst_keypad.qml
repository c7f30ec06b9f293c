// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui

TestCase {
    id: testCase
    name: "NumericKeypad"
    width: 800
    height: 1000
    visible: true
    when: windowShown

    Component {
        id: keypadComponent
        NumericKeypad {}
    }
    SignalSpy {
        id: acceptedSpy
        signalName: "accepted"
    }

    function keyButton(pad, name) {
        const b = findChild(pad, "key_" + name)
        verify(b, "key " + name)
        return b
    }

    function test_typing_an_id_number_by_touch() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        acceptedSpy.target = pad
        acceptedSpy.clear()
        const digits = "11010519491231002"
        for (const d of digits)
            mouseClick(keyButton(pad, d))
        compare(pad.value, digits)
        verify(keyButton(pad, "accept").enabled)
        mouseClick(keyButton(pad, "X"))
        compare(pad.value, "11010519491231002X")
        mouseClick(keyButton(pad, "5")) // full: ignored
        compare(pad.value.length, 18)
        mouseClick(keyButton(pad, "accept"))
        compare(acceptedSpy.count, 1)
        compare(acceptedSpy.signalArguments[0][0], "11010519491231002X")
    }

    function test_x_only_as_the_last_character() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        verify(!pad.press("X"))
        pad.value = "1234"
        verify(!pad.press("X"))
        compare(pad.value, "1234")
        pad.allowX = false
        pad.value = "11010519491231002"
        verify(!pad.press("X"))
        compare(pad.value, "11010519491231002")
    }

    function test_backspace_clear_and_accept_disabled_when_empty() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        acceptedSpy.target = pad
        acceptedSpy.clear()
        verify(!keyButton(pad, "accept").enabled)
        mouseClick(keyButton(pad, "accept"))
        compare(acceptedSpy.count, 0)
        mouseClick(keyButton(pad, "1"))
        mouseClick(keyButton(pad, "3"))
        mouseClick(keyButton(pad, "back"))
        compare(pad.value, "1")
        mouseClick(keyButton(pad, "clear"))
        compare(pad.value, "")
        verify(!pad.press("⌫"))
    }

    function test_phone_number_length_and_physical_keys() {
        const pad = createTemporaryObject(keypadComponent, testCase, {maxLength: 11, allowX: false})
        pad.forceActiveFocus()
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_3)
        keyClick(Qt.Key_A) // not a digit: ignored
        keyClick(Qt.Key_Backspace)
        compare(pad.value, "1")
        for (let i = 0; i < 20; ++i)
            pad.press("8")
        compare(pad.value.length, 11)
        compare(findChild(pad, "key_X"), null)
        // 0 stays in the middle column whether or not X is offered.
        const withX = createTemporaryObject(keypadComponent, testCase)
        compare(keyButton(pad, "0").x, keyButton(withX, "0").x)
    }

    function test_keys_are_large_enough_to_touch() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        for (const name of ["0", "5", "back", "clear", "accept"]) {
            const b = keyButton(pad, name)
            verify(b.width >= Theme.touchTarget, name + " width " + b.width)
            verify(b.height >= Theme.touchTarget, name + " height " + b.height)
        }
    }
}
