// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Kiosk.Models

// The booking journey's pages (BookingFlow): all exist at once and only the current step shows,
// like the kiosk's own pages (Qt 6.4's Loader refuses bound components).
Item {
    id: pages

    required property KioskShell kiosk
    required property BookingFlow flow
    property bool landscape: false

    BookingTypePage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Type
        kiosk: pages.kiosk
        flow: pages.flow
        landscape: pages.landscape
    }
    BookingDatePage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Date
        flow: pages.flow
        landscape: pages.landscape
    }
    BookingSlotPage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Slot
        flow: pages.flow
        landscape: pages.landscape
        english: pages.kiosk.english
    }
    BookingPartiesPage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Parties
        flow: pages.flow
        landscape: pages.landscape
        english: pages.kiosk.english
    }
    BookingConfirmPage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Confirm
        flow: pages.flow
    }
    BookingDonePage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Done || pages.flow.step === BookingFlow.Mine
        kiosk: pages.kiosk
        flow: pages.flow
        landscape: pages.landscape
    }
    BookingFindPage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Find
        flow: pages.flow
        landscape: pages.landscape
    }
    BookingRefusalPage {
        anchors.fill: parent
        visible: pages.flow.step === BookingFlow.Refused
        refusal: pages.flow.refusal
        busy: pages.flow.busy
        english: pages.kiosk.english
        onBackRequested: pages.flow.back()
        onRetryRequested: pages.flow.retry()
        onHomeRequested: pages.kiosk.reset()
    }
}
