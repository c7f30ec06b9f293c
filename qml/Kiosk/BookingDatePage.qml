// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The month calendar for the chosen type: tap a day with places left. Sold-out days are greyed,
// days not yet released say when they open, special dates are marked.
Item {
    id: page

    required property BookingFlow flow
    property bool landscape: false

    BookingTypeNames {
        id: names
    }

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("选择日期：%1").arg(names.nameOf(page.flow.type))
        hint: qsTr("点选有余号的日期。红点为特别日期；灰色为已约满；标有“开放”的日期到时才能预约。")
    }

    // In landscape 返回 sits at the left of this bar, so the month keeps the height below it.
    Row {
        id: monthBar
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        x: page.landscape ? back.width + spacing : 0
        width: parent.width - x
        spacing: Theme.spacing
        BigButton {
            objectName: "previousMonth"
            width: Theme.touchTarget * 2.5
            text: qsTr("上个月")
            tone: "neutral"
            enabled: page.flow.canPreviousMonth && !page.flow.busy
            onClicked: page.flow.previousMonth()
        }
        Text {
            objectName: "monthTitle"
            width: monthBar.width - 2 * (Theme.touchTarget * 2.5 + monthBar.spacing)
            height: Theme.touchTarget
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: page.flow.calendar.year > 0 ? qsTr("%1年%2月").arg(page.flow.calendar.year).arg(page.flow.calendar.month) : ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        BigButton {
            objectName: "nextMonth"
            width: Theme.touchTarget * 2.5
            text: qsTr("下个月")
            tone: "neutral"
            enabled: page.flow.canNextMonth && !page.flow.busy
            onClicked: page.flow.nextMonth()
        }
    }

    CalendarMonth {
        id: calendar
        objectName: "bookingCalendar"
        anchors.top: monthBar.bottom
        anchors.topMargin: Theme.spacing
        anchors.bottom: loading.top
        anchors.bottomMargin: Theme.spacing / 2
        width: parent.width
        model: page.flow.calendar
        onDayClicked: date => {
            soldOut.date = ""
            page.flow.chooseDate(date)
        }
        onSoldOutClicked: date => soldOut.date = date
    }
    Text {
        id: soldOut
        objectName: "soldOutHint"
        property string date: ""
        // Where "正在查询…" shows while the month loads: a line of its own, the calendar above it.
        anchors.bottom: page.landscape ? page.bottom : back.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        visible: date.length > 0 && page.flow.calendar.loaded
        horizontalAlignment: Text.AlignHCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontSmall
        text: qsTr("%1 已约满，请选择其他日期").arg(date)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.danger
    }

    Text {
        id: loading
        anchors.bottom: page.landscape ? page.bottom : back.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: page.flow.calendar.loaded ? "" : qsTr("正在查询可预约日期…")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    BigButton {
        id: back
        objectName: "dateBack"
        y: page.landscape ? monthBar.y : page.height - height
        width: page.landscape ? Theme.touchTarget * 2.5 : page.width / 3
        text: qsTr("返回")
        tone: "neutral"
        onClicked: page.flow.back()
    }
}
