// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as T
import Hall.Ui
import Hall.Kiosk.Models

// A month of the booking calendar, Monday first. Each day says what the service said about it:
// places left, sold out (greyed), "opens at …" for a date not released yet, 已过 for a past day
// (faded), the holiday's name on a public holiday, 待公布 while the year's 调休 arrangement is not
// published, 不办理 on other closed days; special dates (5月20日, 七夕 …) carry their name and a red
// mark. Only bookable days can be tapped.
Item {
    id: calendar

    // Rows with the roles of BookingCalendarModel: day, date, dayState, special, opensAt,
    // remaining, selected, closedReason, holiday.
    property var model
    signal dayClicked(string date)
    // A tap on a day with no place left: the page says so rather than doing nothing.
    signal soldOutClicked(string date)

    readonly property real cellWidth: Math.floor((width - 6 * gap) / 7)
    readonly property real gap: Theme.spacing / 4
    // The weeks this month spans (4 to 6): the cells share the height the page gives, never less
    // than a touch target, so a five-week month in landscape large type stays above the buttons.
    readonly property int weeks: Math.max(4, Math.ceil(days.count / 7))
    readonly property real cellHeight: Math.max(Theme.touchTarget,
                                                Math.min(Theme.touchTarget * 2.2,
                                                         Math.floor((height - weekdays.height - (weeks - 1) * gap) / weeks)))
    // A cell much wider than high (landscape) puts the day beside its labels instead of above them.
    readonly property bool wideCells: cellWidth > 2 * cellHeight

    implicitHeight: weekdays.height + weeks * (Theme.touchTarget * 1.5 + gap)

    Row {
        id: weekdays
        spacing: calendar.gap
        Repeater {
            model: [qsTr("一"), qsTr("二"), qsTr("三"), qsTr("四"), qsTr("五"), qsTr("六"), qsTr("日")]
            Text {
                required property string modelData
                required property int index
                width: calendar.cellWidth
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: index >= 5 ? Theme.accent : Theme.textMuted
                bottomPadding: Theme.spacing / 4
            }
        }
    }

    // Cells placed by their index rather than by a Grid: a new month rebuilds them, and a Grid would
    // only place them at its next polish (a tap in between would land on the wrong day).
    Item {
        anchors.top: weekdays.bottom
        width: calendar.width
        Repeater {
            id: days
            model: calendar.model
            T.AbstractButton {
                id: cell
                required property int index
                required property int day
                required property string date
                required property int dayState
                required property string special
                required property string opensAt
                required property int remaining
                required property bool selected
                required property string holiday

                readonly property bool bookable: dayState === BookingCalendarModel.Bookable
                objectName: day > 0 ? "calendarDay_" + date : "calendarBlank"
                x: (index % 7) * (calendar.cellWidth + calendar.gap)
                y: Math.floor(index / 7) * (calendar.cellHeight + calendar.gap)
                width: calendar.cellWidth
                height: calendar.cellHeight
                visible: dayState !== BookingCalendarModel.Blank
                opacity: dayState === BookingCalendarModel.Past ? 0.6 : 1
                enabled: bookable || dayState === BookingCalendarModel.SoldOut
                Accessible.name: stateText.length > 0 ? day + " " + stateText : String(day)
                onClicked: bookable ? calendar.dayClicked(date) : calendar.soldOutClicked(date)

                readonly property string stateText: {
                    switch (dayState) {
                    case BookingCalendarModel.Bookable: return qsTr("余%1").arg(remaining)
                    case BookingCalendarModel.SoldOut: return qsTr("已约满")
                    case BookingCalendarModel.NotYetOpen: return qsTr("%1开放").arg(opensAt)
                    case BookingCalendarModel.Closed: return ""
                    case BookingCalendarModel.Past: return qsTr("已过")
                    case BookingCalendarModel.Provisional: return qsTr("待公布")
                    default: return holiday.length > 0 ? holiday : qsTr("不办理")
                    }
                }

                background: Rectangle {
                    radius: Theme.radius / 2
                    color: cell.selected ? Theme.selected
                         : cell.bookable ? Theme.surface
                         : cell.dayState === BookingCalendarModel.SoldOut ? Theme.unavailable
                         : cell.dayState === BookingCalendarModel.NotYetOpen ? Theme.warningTint
                         : Theme.background
                    border.width: cell.bookable ? (cell.selected ? 4 : 2) : 1
                    border.color: cell.bookable ? Theme.primary : Theme.border
                    // Special dates: a red corner mark, visible whatever the state.
                    Rectangle {
                        objectName: "specialMark"
                        visible: cell.special.length > 0
                        anchors.top: parent.top
                        anchors.right: parent.right
                        anchors.margins: 4
                        width: Theme.spacing * 0.8
                        height: width
                        radius: width / 2
                        color: Theme.accent
                    }
                }
                // Beside the labels the day takes a third of the cell, above them all of it (no ids
                // inside contentItem: Qt would stop deferring it).
                readonly property real dayWidth: calendar.wideCells ? Math.round(width / 3) : width
                readonly property real labelWidth: calendar.wideCells ? width - dayWidth - 2 : width
                contentItem: Grid {
                    columns: calendar.wideCells ? 2 : 1
                    spacing: 2
                    topPadding: calendar.wideCells ? 0 : 4
                    verticalItemAlignment: Grid.AlignVCenter
                    Text {
                        width: cell.dayWidth
                        height: calendar.wideCells ? cell.height : undefined // above the labels: its own (a binding to implicitHeight looped)
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: cell.day
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: cell.bookable
                        font.strikeout: cell.dayState === BookingCalendarModel.SoldOut
                        color: cell.bookable ? Theme.text : Theme.textMuted
                    }
                    Column {
                        spacing: 2
                        Text {
                            width: cell.labelWidth
                            visible: cell.special.length > 0
                            horizontalAlignment: Text.AlignHCenter
                            // Smaller rather than cut off (the layout check fails on elided text).
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 10
                            text: cell.special
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall * 0.8
                            color: Theme.accent
                        }
                        Text {
                            objectName: "dayState"
                            width: cell.labelWidth
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            // Two lines and a special date's name fit a landscape cell in large type.
                            lineHeight: 0.9
                            text: cell.stateText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall * 0.8
                            color: cell.bookable ? Theme.success
                                 : cell.dayState === BookingCalendarModel.NotYetOpen ? Theme.warning
                                 : Theme.textMuted
                        }
                    }
                }
            }
        }
    }
}
