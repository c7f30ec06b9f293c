// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Kiosk.Models

// "办理进度查询": entry of ID and phone (or case number), the cases found, or the refusal.
Item {
    id: pages

    required property KioskShell kiosk
    required property CaseLookupFlow flow
    property bool landscape: false

    CaseEnterPage {
        anchors.fill: parent
        visible: pages.flow.step === CaseLookupFlow.Enter
        kiosk: pages.kiosk
        flow: pages.flow
        landscape: pages.landscape
    }
    CaseResultsPage {
        anchors.fill: parent
        visible: pages.flow.step === CaseLookupFlow.Results
        kiosk: pages.kiosk
        flow: pages.flow
        landscape: pages.landscape
    }
    CaseRefusedPage {
        anchors.fill: parent
        visible: pages.flow.step === CaseLookupFlow.Refused
        kiosk: pages.kiosk
        flow: pages.flow
    }
}
