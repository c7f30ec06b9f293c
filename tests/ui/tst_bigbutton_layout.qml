// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui

// A BigButton given more height than it needs (full-width footer buttons) keeps its label in the
// middle, not stuck to the top.
TestCase {
    name: "BigButtonLayout"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: buttonComponent
        BigButton {}
    }

    function test_label_is_centred_in_a_tall_button() {
        const button = createTemporaryObject(buttonComponent, this, { text: "取号", subText: "选择一项或多项业务" })
        verify(button)
        const natural = button.implicitHeight
        button.height = natural * 3
        const label = button.contentItem
        const top = label.mapToItem(button, 0, 0).y
        const bottom = button.height - (top + label.implicitHeight)
        verify(top > natural / 2, "label moved down into the taller button")
        fuzzyCompare(top, bottom, 1)
    }

    function test_natural_height_is_unchanged() {
        const button = createTemporaryObject(buttonComponent, this, { text: "确定" })
        verify(button)
        compare(button.implicitHeight, Math.max(Theme.touchTarget, button.contentItem.implicitHeight + Theme.spacing))
        verify(button.height >= Theme.touchTarget)
    }
}
