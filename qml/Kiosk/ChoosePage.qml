// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// One or several errands for one ticket (one-stop); they are served in the order picked.
Item {
    id: page

    required property KioskShell kiosk
    // The take-a-ticket journey these pages show.
    readonly property TicketFlow flow: kiosk.ticketFlow
    property bool landscape: false
    readonly property var pickedNames: flow.services.selectedNames

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("请选择要办理的业务（可多选）")
        hint: page.flow.services.selectedCount > 1
              ? qsTr("办理顺序：%1").arg(page.pickedNames.join(" → "))
              : qsTr("选好后点“下一步”")
    }

    GridView {
        id: grid
        objectName: "chooseServices"
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        anchors.bottom: buttons.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        clip: true
        interactive: contentHeight > height
        readonly property int columns: page.landscape ? 3 : 2
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.touchTarget * 2.2 + Theme.spacing
        model: page.flow.services
        delegate: Item {
            id: cell
            required property int index
            required property string name
            required property string secondaryName
            required property int waiting
            required property int waitMinutes
            required property bool selected
            width: grid.cellWidth
            height: grid.cellHeight
            ServiceTile {
                objectName: "chooseTile_" + cell.index
                anchors.fill: parent
                anchors.rightMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                checkable: false
                checked: cell.selected
                name: cell.name
                secondaryName: cell.secondaryName
                waiting: cell.waiting
                waitMinutes: cell.waitMinutes
                onClicked: page.flow.services.toggle(cell.index)
            }
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "chooseBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "chooseNext"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: page.flow.services.selectedCount > 0 ? qsTr("下一步（已选 %1 项）").arg(page.flow.services.selectedCount)
                                                        : qsTr("下一步")
            enabled: page.flow.services.selectedCount > 0
            onClicked: page.flow.next()
        }
    }
}
