// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui

// Every window and what it is doing: calling or serving a ticket, ready, paused or closed. Rows
// come from any model with the roles number, name, phase and ticket.
Rectangle {
    id: board

    property real unit: 1
    property var model
    property bool english: false
    property int columns: 2

    function stateText(phase, ticket) {
        switch (phase) {
        case "calling": return qsTr("请 %1 号").arg(ticket)
        case "serving": return qsTr("正在办理 %1").arg(ticket)
        case "open": return qsTr("等候叫号")
        case "paused": return qsTr("暂停服务")
        default: return qsTr("已关闭")
        }
    }
    function stateColor(phase) {
        switch (phase) {
        case "calling": return Theme.accent
        case "serving": return Theme.success
        case "open": return Theme.primary
        case "paused": return Theme.warning
        default: return Theme.disabled
        }
    }

    // Enough for every row at 60 px (at 1080 lines): the state line's 44 px type with its border.
    readonly property real neededHeight: grid.anchors.topMargin + title.anchors.margins + title.implicitHeight
                                         + grid.anchors.margins + grid.rows * 60 * unit
                                         + (grid.rows - 1) * grid.spacing

    radius: 16 * unit
    color: Theme.surface
    border.width: 2
    border.color: Theme.border

    Text {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 20 * board.unit
        text: qsTr("窗口状态")
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
        spacing: 12 * board.unit
        readonly property int rows: Math.max(1, Math.ceil(repeater.count / columns))

        Repeater {
            id: repeater
            model: board.model
            delegate: Rectangle {
                id: cell
                required property int number
                required property string name
                required property string phase
                required property string ticket

                objectName: "window_" + number
                width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                height: Math.min(120 * board.unit, (grid.height - (grid.rows - 1) * grid.spacing) / grid.rows)
                radius: 10 * board.unit
                color: Theme.background
                border.width: 4 * board.unit
                border.color: board.stateColor(cell.phase)
                opacity: cell.phase === "closed" ? 0.7 : 1

                Text {
                    id: nameText
                    objectName: "windowName"
                    anchors.left: parent.left
                    anchors.leftMargin: 16 * board.unit
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, parent.width * 0.42)
                    text: board.english ? qsTr("%1号窗口").arg(cell.number) : cell.name
                    // Smaller rather than cut off (the layout check fails on elided text).
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    font.family: Theme.fontFamily
                    font.pixelSize: 36 * board.unit
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "windowState"
                    anchors.left: nameText.right
                    anchors.leftMargin: 16 * board.unit
                    anchors.right: parent.right
                    anchors.rightMargin: 16 * board.unit
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignRight
                    text: board.stateText(cell.phase, cell.ticket)
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 24
                    font.family: Theme.fontFamily
                    font.pixelSize: 44 * board.unit
                    font.bold: cell.phase === "calling" || cell.phase === "serving"
                    color: board.stateColor(cell.phase)
                }
            }
        }
    }
}
