// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 监控: the whole hall for the supervisor — today's totals, alerts (the hall calendar's: a year whose
// 调休 arrangement must still be entered; devices': e.g. a kiosk out of paper), every window's state with close and "move its waiting tickets", and every service's
// queue with today's counts. Actions are offered on the windows the account may operate. On
// supervisor devices every action has a key (shown on its button): ↑ ↓ select a window, F11 closes
// it, F12 moves its transferred tickets (then 0 / a window's number, Enter, or Esc), Ctrl+R refreshes.
Item {
    id: page

    required property CounterController counter
    readonly property alias board: board

    SupervisorBoard {
        id: board
        controller: page.counter
    }

    // A move asked for by key or by tap shows its dialog; leaving the tab forgets it.
    Connections {
        target: board
        function onMoveChanged() {
            if (board.moveFrom > 0)
                movePopup.open()
            else
                movePopup.close()
        }
    }
    onVisibleChanged: {
        if (!visible)
            board.cancelMove()
    }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        Row {
            spacing: Theme.spacing
            BigButton {
                id: refreshButton
                objectName: "refreshOverview"
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("刷新")
                tone: "neutral"
                focusPolicy: Qt.NoFocus
                hint: board.keysOffered ? board.hint("refresh") : ""
                onClicked: page.counter.refreshOverview()
            }
            Text {
                objectName: "totals"
                anchors.verticalCenter: parent.verticalCenter
                width: top.width - refreshButton.width - Theme.spacing
                wrapMode: Text.WordWrap
                text: qsTr("今日取号 %1 · 办结 %2 · 正在等候 %3 · 评价：满意 %4 / 基本满意 %5 / 不满意 %6")
                      .arg(board.issued).arg(board.finished).arg(board.waiting)
                      .arg(board.satisfied).arg(board.basic).arg(board.unsatisfied)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
        }
        Repeater {
            model: page.counter.alerts
            delegate: Rectangle {
                required property string text
                required property bool severe
                width: top.width
                height: alertText.implicitHeight + Theme.spacing / 2
                radius: Theme.radius / 2
                color: severe ? Theme.dangerTint : Theme.warningTint
                Text {
                    id: alertText
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing / 2
                    // The calendar's warning is a sentence or two: wrapped, never cut off.
                    width: parent.width - Theme.spacing
                    wrapMode: Text.WordWrap
                    objectName: "alert"
                    text: "⚠ " + parent.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: parent.severe ? Theme.danger : Theme.warning
                }
            }
        }
        Text {
            objectName: "boardError"
            visible: text.length > 0
            text: board.actions.error + (board.actions.errorDetail.length > 0 ? "（" + board.actions.errorDetail + "）" : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
    }

    SectionTitle {
        id: windowsTitle
        anchors.left: parent.left
        anchors.top: top.bottom
        anchors.topMargin: Theme.spacing
        text: board.keysOffered ? qsTr("各窗口（%1 %2 选择）").arg(board.hint("selectPrevious")).arg(board.hint("selectNext"))
                                : qsTr("各窗口")
    }
    ListView {
        id: windows
        objectName: "supervisorWindows"
        anchors.left: parent.left
        anchors.top: windowsTitle.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.bottom: parent.bottom
        width: parent.width * 0.58
        clip: true
        spacing: 4
        model: page.counter.windows
        delegate: Rectangle {
            id: row
            required property int index
            required property int number
            required property string name
            required property bool closed
            required property string statusText
            required property string staff
            required property string ticket
            required property bool mayOperate
            required property int finished
            required property int assignedWaiting

            readonly property bool selected: board.keysOffered && board.selected === number

            objectName: "supervisorWindow_" + number
            width: windows.width
            // The selected row's buttons show their keys under the label and need the room.
            height: Math.max(Theme.touchTarget, actions.height + (selected ? 6 : 0))
            radius: Theme.radius / 2
            color: index % 2 ? Theme.background : Theme.surface
            border.width: selected ? 3 : 0
            border.color: Theme.accent
            onSelectedChanged: {
                if (selected)
                    windows.positionViewAtIndex(index, ListView.Contain)
            }
            MouseArea {
                anchors.fill: parent
                onClicked: board.select(row.number)
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.spacing / 2
                width: parent.width - actions.width - Theme.spacing
                // Smaller rather than cut off (the layout check fails on elided text).
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
                text: row.name + "  " + row.statusText
                      + (row.staff.length > 0 ? " · " + row.staff : "")
                      + (row.ticket.length > 0 ? " · " + qsTr("在办 %1").arg(row.ticket) : "")
                      + " · " + qsTr("今日办结 %1").arg(row.finished)
                      + (row.assignedWaiting > 0 ? " · " + qsTr("转入待叫 %1").arg(row.assignedWaiting) : "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: row.closed ? Theme.textMuted : Theme.text
            }
            Row {
                id: actions
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: 4
                BigButton {
                    objectName: "move_" + row.number
                    visible: row.assignedWaiting > 0
                    text: qsTr("移走转入号")
                    hint: row.selected ? board.hint("moveSelected") : ""
                    tone: "neutral"
                    focusPolicy: Qt.NoFocus
                    enabled: row.mayOperate && !board.actions.busy
                    busy: board.actions.busyAction === "move:" + row.number
                    onClicked: board.askMove(row.number)
                }
                BigButton {
                    objectName: "close_" + row.number
                    visible: !row.closed
                    text: qsTr("关闭")
                    hint: row.selected ? board.hint("closeSelected") : ""
                    tone: "neutral"
                    focusPolicy: Qt.NoFocus
                    enabled: row.mayOperate && !board.actions.busy
                    busy: board.actions.busyAction === "close:" + row.number
                    onClicked: board.closeWindow(row.number)
                }
            }
        }
    }

    SectionTitle {
        id: servicesTitle
        anchors.left: windows.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.topMargin: Theme.spacing
        // Smaller rather than cut off (the layout check fails on elided text).
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        text: qsTr("各业务排队（等候 / 最久 / 预计 · 今日取号 / 办结）")
    }
    ListView {
        id: services
        objectName: "supervisorServices"
        anchors.left: windows.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.top: servicesTitle.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.bottom: parent.bottom
        clip: true
        spacing: 4
        model: page.counter.services
        delegate: Text {
            required property string prefix
            required property string name
            required property int waiting
            required property int oldestWaitMinutes
            required property int waitMinutes
            required property int openCounters
            required property int issued
            required property int finished
            width: services.width
            // Smaller rather than cut off (the layout check fails on elided text).
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            text: prefix + " " + name + "：" + qsTr("%1 人 / %2 分 / 约 %3 分 · %4 / %5")
                  .arg(waiting).arg(oldestWaitMinutes).arg(waitMinutes < 0 ? "—" : waitMinutes).arg(issued).arg(finished)
                  + (openCounters === 0 && waiting > 0 ? "  " + qsTr("无窗口办理！") : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: openCounters === 0 && waiting > 0 ? Theme.danger : Theme.text
        }
    }

    // The move's confirmation. It does not take the keyboard: the keys reach the board through the
    // desk (0 or a window's number picks the target, Enter moves, Esc cancels); a tap on a target
    // moves at once, as before.
    Popup {
        id: movePopup
        objectName: "movePopup"
        readonly property int from: board.moveFrom
        readonly property bool keys: board.keysOffered
        modal: true
        focus: false
        closePolicy: Popup.CloseOnPressOutside
        onClosed: board.cancelMove()
        x: parent ? Math.round((parent.width - width) / 2) : 0
        y: parent ? Math.round((parent.height - height) / 2) : 0
        width: Math.min(page.width, 1000)
        padding: Theme.spacing
        background: Rectangle {
            color: Theme.background
            radius: Theme.radius
            border.color: Theme.border
        }
        Column {
            width: parent.width
            spacing: Theme.spacing
            SectionTitle {
                text: qsTr("%1号窗口的转入号移到：").arg(movePopup.from)
                font.pixelSize: Theme.fontTitle
            }
            Text {
                objectName: "moveKeys"
                visible: movePopup.keys
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("按 0 回到队列，按窗口号选窗口；Enter 确定，Esc 取消")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            BigButton {
                objectName: "moveToQueue"
                text: qsTr("回到各自业务的队列")
                hint: movePopup.keys ? "0" : ""
                tone: board.moveTarget === 0 ? "primary" : "neutral"
                focusPolicy: Qt.NoFocus
                onClicked: {
                    board.moveWaiting(movePopup.from, 0)
                    board.cancelMove()
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: page.counter.windows
                    delegate: BigButton {
                        required property int number
                        required property string name
                        required property bool takesTickets
                        objectName: "moveTo_" + number
                        text: name
                        readonly property bool target: number !== movePopup.from && takesTickets
                        hint: movePopup.keys && target && number <= 9 ? String(number) : ""
                        tone: board.moveTarget === number ? "primary" : "neutral"
                        focusPolicy: Qt.NoFocus
                        enabled: target
                        onClicked: {
                            board.moveWaiting(movePopup.from, number)
                            board.cancelMove()
                        }
                    }
                }
            }
            Row {
                spacing: Theme.spacing
                BigButton {
                    objectName: "moveConfirm"
                    visible: movePopup.keys
                    text: qsTr("确定移走")
                    hint: board.hint("confirm")
                    tone: "success"
                    focusPolicy: Qt.NoFocus
                    onClicked: board.confirmMove()
                }
                BigButton {
                    objectName: "moveCancel"
                    text: qsTr("取消")
                    hint: movePopup.keys ? board.hint("cancel") : ""
                    tone: "neutral"
                    focusPolicy: Qt.NoFocus
                    onClicked: board.cancelMove()
                }
            }
        }
    }
}
