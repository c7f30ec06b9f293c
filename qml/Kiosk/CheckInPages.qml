// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Kiosk.Models

// Check-in for a booked visit (CheckInFlow): scan, or code and ID number; then the appointment
// ticket, or why not.
Item {
    id: pages

    required property KioskShell kiosk
    required property CheckInFlow flow
    property bool landscape: false

    CheckInScanPage {
        anchors.fill: parent
        visible: pages.flow.step === CheckInFlow.Scan
        kiosk: pages.kiosk
        flow: pages.flow
    }
    CheckInEnterPage {
        anchors.fill: parent
        visible: pages.flow.step === CheckInFlow.Enter
        flow: pages.flow
        landscape: pages.landscape
    }
    CheckInTicketPage {
        anchors.fill: parent
        visible: pages.flow.step === CheckInFlow.Done
        kiosk: pages.kiosk
        flow: pages.flow
    }
    BookingRefusalPage {
        anchors.fill: parent
        visible: pages.flow.step === CheckInFlow.Refused
        refusal: pages.flow.refusal
        busy: pages.flow.busy
        english: pages.kiosk.english
        onBackRequested: pages.flow.back()
        onRetryRequested: pages.flow.back()
        onHomeRequested: pages.kiosk.reset()
    }
}
