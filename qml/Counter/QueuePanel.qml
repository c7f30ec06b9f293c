// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// What waits for this window: per service the count, the oldest wait and the estimate; the waiting
// tickets (tap one to call it); the set-aside tickets (tap one to put it back in its queue).
Rectangle {
    id: panel

    required property CounterController counter
    readonly property string callAction: "callTicket"

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        SectionTitle {
            text: qsTr("本窗口业务排队情况")
        }
        Repeater {
            model: panel.counter.windowServices
            delegate: Text {
                required property string name
                required property string weight
                required property int waiting
                required property int oldestWaitMinutes
                required property int waitMinutes
                width: top.width
                wrapMode: Text.Wrap
                text: waitMinutes < 0
                      ? qsTr("%1%2：等候 %3 人，最久 %4 分钟，暂无窗口办理")
                        .arg(name).arg(weight === "secondary" ? qsTr("（兼办）") : "")
                        .arg(waiting).arg(oldestWaitMinutes)
                      : qsTr("%1%2：等候 %3 人，最久 %4 分钟，约 %5 分钟")
                        .arg(name).arg(weight === "secondary" ? qsTr("（兼办）") : "")
                        .arg(waiting).arg(oldestWaitMinutes).arg(waitMinutes)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: waiting > 0 ? Theme.text : Theme.textMuted
            }
        }
        SectionTitle {
            objectName: "waitingTitle"
            text: qsTr("等候中（%1）— 点一下即呼叫").arg(panel.counter.waiting.count)
        }
    }

    ListView {
        id: waitingList
        objectName: "waitingList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: asideTitle.top
        anchors.margins: Theme.spacing
        clip: true
        spacing: 4
        model: panel.counter.waiting
        delegate: Rectangle {
            id: row
            required property int index
            required property string number
            required property string service
            required property string priorityText
            required property int waitedMinutes
            required property bool assigned
            required property string appointment

            objectName: "waiting_" + number
            width: waitingList.width
            height: Theme.touchTarget * 0.75
            radius: Theme.radius / 2
            color: tap.pressed ? Theme.selected : (index % 2 ? Theme.background : Theme.surface)
            Row {
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing / 2
                spacing: Theme.spacing
                Text {
                    width: Theme.fontBody * 3.2
                    text: row.number
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    id: serviceText
                    width: (row.width - Theme.fontBody * 3.2 - 3 * Theme.spacing) * 0.6
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.service + "  " + qsTr("%1 分钟").arg(row.waitedMinutes)
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Text {
                    text: {
                        let parts = []
                        if (row.assigned)
                            parts.push(qsTr("转给本窗口"))
                        if (row.priorityText.length > 0)
                            parts.push(row.priorityText)
                        if (row.appointment.length > 0)
                            parts.push(row.appointment)
                        return parts.join(" · ")
                    }
                    width: serviceText.width * 2 / 3
                    anchors.verticalCenter: parent.verticalCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warning
                }
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                enabled: panel.counter.offered[panel.callAction] === true && !panel.counter.actions.busy
                onClicked: panel.counter.perform("call", row.number)
            }
        }
        Text {
            anchors.centerIn: parent
            visible: waitingList.count === 0
            text: qsTr("没有人等候")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }

    SectionTitle {
        id: asideTitle
        anchors.left: parent.left
        anchors.bottom: asideList.top
        anchors.margins: Theme.spacing
        text: qsTr("过号（%1）— 点一下重新排队").arg(panel.counter.setAside.count)
    }
    ListView {
        id: asideList
        objectName: "setAsideList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        // A horizontal list has no content height to size itself by (it once had none, so the
        // title said 过号（1） over an empty strip): one row of buttons when there is something.
        height: count > 0 ? Theme.touchTarget * 1.3 : 0
        clip: true
        orientation: ListView.Horizontal
        spacing: Theme.spacing / 2
        model: panel.counter.setAside
        delegate: BigButton {
            required property string number
            required property int requeues
            objectName: "aside_" + number
            height: asideList.height
            text: number
            subText: requeues > 0 ? qsTr("已重排 %1 次").arg(requeues) : ""
            tone: "neutral"
            enabled: !panel.counter.actions.busy && panel.counter.window > 0
            busy: panel.counter.actions.busyAction === "requeue"
            onClicked: panel.counter.perform("requeue", number)
        }
    }
}
