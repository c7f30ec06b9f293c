// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import Hall.Ui
import Hall.Lobby.Models

// The lobby display's one screen, laid out for 16:9 and sized from the window height so it reads
// the same on any panel: header (centre, hall time, connection), today's calendar banner (a holiday
// service day or a closed day; nothing on an ordinary day), the latest call and the last calls on
// the left, windows and waiting figures on the right, the notices band at the bottom.
Window {
    id: root

    required property LobbyController lobby
    // Every size is designed at 1080 lines and scales with the window.
    readonly property real unit: Math.min(height / 1080, width / 1920)
    readonly property real gap: 20 * unit

    visible: true
    color: Theme.background
    title: qsTr("叫号显示屏")

    LobbyHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: 120 * root.unit
        unit: root.unit
        centreName: root.lobby.centreName
        date: root.lobby.clock.date
        weekday: root.lobby.clock.weekday
        time: root.lobby.clock.time
        connection: root.lobby.connection
    }

    TodayBanner {
        id: todayBanner
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        height: implicitHeight
        unit: root.unit
        today: root.lobby.today
    }

    Item {
        id: body
        anchors.top: todayBanner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: band.top
        anchors.margins: root.gap

        Column {
            id: left
            width: body.width * 0.42
            height: body.height
            spacing: root.gap

            LatestCall {
                objectName: "latestCall"
                width: parent.width
                height: parent.height * 0.44
                unit: root.unit
                ticket: root.lobby.latestTicket
                counterName: root.lobby.english && root.lobby.latestCounter > 0
                             ? qsTr("%1号窗口").arg(root.lobby.latestCounter) : root.lobby.latestCounterName
                recall: root.lobby.latestRecall
                callSeq: root.lobby.latestSeq
            }
            CallList {
                objectName: "callList"
                width: parent.width
                height: parent.height * 0.56 - root.gap
                unit: root.unit
                model: root.lobby.calls
                english: root.lobby.english
            }
        }

        Column {
            anchors.left: left.right
            anchors.leftMargin: root.gap
            anchors.right: parent.right
            height: body.height
            spacing: root.gap

            // The windows take the rows they need, the waiting figures the rest: twelve services in six
            // rows need the height more, so that a long name on two lines stays legible across the hall.
            WindowBoard {
                id: windowBoard
                objectName: "windowBoard"
                width: parent.width
                height: Math.min(parent.height * 0.5, neededHeight)
                unit: root.unit
                model: root.lobby.windows
                english: root.lobby.english
            }
            WaitingBoard {
                objectName: "waitingBoard"
                width: parent.width
                height: parent.height - windowBoard.height - root.gap
                unit: root.unit
                model: root.lobby.services
                english: root.lobby.english
            }
        }
    }

    NoticeBand {
        id: band
        objectName: "noticeBand"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 80 * root.unit
        unit: root.unit
        notices: root.lobby.notices.notices
    }
}
