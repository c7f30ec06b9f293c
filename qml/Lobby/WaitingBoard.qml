// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui

// People waiting and the estimated wait per service ("约" because it is an estimate). Rows come
// from any model with the roles prefix, nameZh, nameEn, waiting, waitMinutes and openCounters.
Rectangle {
    id: board

    property real unit: 1
    property var model
    property bool english: false
    property int columns: 2

    function waitText(waiting, minutes, openCounters) {
        if (waiting === 0)
            return qsTr("无需等候")
        if (openCounters === 0)
            return qsTr("%1人 · 暂无窗口").arg(waiting)
        if (minutes === 0)
            return qsTr("%1人 · 即将叫号").arg(waiting)
        return qsTr("%1人 · 约%2分钟").arg(waiting).arg(minutes)
    }

    radius: 16 * unit
    color: Theme.surface
    border.width: 2
    border.color: Theme.border

    Text {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 20 * board.unit
        text: qsTr("等候人数")
        font.family: Theme.fontFamily
        font.pixelSize: 36 * board.unit
        font.bold: true
        color: Theme.textMuted
    }

    Grid {
        id: grid
        anchors.top: title.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20 * board.unit
        anchors.topMargin: 8 * board.unit
        columns: board.columns
        columnSpacing: 24 * board.unit
        flow: Grid.TopToBottom
        rows: Math.max(1, Math.ceil(repeater.count / columns))

        Repeater {
            id: repeater
            model: board.model
            delegate: Item {
                id: line
                required property string prefix
                required property string nameZh
                required property string nameEn
                required property int waiting
                required property int waitMinutes
                required property int openCounters

                objectName: "service_" + prefix
                width: (grid.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
                height: Math.min(72 * board.unit, grid.height / grid.rows)

                Rectangle {
                    id: badge
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    width: 52 * board.unit
                    height: width
                    radius: 8 * board.unit
                    color: Theme.primary
                    Text {
                        anchors.centerIn: parent
                        text: line.prefix
                        font.family: Theme.fontFamily
                        font.pixelSize: 34 * board.unit
                        font.bold: true
                        color: Theme.primaryText
                    }
                }
                readonly property string shownName: board.english && line.nameEn.length > 0 ? line.nameEn : line.nameZh
                TextMetrics {
                    id: nameMetrics
                    font.family: Theme.fontFamily
                    font.pixelSize: 32 * board.unit
                    text: line.shownName
                }
                Text {
                    id: nameText
                    anchors.left: badge.right
                    anchors.leftMargin: 12 * board.unit
                    anchors.right: figures.left
                    anchors.rightMargin: 16 * board.unit
                    height: parent.height
                    verticalAlignment: Text.AlignVCenter
                    // A Chinese name too long for one line breaks in its middle (补领证件与 / 婚姻档案),
                    // not after its last-but-one character.
                    text: line.shownName.indexOf(" ") < 0 && line.shownName.length > 3
                          && nameMetrics.advanceWidth > nameText.width
                          ? line.shownName.slice(0, Math.ceil(line.shownName.length / 2)) + "\n"
                            + line.shownName.slice(Math.ceil(line.shownName.length / 2))
                          : line.shownName
                    // A long name ("补领证件与婚姻档案", most English names) takes two lines before it
                    // gets smaller, its two lines set close, and never smaller than 28 px at 1080
                    // lines, so it stays readable from across the hall (smaller would be elided,
                    // which the layout check refuses).
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    lineHeight: 0.82
                    fontSizeMode: Text.Fit
                    minimumPixelSize: 28 * board.unit
                    font.family: Theme.fontFamily
                    font.pixelSize: 32 * board.unit
                    color: Theme.text
                }
                Text {
                    id: figures
                    objectName: "serviceWait"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    // At most half the row: the service's name keeps the rest.
                    width: Math.min(implicitWidth, parent.width * 0.5)
                    horizontalAlignment: Text.AlignRight
                    text: board.waitText(line.waiting, line.waitMinutes, line.openCounters)
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 20 * board.unit
                    font.family: Theme.fontFamily
                    font.pixelSize: 32 * board.unit
                    font.bold: line.waiting > 0
                    color: line.waiting > 0 ? Theme.text : Theme.textMuted
                }
            }
        }
    }
}
