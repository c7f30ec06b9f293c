// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui

// One case: what it is, where it stands, what the resident should do next, and every step.
Rectangle {
    id: card

    required property int index
    required property string number
    required property string typeName
    required property string officeName
    required property string status
    required property string statusText
    required property string nextText
    required property string expectedText
    required property string refusalReason
    required property string paymentsText
    required property string applicant
    required property var steps
    signal printRequested(int row)

    implicitHeight: content.implicitHeight + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    readonly property color statusColor: status === "refused" ? Theme.danger
                                       : status === "returned" ? Theme.warning
                                       : status === "completed" ? Theme.success
                                       : status === "withdrawn" ? Theme.textMuted : Theme.primary

    Column {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - Theme.spacing * 2
        spacing: Theme.spacing / 2

        // The status goes under the name when both do not fit on one line (English, large type).
        Flow {
            width: parent.width
            spacing: Theme.spacing
            Text {
                id: typeText
                width: Math.min(implicitWidth, parent.width)
                wrapMode: Text.Wrap
                text: card.typeName
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Item {
                // As high as one line of the name, so the status sits level with it.
                width: statusPill.width
                height: Math.max(statusPill.height, typeText.implicitHeight / Math.max(1, typeText.lineCount))
                Rectangle {
                    id: statusPill
                    anchors.verticalCenter: parent.verticalCenter
                    width: statusLabel.implicitWidth + Theme.spacing
                    height: statusLabel.implicitHeight + Theme.spacing / 2
                    radius: height / 2
                    color: card.statusColor
                    Text {
                        id: statusLabel
                        objectName: "caseStatus_" + card.index
                        anchors.centerIn: parent
                        text: card.statusText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.primaryText
                    }
                }
            }
        }
        Text {
            width: parent.width
            text: qsTr("办件编号 %1 · %2 · %3").arg(card.number).arg(card.applicant).arg(card.officeName)
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Rectangle {
            width: parent.width
            height: nextLabel.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.selected
            visible: card.nextText.length > 0
            Text {
                id: nextLabel
                objectName: "caseNext_" + card.index
                x: Theme.spacing / 2
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - Theme.spacing
                text: card.nextText
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: card.status === "refused" ? Theme.danger : Theme.text
            }
        }
        Text {
            width: parent.width
            visible: card.refusalReason.length > 0
            text: qsTr("不予批准的理由：%1").arg(card.refusalReason)
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        Text {
            width: parent.width
            visible: text.length > 0
            text: card.expectedText + (card.expectedText.length > 0 && card.paymentsText.length > 0 ? "　" : "") + card.paymentsText
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        Column {
            id: timeline
            objectName: "caseTimeline_" + card.index
            width: parent.width
            Repeater {
                model: card.steps
                Item {
                    id: stepRow
                    required property var modelData
                    required property int index
                    readonly property bool current: modelData.state === "current"
                    readonly property bool done: modelData.state === "done"
                    readonly property bool stopped: modelData.state === "refused"
                    width: timeline.width
                    height: Math.max(stepName.implicitHeight, Theme.fontBody) + Theme.spacing * 0.6
                    Rectangle { // the line joining the steps
                        x: Theme.spacing * 0.6 - 2
                        width: 4
                        height: parent.height
                        color: stepRow.done ? Theme.success : Theme.border
                        visible: stepRow.index < card.steps.length - 1
                        y: parent.height / 2
                    }
                    Rectangle {
                        id: dot
                        width: Theme.spacing * 1.2
                        height: width
                        radius: width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: stepRow.done ? Theme.success : stepRow.current || stepRow.stopped ? card.statusColor : Theme.surface
                        border.width: 3
                        border.color: stepRow.done ? Theme.success : stepRow.current || stepRow.stopped ? card.statusColor : Theme.border
                    }
                    Text {
                        id: stepName
                        anchors.left: dot.right
                        anchors.leftMargin: Theme.spacing
                        anchors.right: stepDate.left
                        anchors.rightMargin: Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: stepRow.modelData.name
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: stepRow.current
                        color: stepRow.modelData.state === "pending" || stepRow.modelData.state === "notReached"
                               ? Theme.textMuted : Theme.text
                    }
                    Text {
                        id: stepDate
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: stepRow.modelData.date
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: stepRow.current || stepRow.stopped ? card.statusColor : Theme.textMuted
                    }
                }
            }
        }

        BigButton {
            objectName: "casePrint_" + card.index
            text: qsTr("打印进度凭条")
            tone: "neutral"
            onClicked: card.printRequested(card.index)
        }
    }
}
