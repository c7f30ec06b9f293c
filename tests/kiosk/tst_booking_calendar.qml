// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hall.Ui
import Hall.Kiosk
import Hall.Kiosk.Models

// The booking calendar as a resident sees it: what each day says, which days can be tapped.
TestCase {
    id: testCase
    name: "BookingCalendar"
    width: 1040
    height: 900
    visible: true
    when: windowShown

    ListModel {
        id: days
    }
    Component {
        id: calendarComponent
        CalendarMonth {
            width: 1000
            height: 800
            model: days
        }
    }
    SignalSpy {
        id: clicked
        signalName: "dayClicked"
    }

    // December 2026 starts on a Tuesday: one blank, then the days; the 2nd is sold out, the 12th a
    // special date not yet released, the 5th closed, the rest bookable.
    function fill() {
        days.clear()
        days.append({ day: 0, date: "", dayState: BookingCalendarModel.Blank, special: "", opensAt: "",
                      remaining: 0, selected: false, closedReason: "", holiday: "" })
        for (let d = 1; d <= 31; ++d) {
            const date = "2026-12-" + (d < 10 ? "0" + d : d)
            let state = BookingCalendarModel.Bookable
            if (d === 2) state = BookingCalendarModel.SoldOut
            if (d === 5) state = BookingCalendarModel.OfficeClosed
            if (d === 12) state = BookingCalendarModel.NotYetOpen
            days.append({ day: d, date: date, dayState: state, special: d === 12 ? "特别日" : "",
                          opensAt: d === 12 ? "11-12 00:00" : "", remaining: state === BookingCalendarModel.Bookable ? 4 : 0,
                          selected: false, closedReason: d === 5 ? "周六休息" : "", holiday: "" })
        }
    }

    function cell(calendar, date) {
        const c = findChild(calendar, "calendarDay_" + date)
        verify(c, "cell " + date)
        return c
    }
    function stateText(c) {
        const t = findChild(c, "dayState")
        verify(t)
        return t.text
    }

    function test_bookable_day_says_places_and_can_be_tapped() {
        fill()
        const calendar = createTemporaryObject(calendarComponent, testCase)
        clicked.target = calendar
        clicked.clear()
        const c = cell(calendar, "2026-12-01")
        compare(stateText(c), "余4")
        verify(c.enabled)
        mouseClick(c)
        compare(clicked.count, 1)
        compare(clicked.signalArguments[0][0], "2026-12-01")
    }

    function test_sold_out_and_closed_days_are_greyed_and_cannot_be_tapped() {
        fill()
        const calendar = createTemporaryObject(calendarComponent, testCase)
        clicked.target = calendar
        clicked.clear()
        const soldOut = cell(calendar, "2026-12-02")
        compare(stateText(soldOut), "已约满")
        // Tappable so the page can say it is full (soldOutClicked), never chosen (dayClicked).
        verify(soldOut.enabled)
        mouseClick(soldOut)
        const closed = cell(calendar, "2026-12-05")
        compare(stateText(closed), "不办理")
        mouseClick(closed)
        compare(clicked.count, 0)
    }

    function test_unreleased_special_date_says_when_it_opens_and_is_marked() {
        fill()
        const calendar = createTemporaryObject(calendarComponent, testCase)
        const special = cell(calendar, "2026-12-12")
        compare(stateText(special), "11-12 00:00开放")
        verify(!special.enabled)
        const mark = findChild(special, "specialMark")
        verify(mark)
        verify(mark.visible)
        verify(!findChild(cell(calendar, "2026-12-11"), "specialMark").visible)
    }

    function test_grid_is_monday_first_and_cells_are_touch_sized() {
        fill()
        const calendar = createTemporaryObject(calendarComponent, testCase)
        const first = cell(calendar, "2026-12-01")   // a Tuesday: second column
        const monday = cell(calendar, "2026-12-07")  // next row, first column
        verify(first.x > monday.x) // placed at once, not at the next polish
        verify(monday.y > first.y)
        verify(first.width >= Theme.touchTarget)
        verify(first.height >= Theme.touchTarget)
    }
}
