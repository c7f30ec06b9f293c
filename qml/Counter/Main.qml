// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import Hall.Ui
import Hall.Counter.Models

// The counter client's window: header (window, staff, time), the connection banner, and the stage
// the controller is on (log in → choose a window → the desk with its tabs). Keys reach the
// controller from here (KeyMap): function keys and a USB numeric keypad work on every desk page;
// Ctrl+1…9 switch tabs; on the 监控 tab a supervisor's keys go to its SupervisorBoard first.
Window {
    id: root

    required property CounterController counter
    // True when a second small window faces the resident (--rating-window); otherwise the rating
    // is shown here, for staff to turn the screen.
    property bool ratingWindowShown: false

    visible: true
    color: Theme.background
    title: qsTr("窗口工作台")

    Binding {
        target: Theme
        property: "pixelsPerMm"
        value: Screen.pixelDensity > 0 ? Screen.pixelDensity : 3.78
    }

    Connections {
        target: root.counter
        function onStageChanged() {
            if (root.counter.stage !== CounterController.Login)
                stages.forceActiveFocus()
        }
        function onDialogRequested(name) {
            if (name === "transfer") {
                transferDialog.open()
            } else {
                pickDialog.mode = name === "requeue" ? "requeue" : "call"
                pickDialog.open()
            }
        }
    }

    // The rating panel's buttons never take the keys, but a rating must never leave the desk without
    // them either: F1…F10 and the keypad work again as soon as the prompt goes.
    Connections {
        target: root.counter.rating
        function onStateChanged() {
            if (root.counter.rating.state === RatingPad.Idle && !transferDialog.visible && !pickDialog.visible)
                stages.forceActiveFocus()
        }
    }

    Column {
        id: top
        width: parent.width
        CounterHeader {
            width: parent.width
            counter: root.counter
        }
        ConnectionBanner {
            objectName: "connectionBanner"
            width: parent.width
            connection: root.counter.connection
            offlineText: qsTr("已离线：叫号等操作暂不可用，按键不会执行；连接恢复后请重按")
            unauthorisedText: qsTr("本机未获授权（设备令牌无效或已吊销）：请联系管理员")
        }
    }

    // A focus scope, so the desk keeps the keys when a page's own field (the login) lets go of them.
    FocusScope {
        id: stages
        objectName: "stages"
        anchors.top: top.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        focus: true

        Keys.onPressed: event => {
            if (root.counter.stage === CounterController.Login)
                return
            if ((event.modifiers & Qt.ControlModifier) && event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
                desk.switchTo(event.key - Qt.Key_1)
                event.accepted = true
                return
            }
            if (event.isAutoRepeat)
                return // a held key acts once
            // While the resident rates on this screen only Esc (skip) means anything (DeskKeys).
            if (ratingOverlay.visible) {
                event.accepted = root.counter.handleKey(event.key, event.modifiers).length > 0
                return
            }
            // The monitor's keys (supervisor devices) first; they mean nothing at the desk.
            if (root.counter.stage === CounterController.Desk && desk.monitorKey(event.key, event.modifiers).length > 0) {
                event.accepted = true
                return
            }
            event.accepted = root.counter.handleKey(event.key, event.modifiers).length > 0
        }

        LoginPage {
            anchors.fill: parent
            visible: root.counter.stage === CounterController.Login
            counter: root.counter
        }
        ChooseWindowPage {
            anchors.fill: parent
            visible: root.counter.stage === CounterController.ChooseWindow
            counter: root.counter
        }
        Desk {
            id: desk
            objectName: "desk"
            anchors.fill: parent
            visible: root.counter.stage === CounterController.Desk
            counter: root.counter
        }
    }

    // The rating turned to the resident: covers the desk until rated, skipped or timed out.
    Rectangle {
        id: ratingOverlay
        objectName: "ratingOverlay"
        anchors.fill: parent
        visible: !root.ratingWindowShown && root.counter.rating.state !== RatingPad.Idle
        color: "#CC1B2330"
        MouseArea {
            anchors.fill: parent // keeps taps off the desk underneath
        }
        RatingPanel {
            objectName: "ratingPanel"
            anchors.centerIn: parent
            width: Math.min(parent.width - 4 * Theme.spacing, 1100)
            height: Math.min(parent.height - 4 * Theme.spacing, 480)
            rating: root.counter.rating
        }
        BigButton {
            objectName: "ratingSkip"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacing
            text: qsTr("跳过评价")
            hint: "Esc"
            tone: "neutral"
            focusPolicy: Qt.NoFocus
            onClicked: root.counter.rating.dismiss()
        }
    }

    TransferDialog {
        id: transferDialog
        counter: root.counter
        onClosed: stages.forceActiveFocus()
    }
    TicketPickDialog {
        id: pickDialog
        counter: root.counter
        onClosed: stages.forceActiveFocus()
    }
}
