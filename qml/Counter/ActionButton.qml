// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// One desk action: its shortcut on the button (from the controller's KeyMap, so the screen and the
// key table agree), enabled when the window's state offers it and the service is reachable (a press
// while offline would be lost or, worse, run later unseen), "请稍候…" while its request is in flight.
BigButton {
    id: button

    required property CounterController counter
    required property string actionName
    property string argument: ""

    objectName: "action_" + actionName
    // A click must not leave the keyboard on the button: the desk's keys (and Enter) stay the desk's.
    focusPolicy: Qt.NoFocus
    hint: button.counter.hints[actionName] || ""
    enabled: counter.offered[actionName] === true && !counter.actions.busy && counter.connection === "connected"
    busy: counter.actions.busyAction === actionName
          || (actionName === "togglePause" && (counter.actions.busyAction === "pause" || counter.actions.busyAction === "resume"))
          || (actionName === "callTicket" && counter.actions.busyAction === "call")
    onClicked: counter.perform(actionName, argument)
}
