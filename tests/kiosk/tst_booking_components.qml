// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui
import Hall.Kiosk

// The booking form's field and the letter keypad for confirmation codes.
TestCase {
    id: testCase
    name: "BookingComponents"
    width: 1000
    height: 1000
    visible: true
    when: windowShown

    Component {
        id: keypadComponent
        CodeKeypad {}
    }
    Component {
        id: fieldComponent
        BookingField {
            width: 600
        }
    }
    SignalSpy {
        id: accepted
        signalName: "accepted"
    }

    function test_code_keypad_types_the_code_alphabet_only() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        accepted.target = pad
        accepted.clear()
        for (const k of ["7", "K", "Q", "2"])
            mouseClick(findChild(pad, "code_" + k))
        compare(pad.value, "7KQ2")
        verify(!findChild(pad, "code_O"), "no O: it looks like 0")
        verify(!findChild(pad, "code_1"), "no 1: it looks like I")
        verify(!pad.press("0"))
        verify(pad.press("m"))     // a physical keyboard's lower case is raised
        compare(pad.value, "7KQ2M")
        mouseClick(findChild(pad, "code_back"))
        compare(pad.value, "7KQ2")
        for (const k of ["M", "9", "X", "A", "B"])
            pad.press(k)
        compare(pad.value, "7KQ2M9XA") // eight at most
        mouseClick(findChild(pad, "code_accept"))
        compare(accepted.count, 1)
        compare(accepted.signalArguments[0][0], "7KQ2M9XA")
    }

    function test_code_keys_are_touch_sized() {
        const pad = createTemporaryObject(keypadComponent, testCase)
        const key = findChild(pad, "code_A")
        verify(key.width >= Theme.touchTarget)
        verify(key.height >= Theme.touchTarget)
    }

    function test_field_shows_placeholder_then_value() {
        const field = createTemporaryObject(fieldComponent, testCase, { label: "手机号码" })
        const value = findChild(field, "fieldValue")
        compare(value.text, "点此输入")
        field.value = "138****8000"
        compare(value.text, "138****8000")
        verify(field.height >= Theme.touchTarget)
    }
}
