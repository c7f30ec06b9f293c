// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui

TestCase {
    id: testCase
    name: "Components"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Component {
        id: buttonComponent
        BigButton {}
    }
    Component {
        id: tileComponent
        ServiceTile {}
    }
    Component {
        id: displayComponent
        DigitDisplay {}
    }
    Component {
        id: ticketComponent
        TicketView {}
    }
    Component {
        id: bannerComponent
        ConnectionBanner {}
    }
    Component {
        id: clockComponent
        ClockText {
            running: false
        }
    }
    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    function cleanup() {
        Theme.elderly = false
    }

    function test_button_clicks_only_when_enabled() {
        const b = createTemporaryObject(buttonComponent, testCase, {text: "取号"})
        clickSpy.target = b
        clickSpy.clear()
        mouseClick(b)
        compare(clickSpy.count, 1)
        b.enabled = false
        mouseClick(b)
        compare(clickSpy.count, 1)
        verify(b.height >= Theme.touchTarget)
    }

    function test_elderly_mode_enlarges_everything() {
        const b = createTemporaryObject(buttonComponent, testCase, {text: "取号"})
        const normalHeight = b.height
        const normalFont = Theme.fontBody
        Theme.elderly = true
        verify(Theme.fontBody > normalFont)
        verify(b.height > normalHeight, b.height + " > " + normalHeight)
    }

    function test_service_tile_toggles_and_refuses_when_unavailable() {
        const tile = createTemporaryObject(tileComponent, testCase,
                                           {name: "社会救助", waiting: 4, waitMinutes: 35})
        compare(findChild(tile, "detail").text, "4 人等候 · 约 35 分钟")
        mouseClick(tile)
        verify(tile.checked)
        mouseClick(tile)
        verify(!tile.checked)
        tile.unavailableReason = "今日号已取完"
        verify(!tile.enabled)
        mouseClick(tile)
        verify(!tile.checked)
        compare(findChild(tile, "detail").text, "今日号已取完")
    }

    function test_service_tile_marks_what_a_tap_does() {
        const pick = createTemporaryObject(tileComponent, testCase, {name: "社会救助"})
        verify(findChild(pick, "checkMark").visible)
        verify(!findChild(pick, "opensMark").visible)
        // A home-page tile opens the service: no box to tick that a tap would never tick.
        const open = createTemporaryObject(tileComponent, testCase, {name: "社会救助", checkable: false})
        verify(!findChild(open, "checkMark").visible)
        verify(findChild(open, "opensMark").visible)
    }

    function test_digit_display_groups_an_id_number() {
        const d = createTemporaryObject(displayComponent, testCase, {value: "1101051949"})
        compare(d.formatted, "110105 1949____ ____")
        d.value = "11010519491231002X"
        compare(findChild(d, "digits").text, "110105 19491231 002X")
        d.groups = [3, 4, 4]
        d.value = "1380013"
        compare(d.formatted, "138 0013 ____")
    }

    function test_ticket_view_shows_number_services_and_position() {
        const t = createTemporaryObject(ticketComponent, testCase,
                                        {number: "D012", serviceNames: ["社会救助", "养老服务"], ahead: 3, waitMinutes: 25})
        compare(findChild(t, "number").text, "D012")
        compare(findChild(t, "services").text, "社会救助 → 养老服务")
        compare(findChild(t, "position").text, "前面还有 3 人，约等 25 分钟")
        t.ahead = 0
        compare(findChild(t, "position").text, "前面没有人等候，请留意叫号")
    }

    function test_banner_is_silent_when_connected() {
        const b = createTemporaryObject(bannerComponent, testCase)
        verify(!b.visible)
        compare(b.height, 0)
        b.connection = "reconnecting"
        verify(b.visible)
        compare(b.message, "网络中断，正在重新连接…")
        b.connection = "offline"
        compare(b.message, "排队服务暂时无法使用，请到咨询台")
    }

    function test_clock_formats_in_chinese_and_english() {
        // 01:05 UTC is 09:05 in the hall, whatever zone this computer is in.
        const c = createTemporaryObject(clockComponent, testCase, {now: new Date(Date.UTC(2026, 10, 24, 1, 5))})
        compare(c.text, "2026年11月24日 星期二 09:05")
        c.english = true
        compare(c.text, "Tuesday, 24 November 2026  09:05")
        // 16:30 UTC on the last day of the year is already half past midnight of New Year's Day there.
        c.now = new Date(Date.UTC(2026, 11, 31, 16, 30))
        compare(c.text, "Friday, 1 January 2027  00:30")
        c.english = false
        compare(c.text, "2027年1月1日 星期五 00:30")
    }
}
