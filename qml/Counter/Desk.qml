// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// The working screen: one tab per page of the counter (叫号, 监控, and the pages other parts add:
// 预约 for bookings, 辅导 for counselling, 办件 for cases). Ctrl+1…9 switch tabs. All pages stay loaded and only the
// current one shows (Qt 6.4's Loader refuses components with ComponentBehavior: Bound).
//
// To add a page (docs/counter.md): put an entry in `tabs` and the page item under `pages` with
// `visible: desk.current === "<key>"`.
Item {
    id: desk

    required property CounterController counter

    // key: stable name (tests tap "tab_<key>"); needsWindow: hidden while an admin watches without a
    // window; supervisors: shown only to those who may read reports (admin devices, staff with every window).
    readonly property var tabs: [
        {key: "call", title: qsTr("叫号"), needsWindow: true},
        {key: "booking", title: qsTr("预约"), needsWindow: true},
        {key: "counselling", title: qsTr("辅导"), needsWindow: false},
        {key: "forCaller", title: qsTr("代约"), needsWindow: false},
        {key: "cases", title: qsTr("办件"), needsWindow: false},
        {key: "monitor", title: qsTr("监控"), needsWindow: false},
        {key: "report", title: qsTr("报表"), needsWindow: false, supervisors: true}
    ]
    readonly property var shownTabs: tabs.filter(t => (!t.needsWindow || counter.window > 0)
                                                 && (!t.supervisors || reportPage.board.available))
    property string current: "call"

    function switchTo(index) {
        if (index >= 0 && index < shownTabs.length)
            current = shownTabs[index].key
    }

    // A key for the 监控 tab's board while it shows; "" when the key is not the monitor's.
    function monitorKey(key, modifiers) {
        return visible && current === "monitor" ? monitorPage.board.handleKey(key, modifiers) : ""
    }

    // An admin without a window lands on the hall view; choosing a window lands on calling.
    Connections {
        target: desk.counter
        function onWindowChanged() {
            desk.current = desk.counter.window > 0 ? "call" : "monitor"
        }
    }

    Row {
        id: tabBar
        objectName: "tabBar"
        spacing: Theme.spacing / 2
        Repeater {
            model: desk.shownTabs
            delegate: BigButton {
                required property var modelData
                required property int index
                objectName: "tab_" + modelData.key
                text: modelData.title
                hint: "Ctrl+" + (index + 1)
                tone: desk.current === modelData.key ? "primary" : "neutral"
                focusPolicy: Qt.NoFocus
                onClicked: desk.current = modelData.key
            }
        }
    }

    Item {
        id: pages
        objectName: "pages"
        anchors.top: tabBar.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom

        CallPage {
            anchors.fill: parent
            visible: desk.current === "call" && desk.counter.window > 0
            counter: desk.counter
        }
        BookingPage {
            anchors.fill: parent
            visible: desk.current === "booking"
            counter: desk.counter
        }
        CounsellingPage {
            anchors.fill: parent
            visible: desk.current === "counselling"
            counter: desk.counter
        }
        CallerBookingPage {
            anchors.fill: parent
            visible: desk.current === "forCaller"
            counter: desk.counter
        }
        CasePage {
            anchors.fill: parent
            visible: desk.current === "cases"
            counter: desk.counter
        }
        SupervisorPage {
            id: monitorPage
            anchors.fill: parent
            visible: desk.current === "monitor"
            counter: desk.counter
        }
        ReportPage {
            id: reportPage
            anchors.fill: parent
            visible: desk.current === "report"
            counter: desk.counter
        }
    }
}
