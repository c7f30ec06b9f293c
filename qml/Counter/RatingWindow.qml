// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import Hall.Ui
import Hall.Counter.Models

// The small screen facing the resident (评价器): the centre's greeting while idle, the rating
// buttons after each finished errand.
Window {
    id: root

    required property CounterController counter

    width: 1024
    height: 600
    visible: true
    color: Theme.background
    title: qsTr("服务评价")

    Text {
        anchors.centerIn: parent
        visible: root.counter.rating.state === RatingPad.Idle
        text: root.counter.windowName.length > 0 ? qsTr("%1 竭诚为您服务").arg(root.counter.windowName)
                                                 : qsTr("欢迎光临")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.primary
    }
    RatingPanel {
        objectName: "ratingPanel"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: root.counter.rating.state !== RatingPad.Idle
        rating: root.counter.rating
    }
}
