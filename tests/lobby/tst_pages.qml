// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Lobby

// The lobby's pages alone, fed ListModels with the roles the C++ models have.
Item {
    id: root
    width: 1920
    height: 1080

    ListModel {
        id: calls
        ListElement { ticket: "A012"; counter: 3; counterName: "3号窗口"; recall: true; time: "10:05"; seq: 40; outcome: "" }
        ListElement { ticket: "B002"; counter: 2; counterName: "2号窗口"; recall: false; time: "10:04"; seq: 38; outcome: "setAside" }
    }
    ListModel {
        id: windows
        ListElement { number: 1; name: "1号窗口"; phase: "calling"; ticket: "A012" }
        ListElement { number: 2; name: "2号窗口"; phase: "serving"; ticket: "B002" }
        ListElement { number: 3; name: "3号窗口"; phase: "open"; ticket: "" }
        ListElement { number: 4; name: "4号窗口"; phase: "paused"; ticket: "" }
        ListElement { number: 5; name: "5号窗口"; phase: "closed"; ticket: "" }
    }
    ListModel {
        id: services
        ListElement { prefix: "A"; nameZh: "结婚登记"; nameEn: "Marriage registration"; waiting: 4; waitMinutes: 30; openCounters: 2 }
        ListElement { prefix: "B"; nameZh: "离婚登记"; nameEn: "Divorce registration"; waiting: 0; waitMinutes: 0; openCounters: 1 }
        ListElement { prefix: "K"; nameZh: "收养登记"; nameEn: "Adoption"; waiting: 2; waitMinutes: 0; openCounters: 0 }
    }

    LatestCall { id: latest; width: 900; height: 420 }
    CallList { id: callList; y: 440; width: 900; height: 500; model: calls }
    WindowBoard { id: windowBoard; x: 940; width: 900; height: 500; model: windows }
    WaitingBoard { id: waitingBoard; x: 940; y: 520; width: 900; height: 400; model: services }
    NoticeBand { id: band; y: 1000; width: 1920; height: 80; notices: ["婚姻登记免费", "咨询电话：12345"] }
    ReconnectBadge { id: badge }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
    function textIn(item, name) {
        const found = findByName(item, name)
        return found ? found.text : undefined
    }

    TestCase {
        name: "LobbyPages"
        when: windowShown

        function test_latest_call_blinks_on_a_new_call() {
            compare(findByName(latest, "noCallYet").visible, true)
            latest.ticket = "A012"
            latest.counterName = "3号窗口"
            latest.callSeq = 40
            verify(latest.blinking)
            compare(textIn(latest, "latestTicket"), "A012")
            compare(textIn(latest, "latestWindow"), "请到 3号窗口 办理")
            compare(findByName(latest, "latestRecall").visible, false)
            tryCompare(latest, "blinking", false, 6000)
            compare(latest.lit, false)
        }

        function test_recall_says_again() {
            latest.ticket = "A012"
            latest.counterName = "3号窗口"
            latest.recall = true
            latest.callSeq = 41
            compare(textIn(latest, "latestWindow"), "请再次到 3号窗口 办理")
            compare(findByName(latest, "latestRecall").visible, true)
            latest.recall = false
        }

        function test_call_list_marks_recalls() {
            const first = findByName(callList, "call_0")
            const second = findByName(callList, "call_1")
            verify(first && second)
            compare(textIn(first, "callTicket"), "A012")
            compare(textIn(first, "callWindow"), "3号窗口")
            compare(findByName(first, "callRecall").visible, true)
            compare(findByName(second, "callRecall").parent.visible, false)
            // A call set aside (过号) is marked so; the others are not.
            compare(findByName(second, "callSetAside").parent.visible, true)
            compare(findByName(first, "callSetAside").parent.visible, false)
        }

        function test_window_states() {
            compare(textIn(findByName(windowBoard, "window_1"), "windowState"), "请 A012 号")
            compare(textIn(findByName(windowBoard, "window_2"), "windowState"), "正在办理 B002")
            compare(textIn(findByName(windowBoard, "window_3"), "windowState"), "等候叫号")
            compare(textIn(findByName(windowBoard, "window_4"), "windowState"), "暂停服务")
            compare(textIn(findByName(windowBoard, "window_5"), "windowState"), "已关闭")
            // A changed row shows at once.
            windows.setProperty(2, "phase", "calling")
            windows.setProperty(2, "ticket", "C001")
            compare(textIn(findByName(windowBoard, "window_3"), "windowState"), "请 C001 号")
        }

        function test_waiting_figures() {
            compare(textIn(findByName(waitingBoard, "service_A"), "serviceWait"), "4人 · 约30分钟")
            compare(textIn(findByName(waitingBoard, "service_B"), "serviceWait"), "无需等候")
            compare(textIn(findByName(waitingBoard, "service_K"), "serviceWait"), "2人 · 暂无窗口")
            services.setProperty(0, "waitMinutes", 0)
            compare(textIn(findByName(waitingBoard, "service_A"), "serviceWait"), "4人 · 即将叫号")
        }

        function test_text_readable_from_ten_metres() {
            // At 1080 lines on a 55" panel a pixel is ~0.63 mm: ticket numbers must be ≥ 60 px.
            latest.ticket = "A012"
            verify(findByName(latest, "latestTicket").contentHeight >= 200)
            verify(findByName(findByName(callList, "call_0"), "callTicket").font.pixelSize >= 60)
            verify(findByName(findByName(windowBoard, "window_1"), "windowState").font.pixelSize >= 40)
        }

        function test_notices_take_turns_without_moving() {
            // One notice at a time, still (a scrolling line cost most of a core: docs/benchmarks.md).
            verify(band.running)
            const line = findByName(band, "noticeText")
            compare(line.text, "婚姻登记免费")
            const x0 = line.x
            wait(300)
            compare(line.x, x0)
            band.index = 1
            compare(line.text, "咨询电话：12345")
            verify(!line.truncated)
        }

        function test_reconnect_badge_is_quiet_until_needed() {
            compare(badge.visible, false)
            badge.connection = "reconnecting"
            compare(badge.visible, true)
            compare(textIn(badge, "reconnectText"), "正在重新连接…")
            badge.connection = "connected"
            compare(badge.visible, false)
        }
    }
}
