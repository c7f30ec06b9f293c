// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 辅导: marriage and family counselling (婚姻家庭辅导) for the couple of a divorce application within
// the cooling-off period: the counselling room's free slots with the counsellor on duty, booking
// one, and recording what came of a session. The couple shows masked only.
Item {
    id: page

    required property CounterController counter

    CounsellingDesk {
        id: desk
        controller: page.counter
    }

    Column {
        id: left
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: parent.width * 0.5
        spacing: Theme.spacing / 2

        SectionTitle {
            width: left.width
            text: qsTr("婚姻家庭辅导（冷静期内）")
        }
        Row {
            spacing: Theme.spacing / 2
            TextField {
                id: number
                objectName: "counsellingApplication"
                width: left.width * 0.45
                implicitHeight: Theme.touchTarget
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhDigitsOnly
                placeholderText: qsTr("申请号")
                onAccepted: desk.open(text)
            }
            BigButton {
                objectName: "counsellingOpen"
                text: qsTr("查看")
                busy: desk.reading
                onClicked: desk.open(number.text)
            }
        }
        Text {
            objectName: "counsellingSummary"
            width: left.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: desk.summary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Text {
            objectName: "counsellingError"
            width: left.width
            visible: desk.actions.error.length > 0
            wrapMode: Text.WordWrap
            text: desk.actions.error + (desk.actions.errorDetail ? "：" + desk.actions.errorDetail : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
        }
        Text {
            objectName: "counsellingConfirmation"
            width: left.width
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: desk.confirmation
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.success
        }
        SectionTitle {
            width: left.width
            text: qsTr("辅导记录")
        }
        Repeater {
            model: desk.sessions
            delegate: Rectangle {
                id: session
                required property int sessionId
                required property string when
                required property string room
                required property string counsellor
                required property string outcomeText
                required property bool open
                width: left.width
                height: sessionInfo.implicitHeight + (open ? outcomes.height + Theme.spacing : Theme.spacing / 2)
                color: Theme.surface
                border.color: Theme.border
                Text {
                    id: sessionInfo
                    objectName: "counsellingSession_" + session.sessionId
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing / 4
                    wrapMode: Text.WordWrap
                    text: session.when + "  " + session.room + "  " + session.counsellor + "  " + session.outcomeText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Row {
                    id: outcomes
                    anchors.top: sessionInfo.bottom
                    anchors.left: parent.left
                    anchors.margins: Theme.spacing / 4
                    visible: session.open
                    spacing: Theme.spacing / 4
                    BigButton {
                        objectName: "reconciled_" + session.sessionId
                        text: qsTr("和好撤回")
                        tone: "success"
                        onClicked: desk.record(session.sessionId, "reconciled")
                    }
                    BigButton {
                        objectName: "continuing_" + session.sessionId
                        text: qsTr("继续辅导")
                        tone: "neutral"
                        onClicked: desk.record(session.sessionId, "continuing")
                    }
                    BigButton {
                        objectName: "declined_" + session.sessionId
                        text: qsTr("拒绝辅导")
                        tone: "neutral"
                        onClicked: desk.record(session.sessionId, "declined")
                    }
                }
            }
        }
    }

    Column {
        id: right
        anchors.left: left.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        spacing: Theme.spacing / 2

        SectionTitle {
            width: right.width
            text: qsTr("辅导室可约时段（%1）").arg(desk.freeSlots.count)
        }
        GridView {
            id: slotGrid
            objectName: "counsellingSlots"
            width: right.width
            height: right.height - y
            clip: true
            cellWidth: width
            cellHeight: Theme.touchTarget + Theme.spacing / 2
            model: desk.freeSlots
            delegate: BigButton {
                id: slotButton
                required property string start
                required property string day
                required property string time
                required property string counsellor
                width: slotGrid.cellWidth - Theme.spacing / 2
                objectName: "counsellingSlot_" + start
                text: slotButton.day + " " + slotButton.time + " " + slotButton.counsellor
                tone: "neutral"
                busy: desk.actions.busyAction === "counsellingBook"
                onClicked: desk.book(slotButton.start)
            }
        }
    }
}
