// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui
import Hall.Counter
import Hall.Counter.Models

// The counter's pages before any login: the login page refuses empty credentials in words, every
// action button shows its keys and stays disabled off the desk, the desk offers only the tabs that
// make sense without a window, a counter device gets no monitor keys, and the rating panel asks
// nothing while idle.
Item {
    id: root
    width: 1600
    height: 900

    LoginPage {
        id: login
        anchors.fill: parent
        counter: testCounter
    }

    Component {
        id: actionButton
        ActionButton {
            counter: testCounter
            actionName: "callNext"
            text: "叫下一位"
        }
    }
    Component {
        id: deskComponent
        Desk {
            width: 1600
            height: 800
            counter: testCounter
        }
    }
    Component {
        id: ratingComponent
        RatingPanel {
            width: 800
            height: 400
            rating: testCounter.rating
        }
    }

    TestCase {
        name: "CounterPages"
        when: windowShown

        function find(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_login_refuses_empty_credentials_in_words() {
            const button = find(login, "loginButton")
            verify(button !== null)
            compare(find(login, "loginError").visible, false)
            mouseClick(button)
            tryCompare(find(login, "loginError"), "visible", true)
            compare(find(login, "loginError").text, "请输入用户名和密码")
            compare(testCounter.stage, CounterController.Login)
        }

        function test_action_button_shows_its_keys_and_waits_for_the_desk() {
            const button = createTemporaryObject(actionButton, root)
            compare(button.hint, "F1 / 小键盘 Enter")
            compare(button.objectName, "action_callNext")
            verify(!button.enabled)
            verify(button.height >= Theme.touchTarget)
        }

        function test_desk_without_a_window_offers_only_the_hall_view() {
            const desk = createTemporaryObject(deskComponent, root)
            const keys = desk.shownTabs.map(t => t.key)
            verify(keys.indexOf("call") < 0)
            const monitor = keys.indexOf("monitor")
            verify(monitor >= 0)
            desk.switchTo(monitor)
            compare(desk.current, "monitor")
            desk.switchTo(keys.length) // out of range: stays
            compare(desk.current, "monitor")
            verify(find(desk, "tab_monitor") !== null)
            verify(find(desk, "tab_call") === null)
        }

        function test_monitor_keys_are_not_offered_to_a_counter_device() {
            const desk = createTemporaryObject(deskComponent, root)
            desk.switchTo(desk.shownTabs.map(t => t.key).indexOf("monitor"))
            compare(desk.current, "monitor")
            verify(!testCounter.supervisor)
            // The keys exist (KeyMap) but this device is not a supervisor's: no hint, no action.
            compare(testCounter.keys.hint("closeSelected"), "F11")
            compare(testCounter.keys.hint("moveSelected"), "F12")
            compare(testCounter.keys.hint("refresh"), "Ctrl+R")
            compare(find(desk, "refreshOverview").hint, "")
            compare(desk.monitorKey(Qt.Key_F11, Qt.NoModifier), "")
            compare(desk.monitorKey(Qt.Key_F12, Qt.NoModifier), "")
            compare(desk.monitorKey(Qt.Key_Down, Qt.NoModifier), "")
        }

        function test_rating_panel_is_quiet_until_asked() {
            const panel = createTemporaryObject(ratingComponent, root)
            compare(testCounter.rating.state, RatingPad.Idle)
            verify(!find(panel, "rate_satisfied").visible || !find(panel, "rate_satisfied").parent.visible)
        }
    }
}
