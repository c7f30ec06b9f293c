// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The slots of the chosen date with the places left in each; a full slot cannot be tapped. A
// collective ceremony names its theme.
Item {
    id: page

    required property BookingFlow flow
    property bool landscape: false
    property bool english: false

    readonly property date chosen: new Date(page.flow.calendar.selectedDate + "T00:00:00")

    PageTitle {
        id: title
        width: parent.width
        text: page.flow.calendar.selectedDate.length > 0
              ? qsTr("选择时段：%1年%2月%3日").arg(page.chosen.getFullYear()).arg(page.chosen.getMonth() + 1).arg(page.chosen.getDate())
              : qsTr("选择时段")
        hint: page.flow.busy ? qsTr("正在查询余号…")
                             : page.flow.timeSlots.count === 0 ? qsTr("这一天没有可预约的时段，请返回选择其他日期。")
                                                           : qsTr("请点选一个时段，按钮上写着剩余名额。")
    }

    GridView {
        id: grid
        objectName: "bookingSlots"
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        anchors.bottom: back.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        clip: true
        interactive: contentHeight > height
        readonly property int columns: page.landscape ? 4 : 2
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.touchTarget * 1.6 + Theme.spacing
        model: page.flow.timeSlots
        delegate: Item {
            id: cell
            required property int index
            required property string start
            required property string end
            required property int remaining
            required property string themeZh
            required property string themeEn
            readonly property string theme: page.english && themeEn.length > 0 ? themeEn : themeZh
            width: grid.cellWidth
            height: grid.cellHeight
            BigButton {
                objectName: "bookingSlot_" + cell.index
                anchors.fill: parent
                anchors.rightMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                text: cell.start + "–" + cell.end
                subText: (cell.theme.length > 0 ? cell.theme + " · " : "")
                         + (cell.remaining > 0 ? qsTr("剩余 %1 个名额").arg(cell.remaining) : qsTr("已约满"))
                tone: "neutral"
                enabled: cell.remaining > 0 && !page.flow.busy
                onClicked: page.flow.chooseSlot(cell.index)
            }
        }
    }

    BigButton {
        id: back
        objectName: "slotBack"
        anchors.bottom: parent.bottom
        width: parent.width / 3
        text: qsTr("返回")
        tone: "neutral"
        onClicked: page.flow.back()
    }
}
